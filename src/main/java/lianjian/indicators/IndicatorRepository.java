package lianjian.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the stored figures: the only way reports, the site, the CSV and status get a number. */
@Repository
public class IndicatorRepository {

    /** The computation the stored figures come from. */
    public record Run(String computedAt, LocalDate asOf, String termName, LocalDate termStart, LocalDate termEnd) {}

    /** A computed period with its comparison periods (null when not computed). */
    public record PeriodRow(String code, Period.Kind kind, LocalDate start, LocalDate end, String previous,
                            String yearEarlier) {
        public Period period() { return Period.parse(code, end); }
    }

    public record BreakdownRow(String category, Double numerator, Double denominator, Double value) {}

    private static final RowMapper<Figure> FIGURE = (rs, i) -> new Figure(rs.getString("period"), rs.getString("unit_code"),
            rs.getString("person_id"), rs.getString("indicator"), dbl(rs, "numerator"), dbl(rs, "denominator"),
            dbl(rs, "value"), dbl(rs, "prev_value"), dbl(rs, "yoy_value"), dbl(rs, "reference_low"),
            dbl(rs, "reference_high"), rs.getObject("meets") == null ? null : rs.getInt("meets") == 1,
            rs.getInt("no_data") == 1);

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public IndicatorRepository(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    public Optional<Run> run() {
        return jdbc.query("SELECT computed_at, as_of, term_name, term_start, term_end FROM indicator_run ORDER BY id DESC LIMIT 1",
                (rs, i) -> new Run(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                        LocalDate.parse(rs.getString(4)), LocalDate.parse(rs.getString(5)))).stream().findFirst();
    }

    /** Computed periods: years, then halves, then quarters, each in time order. */
    public List<PeriodRow> periods() {
        return jdbc.query("SELECT * FROM indicator_period ORDER BY CASE kind WHEN 'YEAR' THEN 0 WHEN 'HALF' THEN 1 ELSE 2 END,"
                + " period_start", (rs, i) -> new PeriodRow(rs.getString("period"), Period.Kind.valueOf(rs.getString("kind")),
                LocalDate.parse(rs.getString("period_start")), LocalDate.parse(rs.getString("period_end")),
                rs.getString("prev_period"), rs.getString("yoy_period")));
    }

    /** The latest computed period of a kind (the one whose start is latest), if any. */
    public Optional<PeriodRow> latest(Period.Kind kind) {
        PeriodRow latest = null;
        for (PeriodRow p : periods()) if (p.kind() == kind) latest = p;
        return Optional.ofNullable(latest);
    }

    public Optional<PeriodRow> period(String code) {
        return periods().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<Figure> figure(String period, String unit, String person, String code) {
        return jdbc.query("SELECT * FROM indicator_value WHERE period = ? AND unit_code = ? AND person_id = ? AND indicator = ?",
                FIGURE, period, unit, person == null ? "" : person, code).stream().findFirst();
    }

    /** All figures of a unit (or "ALL") in a period, by indicator code. */
    public Map<String, Figure> unitFigures(String period, String unit) {
        Map<String, Figure> m = new LinkedHashMap<>();
        for (Figure f : jdbc.query("SELECT * FROM indicator_value WHERE period = ? AND unit_code = ? AND person_id = ''",
                FIGURE, period, unit)) m.put(f.code(), f);
        return m;
    }

    /** All figures of a person in a period, by indicator code. */
    public Map<String, Figure> personFigures(String period, String person) {
        Map<String, Figure> m = new LinkedHashMap<>();
        for (Figure f : jdbc.query("SELECT * FROM indicator_value WHERE period = ? AND person_id = ?", FIGURE, period, person)) {
            m.put(f.code(), f);
        }
        return m;
    }

    /** One indicator of one unit over the computed periods of a kind, in time order (trend charts). */
    public List<Figure> series(String code, String unit, Period.Kind kind) {
        return jdbc.query("SELECT v.* FROM indicator_value v JOIN indicator_period p ON p.period = v.period"
                + " WHERE v.indicator = ? AND v.unit_code = ? AND v.person_id = '' AND p.kind = ? ORDER BY p.period_start",
                FIGURE, code, unit, kind.name());
    }

    /** Units with at least one row in a period (excluding ALL). */
    public List<String> unitsWithFigures(String period) {
        return jdbc.queryForList("SELECT DISTINCT unit_code FROM indicator_value WHERE period = ? AND person_id = ''"
                + " AND unit_code <> 'ALL' ORDER BY unit_code", String.class, period);
    }

    /** Persons with per-person rows in a period. */
    public List<String> personsWithFigures(String period) {
        return jdbc.queryForList("SELECT DISTINCT person_id FROM indicator_value WHERE period = ? AND person_id <> ''"
                + " ORDER BY person_id", String.class, period);
    }

    public List<BreakdownRow> breakdown(String period, String unit, String code) {
        return jdbc.query("SELECT category, numerator, denominator, value FROM indicator_breakdown"
                + " WHERE period = ? AND unit_code = ? AND indicator = ? ORDER BY category", (rs, i) -> new BreakdownRow(
                rs.getString(1), dbl(rs, "numerator"), dbl(rs, "denominator"), dbl(rs, "value")), period, unit, code);
    }

    /** One stored list member (DOMAIN §6 lists.csv) with the further fields pages show. */
    public record StoredItem(ListCode list, String period, String unitCode, int seq, String key, String label,
                             String personId, String personName, LocalDate date, Long days, Map<String, Object> details) {

        /** The details with the standard fields (key, label, personId, personName, date, days, unitCode) added. */
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>(details);
            m.put("key", key);
            m.put("label", label);
            if (personId != null) m.put("personId", personId);
            if (personName != null) m.put("personName", personName);
            m.put("date", date == null ? null : date.toString());
            m.put("days", days);
            m.put("unitCode", unitCode);
            return m;
        }
    }

    private final RowMapper<StoredItem> item = (rs, i) -> {
        Object days = rs.getObject("days");
        String date = rs.getString("item_date");
        return new StoredItem(ListCode.of(rs.getString("list_code")), rs.getString("period"), rs.getString("unit_code"),
                rs.getInt("seq"), rs.getString("item_key"), rs.getString("item_label"), rs.getString("person_id"),
                rs.getString("person_name"), date == null ? null : LocalDate.parse(date.strip()),
                days == null ? null : ((Number) days).longValue(),
                json.readValue(rs.getString("item_json"), new TypeReference<LinkedHashMap<String, Object>>() {}));
    };

    /**
     * A stored list for a period; {@code unit} null or "ALL" for the whole county (every unit's members,
     * by unit code), else the unit's own members. For E-PROGRESS, stored per scope, use {@link #scopedList}.
     */
    public List<StoredItem> items(ListCode list, String period, String unit) {
        boolean county = unit == null || FigureSink.ALL.equals(unit);
        return county
                ? jdbc.query("SELECT * FROM indicator_list WHERE list_code = ? AND period = ? ORDER BY unit_code, seq", item,
                        list.code(), period)
                : jdbc.query("SELECT * FROM indicator_list WHERE list_code = ? AND period = ? AND unit_code = ? ORDER BY seq",
                        item, list.code(), period, unit);
    }

    /** {@link #items} as field → value maps (the details with the standard fields). */
    public List<Map<String, Object>> list(ListCode list, String period, String unit) {
        return items(list, period, unit).stream().map(StoredItem::asMap).toList();
    }

    /**
     * A list stored per scope rather than per item (E-PROGRESS: one item per year for the county,
     * "ALL", and one per unit): exactly the items stored under {@code scope}.
     */
    public List<Map<String, Object>> scopedList(ListCode list, String period, String scope) {
        return jdbc.query("SELECT * FROM indicator_list WHERE list_code = ? AND period = ? AND unit_code = ? ORDER BY seq",
                item, list.code(), period, scope).stream().map(StoredItem::asMap).toList();
    }

    /** The members of every published list (§8.2), in the order of lists.csv: period, unit, list, then as stored. */
    public void forEachPublishedItem(java.util.function.Consumer<StoredItem> consumer) {
        List<String> published = java.util.Arrays.stream(ListCode.values()).filter(ListCode::published).map(ListCode::code).toList();
        jdbc.query("SELECT l.* FROM indicator_list l JOIN indicator_period p ON p.period = l.period"
                + " WHERE l.list_code IN (" + String.join(", ", java.util.Collections.nCopies(published.size(), "?")) + ")"
                + " ORDER BY CASE p.kind WHEN 'YEAR' THEN 0 WHEN 'HALF' THEN 1 ELSE 2 END, p.period_start,"
                + " CASE WHEN l.unit_code = 'ALL' THEN 0 ELSE 1 END, l.unit_code, l.list_code, l.seq",
                (ResultSet rs) -> { consumer.accept(item.mapRow(rs, 0)); }, published.toArray());
    }

    /** One stored warning (DOMAIN §8.3). */
    public record Warning(String period, String unitCode, String indicator, String rule, Double value, Double previous,
                          Double beforePrevious, Double referenceLow, Double referenceHigh, boolean example) {}

    private static final RowMapper<Warning> WARNING = (rs, i) -> new Warning(rs.getString("period"), rs.getString("unit_code"),
            rs.getString("indicator"), rs.getString("rule"), dbl(rs, "value"), dbl(rs, "previous"),
            dbl(rs, "before_previous"), dbl(rs, "reference_low"), dbl(rs, "reference_high"), rs.getInt("example") == 1);

    /** Every warning, in the order of warnings.csv: period (years, halves, quarters), unit (ALL first), indicator, rule. */
    public List<Warning> warnings() {
        return jdbc.query("SELECT w.* FROM indicator_warning w JOIN indicator_period p ON p.period = w.period"
                + " ORDER BY CASE p.kind WHEN 'YEAR' THEN 0 WHEN 'HALF' THEN 1 ELSE 2 END, p.period_start,"
                + " CASE WHEN w.unit_code = 'ALL' THEN 0 ELSE 1 END, w.unit_code, w.indicator, w.rule", WARNING);
    }

    /** Every stored figure in a stable order, for export. */
    public void forEachFigure(java.util.function.Consumer<Figure> consumer) {
        String sql = "SELECT v.* FROM indicator_value v JOIN indicator_period p ON p.period = v.period"
                + " ORDER BY CASE p.kind WHEN 'YEAR' THEN 0 WHEN 'HALF' THEN 1 ELSE 2 END, p.period_start,"
                + " CASE WHEN v.unit_code = 'ALL' THEN 0 ELSE 1 END, v.unit_code, v.person_id, v.indicator";
        // Millions of rows at a province's scale: streamed. PostgreSQL honours the fetch size only inside a
        // transaction, so outside one (an export after the step) this read opens its own, read-only in effect.
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) con -> {
            boolean own = con.getAutoCommit();
            if (own) con.setAutoCommit(false);
            try (java.sql.PreparedStatement ps = con.prepareStatement(sql)) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) consumer.accept(FIGURE.mapRow(rs, 0));
                }
            } finally {
                if (own) {
                    con.rollback(); // nothing was written
                    con.setAutoCommit(true);
                }
            }
            return null;
        });
    }

    private static Double dbl(ResultSet rs, String col) throws SQLException {
        double d = rs.getDouble(col);
        return rs.wasNull() ? null : d;
    }
}
