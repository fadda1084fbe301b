package lianjian.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How figures are shown to people (DOMAIN §1): rates as percentages with one decimal (96.3%), days
 * with one decimal, money in 万元 with two decimals, 1:x for 案件比, "—" where there is no value.
 * Rounding is half-up (as people round), and only here: stored values stay unrounded.
 * Both the PDFs and the dashboard use this class, so they always print the same text.
 */
public final class Formats {

    public static final String NONE = "—";

    private Formats() {}

    public static String value(IndicatorDef.Display display, Double v) {
        if (v == null || v.isNaN()) return NONE;
        return switch (display) {
            case PERCENT -> percent(v);
            case DAYS -> fixed(v, 1) + " 天";
            case COUNT -> integer(v) + " 件";
            case PERSONS -> integer(v) + " 人";
            case RATIO_PLAIN -> fixed(v, 2);
            case RATIO_1X -> "1:" + fixed(v, 2);
            case YEARS -> fixed(v, 1) + " 年";
            case SCORE -> fixed(v, 1) + " 分";
            case INDEX -> fixed(v, 1);
        };
    }

    /** The value without its unit (for table cells under a header that names the unit). */
    public static String bare(IndicatorDef.Display display, Double v) {
        if (v == null || v.isNaN()) return NONE;
        return switch (display) {
            case PERCENT -> percent(v);
            case COUNT, PERSONS -> integer(v);
            case RATIO_PLAIN -> fixed(v, 2);
            case RATIO_1X -> "1:" + fixed(v, 2);
            case DAYS, YEARS, SCORE, INDEX -> fixed(v, 1);
        };
    }

    /**
     * A change between two values: percentage points for rates (+1.2 个百分点), plain difference
     * otherwise, with ▲/▼; "—" when either side is missing.
     */
    public static String change(IndicatorDef.Display display, Double change) {
        if (change == null || change.isNaN()) return NONE;
        double abs = Math.abs(change);
        // The arrow follows the change as printed: a change that rounds to zero is 持平, not ▲0.0.
        double shown = display == IndicatorDef.Display.PERCENT ? round(abs * 100, 1)
                : display == IndicatorDef.Display.COUNT || display == IndicatorDef.Display.PERSONS ? round(abs, 0)
                : display == IndicatorDef.Display.RATIO_PLAIN || display == IndicatorDef.Display.RATIO_1X ? round(abs, 2)
                : round(abs, 1);
        if (shown == 0) return "持平";
        String arrow = change > 0 ? "▲" : "▼";
        String amount = switch (display) {
            case PERCENT -> fixed(abs * 100, 1) + " 个百分点";
            case COUNT -> integer(abs) + " 件";
            case PERSONS -> integer(abs) + " 人";
            case RATIO_PLAIN, RATIO_1X -> fixed(abs, 2);
            case DAYS -> fixed(abs, 1) + " 天";
            default -> fixed(abs, 1);
        };
        return arrow + amount;
    }

    private static double round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** 0.9634 → 96.3% */
    public static String percent(double fraction) {
        return fixed(fraction * 100, 1) + "%";
    }

    public static String fixed(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** 12345 → 12,345 */
    public static String integer(double v) {
        return String.format("%,d", BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** Yuan as 万元 with two decimals: 1234567 → 123.46 万元 */
    public static String wanYuan(Double yuan) {
        return yuan == null ? NONE : fixed(yuan / 10_000, 2) + " 万元";
    }

    /** 2025年3月1日 (prose) */
    public static String chineseDate(LocalDate d) {
        return d == null ? NONE : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 2025-03-01 (tables) */
    public static String isoDate(LocalDate d) {
        return d == null ? NONE : d.toString();
    }
}
