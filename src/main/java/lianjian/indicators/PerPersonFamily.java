package lianjian.indicators;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lianjian.readmodel.Person;
import lianjian.readmodel.Unit;

/**
 * A family computed per unit, county-wide and per 承办人 (C, J, R). It reads its rows once, adding each
 * to the counters of every period it touches ({@link #tally}), and emits its list members meanwhile;
 * {@link IndicatorComputation} then decides which units and persons get rows (DOMAIN §6: a person gets
 * rows in a period when they have a case received, closed or open at its end, or a review in it — in
 * any of the three families) and asks the family to turn counters into figures ({@link #emit}).
 * Counters are per period, unit and roster person: the rows themselves are never all in memory.
 */
abstract class PerPersonFamily {

    protected final IndicatorContext.Index units = new IndicatorContext.Index();
    protected final IndicatorContext.Index persons = new IndicatorContext.Index();
    protected final Map<String, Tally> tallies = new HashMap<>();

    /** The catalog family (court, procuratorate, review). */
    abstract String family();

    /** Number of counters per group. */
    abstract int width();

    /** Reads the family's rows, fills one tally per period and emits the list members. */
    abstract void tally(IndicatorContext ctx, FigureSink out);

    /** Turns one group's counters into figures. */
    abstract void emit(String period, String unit, String person, double[] c, FigureTarget out);

    /** Whether a person's per-person rows include this family (judges get C, prosecutors J, all R). */
    abstract boolean coversPerson(IndicatorContext ctx, String personId);

    /** Units that get a row in every period. */
    abstract List<String> unitsWithRows(IndicatorContext ctx);

    /** Indexes the units and roster persons, plus any other units the family's rows name, and opens a tally per period. */
    protected void open(IndicatorContext ctx, Iterable<String> moreUnits) {
        for (Unit u : ctx.model.units()) units.of(u.code());
        if (moreUnits != null) for (String u : moreUnits) units.of(u);
        for (Person p : ctx.model.persons()) persons.of(p.id());
        for (Period p : ctx.periods) tallies.put(p.code(), new Tally(width(), Math.max(1, units.size()), Math.max(1, persons.size())));
    }

    double[] unitCounters(String period, String unit) {
        Tally t = tallies.get(period);
        int u = units.find(unit);
        return t == null || u < 0 ? new double[width()] : t.byUnit[u];
    }

    double[] personCounters(String period, String person) {
        Tally t = tallies.get(period);
        int p = persons.find(person);
        return t == null || p < 0 ? new double[width()] : t.byPerson[p];
    }

    double[] allCounters(String period) {
        Tally t = tallies.get(period);
        return t == null ? new double[width()] : t.all;
    }

    /** Roster persons that have rows of this family in the period. */
    Set<String> touchedPersons(String period) {
        Set<String> set = new HashSet<>();
        Tally t = tallies.get(period);
        if (t == null) return set;
        for (int i = 0; i < persons.size(); i++) if (t.personTouched[i]) set.add(persons.name(i));
        return set;
    }
}
