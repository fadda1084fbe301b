package lianjian.indicators;

/**
 * One stored figure as readers see it: the unrounded value (null = no value, shown as "—"), its
 * numerator and denominator, the same figure in the previous period (环比) and a year earlier (同比),
 * and the reference interval with 达标 (true) / 未达标 (false) / null.
 */
public record Figure(String period, String unitCode, String personId, String code, Double numerator, Double denominator,
                     Double value, Double previous, Double yearEarlier, Double referenceLow, Double referenceHigh,
                     Boolean meets) {

    /** Change against the previous period, or null when either side has no value. */
    public Double changeFromPrevious() {
        return value == null || previous == null ? null : value - previous;
    }

    /** Change against the same period a year earlier, or null. */
    public Double changeFromYearEarlier() {
        return value == null || yearEarlier == null ? null : value - yearEarlier;
    }
}
