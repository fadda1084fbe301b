package lianjian.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.readmodel.Person;

/**
 * Writes the per-person rows of C, J and R (DOMAIN §6), period by period, in batches. Their 环比 and
 * 同比 come from the counters of the earlier periods, which the families keep anyway, rather than from a
 * map of every stored value: a province has millions of per-person figures, and none of them has to
 * sit in memory. A person has rows in a period when any of the three families touched them there; a
 * comparison period in which they had no rows gives no comparison, as for a stored row that is absent.
 */
final class PersonRows {

    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final IndicatorCatalog catalog;
    private final DataStarts starts;
    private final Map<String, Period> periods;
    private final List<Object[]> batch = new ArrayList<>(BATCH);
    private long written;

    PersonRows(JdbcTemplate jdbc, IndicatorCatalog catalog, DataStarts starts, Map<String, Period> periods) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.starts = starts;
        this.periods = periods;
    }

    /** The roster persons with rows in each period, by unit and name. */
    static Map<String, List<String>> active(IndicatorContext ctx, List<PerPersonFamily> families) {
        Map<String, List<String>> active = new LinkedHashMap<>();
        for (Period p : ctx.periods) {
            Set<String> ids = new java.util.HashSet<>();
            for (PerPersonFamily f : families) ids.addAll(f.touchedPersons(p.code()));
            List<String> ordered = new ArrayList<>();
            for (Person person : ctx.model.persons()) if (ids.contains(person.id())) ordered.add(person.id());
            active.put(p.code(), ordered);
        }
        return active;
    }

    void write(IndicatorContext ctx, List<PerPersonFamily> families, Map<String, List<String>> active) {
        Map<String, java.util.Set<String>> activeSets = new HashMap<>();
        active.forEach((k, v) -> activeSets.put(k, new java.util.HashSet<>(v)));
        for (Period p : ctx.periods) {
            String prev = p.previousCode(), yoy = p.yearEarlierCode();
            for (String person : active.get(p.code())) {
                String unit = ctx.model.person(person).unitCode();
                for (PerPersonFamily f : families) {
                    if (!f.coversPerson(ctx, person)) continue;
                    Scratch now = emit(f, p.code(), unit, person);
                    Scratch before = has(activeSets, prev, person) ? emit(f, prev, unit, person) : null;
                    Scratch yearAgo = has(activeSets, yoy, person) ? emit(f, yoy, unit, person) : null;
                    now.values.forEach((code, v) -> {
                        IndicatorDef def = catalog.get(code);
                        Boolean meets = v[3] == 1 ? null : def.meets(v[2]);
                        batch.add(new Object[] {p.code(), unit, person, code, v[0], v[1], v[2],
                                before == null ? null : before.value(code), yearAgo == null ? null : yearAgo.value(code),
                                def.referenceLow(), def.referenceHigh(), meets == null ? null : meets ? 1 : 0, v[3] == 1 ? 1 : 0});
                        if (batch.size() >= BATCH) flush();
                    });
                }
            }
        }
        flush();
    }

    long written() { return written; }

    private static boolean has(Map<String, java.util.Set<String>> active, String period, String person) {
        java.util.Set<String> s = active.get(period);
        return s != null && s.contains(person);
    }

    /** The family's figures of one person in a period, emptied where the unit has no data of the family yet. */
    private Scratch emit(PerPersonFamily f, String period, String unit, String person) {
        Scratch s = new Scratch(starts.before(f.family(), unit, periods.get(period)));
        f.emit(period, unit, person, f.personCounters(period, person), s);
        return s;
    }

    private void flush() {
        if (batch.isEmpty()) return;
        jdbc.batchUpdate(FigureStore.INSERT_VALUE, batch);
        written += batch.size();
        batch.clear();
    }

    /** One group's figures: code → {numerator, denominator, value, noData (1/0)}. */
    private static final class Scratch implements FigureTarget {
        final Map<String, Double[]> values = new LinkedHashMap<>();
        private final boolean noData;

        Scratch(boolean noData) { this.noData = noData; }

        @Override
        public void value(String period, String unit, String person, String code, Double numerator, Double denominator,
                          Double value) {
            values.put(code, noData ? new Double[] {null, null, null, 1.0} : new Double[] {numerator, denominator, value, 0.0});
        }

        Double value(String code) {
            Double[] v = values.get(code);
            return v == null ? null : v[2];
        }
    }
}
