package lianjian.indicators;

import java.util.List;

/**
 * One indicator of the catalog (indicators.yml) with the reference interval in force (DOMAIN §5.9).
 *
 * @param unitTypes unit types with a per-unit row; "any" = every unit that has rows of the family's kind
 * @param referenceLow  null when no interval is in force
 * @param referenceNote where the interval comes from: the configured note, or 示例 for a shipped example
 * @param example   the interval is the example shipped with the product, not one the county configured:
 *                  every 达标/未达标 judged against it is labelled 示例
 */
public record IndicatorDef(String code, String name, String family, List<String> unitTypes, boolean perPerson,
                           Direction direction, Display display, String formula, Double referenceLow,
                           Double referenceHigh, String referenceNote, boolean example) {

    /** ↑ higher is better, ↓ lower is better, ◎ judged against an interval, ℹ descriptive. */
    public enum Direction {
        UP("↑", "越高越好"), DOWN("↓", "越低越好"), BAND("◎", "以参考区间衡量"), INFO("ℹ", "描述性指标");

        private final String symbol;
        private final String chinese;

        Direction(String symbol, String chinese) {
            this.symbol = symbol;
            this.chinese = chinese;
        }

        public String symbol() { return symbol; }
        public String chinese() { return chinese; }
    }

    /**
     * How a value is shown to people (DOMAIN §1): the unit word after the number and the decimals it is
     * rounded to. {@link Formats} prints with these, and charts label their axes and values with them,
     * so a figure reads the same on every page, chart and report.
     */
    public enum Display {
        /** 96.3% (one decimal of the percentage). */
        PERCENT("", 1),
        DAYS("天", 1),
        COUNT("件", 0),
        PERSONS("人", 0),
        RATIO_PLAIN("", 2),
        /** 1:1.23 */
        RATIO_1X("", 2),
        YEARS("年", 1),
        SCORE("分", 1),
        INDEX("", 1);

        private final String unitWord;
        private final int decimals;

        Display(String unitWord, int decimals) {
            this.unitWord = unitWord;
            this.decimals = decimals;
        }

        /** 件, 人, 天, 年, 分, or "" for rates, ratios and indices. */
        public String unitWord() { return unitWord; }

        /** Decimals shown (of the percentage, for PERCENT). */
        public int decimals() { return decimals; }

        /** A whole number of things (件, 人): drawn as bars in trend charts. */
        public boolean isCount() { return this == COUNT || this == PERSONS; }

        /** The DecimalFormat pattern of chart value labels, rounding as {@link Formats} does. */
        public String chartPattern() {
            if (this == PERCENT) return "0.0%";
            return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        }
    }

    public boolean hasReference() { return referenceLow != null || referenceHigh != null; }

    /** 达标 (true), 未达标 (false), or null when there is no interval or no value. */
    public Boolean meets(Double value) {
        if (value == null || !hasReference()) return null;
        return (referenceLow == null || value >= referenceLow - 1e-12) && (referenceHigh == null || value <= referenceHigh + 1e-12);
    }

    public boolean appliesToEveryUnitWithRows() { return unitTypes.contains("any"); }
}
