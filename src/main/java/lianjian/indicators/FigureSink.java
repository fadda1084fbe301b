package lianjian.indicators;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the county-wide and per-unit figures the family calculators compute (a few hundred thousand
 * at most, kept in memory so that comparisons and warnings can be derived from them), their breakdowns,
 * and hands list items on to the {@link ListWriter}, which stores them as they come. Per-person rows,
 * which are far more numerous, go to {@link PersonRows} instead.
 */
public final class FigureSink implements FigureTarget {

    /** person "" except on per-person rows; unit "ALL" for county-wide. */
    public record Value(String period, String unit, String person, String code, Double numerator, Double denominator,
                        Double value) {}

    public record Breakdown(String period, String unit, String code, String category, Double numerator,
                            Double denominator, Double value) {}

    public static final String ALL = "ALL";

    private final List<Value> values = new ArrayList<>();
    private final List<Breakdown> breakdowns = new ArrayList<>();
    private final ListWriter lists;

    FigureSink(ListWriter lists) {
        this.lists = lists;
    }

    @Override
    public void value(String period, String unit, String person, String code, Double numerator, Double denominator, Double value) {
        values.add(new Value(period, unit, person, code, numerator, denominator, value));
    }

    public void breakdownCount(String period, String unit, String code, String category, double n) {
        breakdowns.add(new Breakdown(period, unit, code, category, null, null, n));
    }

    public void breakdownRatio(String period, String unit, String code, String category, double num, double den) {
        breakdowns.add(new Breakdown(period, unit, code, category, num, den, den == 0 ? null : num / den));
    }

    /** A member of a list (stored at once, unless its unit has no data of the list's family yet). */
    public void listItem(ListItem item) {
        lists.add(item);
    }

    public List<Value> values() { return values; }
    public List<Breakdown> breakdowns() { return breakdowns; }
}
