package lianjian.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 监督计划 A04–A06 (DOMAIN §4.13, §5.8a), per 对象单位 and county-wide, as of each period's end, with the
 * list A06 (plan items past their 计划完成日期 and not done by the end, by days overdue). A plan item
 * without 对象单位 (a 专项工作 across units) counts only in the county's rows and is listed under ALL.
 */
final class PlanIndicators extends UnitFamily {

    /** A plan item (dates as epoch days, done = NO_DATE while not done). */
    private record Item(String no, int year, String subject, String type, String unit, String methods, String lead,
                        long due, long done) {}

    @Override
    void compute(IndicatorContext ctx, FigureSink out) {
        List<Item> items = new ArrayList<>();
        ctx.jdbc.query("SELECT plan_no, plan_year, subject, plan_type, unit_code, methods, lead, due_on, done_on"
                + " FROM supervision_plan ORDER BY due_on, plan_no", rs -> {
            items.add(new Item(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), IndicatorContext.day(rs.getString(8)), IndicatorContext.day(rs.getString(9))));
        });
        List<String> units = unitsOf(items, Item::unit);
        for (Period p : ctx.periods) {
            long s = p.start().toEpochDay(), e = p.end().toEpochDay();
            String code = p.code();
            forEachScope(units, items, Item::unit, (unit, list) -> {
                long planned = 0, done = 0, overdue = 0;
                for (Item i : list) {
                    boolean doneByEnd = i.done() != IndicatorContext.NO_DATE && i.done() <= e;
                    if (in(i.due(), s, e)) {
                        planned++;
                        if (doneByEnd) done++;
                    }
                    if (i.due() < e && !doneByEnd) {
                        overdue++;
                        if (FigureSink.ALL.equals(unit)) out.listItem(overdue(ctx, code, i, e));
                    }
                }
                out.count(code, unit, "", "A04", planned);
                out.ratio(code, unit, "", "A05", done, planned);
                out.count(code, unit, "", "A06", overdue);
            });
        }
    }

    /** A06's member: days overdue = e − 计划完成日期, under its 对象单位 or ALL. */
    private static ListItem overdue(IndicatorContext ctx, String period, Item i, long e) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("planNo", i.no());
        d.put("year", i.year());
        d.put("subject", i.subject());
        d.put("planType", i.type());
        d.put("unitCode", i.unit());
        d.put("unitName", i.unit() == null ? null : ctx.model.unitName(i.unit()));
        d.put("methods", i.methods());
        d.put("lead", i.lead());
        d.put("dueOn", LocalDate.ofEpochDay(i.due()).toString());
        d.put("doneOn", i.done() == IndicatorContext.NO_DATE ? null : LocalDate.ofEpochDay(i.done()).toString());
        return new ListItem(ListCode.A06, period, i.unit() == null ? FigureSink.ALL : i.unit(), i.no(), i.subject(), null,
                null, LocalDate.ofEpochDay(i.due()), e - i.due(), d);
    }
}
