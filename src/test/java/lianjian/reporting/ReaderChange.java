package lianjian.reporting;

import java.math.BigDecimal;

/**
 * The change a reader works out from two printed percentages (issue 14 part 8): 0.8% and 1.0% → ▼0.2 个百分点.
 * Computed here from the printed text with decimal arithmetic, independently of Formats.shownChange.
 */
final class ReaderChange {

    private ReaderChange() {}

    /** From {@code base} to {@code value}, both as printed (98.3%); "—" when either is "—". */
    static String percentPoints(String value, String base) {
        if (!value.endsWith("%") || !base.endsWith("%")) return "—";
        BigDecimal d = new BigDecimal(value.replace("%", "")).subtract(new BigDecimal(base.replace("%", "")));
        if (d.signum() == 0) return "持平";
        return (d.signum() > 0 ? "▲" : "▼") + d.abs().toPlainString() + " 个百分点";
    }
}
