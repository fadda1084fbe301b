package lianjian.importing;

import lianjian.importing.receipt.Outcome;

/**
 * What importing one file did, for the run's summary.
 *
 * @param outcome null when the file only needed the move that a crash interrupted
 * @param movedTo where the original goes; null when it stays in the inbox
 */
public record ImportResult(String fileName, Outcome outcome, int rowsRead, int rowsImported, int rowsRejected,
                           int warnings, String message, String movedTo, String errorWorkbook) {

    public static ImportResult moveCompleted(String fileName, String movedTo) {
        return new ImportResult(fileName, null, 0, 0, 0, 0, "上次运行已处理，本次补做文件移动", movedTo, null);
    }

    /** A file that could not be handled at all: not imported, left where it is, tried again next run. */
    public static ImportResult leftInPlace(String fileName, String message) {
        return new ImportResult(fileName, Outcome.REJECTED, 0, 0, 0, 0, message, null, null);
    }

    /** Not imported and still in the inbox. */
    public boolean leftInInbox() { return outcome == Outcome.REJECTED && movedTo == null; }
}
