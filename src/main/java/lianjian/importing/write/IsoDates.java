package lianjian.importing.write;

import java.time.LocalDate;

/**
 * Dates as stored (ISO yyyy-MM-dd), written into a char array: {@link LocalDate#toString()} goes
 * through a StringBuilder and was 8 % of the writing thread on the million-case file (two dates per
 * case, JFR, docs/BENCHMARKS.md).
 */
final class IsoDates {

    private IsoDates() {}

    /** The same text as {@link LocalDate#toString()}. */
    static String format(LocalDate d) {
        int y = d.getYear();
        if (y < 1000 || y > 9999) return d.toString(); // signs and wider years: the JDK's own rules
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        char[] c = {
            (char) ('0' + y / 1000), (char) ('0' + y / 100 % 10), (char) ('0' + y / 10 % 10), (char) ('0' + y % 10), '-',
            (char) ('0' + m / 10), (char) ('0' + m % 10), '-',
            (char) ('0' + day / 10), (char) ('0' + day % 10)};
        return new String(c);
    }
}
