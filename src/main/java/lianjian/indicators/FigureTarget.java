package lianjian.indicators;

/**
 * Where a family calculator puts a figure of (period, unit, person, indicator). person is "" except on
 * per-person rows; unit is "ALL" for county-wide rows. A ratio whose denominator is 0 has no value,
 * never 0 (DOMAIN §5.1).
 */
interface FigureTarget {

    /** The value with its numerator and denominator as stored (numerator and denominator may be null). */
    void value(String period, String unit, String person, String code, Double numerator, Double denominator, Double value);

    /** A count: the value is the count; numerator and denominator do not apply. */
    default void count(String period, String unit, String person, String code, double n) {
        value(period, unit, person, code, null, null, n);
    }

    /** A ratio or a mean: numerator ÷ denominator, no value when the denominator is 0. */
    default void ratio(String period, String unit, String person, String code, double numerator, double denominator) {
        value(period, unit, person, code, numerator, denominator, denominator == 0 ? null : numerator / denominator);
    }
}
