package lianjian.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import lianjian.importing.kind.ColumnDef;
import lianjian.importing.kind.SheetKind;
import lianjian.importing.parse.CellParser;
import lianjian.importing.parse.HeaderText;
import lianjian.importing.read.RawCell;
import lianjian.importing.read.SheetVisitor;
import lianjian.importing.validate.CheckedRow;
import lianjian.importing.validate.ImportMessage;
import lianjian.importing.validate.Level;
import lianjian.importing.validate.ReferenceData;
import lianjian.importing.validate.RowValidator;
import lianjian.importing.validate.SheetRecognizer;

/**
 * Receives a workbook from a reader (on the reading thread): recognises each sheet from its top
 * rows, validates every data row, hands valid rows in batches to the writer and problem rows to the
 * {@link FileReport}.
 */
final class SheetImporter implements SheetVisitor {

    static final int BATCH_SIZE = 1000;
    private static final Set<String> TOTAL_MARKERS = Set.of("合计", "总计", "小计", "总数");

    private final SheetRecognizer recognizer;
    private final ReferenceData refs;
    private final CellParser parser;
    private final FileReport report;
    private Consumer<List<CheckedRow>> sink;
    private final LongConsumer progress;
    private java.util.function.BooleanSupplier cancelled = () -> false;
    private final LongConsumer maxHint;
    private final java.util.function.IntPredicate acceptsOrder;
    private final boolean lastPass;

    private String sheetName;
    private boolean hidden;
    private final List<SheetRecognizer.TopRow> top = new ArrayList<>();
    private SheetRecognizer.Recognized recognized;
    private RowValidator validator;
    private boolean ignoreRest;
    private List<CheckedRow> batch = new ArrayList<>(BATCH_SIZE);
    private long rowsSeen;
    private int readInSheet; // counted here and handed to the report per batch (it is shared, hence locked)
    /** File columns left of the header's end that have no header text (a merged header cell, say). */
    private int[] headerlessColumns;
    /** Values found under columns without a header, per file column: count, first row, first value. */
    private final java.util.TreeMap<Integer, Headerless> headerless = new java.util.TreeMap<>();

    private static final class Headerless {
        int count;
        int firstRow;
        String firstValue;
    }

    /**
     * @param acceptsOrder which kinds (by import order) this pass over the workbook imports
     * @param lastPass     the pass that reports skipped and unrecognised sheets
     */
    SheetImporter(SheetRecognizer recognizer, ReferenceData refs, CellParser parser, FileReport report,
                  LongConsumer progress, LongConsumer maxHint, java.util.function.IntPredicate acceptsOrder,
                  boolean lastPass) {
        this.recognizer = recognizer;
        this.refs = refs;
        this.parser = parser;
        this.report = report;
        this.progress = progress;
        this.maxHint = maxHint;
        this.acceptsOrder = acceptsOrder;
        this.lastPass = lastPass;
    }

    /** Where valid rows go, and how the writing side says stop. */
    void connect(Consumer<List<CheckedRow>> sink, java.util.function.BooleanSupplier cancelled) {
        this.sink = sink;
        this.cancelled = cancelled;
    }

    @Override
    public boolean startSheet(int index, String name, boolean hidden, long approxRows) {
        this.sheetName = name;
        this.hidden = hidden;
        this.top.clear();
        this.recognized = null;
        this.validator = null;
        this.ignoreRest = false;
        this.headerless.clear();
        report.sheet(name);
        if (approxRows > 0) maxHint.accept(rowsSeen + approxRows);
        if (hidden) {
            decide(); // hidden sheets are skipped without reading them
            return false;
        }
        return true;
    }

    @Override
    public boolean row(int rowNumber, RawCell[] cells) {
        if (cancelled.getAsBoolean()) return false;
        if (ignoreRest) return false;
        if (recognized == null) {
            if (isBlank(cells)) return true;
            top.add(new SheetRecognizer.TopRow(rowNumber, cells));
            if (top.size() < SheetRecognizer.HEADER_SEARCH_ROWS) return true;
            decide();
            return !ignoreRest;
        }
        dataRow(rowNumber, cells);
        return true;
    }

    @Override
    public void endSheet() {
        if (recognized == null && !ignoreRest) decide();
        flush();
        if (recognized != null) reportHeaderlessColumns();
    }

    /**
     * One warning per column without a header that holds values: those values are not imported,
     * and a merged header cell is the usual reason.
     */
    private void reportHeaderlessColumns() {
        headerless.forEach((column, h) -> {
            String letter = lianjian.importing.read.CellRef.letters(column);
            String example = h.firstValue.length() > 50 ? h.firstValue.substring(0, 50) + "…" : h.firstValue;
            report.sheetWarning(new ImportMessage(Level.WARNING, sheetName, 0, null, letter, null,
                    letter + "列没有表头，该列的 " + h.count + " 个值未导入（第一个在第" + h.firstRow + "行：「" + example
                            + "」）。如果表头是合并单元格，请取消合并并为每一列填写表头"));
        });
        headerless.clear();
    }

