package lianjian.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.config.LianjianProperties;
import lianjian.readmodel.ReadModel;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 督办 items as of the run's as-of date A (DOMAIN §8.4): overdue problems (Z04, deadline 整改时限),
 * unanswered suggestions (D05, 交办日期 + suggestion-reply-days), unclosed petitions (X05, 收到日期 +
 * petition-close-days), plan items not done by their 计划完成日期 (A06; those without 对象单位 under ALL)
 * — overdue days = A − deadline, with their {@link FollowUpLevel} — and the problems
 * due within 20 days for the notice's 临期提醒 (Z06A 0–10 days left, Z06B 11–20). Each under its
 * responsible unit.
 */
public final class FollowUpItems {

    public static final String OVERDUE_PROBLEM = "Z04";
    public static final String OVERDUE_SUGGESTION = "D05";
    public static final String OVERDUE_PETITION = "X05";
    public static final String OVERDUE_PLAN = "A06";
    public static final String DUE_10 = "Z06A";
    public static final String DUE_20 = "Z06B";

    private final JdbcTemplate jdbc;
    private final ReadModel model;
    private final LianjianProperties.Supervision settings;
    private final JsonMapper json = JsonMapper.builder().build();

    public FollowUpItems(JdbcTemplate jdbc, ReadModel model, LianjianProperties.Supervision settings) {
        this.jdbc = jdbc;
        this.model = model;
        this.settings = settings;
    }

    /** Computes and stores the items as of {@code a}; returns how many overdue items there are. */
    public int store(LocalDate a) {
        List<Object[]> rows = new ArrayList<>();
        int[] overdue = {0};
        jdbc.query("SELECT problem_no, unit_code, found_on, description, measures, deadline, status, done_on, common_issue,"
                + " source, category FROM problem ORDER BY unit_code, deadline, problem_no", rs -> {
            LocalDate found = date(rs.getString(3)), deadline = date(rs.getString(6)), done = date(rs.getString(8));
            if (found.isAfter(a) || done != null && !done.isAfter(a)) return;
            boolean common = rs.getObject(9) != null && ((Number) rs.getObject(9)).intValue() == 1;
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("source", rs.getString(10));
            d.put("category", rs.getString(11));
            d.put("measures", rs.getString(5));
            d.put("status", rs.getString(7));
            long days = a.toEpochDay() - deadline.toEpochDay();
            if (days > 0) {
                rows.add(row(OVERDUE_PROBLEM, rs.getString(1), rs.getString(2), a, rs.getString(4), found, deadline, days,
                        FollowUpLevel.of(days, common, settings.getEscalationDays()), common, d));
                overdue[0]++;
            } else if (-days <= 20) {
                rows.add(row(-days <= 10 ? DUE_10 : DUE_20, rs.getString(1), rs.getString(2), a, rs.getString(4), found,
                        deadline, -days, null, common, d));
            }
        });
        int replyDays = settings.getSuggestionReplyDays();
        jdbc.query("SELECT suggestion_no, unit_code, assigned_on, replied_on, title, deputy_name FROM suggestion"
                + " ORDER BY unit_code, assigned_on, suggestion_no", rs -> {
            LocalDate assigned = date(rs.getString(3)), replied = date(rs.getString(4));
            if (assigned.isAfter(a) || replied != null && !replied.isAfter(a)) return;
            LocalDate deadline = assigned.plusDays(replyDays);
            long days = a.toEpochDay() - deadline.toEpochDay();
            if (days <= 0) return;
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("deputy", rs.getString(6));
            rows.add(row(OVERDUE_SUGGESTION, rs.getString(1), rs.getString(2), a, rs.getString(5), assigned, deadline, days,
                    FollowUpLevel.of(days, false, settings.getEscalationDays()), false, d));
            overdue[0]++;
        });
        int closeDays = settings.getPetitionCloseDays();
        jdbc.query("SELECT petition_no, unit_code, received_on, closed_on, source, case_no, resolution FROM petition"
                + " ORDER BY unit_code, received_on, petition_no", rs -> {
            LocalDate received = date(rs.getString(3)), closed = date(rs.getString(4));
            if (received.isAfter(a) || closed != null && !closed.isAfter(a)) return;
            LocalDate deadline = received.plusDays(closeDays);
            long days = a.toEpochDay() - deadline.toEpochDay();
            if (days <= 0) return;
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("source", rs.getString(5));
            d.put("caseNo", rs.getString(6));
            d.put("resolution", rs.getString(7));
            String label = (rs.getString(5) == null ? "信访" : rs.getString(5))
                    + (rs.getString(6) == null ? "" : "（涉及" + rs.getString(6) + "）");
            rows.add(row(OVERDUE_PETITION, rs.getString(1), rs.getString(2), a, label, received, deadline, days,
                    FollowUpLevel.of(days, false, settings.getEscalationDays()), false, d));
            overdue[0]++;
        });
        jdbc.query("SELECT plan_no, unit_code, due_on, done_on, subject, plan_year, methods, lead FROM supervision_plan"
                + " ORDER BY unit_code, due_on, plan_no", rs -> {
            LocalDate due = date(rs.getString(3)), done = date(rs.getString(4));
            if (done != null && !done.isAfter(a)) return;
            long days = a.toEpochDay() - due.toEpochDay();
            if (days <= 0) return;
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("year", rs.getInt(6));
            d.put("methods", rs.getString(7));
            d.put("lead", rs.getString(8));
            rows.add(row(OVERDUE_PLAN, rs.getString(1), rs.getString(2), a, rs.getString(5), due, due, days,
                    FollowUpLevel.of(days, false, settings.getEscalationDays()), false, d));
            overdue[0]++;
        });
        jdbc.batchUpdate("INSERT INTO followup_item (source, item_key, unit_code, as_of, item_label, item_date, deadline, days,"
                + " level, common_issue, item_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return overdue[0];
    }

    private Object[] row(String source, String key, String unit, LocalDate a, String label, LocalDate date,
                         LocalDate deadline, long days, FollowUpLevel level, boolean common, Map<String, Object> details) {
        details.put("unitName", model.unitName(unit));
        return new Object[] {source, key, unit == null ? ReadModel.ALL : unit, a.toString(), label,
                date == null ? null : date.toString(), deadline.toString(), days, level == null ? null : level.chinese(),
                common ? 1 : 0, json.writeValueAsString(details)};
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }
}
