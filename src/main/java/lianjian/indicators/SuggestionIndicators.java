package lianjian.indicators;

import java.util.ArrayList;
import java.util.List;

/** 代表建议 D01–D04 (DOMAIN §5.8), per 承办单位 and county-wide. */
final class SuggestionIndicators extends UnitFamily {

    private record Suggestion(String unit, long assigned, long replied, String result, String feedback) {}

    @Override
    void compute(IndicatorContext ctx, FigureSink out) {
        List<Suggestion> suggestions = new ArrayList<>();
        ctx.jdbc.query("SELECT unit_code, assigned_on, replied_on, result, feedback FROM suggestion", rs -> {
            suggestions.add(new Suggestion(rs.getString(1), IndicatorContext.day(rs.getString(2)),
                    IndicatorContext.day(rs.getString(3)), rs.getString(4), rs.getString(5)));
        });
        List<String> units = unitsOf(suggestions, Suggestion::unit);
        for (Period p : ctx.periods) {
            long s = p.start().toEpochDay(), e = p.end().toEpochDay();
            String code = p.code();
            forEachScope(units, suggestions, Suggestion::unit, (unit, list) -> {
                long assigned = 0, replied = 0, resultKnown = 0, solved = 0, feedbackKnown = 0, satisfied = 0;
                for (Suggestion r : list) {
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
            });
        }
    }
}
