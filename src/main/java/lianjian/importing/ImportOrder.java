package lianjian.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import lianjian.importing.read.RawCell;
import lianjian.importing.read.SheetVisitor;
import lianjian.importing.read.WorkbookFormat;
import lianjian.importing.validate.SheetRecognizer;
import lianjian.workspace.InboxScanner;

/**
 * The order reference data goes first (DOMAIN §3.1), between files and within a file.
 *
 * <p>Between files: files holding 单位名录 first, then 人员名册, then the others by the latest kind they hold
 * ({@link #rank}) and modification time (case reviews after case lists), so a roster dropped together with
 * case lists is known to them.
 * Within a file: its sheets are imported in the same order ({@link #orders}), whatever their order
 * in the workbook. Both look only at each sheet's name and top rows (a preview read).
 */
public final class ImportOrder {

    private final SheetRecognizer recognizer;
    /**
     * Previews already made, by file and its size and time: the step orders the inbox, then the
     * importer needs the same answer for each file again (xls previews read the whole file).
     */
    private final java.util.Map<String, SortedSet<Integer>> previews = new java.util.concurrent.ConcurrentHashMap<>();

    public ImportOrder(SheetRecognizer recognizer) { this.recognizer = recognizer; }

    public List<InboxScanner.Candidate> sort(List<InboxScanner.Candidate> files) {
        record Ranked(InboxScanner.Candidate c, int rank) {}
        List<Ranked> ranked = new ArrayList<>();
        for (InboxScanner.Candidate c : files) {
            SortedSet<Integer> orders = orders(c.path());
            ranked.add(new Ranked(c, rank(orders)));
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank)
                .thenComparing(r -> r.c().modified())
                .thenComparing(r -> r.c().path().getFileName().toString()));
        return ranked.stream().map(Ranked::c).toList();
    }

    /** The 'rest' of DOMAIN §3.1: case lists, surveys, problems, suggestions … (sheet-kinds.yml importOrder 9). */
    static final int GENERAL = 9;

    /**
     * A file's place among the run's files. Files holding 单位名录 (1) or 人员名册 (2) go first, whatever else
     * they hold: every other sheet refers to them. Any other file goes where its latest kind belongs, since a
     * kind only refers to kinds of lower order: a 监督计划 of its own (8) before the 监督活动 that name it (9),
     * and a 工作台账 holding the plan, 监督活动 and 案件评查 (10) after the run's case lists (9) — ranked by its
     * plan, its reviews would not find their cases.
     */
    static int rank(SortedSet<Integer> orders) {
        if (orders.isEmpty()) return GENERAL;
        return orders.first() <= 2 ? orders.first() : orders.last();
    }

    /**
     * The import orders of the kinds the file's sheets are recognised as (empty when none, or when
     * the file cannot be read — the import itself then says why).
     */
    public SortedSet<Integer> orders(Path file) {
        String identity;
        try {
            identity = file.toAbsolutePath() + "|" + java.nio.file.Files.size(file) + "|"
                    + java.nio.file.Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return new TreeSet<>();
        }
        if (previews.size() > 10_000) previews.clear();
        return previews.computeIfAbsent(identity, k -> java.util.Collections.unmodifiableSortedSet(preview(file)));
    }

    private SortedSet<Integer> preview(Path file) {
        SortedSet<Integer> orders = new TreeSet<>();
        try {
            WorkbookFormat.previewReaderFor(file).read(file, new SheetVisitor() {
                String name;
                boolean hidden;
                final List<SheetRecognizer.TopRow> top = new ArrayList<>();

                @Override
                public boolean startSheet(int index, String name, boolean hidden, long approxRows) {
                    this.name = name;
                    this.hidden = hidden;
                    top.clear();
                    return !hidden;
                }

                @Override
                public boolean row(int rowNumber, RawCell[] cells) {
                    if (!SheetRecognizer.isBlank(cells)) top.add(new SheetRecognizer.TopRow(rowNumber, cells));
                    return top.size() < SheetRecognizer.HEADER_SEARCH_ROWS;
                }

                @Override
                public void endSheet() {
                    if (recognizer.recognize(name, hidden, top) instanceof SheetRecognizer.Recognized r) {
                        orders.add(r.kind().importOrder());
                    }
                }
            });
        } catch (RuntimeException e) {
            return new TreeSet<>();
        }
        return orders;
    }
}
