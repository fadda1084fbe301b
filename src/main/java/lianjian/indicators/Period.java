package lianjian.indicators;

import java.time.LocalDate;

/**
 * A statistical period (DOMAIN §5.1): a calendar year ({@code 2025}), half-year ({@code 2025H1}) or
 * quarter ({@code 2025Q3}). Both bounds are inclusive. {@code end} is the as-of date used for the
 * period: its last day, or the run's as-of date when that is earlier.
 */
public record Period(String code, Kind kind, LocalDate start, LocalDate lastDay, LocalDate end) {

    public enum Kind { YEAR, HALF, QUARTER }

    public static Period year(int y, LocalDate asOf) {
        return of(String.valueOf(y), Kind.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), asOf);
    }

    public static Period half(int y, int h, LocalDate asOf) {
        LocalDate s = LocalDate.of(y, h == 1 ? 1 : 7, 1);
        return of(y + "H" + h, Kind.HALF, s, s.plusMonths(6).minusDays(1), asOf);
    }

    public static Period quarter(int y, int q, LocalDate asOf) {
        LocalDate s = LocalDate.of(y, (q - 1) * 3 + 1, 1);
        return of(y + "Q" + q, Kind.QUARTER, s, s.plusMonths(3).minusDays(1), asOf);
    }

    private static Period of(String code, Kind kind, LocalDate start, LocalDate last, LocalDate asOf) {
        LocalDate end = asOf != null && asOf.isBefore(last) ? asOf : last;
        return new Period(code, kind, start, last, end);
    }

    /** Parses 2025, 2025H1, 2025Q3 (with the as-of cap). */
    public static Period parse(String code, LocalDate asOf) {
        int y = Integer.parseInt(code.substring(0, 4));
        if (code.length() == 4) return year(y, asOf);
        int n = Integer.parseInt(code.substring(5));
        return code.charAt(4) == 'H' ? half(y, n, asOf) : quarter(y, n, asOf);
    }

    public boolean contains(LocalDate d) {
        return d != null && !d.isBefore(start) && !d.isAfter(end);
    }

    /** The previous period of the same length (环比): 2025Q3 → 2025Q2, 2025H1 → 2024H2, 2025 → 2024. */
    public String previousCode() {
        int y = start.getYear();
        return switch (kind) {
            case YEAR -> String.valueOf(y - 1);
            case HALF -> code.endsWith("H1") ? (y - 1) + "H2" : y + "H1";
            case QUARTER -> {
                int q = Integer.parseInt(code.substring(5));
                yield q == 1 ? (y - 1) + "Q4" : y + "Q" + (q - 1);
            }
        };
    }

    /** The same period one year earlier (同比). */
    public String yearEarlierCode() {
        return (start.getYear() - 1) + code.substring(4);
    }

    /** 2025年、2025年上半年、2025年第三季度 */
    public String chineseName() {
        int y = start.getYear();
        return switch (kind) {
            case YEAR -> y + "年";
            case HALF -> y + (code.endsWith("H1") ? "年上半年" : "年下半年");
            case QUARTER -> y + "年第" + "一二三四".charAt(Integer.parseInt(code.substring(5)) - 1) + "季度";
        };
    }
}
