package lianjian.importing.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written as text: 2025-03-01, 2025/3/1, 2025.3.1, 2025年3月1日, 20250301 (DOMAIN §3.3). */
final class DateText {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** A date followed by a time, as some exports add ("2025-03-01 00:00:00"). */
    private static final Pattern WITH_TIME = Pattern.compile("(.+?)[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    private DateText() {}

    /**
     * @return the date, or null when the text is not in one of the accepted forms
     * @throws CellProblem when the form is right but the day does not exist (2025-02-30)
     */
    static LocalDate parse(String text) throws CellProblem {
        String t = text.trim();
        Matcher time = WITH_TIME.matcher(t);
        if (time.matches()) t = time.group(1).trim();
        Matcher m = SEPARATED.matcher(t);
        if (!m.matches()) m = COMPACT.matcher(t);
        if (!m.matches()) return null;
        int y = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        try {
            return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
            throw new CellProblem("不是有效日期（该日不存在）");
        }
    }
}
