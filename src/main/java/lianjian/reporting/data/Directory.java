package lianjian.reporting.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Units (单位名录) and staff (人员名册) as the reports name them. Descriptive only: who is who and
 * when they were appointed; every figure about them comes from the stored indicators.
 * Persons are kept in the order the reports list people: by unit, then name (never by a score).
 */
public final class Directory {

    public record Unit(String code, String name, String type) {
        public boolean isCourt() { return "法院".equals(type); }
        public boolean isProcuratorate() { return "检察院".equals(type); }
        /** Units whose judges or prosecutors the 人大常委会 appoints and evaluates. */
        public boolean hasAppointedStaff() { return isCourt() || isProcuratorate(); }
    }

    public record Person(String id, String name, String unitCode, String category, String position, Boolean quota,
                         LocalDate appointedOn, LocalDate leftOn, String leaveReason) {

        public boolean isJudgeOrProsecutor() {
            return "法官".equals(category) || "检察官".equals(category);
        }

        /** Appointed on or before d and not yet left at d. */
        public boolean inOfficeAt(LocalDate d) {
            return appointedOn != null && !appointedOn.isAfter(d) && (leftOn == null || leftOn.isAfter(d));
        }
    }

    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();

    private Directory() {}

    public static Directory load(JdbcTemplate jdbc) {
        Directory d = new Directory();
        jdbc.query("SELECT unit_code, unit_name, unit_type FROM unit ORDER BY unit_code",
                rs -> { d.units.put(rs.getString(1), new Unit(rs.getString(1), rs.getString(2), rs.getString(3))); });
        jdbc.query("SELECT person_id, person_name, unit_code, category, position, is_quota, appointed_on, left_on, leave_reason"
                + " FROM person ORDER BY unit_code, person_name, person_id", rs -> {
                    Object quota = rs.getObject(6);
                    d.persons.put(rs.getString(1), new Person(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), quota == null ? null : ((Number) quota).intValue() == 1,
                            date(rs.getString(7)), date(rs.getString(8)), rs.getString(9)));
                });
        return d;
    }

    /** Units in code order. */
    public List<Unit> units() {
        return new ArrayList<>(units.values());
    }

    public Unit unit(String code) {
        return units.get(code);
    }

    /** The unit's name, or its code when it is not in the 单位名录. */
    public String unitName(String code) {
        Unit u = units.get(code);
        return u == null ? code : u.name();
    }

    /** Persons by unit, then name. */
    public List<Person> persons() {
        return new ArrayList<>(persons.values());
    }

    public Person person(String id) {
        return persons.get(id);
    }

    static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }
}
