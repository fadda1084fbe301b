package lianjian.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The descriptive data of one run, loaded once after the import and read by the indicators, the
 * reports, the dashboard and the exports (see the package documentation). Immutable once loaded.
 *
 * <p>Order: units by type (法院, 检察院, 公安局, 司法局, others) then code; persons by unit, then name in
 * pinyin order, then 人员编号 — never by a figure (DOMAIN §1).
 */
public final class ReadModel {

    /** Chinese names in pinyin order. */
    public static final Comparator<String> CHINESE = Collator.getInstance(Locale.SIMPLIFIED_CHINESE)::compare;

    /** The code of county-wide rows (DOMAIN §6). */
    public static final String ALL = "ALL";

    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final PersonNames names = new PersonNames();
    private final List<Evaluation> evaluations = new ArrayList<>();
    private final Map<String, List<Evaluation>> evaluationsByPerson = new HashMap<>();
    private final List<Review> reviews = new ArrayList<>();
    private final Map<String, List<Review>> reviewsByPerson = new HashMap<>();
    private final List<Hearing> hearings = new ArrayList<>();
    private final Map<String, List<Hearing>> hearingsByPerson = new HashMap<>();
    private final List<PlanItem> plan = new ArrayList<>();

    private ReadModel() {}

    public static ReadModel load(JdbcTemplate jdbc) {
        ReadModel m = new ReadModel();
        List<Unit> units = jdbc.query("SELECT unit_code, unit_name, unit_type, aliases FROM unit", (rs, i) -> new Unit(
                rs.getString(1), rs.getString(2), rs.getString(3), Unit.parseAliases(rs.getString(4))));
        units.sort(Comparator.comparingInt(Unit::typeRank).thenComparing(Unit::code));
        for (Unit u : units) m.units.put(u.code(), u);

        List<Person> persons = jdbc.query("SELECT person_id, person_name, unit_code, category, position, is_quota,"
                + " appointed_on, left_on, leave_reason FROM person", (rs, i) -> new Person(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), bool(rs, 6), date(rs, 7), date(rs, 8),
                rs.getString(9)));
        persons.sort(m.byUnitAndName());
        for (Person p : persons) {
            m.persons.put(p.id(), p);
            m.names.add(p);
        }

        jdbc.query("SELECT evaluation_no, person_id, evaluated_on, method, votes_satisfied, votes_basic, votes_unsatisfied,"
                + " score, result, opinion FROM evaluation ORDER BY evaluated_on, evaluation_no", rs -> {
            Evaluation e = new Evaluation(rs.getString(1), rs.getString(2), date(rs, 3), rs.getString(4), lng(rs, 5),
                    lng(rs, 6), lng(rs, 7), dbl(rs, 8), rs.getString(9), rs.getString(10));
            m.evaluations.add(e);
            m.evaluationsByPerson.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(e);
        });

        // DOMAIN §4.5: unit and person of a review come from the case when its 案号 is in a case list.
        jdbc.query("SELECT r.review_no, r.case_no, r.reviewed_on, r.review_type, r.reviewer, r.score, r.grade, r.main_issues,"
                + " cc.row_key, cc.unit_code, cc.person_id, cc.judge_name,"
                + " pc.row_key, pc.unit_code, pc.person_id, pc.prosecutor_name,"
                + " r.unit_code, r.person_id, r.handler_name"
                + " FROM case_review r"
                + " LEFT JOIN court_case cc ON cc.row_key = r.case_no"
                + " LEFT JOIN prosecution_case pc ON pc.row_key = r.case_no"
                + " ORDER BY r.reviewed_on, r.review_no", rs -> {
            int from = rs.getString(9) != null ? 10 : rs.getString(13) != null ? 14 : 17;
            String unit = rs.getString(from), name = rs.getString(from + 2);
            String person = m.attribute(unit, rs.getString(from + 1), name);
            Review r = new Review(rs.getString(1), rs.getString(2), date(rs, 3), rs.getString(4), rs.getString(5),
                    dbl(rs, 6), rs.getString(7), GradeClass.of(rs.getString(7)), rs.getString(8), unit, person,
                    m.handlerName(person, name), from != 17);
            m.reviews.add(r);
            if (person != null) m.reviewsByPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(r);
        });

