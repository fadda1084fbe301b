package lianjian.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/** 监督活动 A01 and 旁听庭审 A02–A03 (DOMAIN §5.8), per 对象单位 and county-wide. */
final class ActivityIndicators extends UnitFamily {

    private record Activity(String unit, long day, String method) {}

    private record Hearing(String unit, long day, long deputies) {}

    @Override
    void compute(IndicatorContext ctx, FigureSink out) {
        List<Activity> activities = new ArrayList<>();
        ctx.jdbc.query("SELECT unit_code, activity_on, method FROM activity", rs -> {
            activities.add(new Activity(rs.getString(1), IndicatorContext.day(rs.getString(2)), rs.getString(3)));
        });
        List<Hearing> hearings = new ArrayList<>();
        ctx.jdbc.query("SELECT unit_code, hearing_on, deputies FROM hearing", rs -> {
            hearings.add(new Hearing(rs.getString(1), IndicatorContext.day(rs.getString(2)), rs.getLong(3)));
        });

        // A01–A03 are one family (DOMAIN §6): a unit with activities or hearings gets all three.
        TreeSet<String> aUnits = new TreeSet<>(unitsOf(activities, Activity::unit));
        aUnits.addAll(unitsOf(hearings, Hearing::unit));
        List<String> activityUnits = new ArrayList<>(aUnits);
        for (Period p : ctx.periods) {
            long s = p.start().toEpochDay(), e = p.end().toEpochDay();
            String code = p.code();
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
