package lianjian.indicators;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a computation's county-wide and per-unit figures: emptied before their family's data (DOMAIN
 * §5.1), with 环比, 同比, the reference interval in force and 达标/未达标; their breakdowns; the periods
 * and the run. Returns the stored values for the warnings, which are derived from them.
 */
final class FigureStore {

    static final String INSERT_VALUE = "INSERT INTO indicator_value (period, unit_code, person_id, indicator, numerator,"
            + " denominator, value, prev_value, yoy_value, reference_low, reference_high, meets, no_data)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The value of each stored county/unit figure by period|unit|code (null: no value). */
    static final class UnitValues {
        private final Map<String, Double> values = new HashMap<>();

        Double get(String period, String unit, String code) { return values.get(key(period, unit, code)); }

        boolean has(String period, String unit, String code) { return values.containsKey(key(period, unit, code)); }

        private static String key(String period, String unit, String code) { return period + "|" + unit + "|" + code; }
    }

    private FigureStore() {}

    /** Deletes the previous computation (it stays until the step's transaction commits the new one). */
    static void clear(JdbcTemplate jdbc) {
        for (String t : List.of("indicator_value", "indicator_breakdown", "indicator_list", "indicator_period",
                "indicator_run", "indicator_warning", "followup_item", "data_currency")) {
            jdbc.update("DELETE FROM " + t);
        }
    }

    static void run(JdbcTemplate jdbc, LocalDate asOf, String termName, LocalDate termStart, LocalDate termEnd) {
        jdbc.update("INSERT INTO indicator_run (computed_at, as_of, term_name, term_start, term_end) VALUES (?, ?, ?, ?, ?)",
                LocalDateTime.now().withNano(0).toString().replace('T', ' '), asOf.toString(), termName,
                termStart.toString(), termEnd.toString());
    }

    static void periods(JdbcTemplate jdbc, List<Period> periods) {
        Map<String, Period> computed = new HashMap<>();
        for (Period p : periods) computed.put(p.code(), p);
        List<Object[]> rows = new ArrayList<>();
        for (Period p : periods) {
            rows.add(new Object[] {p.code(), p.kind().name(), p.start().toString(), p.end().toString(),
                    computed.containsKey(p.previousCode()) ? p.previousCode() : null,
                    computed.containsKey(p.yearEarlierCode()) ? p.yearEarlierCode() : null});
        }
        jdbc.batchUpdate("INSERT INTO indicator_period (period, kind, period_start, period_end, prev_period, yoy_period)"
                + " VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    static UnitValues values(JdbcTemplate jdbc, IndicatorCatalog catalog, DataStarts starts, Map<String, Period> periods,
                             FigureSink sink) {
        // First the values as stored (emptied before the data), then each row with its comparisons.
        UnitValues stored = new UnitValues();
        for (FigureSink.Value v : sink.values()) {
            boolean none = starts.before(catalog.get(v.code()).family(), v.unit(), periods.get(v.period()));
            stored.values.put(UnitValues.key(v.period(), v.unit(), v.code()), none ? null : v.value());
        }
        List<Object[]> rows = new ArrayList<>(sink.values().size());
        for (FigureSink.Value v : sink.values()) {
            Period p = periods.get(v.period());
            boolean none = starts.before(catalog.get(v.code()).family(), v.unit(), p);
            IndicatorDef def = catalog.get(v.code());
            Double value = none ? null : v.value();
            Boolean meets = def.meets(value);
            rows.add(new Object[] {v.period(), v.unit(), v.person(), v.code(), none ? null : v.numerator(),
                    none ? null : v.denominator(), value, stored.get(p.previousCode(), v.unit(), v.code()),
                    stored.get(p.yearEarlierCode(), v.unit(), v.code()), def.referenceLow(), def.referenceHigh(),
                    meets == null ? null : meets ? 1 : 0, none ? 1 : 0});
        }
        jdbc.batchUpdate(INSERT_VALUE, rows);

        List<Object[]> breakdowns = new ArrayList<>();
        for (FigureSink.Breakdown b : sink.breakdowns()) {
            if (starts.before(catalog.get(b.code()).family(), b.unit(), periods.get(b.period()))) continue;
            breakdowns.add(new Object[] {b.period(), b.unit(), b.code(), b.category(), b.numerator(), b.denominator(), b.value()});
        }
        jdbc.batchUpdate("INSERT INTO indicator_breakdown (period, unit_code, indicator, category, numerator, denominator, value)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", breakdowns);
        return stored;
    }
}
