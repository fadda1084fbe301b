package lianjian.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

import lianjian.readmodel.Person;

/**
 * How figures are shown to people (DOMAIN §1): rates as percentages with one decimal (96.3%), days
 * with one decimal, money in 万元 with two decimals, 1:x for 案件比, "—" where there is no value.
 * Rounding is half-up (as people round), and only here: stored values stay unrounded.
 * Both the PDFs and the dashboard use this class, so they always print the same text.
 */
public final class Formats {

    public static final String NONE = "—";

    /** What a figure of a period before its family's data says (DOMAIN §5.1): not 0 件, not "—". */
    public static final String NO_DATA = "本期无数据";

    private Formats() {}

    /** The value with its unit word (96.3%, 12.5 天, 1,234 件, 1:1.23), "—" where there is none. */
    public static String value(IndicatorDef.Display display, Double v) {
        if (v == null || v.isNaN()) return NONE;
        String word = display.unitWord();
        return word.isEmpty() ? bare(display, v) : bare(display, v) + " " + word;
    }

    /** A stored figure with its unit word: {@link #NO_DATA} before the data, "—" without a figure or value. */
    public static String value(IndicatorDef.Display display, Figure f) {
        if (f == null) return NONE;
        return f.noData() ? NO_DATA : value(display, f.value());
    }

    /** A stored figure without its unit word: {@link #NO_DATA} before the data, "—" without a figure or value. */
    public static String bare(IndicatorDef.Display display, Figure f) {
        if (f == null) return NONE;
        return f.noData() ? NO_DATA : bare(display, f.value());
    }

    /** The value without its unit (for table cells under a header that names the unit). */
    public static String bare(IndicatorDef.Display display, Double v) {
        if (v == null || v.isNaN()) return NONE;
        return switch (display) {
            case PERCENT -> percent(v);
            case COUNT, PERSONS -> integer(v);
            case RATIO_1X -> "1:" + fixed(v, display.decimals());
            default -> fixed(v, display.decimals());
        };
    }

    /** The unit word in brackets for a table header or chart title (（件）), "" when there is none. */
    public static String unitSuffix(IndicatorDef.Display display) {
        return display.unitWord().isEmpty() ? "" : "（" + display.unitWord() + "）";
    }

    /**
     * A change between two values: percentage points for rates (+1.2 个百分点), plain difference with
     * the unit word otherwise, with ▲/▼; "—" when either side is missing.
     */
    public static String change(IndicatorDef.Display display, Double change) {
        if (change == null || change.isNaN()) return NONE;
        double abs = Math.abs(change);
        boolean percent = display == IndicatorDef.Display.PERCENT;
        // The arrow follows the change as printed: a change that rounds to zero is 持平, not ▲0.0.
        double shown = round(percent ? abs * 100 : abs, display.decimals());
        if (shown == 0) return "持平";
        String arrow = change > 0 ? "▲" : "▼";
        String amount = percent ? fixed(abs * 100, 1) + " 个百分点"
                : display.isCount() ? integer(abs) + " " + display.unitWord()
                : fixed(abs, display.decimals()) + (display.unitWord().isEmpty() ? "" : " " + display.unitWord());
        return arrow + amount;
    }

    /**
     * The change from {@code base} to {@code value} as a reader computes it from the two printed values: the
     * difference of the values rounded as {@link #bare} rounds them (0.84% and 0.95% print as 0.8% and 1.0%, so
     * the change is ▼0.2 个百分点, not the ▼0.1 of the unrounded values). In the stored unit (a fraction for
     * rates); null when either side has no value. Only for display: stored values and indicators.csv keep the
     * unrounded difference.
     */
    public static Double shownChange(IndicatorDef.Display display, Double value, Double base) {
        if (value == null || base == null || value.isNaN() || base.isNaN()) return null;
        boolean percent = display == IndicatorDef.Display.PERCENT;
        BigDecimal difference = shown(display, value).subtract(shown(display, base));
        return (percent ? difference.movePointLeft(2) : difference).doubleValue();
    }

    /** The number {@link #bare} prints (of the percentage, for rates), computed the same way. */
    private static BigDecimal shown(IndicatorDef.Display display, double v) {
        double scaled = display == IndicatorDef.Display.PERCENT ? v * 100 : v;
        return BigDecimal.valueOf(scaled).setScale(display.decimals(), RoundingMode.HALF_UP);
    }

    /** {@link #change(IndicatorDef.Display, Double)} of the {@link #shownChange} between two values. */
    public static String change(IndicatorDef.Display display, Double value, Double base) {
        return change(display, shownChange(display, value, base));
    }

    private static double round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** 0.9634 → 96.3% */
    public static String percent(double fraction) {
        return fixed(fraction * 100, 1) + "%";
    }

    /** 17700.166 → 17,700.17: half-up, with thousands separators like {@link #integer} (one style everywhere). */
    public static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP));
    }

    /** 12345 → 12,345 */
    public static String integer(double v) {
        return String.format(Locale.ROOT, "%,d", BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** Yuan as 万元 with two decimals: 1234567 → 123.46 万元 */
    public static String wanYuan(Double yuan) {
        return yuan == null ? NONE : fixed(yuan / 10_000, 2) + " 万元";
    }

    /** 是否员额 as shown everywhere: 是 / 否 / 是（未填写，按员额计） (DOMAIN §4.2's default) / —. */
    public static String quota(Person p) {
        if (p.quotaDefaulted()) return "是（未填写，按员额计）";
        return p.quota() == null ? NONE : p.quota() ? "是" : "否";
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
