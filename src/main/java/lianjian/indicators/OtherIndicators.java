package lianjian.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * 代表建议 D01–D04, 涉法涉诉信访 X01–X04, 监督活动 A01 and 旁听庭审 A02–A03 (DOMAIN §5.8), per unit
 * and county-wide.
 */
final class OtherIndicators extends UnitFamily {

    private record Suggestion(String unit, long assigned, long replied, String result, String feedback) {}

    private record Petition(String unit, long received, long closed, String source, String resolution) {}

    private record Activity(String unit, long day, String method) {}

    private record Hearing(String unit, long day, long deputies) {}

    @Override
    void compute(IndicatorContext ctx, FigureSink out) {
        List<Suggestion> suggestions = new ArrayList<>();
        ctx.jdbc.query("SELECT unit_code, assigned_on, replied_on, result, feedback FROM suggestion", rs -> {
            suggestions.add(new Suggestion(rs.getString(1), IndicatorContext.day(rs.getString(2)),
                    IndicatorContext.day(rs.getString(3)), rs.getString(4), rs.getString(5)));
        });
        List<Petition> petitions = new ArrayList<>();
        ctx.jdbc.query("SELECT unit_code, received_on, closed_on, source, resolution FROM petition", rs -> {
            petitions.add(new Petition(rs.getString(1), IndicatorContext.day(rs.getString(2)),
                    IndicatorContext.day(rs.getString(3)), rs.getString(4), rs.getString(5)));
        });
        List<Activity> activities = new ArrayList<>();
        ctx.jdbc.query("SELECT unit_code, activity_on, method FROM activity", rs -> {
            activities.add(new Activity(rs.getString(1), IndicatorContext.day(rs.getString(2)), rs.getString(3)));
        });
        List<Hearing> hearings = new ArrayList<>();
        ctx.jdbc.query("SELECT unit_code, hearing_on, deputies FROM hearing", rs -> {
            hearings.add(new Hearing(rs.getString(1), IndicatorContext.day(rs.getString(2)), rs.getLong(3)));
        });

        // A01–A03 are one family (DOMAIN §6): a unit with activities or hearings gets all three.
        java.util.TreeSet<String> aUnits = new java.util.TreeSet<>(unitsOf(activities, Activity::unit));
        aUnits.addAll(unitsOf(hearings, Hearing::unit));
        List<String> activityUnits = new ArrayList<>(aUnits);
        for (Period p : ctx.periods) {
            long s = p.start().toEpochDay(), e = p.end().toEpochDay();
            String code = p.code();
            forEachScope(unitsOf(suggestions, Suggestion::unit), suggestions, Suggestion::unit, (unit, list) -> {
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
            forEachScope(unitsOf(petitions, Petition::unit), petitions, Petition::unit, (unit, list) -> {
                long received = 0, closed = 0, resolved = 0, fromCongress = 0;
                for (Petition r : list) {
                    if (!in(r.received(), s, e)) continue;
                    received++;
                    if (r.closed() != IndicatorContext.NO_DATE && r.closed() <= e) closed++;
                    if ("息诉罢访".equals(r.resolution()) || "依法终结".equals(r.resolution())) resolved++;
                    if ("人大转交".equals(r.source())) fromCongress++;
                }
                out.count(code, unit, "", "X01", received);
                out.ratio(code, unit, "", "X02", closed, received);
                out.ratio(code, unit, "", "X03", resolved, received);
                out.count(code, unit, "", "X04", fromCongress);
            });
            forEachScope(activityUnits, activities, Activity::unit, (unit, list) -> {
                TreeMap<String, Long> byMethod = new TreeMap<>();
                long n = 0;
                for (Activity r : list) {
                    if (!in(r.day(), s, e)) continue;
                    n++;
                    byMethod.merge(r.method(), 1L, Long::sum);
                }
                out.count(code, unit, "", "A01", n);
                byMethod.forEach((method, k) -> out.breakdownCount(code, unit, "A01", method, k));
            });
            forEachScope(activityUnits, hearings, Hearing::unit, (unit, list) -> {
                long sessions = 0, deputies = 0;
                for (Hearing r : list) {
                    if (!in(r.day(), s, e)) continue;
                    sessions++;
                    deputies += r.deputies();
                }
                out.count(code, unit, "", "A02", sessions);
                out.count(code, unit, "", "A03", deputies);
            });
        }
    }
}