        jdbc.query("SELECT h.record_no, h.hearing_on, h.unit_code, h.case_no, h.deputies, h.score, h.comments,"
                + " cc.unit_code, cc.person_id, cc.judge_name"
                + " FROM hearing h LEFT JOIN court_case cc ON cc.row_key = h.case_no ORDER BY h.hearing_on, h.record_no", rs -> {
            String person = m.attribute(rs.getString(8), rs.getString(9), rs.getString(10));
            Object deputies = rs.getObject(5);
            Hearing h = new Hearing(rs.getString(1), date(rs, 2), rs.getString(3), rs.getString(4),
                    deputies == null ? null : ((Number) deputies).intValue(), dbl(rs, 6), rs.getString(7), person);
            m.hearings.add(h);
            if (person != null) m.hearingsByPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(h);
        });
        Map<String, List<PlanItem.Activity>> linked = new HashMap<>();
        jdbc.query("SELECT plan_no, activity_no, activity_on, method, title FROM activity WHERE plan_no IS NOT NULL"
                + " ORDER BY activity_on, activity_no", rs -> {
            linked.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new PlanItem.Activity(rs.getString(2), date(rs, 3), rs.getString(4), rs.getString(5)));
        });
        jdbc.query("SELECT plan_no, plan_year, subject, plan_type, unit_code, methods, lead, due_on, done_on, remarks"
                + " FROM supervision_plan ORDER BY plan_year, due_on, plan_no", rs -> {
            m.plan.add(new PlanItem(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), date(rs, 8), date(rs, 9), rs.getString(10),
                    linked.getOrDefault(rs.getString(1), List.of())));
        });
        return m;
    }

    // ------------------------------------------------------------------ units

    /** Units in the customary order. */
    public List<Unit> units() { return List.copyOf(units.values()); }

    /** The unit of that code, or null when it is not in 单位名录. */
    public Unit unit(String code) { return code == null ? null : units.get(code); }

    /** The unit's name; 全县 for "ALL"; the code itself when the unit is not in 单位名录. */
    public String unitName(String code) {
        if (code == null || ALL.equals(code)) return "全县";
        Unit u = units.get(code);
        return u == null ? code : u.name();
    }

    public String unitType(String code) {
        Unit u = unit(code);
        return u == null ? null : u.type();
    }

    /** Units of the given types, in the customary order. */
    public List<Unit> unitsOfType(String... types) {
        List<String> wanted = List.of(types);
        return units.values().stream().filter(u -> wanted.contains(u.type())).toList();
    }

    /** Units whose judges or prosecutors the 人大常委会 appoints (法院, 检察院). */
    public List<Unit> appointingUnits() {
        return units.values().stream().filter(Unit::hasAppointedStaff).toList();
    }

    // ------------------------------------------------------------------ persons

    /** Persons by unit, then name. */
    public List<Person> persons() { return List.copyOf(persons.values()); }

    /** The person of that 人员编号, or null when it is not in 人员名册. */
    public Person person(String id) { return id == null ? null : persons.get(id); }

    public List<Person> personsOf(String unitCode) {
        return persons.values().stream().filter(p -> p.unitCode().equals(unitCode)).toList();
    }

    /** The unit type of a person's unit, or null. */
    public String unitTypeOfPerson(String personId) {
        Person p = person(personId);
        return p == null ? null : unitType(p.unitCode());
    }

    /** DOMAIN §5.6: persons in the scope of 履职评议 at d (also the subjects of 个人履职档案). */
    public List<Person> evaluationScopeAt(LocalDate d) {
        return persons.values().stream().filter(p -> p.inEvaluationScopeAt(d)).toList();
    }

    /** By unit (customary order), then name in pinyin order, then 人员编号. */
    public Comparator<Person> byUnitAndName() {
        return Comparator.comparingInt((Person p) -> unitRank(p.unitCode()))
                .thenComparing(Person::unitCode, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Person::name, CHINESE)
                .thenComparing(Person::id);
    }

    /** Position of a unit in the customary order (units not in 单位名录 last). */
    public int unitRank(String code) {
        Unit u = unit(code);
        return u == null ? Unit.TYPE_ORDER.size() + 1 : u.typeRank();
    }

    /**
     * Who handled a row (DOMAIN §4.3, §4.4): its 人员编号 when given (kept even when the roster does
     * not know it yet); otherwise the 承办人 name, when exactly one person of that name is on the
     * unit's roster; else nobody. Resolved with the roster of this run, so rows imported before their
     * judge was on the roster count once the roster arrives.
     */
    public String attribute(String unitCode, String personId, String name) {
        if (personId != null) return personId;
        Person p = names.unique(unitCode, name);
        return p == null ? null : p.id();
    }

    /** The 承办人 as shown: the roster name of the attributed person, else the name written on the row. */
    public String handlerName(String personId, String writtenName) {
        Person p = person(personId);
        return p != null ? p.name() : writtenName;
    }

    // ------------------------------------------------------------------ records

    /** Every evaluation, oldest first. */
    public List<Evaluation> evaluations() { return evaluations; }

    /** A person's evaluations, oldest first. */
    public List<Evaluation> evaluationsOf(String personId) {
        return evaluationsByPerson.getOrDefault(personId, List.of());
    }

    /** Every review with its attribution, oldest first. */
    public List<Review> reviews() { return reviews; }

    /** Reviews of the cases a person handled (as R01–R06 count them), oldest first. */
    public List<Review> reviewsOf(String personId) {
        return reviewsByPerson.getOrDefault(personId, List.of());
    }

    public List<Hearing> hearings() { return hearings; }

    /** The annual supervision plan, by year and 计划完成日期, with each item's linked activities. */
    public List<PlanItem> plan() { return plan; }

    /** Hearings of the cases a person handled, oldest first. */
    public List<Hearing> hearingsOf(String personId) {
        return hearingsByPerson.getOrDefault(personId, List.of());
    }

    // ------------------------------------------------------------------ columns

    static LocalDate date(ResultSet rs, int col) throws SQLException {
        String s = rs.getString(col);
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }

    static Boolean bool(ResultSet rs, int col) throws SQLException {
        Object o = rs.getObject(col);
        return o == null ? null : ((Number) o).intValue() == 1;
    }

    static Long lng(ResultSet rs, int col) throws SQLException {
        Object o = rs.getObject(col);
        return o == null ? null : ((Number) o).longValue();
    }

    static Double dbl(ResultSet rs, int col) throws SQLException {
        Object o = rs.getObject(col);
        return o == null ? null : ((Number) o).doubleValue();
    }
}
