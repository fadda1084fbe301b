package lianjian.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every family calculator needs besides its own table: the periods, units, persons, the term
 * and the settings. Loaded once per computation.
 */
public final class IndicatorContext {

    public record Unit(String code, String name, String type) {}

    /** A person of the roster; dates as epoch days, {@link #NO_DATE} where blank. */
    public record Person(String id, String name, String unitCode, String category, Boolean quota, long appointed,
                         long left, String position, String leaveReason) {

        /** In scope for 履职评议 at day d (DOMAIN §5.6). */
        public boolean inScopeAt(long d) {
            return isJudgeOrProsecutor() && !Boolean.FALSE.equals(quota) && appointed <= d && (left == NO_DATE || left > d);
        }

        public boolean isJudgeOrProsecutor() {
            return "法官".equals(category) || "检察官".equals(category);
        }
    }

    public static final long NO_DATE = Long.MIN_VALUE;

    public final JdbcTemplate jdbc;
    public final List<Period> periods;
    public final LocalDate asOf;
    public final LocalDate termStart;
    public final LocalDate termEnd;
    public final double[] satisfactionScores;
    public final Map<String, Unit> units = new LinkedHashMap<>();
    public final Map<String, Person> persons = new LinkedHashMap<>();
    /** unit + name → person id, for names that are unique within their unit. */
    private final Map<String, String> uniqueNames = new HashMap<>();

    public IndicatorContext(JdbcTemplate jdbc, List<Period> periods, LocalDate asOf, LocalDate termStart,
                            LocalDate termEnd, double[] satisfactionScores) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.asOf = asOf;
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.satisfactionScores = satisfactionScores;
        jdbc.query("SELECT unit_code, unit_name, unit_type FROM unit ORDER BY unit_code",
                rs -> { units.put(rs.getString(1), new Unit(rs.getString(1), rs.getString(2), rs.getString(3))); });
        jdbc.query("SELECT person_id, person_name, unit_code, category, is_quota, appointed_on, left_on, position, leave_reason"
                + " FROM person ORDER BY unit_code, person_name, person_id", rs -> {
                    Object quota = rs.getObject(5);
                    persons.put(rs.getString(1), new Person(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), quota == null ? null : ((Number) quota).intValue() == 1,
                            day(rs.getString(6)), day(rs.getString(7)), rs.getString(8), rs.getString(9)));
                });
        Map<String, Integer> seen = new HashMap<>();
        for (Person p : persons.values()) {
            String key = nameKey(p.unitCode(), p.name());
            if (seen.merge(key, 1, Integer::sum) == 1) uniqueNames.put(key, p.id());
            else uniqueNames.remove(key);
        }
    }

    /**
     * Whose row it is: the 人员编号 when given; otherwise the 承办人 name, when exactly one person of
     * that name is on the unit's roster. Resolved here, with the roster of this computation, so rows
     * imported before their judge was on the roster count once the roster arrives.
     */
    public String personOf(String unitCode, String personId, String name) {
        if (personId != null) return personId;
        if (name == null || unitCode == null) return null;
        return uniqueNames.get(nameKey(unitCode, name));
    }

    private static String nameKey(String unitCode, String name) {
        return unitCode + "\u0000" + lianjian.importing.parse.HeaderText.normalize(name);
    }

    /** Units of the given types, in code order. */
    public List<Unit> unitsOfType(List<String> types) {
        List<Unit> list = new ArrayList<>();
        for (Unit u : units.values()) if (types.contains(u.type())) list.add(u);
        return list;
    }

    public String unitType(String code) {
        Unit u = units.get(code);
        return u == null ? null : u.type();
    }

    public String unitTypeOfPerson(String personId) {
        Person p = persons.get(personId);
        return p == null ? null : unitType(p.unitCode());
    }

    /** Epoch day of an ISO date, or NO_DATE. */
    public static long day(String iso) {
        return iso == null || iso.isEmpty() ? NO_DATE : LocalDate.parse(iso).toEpochDay();
    }

    public static long day(LocalDate d) { return d.toEpochDay(); }

    /** Interns strings such as unit codes into small ints for array-indexed tallies. */
    public static final class Index {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        public int of(String key) {
            if (key == null) return -1;
            Integer i = ids.get(key);
            if (i != null) return i;
            ids.put(key, names.size());
            names.add(key);
            return names.size() - 1;
        }

        /** The index of a key seen before, or -1. */
        public int find(String key) {
            Integer i = key == null ? null : ids.get(key);
            return i == null ? -1 : i;
        }

        public String name(int i) { return names.get(i); }
        public int size() { return names.size(); }
    }
}
