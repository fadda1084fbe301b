package lianjian.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 代表建议 D01–D05 (DOMAIN §5.8, §5.8a), per 承办单位 and county-wide, with the list D05 (not answered
 * more than {@code suggestion-reply-days} after 交办日期 at the period's end).
 */
final class SuggestionIndicators extends UnitFamily {

    private record Suggestion(String no, String title, String deputy, String unit, long assigned, long replied,
                              String result, String feedback) {}

    @Override
    void compute(IndicatorContext ctx, FigureSink out) {
        List<Suggestion> suggestions = new ArrayList<>();
        ctx.jdbc.query("SELECT suggestion_no, title, deputy_name, unit_code, assigned_on, replied_on, result, feedback"
                + " FROM suggestion ORDER BY assigned_on, suggestion_no", rs -> {
            suggestions.add(new Suggestion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    IndicatorContext.day(rs.getString(5)), IndicatorContext.day(rs.getString(6)), rs.getString(7),
                    rs.getString(8)));
        });
        long limit = ctx.settings.getSuggestionReplyDays();
        List<String> units = unitsOf(suggestions, Suggestion::unit);
        for (Period p : ctx.periods) {
            long s = p.start().toEpochDay(), e = p.end().toEpochDay();
            String code = p.code();
            forEachScope(units, suggestions, Suggestion::unit, (unit, list) -> {
                long assigned = 0, replied = 0, resultKnown = 0, solved = 0, feedbackKnown = 0, satisfied = 0, overdue = 0;
                for (Suggestion r : list) {
                    if (unanswered(r, e) && e - r.assigned() > limit) {
                        overdue++;
                        if (FigureSink.ALL.equals(unit)) out.listItem(overdue(ctx, code, r, e, limit));
                    }
                    if (!in(r.assigned(), s, e)) continue;
                    assigned++;
                    if (r.replied() != IndicatorContext.NO_DATE && r.replied() <= e) replied++;
                    if (r.result() != null) {
                        resultKnown++;
                        if ("A".equals(r.result())) solved++;
                    }
                    if (r.feedback() != null) {
                        feedbackKnown++;
                        if ("满意".equals(r.feedback()) || "基本满意".equals(r.feedback())) satisfied++;
                    }
                }
                out.count(code, unit, "", "D01", assigned);
                out.ratio(code, unit, "", "D02", replied, assigned);
                out.ratio(code, unit, "", "D03", solved, resultKnown);
                out.ratio(code, unit, "", "D04", satisfied, feedbackKnown);
                out.count(code, unit, "", "D05", overdue);
            });
        }
    }

    /** 交办日期 ≤ e and 答复日期 blank or after e. */
    private static boolean unanswered(Suggestion r, long e) {
        return r.assigned() <= e && (r.replied() == IndicatorContext.NO_DATE || r.replied() > e);
    }

    /** D05's member: days overdue = e − (交办日期 + limit). */
    private static ListItem overdue(IndicatorContext ctx, String period, Suggestion r, long e, long limit) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("suggestionNo", r.no());
        d.put("title", r.title());
        d.put("deputy", r.deputy());
        d.put("unitCode", r.unit());
        d.put("unitName", ctx.model.unitName(r.unit()));
        d.put("assignedOn", LocalDate.ofEpochDay(r.assigned()).toString());
        d.put("deadline", LocalDate.ofEpochDay(r.assigned() + limit).toString());
        d.put("repliedOn", r.replied() == IndicatorContext.NO_DATE ? null : LocalDate.ofEpochDay(r.replied()).toString());
        return new ListItem(ListCode.D05, period, r.unit(), r.no(), r.title(), null, null, LocalDate.ofEpochDay(r.assigned()),
                e - (r.assigned() + limit), d);
    }
}
