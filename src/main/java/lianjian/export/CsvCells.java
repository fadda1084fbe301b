package lianjian.export;

import java.util.regex.Pattern;

/**
 * The one rule for text in every CSV the product publishes (indicators.csv, lists.csv,
 * warnings.csv): a cell that Excel or WPS would run as a formula is made inert.
 *
 * <p>Spreadsheet programs treat a cell beginning with {@code =}, {@code +}, {@code -} or {@code @}
 * (and, in some versions, a tab or carriage return) as a formula, so a unit or person name such as
 * {@code =HYPERLINK("http://x","y")} taken from a submitted workbook would run when an analyst opens
 * the file. Such a cell gets a leading apostrophe ({@code '=HYPERLINK(...)}), which the programs show
 * as text. Plain numbers ({@code -12.5}, {@code +3}, {@code 0.963}) are left alone so they stay
 * numbers. The dashboard's own 下载CSV button (site-assets/tables.js) applies the same rule.
 *
 * <p>Use {@link #text} for every text field written to a CSV; numbers the product formats itself
 * need nothing. Quoting of commas, quotes and line breaks stays the CSV printer's job.
 */
public final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?%?");

    private CsvCells() {}

    /** {@code value} safe to open in a spreadsheet program: prefixed with ' when it could run as a formula; null stays null. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) return value;
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || PLAIN_NUMBER.matcher(value).matches()) return value;
        return "'" + value;
    }
}
