package lianjian.indicators;

/**
 * One stored figure as readers see it: the unrounded value (null = no value, shown as "—"), its
 * numerator and denominator, the same figure in the previous period (环比) and a year earlier (同比),
 * and the reference interval with 达标 (true) / 未达标 (false) / null.
 *
 * @param noData the period ends before the family's data for the unit begins (DOMAIN §5.1): the value is
 *               empty and readers say 本期无数据, not 0 件 or "—"
 */
public record Figure(String period, String unitCode, String personId, String code, Double numerator, Double denominator,
                     Double value, Double previous, Double yearEarlier, Double referenceLow, Double referenceHigh,
                     Boolean meets, boolean noData) {

    /** Change against the previous period, or null when either side has no value. */
    public Double changeFromPrevious() {
        return value == null || previous == null ? null : value - previous;
    }

    /** Change against the same period a year earlier, or null. */
    public Double changeFromYearEarlier() {
        return value == null || yearEarlier == null ? null : value - yearEarlier;
    }
}
