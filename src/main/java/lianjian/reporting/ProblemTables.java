package lianjian.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lianjian.indicators.Formats;
import lianjian.reporting.data.FigureSet;
import lianjian.reporting.data.ReportContext;
import lianjian.reporting.pdf.Table;
import lianjian.reporting.table.Grid;
import lianjian.reporting.table.ProblemRow;

/**
 * 问题整改 tables (DOMAIN §5.7): per-unit status from Z01–Z06 and the stored problem lists
 * (Z-OPEN, Z04 overdue, Z06-10 / Z06-20 near deadline, Z-CLOSED), grouped by 责任单位.
 */
final class ProblemTables {

    private ProblemTables() {}

    /** Per unit and county: Z01 新发现, Z02 累计, Z03 完成率, Z04 逾期, Z06 临期 (10 / 20 天), Z05 平均整改天数. */
    static Table status(ReportContext ctx, String period, List<String> units) {
        Grid g = new Grid("责任单位", "本期新发现\n问题数", "累计\n问题数", "整改\n完成率", "逾期\n未整改", "10天内\n到期", "11—20天\n到期",
                "平均整改\n天数");
        for (String u : units) g.row(ctx.model().unitName(u), cells(ctx, period, u));
        g.total("全县合计", cells(ctx, period, "ALL"));
        return g.table();
    }

    private static String[] cells(ReportContext ctx, String period, String unit) {
        FigureSet f = ctx.unit(period, unit);
        Map<String, Double> windows = new LinkedHashMap<>();
        for (var b : ctx.figures().breakdown(period, unit, "Z06")) windows.put(b.category(), b.value());
        return new String[] {f.bare("Z01"), f.bare("Z02"), f.bare("Z03"), f.bare("Z04"),
                count(windows.get("10天内")), count(windows.get("11—20天")), f.bare("Z05")};
    }

    private static String count(Double v) {
        return v == null ? Formats.NONE : Formats.integer(v);
    }

    /** Units that have problems in the period's figures, in code order. */
    static List<String> units(ReportContext ctx, String period) {
        List<String> out = new ArrayList<>();
        for (String u : ctx.figures().unitsWithFigures(period)) {
            if (ctx.unit(period, u).get("Z02") != null) out.add(u);
        }
        return out;
    }

    /**
     * Open problems (any list of not-yet-done problems) grouped by unit, with days overdue or left
     * at {@code end}; overdue rows are marked.
     */
    static Table open(ReportContext ctx, List<Map<String, Object>> items, String whenEmpty) {
        boolean text = ctx.showsFreeText(); // the 公开版 prints the 问题类别 instead of the description
        List<ProblemRow> rows = new ArrayList<>();
        Map<String, Integer> perUnit = countByUnit(items);
        for (Map<String, Object> item : items) {
            Double overdue = ListItems.number(item, "daysOverdue");
            String last = overdue == null ? Formats.NONE
                    : overdue > 0 ? "逾期" + Formats.integer(overdue) + "天"
                    : overdue == 0 ? "今日到期" : "剩" + Formats.integer(-overdue) + "天";
            rows.add(new ProblemRow(group(item, perUnit), ListItems.shown(item, "problemNo"), text ? description(item)
                    : ListItems.shown(item, "category"), ListItems.shown(item, "source"), ListItems.shown(item, "foundOn"),
                    ListItems.shown(item, "deadline"), ListItems.shown(item, "status"), last, overdue != null && overdue > 0));
        }
        return ProblemRow.table(rows, text ? "问题描述" : "问题类别", "整改时限", "逾期或\n剩余天数").whenEmpty(whenEmpty);
    }

    /** Problems completed in the period, with the days they took; those done after the deadline are marked. */
    static Table closed(ReportContext ctx, List<Map<String, Object>> items, String whenEmpty) {
        boolean text = ctx.showsFreeText(); // the 公开版 prints the 问题类别 instead of the description
        List<ProblemRow> rows = new ArrayList<>();
        Map<String, Integer> perUnit = countByUnit(items);
        for (Map<String, Object> item : items) {
            LocalDate found = ListItems.date(item, "foundOn"), done = ListItems.date(item, "doneOn"),
                    deadline = ListItems.date(item, "deadline");
            String took = found == null || done == null ? Formats.NONE : ChronoUnit.DAYS.between(found, done) + "天";
            rows.add(new ProblemRow(group(item, perUnit), ListItems.shown(item, "problemNo"), text ? description(item)
                    : ListItems.shown(item, "category"), ListItems.shown(item, "source"), ListItems.shown(item, "foundOn"),
                    ListItems.shown(item, "doneOn"), ListItems.shown(item, "status"), took,
                    done != null && deadline != null && done.isAfter(deadline)));
        }
        return ProblemRow.table(rows, text ? "问题描述" : "问题类别", "完成日期", "整改用时").whenEmpty(whenEmpty);
    }

    private static String description(Map<String, Object> item) {
        String d = ListItems.shown(item, "description");
        String measures = ListItems.text(item, "measures");
        return measures == null ? d : d + "\n整改措施：" + measures;
    }

    private static String group(Map<String, Object> item, Map<String, Integer> perUnit) {
        String unit = ListItems.shown(item, "unitName");
        return unit + "（" + perUnit.get(unit) + " 项）";
    }

    private static Map<String, Integer> countByUnit(List<Map<String, Object>> items) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Map<String, Object> item : items) m.merge(ListItems.shown(item, "unitName"), 1, Integer::sum);
        return m;
    }
}
