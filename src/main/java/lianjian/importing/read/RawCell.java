package lianjian.importing.read;

/**
 * One cell as the file holds it, before any interpretation by column type.
 *
 * @param kind          what the file says the cell is
 * @param text          the text (for TEXT), the number as written in the file (for NUMBER), TRUE/FALSE
 *                      (for BOOLEAN), the error code (for ERROR)
 * @param number        the numeric value (for NUMBER)
 * @param dateFormatted the cell's number format is a date format
 */
public record RawCell(Kind kind, String text, double number, boolean dateFormatted) {

    public enum Kind { TEXT, NUMBER, BOOLEAN, ERROR, FORMULA_WITHOUT_VALUE }

    public static RawCell text(String s) { return new RawCell(Kind.TEXT, s, 0, false); }
    public static RawCell number(double v, String asWritten, boolean dateFormatted) {
        return new RawCell(Kind.NUMBER, asWritten, v, dateFormatted);
    }
    public static RawCell bool(boolean b) { return new RawCell(Kind.BOOLEAN, b ? "TRUE" : "FALSE", b ? 1 : 0, false); }
    public static RawCell error(String code) { return new RawCell(Kind.ERROR, code, 0, false); }
    public static RawCell formulaWithoutValue() { return new RawCell(Kind.FORMULA_WITHOUT_VALUE, "", 0, false); }

    public boolean isBlank() {
        if (kind != Kind.TEXT) return false;
        // Fast path: most texts start with a visible character (isBlank scans, and this runs per cell).
        return text.isEmpty() || Character.isWhitespace(text.charAt(0)) && text.isBlank()
                || text.charAt(0) == '\u3000' && text.strip().isEmpty();
    }

    /** The cell as a person would read it back (numbers without a trailing .0, dates as ISO). */
    public String display() {
        return switch (kind) {
            case NUMBER -> dateFormatted ? ExcelDates.toIsoOrNumber(number) : NumberText.plain(number);
            case BOOLEAN -> "TRUE".equals(text) ? "TRUE" : "FALSE";
            case FORMULA_WITHOUT_VALUE -> "（公式，无计算结果）";
            default -> text;
        };
    }
}
