package lianjian.indicators;

import java.util.HashMap;
import java.util.Map;

/**
 * A family computed per unit, county-wide and per 承办人 (C, J, R). It tallies counters for every
 * period first; {@link IndicatorComputation} then decides which units and persons get rows (DOMAIN
 * §6: a person gets rows in a period when they have a case received, closed or open at its end, or
 * a review in it — in any of the three families) and asks the family to turn counters into figures.
 */
abstract class PerPersonFamily {

    protected final IndicatorContext.Index units = new IndicatorContext.Index();
    protected final IndicatorContext.Index persons = new IndicatorContext.Index();
    protected final Map<String, Tally> tallies = new HashMap<>();

    /** Number of counters per group. */
    abstract int width();

    /** Reads the family's rows and fills one tally per period. */
    abstract void tally(IndicatorContext ctx);

    /** Turns one group's counters into figures. */
    abstract void emit(String period, String unit, String person, double[] c, FigureSink sink);

    /** Whether a person's per-person rows include this family (judges get C, prosecutors J, all R). */
    abstract boolean coversPerson(IndicatorContext ctx, String personId);

    /** Units that get a row in every period. */
    abstract java.util.List<String> unitsWithRows(IndicatorContext ctx);

    /** Lists the family keeps for the reports (default: none). */
    void lists(IndicatorContext ctx, FigureSink out) { }

    Tally tally(String period) { return tallies.get(period); }

    protected Tally newTally() { return new Tally(width(), Math.max(1, units.size()), Math.max(1, persons.size())); }

    double[] unitCounters(String period, String unit) {
        Tally t = tallies.get(period);
        int u = indexOf(units, unit);
        return t == null || u < 0 || u >= t.byUnit.length ? new double[width()] : t.byUnit[u];
    }

    double[] personCounters(String period, String person) {
        Tally t = tallies.get(period);
        int p = indexOf(persons, person);
        return t == null || p < 0 || p >= t.byPerson.length ? new double[width()] : t.byPerson[p];
    }

    double[] allCounters(String period) {
        Tally t = tallies.get(period);
        return t == null ? new double[width()] : t.all;
    }

    /** Persons that have rows of this family in the period. */
    java.util.Set<String> touchedPersons(String period) {
        java.util.Set<String> set = new java.util.HashSet<>();
        Tally t = tallies.get(period);
        if (t == null) return set;
        for (int i = 0; i < persons.size(); i++) if (i < t.personTouched.length && t.personTouched[i]) set.add(persons.name(i));
        return set;
    }

    private static int indexOf(IndicatorContext.Index index, String key) {
        return index.find(key);
    }
}
