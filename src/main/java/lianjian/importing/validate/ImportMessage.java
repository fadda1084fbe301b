package lianjian.importing.validate;

import lianjian.importing.parse.BidiControls;

/**
 * One error, warning or notice about a file (DOMAIN §3.4): where it is and which rule it breaks.
 *
 * @param sheet        sheet name, or null for the whole file
 * @param rowNumber    1-based row as Excel shows it, or 0
 * @param column       the header as written in the file, or null for a whole row
 * @param columnLetter A, B, …, or null
 * @param value        the offending value as the file shows it, or null
 * @param rule         the rule in Chinese, e.g. 不是有效日期
 */
public record ImportMessage(Level level, String sheet, int rowNumber, String column, String columnLetter,
                            String value, String rule) {

    /** Longest cell value quoted in a message; the error workbook shows the whole cell. */
    static final int MAX_VALUE = 200;
    /** Longest header text quoted in a message. */
    static final int MAX_COLUMN = 100;

    public ImportMessage {
        // Sheet names, headers and values come from the file: no bidi controls in what is shown.
        sheet = BidiControls.strip(sheet);
        value = shortened(BidiControls.strip(value), MAX_VALUE);
        column = shortened(BidiControls.strip(column), MAX_COLUMN);
        rule = BidiControls.strip(rule);
    }

    /** Text of at most {@code max} characters, the cut marked with how long it was. */
    public static String shortened(String s, int max) {
        if (s == null || s.length() <= max) return s;
        String tail = "…（共 " + s.codePointCount(0, s.length()) + " 字）";
        int keep = tail.length() < max ? max - tail.length() : max;
        if (keep > 0 && Character.isHighSurrogate(s.charAt(keep - 1))) keep--;
        return s.substring(0, keep) + (tail.length() < max ? tail : "");
    }

    public static ImportMessage file(Level level, String rule) {
        return new ImportMessage(level, null, 0, null, null, null, rule);
    }

    public static ImportMessage sheet(Level level, String sheet, String rule) {
        return new ImportMessage(level, sheet, 0, null, null, null, rule);
    }

    /** The message as the user reads it, e.g. {@code 法院案件 第12行 结案日期「2025-02-30」不是有效日期}. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        if (sheet != null) sb.append(sheet);
        if (rowNumber > 0) sb.append(" 第").append(rowNumber).append("行");
        if (column != null) sb.append(' ').append(column);
        if (value != null) sb.append("「").append(value).append("」");
        else if (column != null && sheet != null) sb.append(' ');
        if (sb.length() > 0 && value == null && column == null) sb.append('：');
        sb.append(rule);
        return sb.toString().strip();
    }
}
