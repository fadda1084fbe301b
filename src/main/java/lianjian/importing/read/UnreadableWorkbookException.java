package lianjian.importing.read;

/** The file cannot be read as a workbook; the message says why, in Chinese, for the receipt. */
public class UnreadableWorkbookException extends RuntimeException {
    public UnreadableWorkbookException(String message) { super(message); }
    public UnreadableWorkbookException(String message, Throwable cause) { super(message, cause); }
}
