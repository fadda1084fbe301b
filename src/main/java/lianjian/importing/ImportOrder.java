package lianjian.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import lianjian.importing.read.RawCell;
import lianjian.importing.read.SheetVisitor;
import lianjian.importing.read.UnreadableWorkbookException;
import lianjian.importing.read.WorkbookFormat;
import lianjian.importing.validate.SheetRecognizer;
import lianjian.workspace.InboxScanner;

/**
 * The order files of one run are imported in (DOMAIN §3.1): files holding 单位名录 first, then
 * 人员名册, then the rest by modification time — so a roster dropped together with case lists is
 * known to them. Ranking reads only each sheet's top rows.
 */
public final class ImportOrder {

    private final SheetRecognizer recognizer;

    public ImportOrder(SheetRecognizer recognizer) { this.recognizer = recognizer; }

    public List<InboxScanner.Candidate> sort(List<InboxScanner.Candidate> files) {
        record Ranked(InboxScanner.Candidate c, int rank) {}
        List<Ranked> ranked = new ArrayList<>();
        for (InboxScanner.Candidate c : files) ranked.add(new Ranked(c, rank(c.path())));
        ranked.sort(Comparator.comparingInt(Ranked::rank)
                .thenComparing(r -> r.c().modified())
                .thenComparing(r -> r.c().path().getFileName().toString()));
        return ranked.stream().map(Ranked::c).toList();
    }

    /** The smallest import order of the kinds the file's sheets are recognised as (9 when none). */
    int rank(Path file) {
        int[] best = {9};
        try {
            WorkbookFormat.readerFor(file).read(file, new SheetVisitor() {
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
                    top.add(new SheetRecognizer.TopRow(rowNumber, cells));
                    return top.size() < SheetRecognizer.HEADER_SEARCH_ROWS;
                }

                @Override
                public void endSheet() {
                    if (recognizer.recognize(name, hidden, top) instanceof SheetRecognizer.Recognized r) {
                        best[0] = Math.min(best[0], r.kind().importOrder());
                    }
                }
            });
        } catch (RuntimeException e) {
            return 9; // the import itself will reject it with a proper message
        }
        return best[0];
    }
}
