package lianjian.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lianjian.importing.kind.ColumnDef;
import lianjian.importing.read.RawCell;
import lianjian.importing.validate.CheckedRow;
import lianjian.importing.validate.ImportMessage;
import lianjian.importing.validate.Level;

/**
 * Everything learnt while importing one file: per-sheet counts, messages, and the rows that had
 * problems (for the error workbook). Filled by the reading thread and the writing thread, hence
 * synchronized. Messages and problem rows are capped so a file with a million bad rows cannot
 * exhaust memory; counts are always exact.
 */
public final class FileReport {

    /** Messages kept in full; beyond this only counted (the receipt says so). */
    static final int MAX_MESSAGES = 100_000;

    /** One sheet of the file. */
    public static final class SheetReport {
        final String name;
        String kindName;        // null when skipped
        String outcome;         // skip reason, or null
        int headerRow;
        RawCell[] header;
        ColumnDef[] columnOf;
        int rowsRead;
        int rowsWritten;
        int rowsRejected;
        int warnings;
        final List<CheckedRow> problemRows = new ArrayList<>();
        int problemRowsDropped;

        SheetReport(String name) { this.name = name; }

        public String name() { return name; }
        public String kindName() { return kindName; }
        public String outcome() { return outcome; }
        public int headerRow() { return headerRow; }
        public RawCell[] header() { return header; }
        public int rowsRead() { return rowsRead; }
        public int rowsWritten() { return rowsWritten; }
        public int rowsRejected() { return rowsRejected; }
        public int warnings() { return warnings; }
        public List<CheckedRow> problemRows() { return problemRows; }
        public int problemRowsDropped() { return problemRowsDropped; }

        /** One line for the receipt. */
        public String summary() {
            if (kindName == null) return "工作表「" + name + "」：" + outcome;
            return "工作表「" + name + "」→ " + kindName + "（表头在第" + headerRow + "行）：读取 " + rowsRead
                    + " 行，导入 " + rowsWritten + " 行，有错误 " + rowsRejected + " 行，警告 " + warnings + " 条";
        }
    }

    private final Map<String, SheetReport> sheets = new LinkedHashMap<>();
    private final List<ImportMessage> messages = new ArrayList<>();
    private final int maxProblemRowsPerSheet;
    private int messagesDropped;
    private int errors;
    private int fileErrors;
    private int warnings;
    private boolean structuralError;

    public FileReport(int maxProblemRowsPerSheet) {
        this.maxProblemRowsPerSheet = maxProblemRowsPerSheet;
    }

    public synchronized SheetReport sheet(String name) {
        return sheets.computeIfAbsent(name, SheetReport::new);
    }

    public synchronized List<SheetReport> sheets() { return new ArrayList<>(sheets.values()); }

    /** A message about the file or a whole sheet. A file-level error rejects the file in every mode. */
    public synchronized void add(ImportMessage m) {
        count(m);
        if (m.level() == Level.ERROR && m.rowNumber() == 0) {
            structuralError = true;
            fileErrors++;
        }
    }

    /** A warning about a whole sheet (or a column of it), counted with the sheet's warnings. */
    public synchronized void sheetWarning(ImportMessage m) {
        count(m);
        sheet(m.sheet()).warnings++;
    }

    public synchronized void rowsRead(String sheet, int n) { sheet(sheet).rowsRead += n; }

    public synchronized void rowsWritten(String sheet, int n) { sheet(sheet).rowsWritten += n; }

    /** A row with errors or warnings: its messages and, within the cap, the row itself. */
    public synchronized void problemRow(CheckedRow row) {
        SheetReport s = sheet(row.sheet());
        boolean error = false;
        for (CheckedRow.Flag f : row.flags()) {
            count(f.message());
            if (f.message().level() == Level.ERROR) error = true;
            if (f.message().level() == Level.WARNING) s.warnings++;
        }
        if (error) s.rowsRejected++;
        if (s.problemRows.size() < maxProblemRowsPerSheet) s.problemRows.add(row);
        else s.problemRowsDropped++;
    }

    /** Something found about a row after validation (by the writer): record it on the row and here. */
    public synchronized void laterFlag(CheckedRow row, CheckedRow.Flag flag) {
        boolean wasProblem = !row.flags().isEmpty();
        boolean hadError = row.hasError();
        row.flags().add(flag);
        count(flag.message());
        SheetReport s = sheet(row.sheet());
        if (flag.message().level() == Level.WARNING) s.warnings++;
        if (flag.message().level() == Level.ERROR && !hadError) s.rowsRejected++;
        if (!wasProblem) {
            if (s.problemRows.size() < maxProblemRowsPerSheet) s.problemRows.add(row);
            else s.problemRowsDropped++;
        }
    }

    private void count(ImportMessage m) {
        if (m.level() == Level.ERROR) errors++;
        if (m.level() == Level.WARNING) warnings++;
        if (messages.size() < MAX_MESSAGES) messages.add(m);
        else messagesDropped++;
    }

    public synchronized List<ImportMessage> messages() { return new ArrayList<>(messages); }
    public synchronized int messagesDropped() { return messagesDropped; }
    public synchronized int errors() { return errors; }
    /** Errors about the whole file or a sheet (not about a row), among {@link #errors()}. */
    public synchronized int fileErrors() { return fileErrors; }
    /** Errors found in rows, among {@link #errors()}. */
    public synchronized int rowErrors() { return errors - fileErrors; }
    public synchronized int warnings() { return warnings; }
    public synchronized boolean hasStructuralError() { return structuralError; }

    public synchronized int rowsRead() { return sheets.values().stream().mapToInt(s -> s.rowsRead).sum(); }
    public synchronized int rowsWritten() { return sheets.values().stream().mapToInt(s -> s.rowsWritten).sum(); }
    public synchronized int rowsRejected() { return sheets.values().stream().mapToInt(s -> s.rowsRejected).sum(); }

    public synchronized boolean anyRecognisedSheet() {
        return sheets.values().stream().anyMatch(s -> s.kindName != null);
    }

    public synchronized boolean anyProblemRows() {
        return sheets.values().stream().anyMatch(s -> !s.problemRows.isEmpty());
    }
}