    /** Recognise the sheet from the buffered top rows, then process the buffered data rows. */
    private void decide() {
        SheetRecognizer.Result result = recognizer.recognize(sheetName, hidden, List.copyOf(top));
        FileReport.SheetReport sheet = report.sheet(sheetName);
        if (result instanceof SheetRecognizer.Skipped skipped) {
            if (lastPass) { // said once, not in every pass
                sheet.outcome = skipped.reason();
                report.add(ImportMessage.sheet(Level.NOTICE, sheetName, skipped.reason()));
            }
            ignoreRest = true;
            return;
        }
        if (result instanceof SheetRecognizer.Broken broken) {
            // Named like a kind but without its headers: skipped like any unrecognised sheet (§3.2),
            // with a warning that says which headers are missing, in case it was meant to be imported.
            if (lastPass) {
                sheet.outcome = broken.reason() + "，已跳过";
                report.add(ImportMessage.sheet(Level.WARNING, sheetName, broken.reason() + "，已跳过"));
            }
            ignoreRest = true;
            return;
        }
        SheetRecognizer.Recognized candidate = (SheetRecognizer.Recognized) result;
        if (!acceptsOrder.test(candidate.kind().importOrder())) {
            ignoreRest = true; // another pass over this workbook imports it
            return;
        }
        recognized = candidate;
        sheet.kindName = recognized.kind().name();
        sheet.headerRow = recognized.headerRowNumber();
        sheet.columnOf = recognized.columnOf();
        for (SheetRecognizer.TopRow r : top) {
            if (r.rowNumber() == recognized.headerRowNumber()) sheet.header = r.cells();
        }
        for (String n : recognized.notices()) report.add(ImportMessage.sheet(Level.NOTICE, sheetName, n));
        validator = new RowValidator(recognized, sheetName, refs, parser);
        String[] headers = recognized.headerTextOf();
        headerlessColumns = java.util.stream.IntStream.range(0, headers.length).filter(i -> headers[i] == null).toArray();
        for (SheetRecognizer.TopRow r : top) {
            if (r.rowNumber() > recognized.headerRowNumber()) dataRow(r.rowNumber(), r.cells());
        }
        top.clear();
    }

    private void dataRow(int rowNumber, RawCell[] cells) {
        if (isBlank(cells)) return;
        if (isTotalOrRepeatedHeader(cells)) {
            report.add(new ImportMessage(Level.NOTICE, sheetName, rowNumber, null, null, null, "是合计行或重复的表头，已跳过"));
            return;
        }
        readInSheet++;
        noteHeaderless(rowNumber, cells);
        CheckedRow row = validator.check(rowNumber, cells);
        if (!row.flags().isEmpty()) report.problemRow(row);
        if (!row.hasError()) {
            rememberReferenceData(row);
            batch.add(row);
            if (batch.size() >= BATCH_SIZE) flush();
        }
        if (++rowsSeen % 1000 == 0) progress.accept(rowsSeen);
    }

    /** Values under columns without a header (checked cheaply: only those columns are looked at). */
    private void noteHeaderless(int rowNumber, RawCell[] cells) {
        for (int i : headerlessColumns) {
            if (i >= cells.length) break;
            noteHeaderless(i, rowNumber, cells[i]);
        }
        for (int i = recognized.headerTextOf().length; i < cells.length; i++) noteHeaderless(i, rowNumber, cells[i]);
    }

    private void noteHeaderless(int column, int rowNumber, RawCell cell) {
        if (cell == null || cell.isBlank()) return;
        Headerless h = headerless.computeIfAbsent(column, c -> new Headerless());
        if (h.count++ == 0) {
            h.firstRow = rowNumber;
            h.firstValue = cell.display();
        }
    }

    /**
     * Units, persons and the rows other kinds refer to (监督计划) become known to the rest of the
     * file as soon as they validate.
     */
    private void rememberReferenceData(CheckedRow row) {
        SheetKind k = row.kind();
        if (refs.tracksKeysOf(k.id())) refs.addKey(k.id(), row.rowKey());
        if (k.id().equals("unit")) {
            refs.addUnit((String) row.value("unit_code"), (String) row.value("unit_name"),
                    (String) row.value("unit_type"), (String) row.value("aliases"));
        } else if (k.id().equals("person")) {
            refs.addPerson((String) row.value("person_id"), (String) row.value("person_name"),
                    (String) row.value("unit_code"));
        }
    }

    private void flush() {
        progress.accept(rowsSeen);
        if (readInSheet > 0) report.rowsRead(sheetName, readInSheet);
        readInSheet = 0;
        if (batch.isEmpty()) return;
        sink.accept(batch);
        batch = new ArrayList<>(BATCH_SIZE);
    }

    /**
     * A 合计 row, or the header repeated (sheets printed in pages): judged on the first filled cell,
     * cheaply, since it runs on every row.
     */
    private boolean isTotalOrRepeatedHeader(RawCell[] cells) {
        for (int i = 0; i < cells.length; i++) {
            RawCell c = cells[i];
            if (c == null || c.isBlank()) continue;
            if (c.kind() != RawCell.Kind.TEXT) return false;
            String t = c.text().strip();
            if (t.length() <= 4 && TOTAL_MARKERS.contains(t.replace(" ", "").replace("\u3000", ""))) return true;
            String header = i < recognized.headerTextOf().length ? recognized.headerTextOf()[i] : null;
            return header != null && t.length() == header.length() && t.equals(header);
        }
        return false;
    }

    private static boolean isBlank(RawCell[] cells) {
        return SheetRecognizer.isBlank(cells);
    }
}
