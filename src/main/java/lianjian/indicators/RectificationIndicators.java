package lianjian.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 问题整改 Z01–Z06 (DOMAIN §5.7), per 责任单位 and county-wide, as of each period's end, with the
 * lists Z04 (overdue, by days overdue), Z06A and Z06B (due within 0–10 and 11–20 days, by days left),
 * Z-OPEN (not done at the end) and Z-CLOSED (done in P).
 */
final class RectificationIndicators extends UnitFamily {

    record Problem(String no, String unit, long found, String source, String category, String description,
                   String measures, long deadline, String status, long done, Boolean common) {
        /** done(d): 完成日期 present and ≤ d. */
        boolean doneBy(long d) { return done != IndicatorContext.NO_DATE && done <= d; }
    }

    @Override
    void compute(IndicatorContext ctx, FigureSink out) {
        List<Problem> rows = new ArrayList<>();
        ctx.jdbc.query("SELECT problem_no, unit_code, found_on, source, category, description, measures, deadline, status,"
                + " done_on, common_issue FROM problem ORDER BY unit_code, deadline, problem_no", rs -> {
            Object common = rs.getObject(11);
            rows.add(new Problem(rs.getString(1), rs.getString(2), IndicatorContext.day(rs.getString(3)), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), IndicatorContext.day(rs.getString(8)),
                    rs.getString(9), IndicatorContext.day(rs.getString(10)),
                    common == null ? null : ((Number) common).intValue() == 1));
        });
        List<String> units = unitsOf(rows, Problem::unit);
        for (Period p : ctx.periods) {
            long s = p.start().toEpochDay(), end = p.end().toEpochDay();
            String code = p.code();
            forEachScope(units, rows, Problem::unit, (unit, list) -> {
                long found = 0, cumulative = 0, done = 0, overdue = 0, due10 = 0, due20 = 0, closedIn = 0, daysSum = 0;
                boolean county = FigureSink.ALL.equals(unit);
                for (Problem r : list) {
                    if (in(r.found(), s, end)) found++;
                    if (r.done() != IndicatorContext.NO_DATE && in(r.done(), s, end)) {
                        closedIn++;
                        daysSum += r.done() - r.found();
                        if (county) out.listItem(item(ctx, ListCode.Z_CLOSED, code, r, end, r.done(), null));
                    }
                    if (r.found() > end) continue;
                    cumulative++;
                    if (r.doneBy(end)) {
                        done++;
                        continue;
                    }
                    if (county) out.listItem(item(ctx, ListCode.Z_OPEN, code, r, end, r.deadline(), end - r.deadline()));
                    if (r.deadline() < end) {
                        overdue++;
                        if (county) out.listItem(item(ctx, ListCode.Z04, code, r, end, r.deadline(), end - r.deadline()));
                    }
                    long left = r.deadline() - end;
                    if (left >= 0 && left <= 10) {
                        due10++;
                        if (county) out.listItem(item(ctx, ListCode.Z06A, code, r, end, r.deadline(), left));
                    } else if (left > 10 && left <= 20) {
                        due20++;
                        if (county) out.listItem(item(ctx, ListCode.Z06B, code, r, end, r.deadline(), left));
                    }
                }
                out.count(code, unit, "", "Z01", found);
                out.count(code, unit, "", "Z02", cumulative);
                out.ratio(code, unit, "", "Z03", done, cumulative);
                out.count(code, unit, "", "Z04", overdue);
                out.ratio(code, unit, "", "Z05", daysSum, closedIn);
                out.count(code, unit, "", "Z06", due10 + due20);
                out.breakdownCount(code, unit, "Z06", "10天内", due10);
                out.breakdownCount(code, unit, "Z06", "11—20天", due20);
            });
        }
    }

    /** A problem as a member of a list, under its 责任单位, dated and counted as the list says (§6). */
    private static ListItem item(IndicatorContext ctx, ListCode list, String period, Problem r, long end, long date, Long days) {
        return new ListItem(list, period, r.unit(), r.no(), r.description(), null, null, LocalDate.ofEpochDay(date), days,
                details(ctx, r, end));
    }

    static Map<String, Object> details(IndicatorContext ctx, Problem r, long end) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("problemNo", r.no());
        item.put("unitCode", r.unit());
        item.put("unitName", ctx.model.unitName(r.unit()));
        item.put("foundOn", iso(r.found()));
        item.put("source", r.source());
        item.put("category", r.category());
        item.put("description", r.description());
        item.put("measures", r.measures());
        item.put("deadline", iso(r.deadline()));
        item.put("status", r.status());
        item.put("doneOn", iso(r.done()));
        item.put("common", r.common());
        // Positive: days overdue at the period's end; negative: days left.
        item.put("daysOverdue", r.doneBy(end) ? null : end - r.deadline());
        return item;
    }

    static String iso(long day) {
        return day == IndicatorContext.NO_DATE ? null : LocalDate.ofEpochDay(day).toString();
    }
}
