package lianjian.reporting.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Descriptive rows the reports list but never count: a unit's suggestions, petitions and the
 * supervision activities. Read once per publication and filtered in memory. Reviews, hearings and
 * evaluations, which are attributed to persons, come from the read model.
 */
public final class DomainRecords {

    public record Suggestion(String no, String deputy, String title, String unitCode, LocalDate assignedOn,
                             LocalDate repliedOn, String result, String feedback) {}

    public record Petition(String no, LocalDate receivedOn, String source, String unitCode, String caseNo,
                           LocalDate closedOn, String resolution) {}

    public record Activity(String no, LocalDate date, String method, String title, String unitCode, String lead,
                           Integer deputies, Integer problemsFound) {}

    private final List<Suggestion> suggestions = new ArrayList<>();
    private final List<Petition> petitions = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();

    private DomainRecords() {}

    public static DomainRecords load(JdbcTemplate jdbc) {
        DomainRecords r = new DomainRecords();
        jdbc.query("SELECT suggestion_no, deputy_name, title, unit_code, assigned_on, replied_on, result, feedback"
                + " FROM suggestion ORDER BY assigned_on, suggestion_no", rs -> {
                    r.suggestions.add(new Suggestion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            date(rs.getString(5)), date(rs.getString(6)), rs.getString(7), rs.getString(8)));
                });
        jdbc.query("SELECT petition_no, received_on, source, unit_code, case_no, closed_on, resolution"
                + " FROM petition ORDER BY received_on, petition_no", rs -> {
                    r.petitions.add(new Petition(rs.getString(1), date(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), date(rs.getString(6)), rs.getString(7)));
                });
        jdbc.query("SELECT activity_no, activity_on, method, title, unit_code, lead, deputies, problems_found"
                + " FROM activity ORDER BY activity_on, activity_no", rs -> {
                    r.activities.add(new Activity(rs.getString(1), date(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), integer(rs.getObject(7)), integer(rs.getObject(8))));
                });
        return r;
    }

    public List<Suggestion> suggestions(Predicate<Suggestion> which) { return filter(suggestions, which); }
    public List<Petition> petitions(Predicate<Petition> which) { return filter(petitions, which); }
    public List<Activity> activities(Predicate<Activity> which) { return filter(activities, which); }

    /** A date within [from, to], both inclusive. */
    public static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    private static <T> List<T> filter(List<T> all, Predicate<T> which) {
        List<T> out = new ArrayList<>();
        for (T t : all) if (which.test(t)) out.add(t);
        return out;
    }

    private static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
