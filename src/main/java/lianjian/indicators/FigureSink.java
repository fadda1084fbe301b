package lianjian.indicators;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the family calculators compute, in the shape of the tables: values with numerator
 * and denominator, breakdowns, and list items. A denominator of 0 gives no value, never 0 (§5.1).
 */
public final class FigureSink {

    /** person "" except on per-person rows; unit "ALL" for county-wide. */
    public record Value(String period, String unit, String person, String code, Double numerator, Double denominator,
                        Double value) {}

    public record Breakdown(String period, String unit, String code, String category, Double numerator,
                            Double denominator, Double value) {}

    public record ListItem(String list, String period, String unit, String key, Object item) {}

    public static final String ALL = "ALL";

    private final List<Value> values = new ArrayList<>();
    private final List<Breakdown> breakdowns = new ArrayList<>();
    private final List<ListItem> items = new ArrayList<>();

    /** A count: the value is the count; numerator and denominator do not apply. */
    public void count(String period, String unit, String person, String code, double n) {
        values.add(new Value(period, unit, person, code, null, null, n));
    }

    /** A ratio or a mean: numerator ÷ denominator, no value when the denominator is 0. */
    public void ratio(String period, String unit, String person, String code, double numerator, double denominator) {
        values.add(new Value(period, unit, person, code, numerator, denominator, denominator == 0 ? null : numerator / denominator));
    }

    /** A value that is neither a plain count nor a plain ratio (E05, E06, E07). */
    public void value(String period, String unit, String person, String code, Double numerator, Double denominator, Double value) {
        values.add(new Value(period, unit, person, code, numerator, denominator, value));
    }

    public void breakdownCount(String period, String unit, String code, String category, double n) {
        breakdowns.add(new Breakdown(period, unit, code, category, null, null, n));
    }

    public void breakdownRatio(String period, String unit, String code, String category, double num, double den) {
        breakdowns.add(new Breakdown(period, unit, code, category, num, den, den == 0 ? null : num / den));
    }

    public void listItem(String list, String period, String unit, String key, Object item) {
        items.add(new ListItem(list, period, unit, key, item));
    }

    public List<Value> values() { return values; }
    public List<Breakdown> breakdowns() { return breakdowns; }
    public List<ListItem> items() { return items; }
}
