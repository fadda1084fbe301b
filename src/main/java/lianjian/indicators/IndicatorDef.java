package lianjian.indicators;

import java.util.List;

/**
 * One indicator of the catalog (indicators.yml) with its configured reference interval.
 *
 * @param unitTypes unit types with a per-unit row; "any" = every unit that has rows of the family's kind
 * @param referenceLow  null when no interval is configured (DOMAIN §5.9)
 */
public record IndicatorDef(String code, String name, String family, List<String> unitTypes, boolean perPerson,
                           Direction direction, Display display, String formula, Double referenceLow,
                           Double referenceHigh, String referenceNote) {

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

    /** How a value is shown to people. */
    public enum Display { PERCENT, DAYS, COUNT, PERSONS, RATIO_PLAIN, RATIO_1X, YEARS, SCORE, INDEX }

    public boolean hasReference() { return referenceLow != null || referenceHigh != null; }

    /** 达标 (true), 未达标 (false), or null when there is no interval or no value. */
    public Boolean meets(Double value) {
        if (value == null || !hasReference()) return null;
        return (referenceLow == null || value >= referenceLow - 1e-12) && (referenceHigh == null || value <= referenceHigh + 1e-12);
    }

    public boolean appliesToEveryUnitWithRows() { return unitTypes.contains("any"); }
}
