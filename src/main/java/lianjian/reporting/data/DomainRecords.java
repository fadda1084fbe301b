package lianjian.reporting.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Descriptive rows the reports list but never count: case reviews with their problems, hearings
 * with the deputies' comments, a person's evaluations, a unit's suggestions, petitions and the
 * supervision activities. Read once per publication (the tables are small next to the case lists)
 * and filtered in memory, so that ~150 dossiers do not cost ~450 queries.
 */
public final class DomainRecords {

    public record Review(String no, String caseNo, LocalDate date, String type, Double score, String grade,
                         String issues, String unitCode, String personId, String handler) {}

    public record Hearing(String no, LocalDate date, String unitCode, String caseNo, Integer deputies, Double score,
                          String comments, String personId) {}

    public record Evaluation(String no, String personId, LocalDate date, String method, Integer satisfied, Integer basic,
                             Integer unsatisfied, Double score, String result, String opinion) {}

    public record Suggestion(String no, String deputy, String title, String unitCode, LocalDate assignedOn,
                             LocalDate repliedOn, String result, String feedback) {}

    public record Petition(String no, LocalDate receivedOn, String source, String unitCode, String caseNo,
                           LocalDate closedOn, String resolution) {}

    public record Activity(String no, LocalDate date, String method, String title, String unitCode, String lead,
                           Integer deputies, Integer problemsFound) {}

    private final List<Review> reviews = new ArrayList<>();
    private final List<Hearing> hearings = new ArrayList<>();
    private final List<Evaluation> evaluations = new ArrayList<>();
    private final List<Suggestion> suggestions = new ArrayList<>();
    private final List<Petition> petitions = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();

    private final java.util.Map<String, List<Review>> reviewsByPerson = new java.util.HashMap<>();
    private final java.util.Map<String, List<Hearing>> hearingsByPerson = new java.util.HashMap<>();
    private final java.util.Map<String, List<Evaluation>> evaluationsByPerson = new java.util.HashMap<>();

    private DomainRecords() {}

    public static DomainRecords load(JdbcTemplate jdbc) {
        DomainRecords r = new DomainRecords();
        // Unit and person of a review come from its case when the 案号 is known, as in the indicators (R01–R06).
        jdbc.query("SELECT r.review_no, r.case_no, r.reviewed_on, r.review_type, r.score, r.grade, r.main_issues,"
                + " COALESCE(cc.unit_code, pc.unit_code, r.unit_code),"
                + " CASE WHEN cc.row_key IS NOT NULL THEN cc.person_id WHEN pc.row_key IS NOT NULL THEN pc.person_id ELSE r.person_id END,"
                + " COALESCE(cc.judge_name, pc.prosecutor_name, r.handler_name, p.person_name)"
                + " FROM case_review r LEFT JOIN court_case cc ON cc.row_key = r.case_no"
                + " LEFT JOIN prosecution_case pc ON pc.row_key = r.case_no"
                + " LEFT JOIN person p ON p.person_id = COALESCE(cc.person_id, pc.person_id, r.person_id)"
                + " ORDER BY r.reviewed_on, r.review_no", rs -> {
                    r.reviews.add(new Review(rs.getString(1), rs.getString(2), Directory.date(rs.getString(3)),
                            rs.getString(4), dbl(rs.getObject(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10)));
                });
        jdbc.query("SELECT h.record_no, h.hearing_on, h.unit_code, h.case_no, h.deputies, h.score, h.comments, cc.person_id"
                + " FROM hearing h LEFT JOIN court_case cc ON cc.row_key = h.case_no ORDER BY h.hearing_on, h.record_no", rs -> {
                    r.hearings.add(new Hearing(rs.getString(1), Directory.date(rs.getString(2)), rs.getString(3),
                            rs.getString(4), integer(rs.getObject(5)), dbl(rs.getObject(6)), rs.getString(7), rs.getString(8)));
                });
        jdbc.query("SELECT evaluation_no, person_id, evaluated_on, method, votes_satisfied, votes_basic, votes_unsatisfied,"
                + " score, result, opinion FROM evaluation ORDER BY evaluated_on, evaluation_no", rs -> {
                    r.evaluations.add(new Evaluation(rs.getString(1), rs.getString(2), Directory.date(rs.getString(3)),
                            rs.getString(4), integer(rs.getObject(5)), integer(rs.getObject(6)), integer(rs.getObject(7)),
                            dbl(rs.getObject(8)), rs.getString(9), rs.getString(10)));
                });
        jdbc.query("SELECT suggestion_no, deputy_name, title, unit_code, assigned_on, replied_on, result, feedback"
                + " FROM suggestion ORDER BY assigned_on, suggestion_no", rs -> {
                    r.suggestions.add(new Suggestion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Directory.date(rs.getString(5)), Directory.date(rs.getString(6)), rs.getString(7), rs.getString(8)));
                });
        jdbc.query("SELECT petition_no, received_on, source, unit_code, case_no, closed_on, resolution"
                + " FROM petition ORDER BY received_on, petition_no", rs -> {
                    r.petitions.add(new Petition(rs.getString(1), Directory.date(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), Directory.date(rs.getString(6)), rs.getString(7)));
                });
        jdbc.query("SELECT activity_no, activity_on, method, title, unit_code, lead, deputies, problems_found"
                + " FROM activity ORDER BY activity_on, activity_no", rs -> {
                    r.activities.add(new Activity(rs.getString(1), Directory.date(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), integer(rs.getObject(7)), integer(rs.getObject(8))));
                });
        for (Review x : r.reviews) if (x.personId() != null) r.reviewsByPerson.computeIfAbsent(x.personId(), k -> new ArrayList<>()).add(x);
        for (Hearing x : r.hearings) if (x.personId() != null) r.hearingsByPerson.computeIfAbsent(x.personId(), k -> new ArrayList<>()).add(x);
        for (Evaluation x : r.evaluations) r.evaluationsByPerson.computeIfAbsent(x.personId(), k -> new ArrayList<>()).add(x);
        return r;
    }

    /** A person's reviews (of the cases they handled), oldest first. */
    public List<Review> reviewsOf(String personId) { return reviewsByPerson.getOrDefault(personId, List.of()); }

    /** Hearings of the cases a person handled, oldest first. */
    public List<Hearing> hearingsOf(String personId) { return hearingsByPerson.getOrDefault(personId, List.of()); }

    /** A person's evaluations, oldest first. */
    public List<Evaluation> evaluationsOf(String personId) { return evaluationsByPerson.getOrDefault(personId, List.of()); }

    public List<Review> reviews(Predicate<Review> which) { return filter(reviews, which); }
    public List<Hearing> hearings(Predicate<Hearing> which) { return filter(hearings, which); }
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

    private static Double dbl(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
