package lianjian.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lianjian.indicators.ListCode;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.site.data.SiteData;
import lianjian.site.data.StoredLists;
import lianjian.site.view.TableView;
import lianjian.site.view.TableView.Cell;
import lianjian.site.view.TableView.Column;

/**
 * Tables of the stored lists shared by several pages: problems (with 逾期/临期 highlighted), persons
 * not yet evaluated or left without evaluation, cases pending over a year. Text in these lists comes
 * from spreadsheets; it goes into cells as text, and the template escapes it.
 */
final class ListTables {

    /** How a problem stands at the period's end, decided by the lists the indicators step stored. */
    enum ProblemState {
        OVERDUE("row-overdue", 0), DUE_10("row-due-soon", 1), DUE_20("row-due-later", 2), OPEN("", 3), DONE("row-done", 4);

        final String cls;
        final int order;

        ProblemState(String cls, int order) {
            this.cls = cls;
            this.order = order;
        }
    }

    private final SiteContext ctx;

    ListTables(SiteContext ctx) { this.ctx = ctx; }

    private SiteData data() { return ctx.data(); }

    /** The problems of a period with their state: open at the end (Z-OPEN) and closed within it (Z-CLOSED). */
    List<Map<String, Object>> ledger(PeriodRow p, String unitOrNull) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.addAll(part(ListCode.Z_OPEN, p, unitOrNull));
        items.addAll(part(ListCode.Z_CLOSED, p, unitOrNull));
        return items;
    }

    List<Map<String, Object>> part(ListCode list, PeriodRow p, String unitOrNull) {
        return unitOrNull == null ? data().lists.county(list, p.code()) : data().lists.unit(list, p.code(), unitOrNull);
    }

    /**
     * A problem table. The state column says in words what the row colour shows (逾期 12 天, 10天内到期),
     * so it survives greyscale print and colour blindness, and the search box finds it.
     */
    TableView problems(String id, String caption, String csvName, PeriodRow p, List<Map<String, Object>> items,
                       boolean withMeasures, String emptyText) {
        Set<String> overdue = keys(ListCode.Z04, p), due10 = keys(ListCode.Z06A, p), due20 = keys(ListCode.Z06B, p);
        List<String> unitOrder = data().units.stream().map(u -> u.code()).toList();
        List<Map<String, Object>> sorted = new ArrayList<>(dedupe(items));
        sorted.sort(Comparator.comparingInt((Map<String, Object> i) -> state(i, overdue, due10, due20).order)
                .thenComparing(i -> str(i, "deadline"))
                .thenComparingInt(i -> unitOrder.indexOf(str(i, "unitCode")))
                .thenComparing(i -> str(i, "problemNo")));
        // The 公开版 shows no free text: a problem is its number, unit, dates and state there.
        boolean text = ctx.showsFreeText();
        TableView.Builder t = TableView.builder(id, caption).csvName(csvName).empty(emptyText)
                .columns(Column.code("问题编号"), Column.text("责任单位"), Column.code("发现日期"), Column.text("来源 · 类别"));
        if (text) t.column(Column.longText("问题描述"));
        if (withMeasures && text) t.column(Column.longText("整改措施"));
        t.columns(Column.code("整改时限"), Column.text("整改状态"), Column.code("完成日期"), Column.text("期末情况"));
        for (Map<String, Object> i : sorted) {
            ProblemState s = state(i, overdue, due10, due20);
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(str(i, "problemNo")));
            String unit = str(i, "unitCode");
            // The short name (法院, 公安局) keeps the wide ledger readable; the county has one unit of each type
            // in the usual case, and the full name is on the unit's page the cell links to.
            cells.add(Cell.link(data().unit(unit).map(data()::shortName).orElse(data().unitName(unit)),
                    data().unit(unit).isPresent() ? lianjian.site.render.SitePaths.unit(p.code(), unit) : null));
            cells.add(Cell.of(dash(str(i, "foundOn"))));
            cells.add(Cell.of(joinDot(str(i, "source"), str(i, "category"))));
            if (text) cells.add(Cell.of(str(i, "description")));
            if (withMeasures && text) cells.add(Cell.of(dash(str(i, "measures"))));
            cells.add(Cell.of(dash(str(i, "deadline"))));
            cells.add(Cell.of(dash(str(i, "status"))));
            cells.add(Cell.of(dash(str(i, "doneOn"))));
            cells.add(Cell.sorted(stateText(s, i), String.valueOf(s.order)));
            t.row(s.cls, cells);
        }
        return t.build();
    }

    private static List<Map<String, Object>> dedupe(List<Map<String, Object>> items) {
        Set<String> seen = new HashSet<>();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> i : items) if (seen.add(str(i, "problemNo"))) out.add(i);
        return out;
    }

    static ProblemState state(Map<String, Object> i, Set<String> overdue, Set<String> due10, Set<String> due20) {
        String no = str(i, "problemNo");
        if (overdue.contains(no)) return ProblemState.OVERDUE;
        if (due10.contains(no)) return ProblemState.DUE_10;
        if (due20.contains(no)) return ProblemState.DUE_20;
        return i.get("daysOverdue") == null ? ProblemState.DONE : ProblemState.OPEN;
    }

    static String stateText(ProblemState s, Map<String, Object> i) {
        Number d = (Number) i.get("daysOverdue");
        return switch (s) {
            case OVERDUE -> "逾期 " + d.longValue() + " 天";
            case DUE_10 -> "临期：10天内到期（剩 " + -d.longValue() + " 天）";
            case DUE_20 -> "临期：11—20天内到期（剩 " + -d.longValue() + " 天）";
            case OPEN -> "整改中，未到期";
            case DONE -> "已完成";
        };
    }

    private Set<String> keys(ListCode list, PeriodRow p) {
        Set<String> s = new HashSet<>();
        for (Map<String, Object> i : data().lists.county(list, p.code())) s.add(str(i, "problemNo"));
        return s;
    }

    /** Persons of E04 (not yet evaluated in the term) or E08 (left without evaluation), by unit and name. */
    TableView persons(String id, String caption, String csvName, PeriodRow p, List<Map<String, Object>> items,
                      boolean left, String emptyText) {
        return persons(id, caption, csvName, p, items, left, emptyText, false);
    }

    /** @param evaluated E12: the date column is the person's latest evaluation in the period */
    TableView persons(String id, String caption, String csvName, PeriodRow p, List<Map<String, Object>> items,
                      boolean left, String emptyText, boolean evaluated) {
        List<Map<String, Object>> sorted = sortByUnitAndName(items);
        TableView.Builder t = TableView.builder(id, caption).csvName(csvName).empty(emptyText)
                .columns(Column.text("姓名"), Column.code("人员编号"), Column.text("单位"), Column.text("类别"),
                        Column.text("职务"), Column.code("任命日期"));
        if (left) t.columns(Column.code("离任日期"), Column.text("离任原因"));
        if (evaluated) t.column(Column.code("本期最近一次评议日期"));
        for (Map<String, Object> i : sorted) {
            String pid = str(i, "personId");
            List<Cell> cells = new ArrayList<>(List.of(Cell.link(str(i, "name"), ctx.people().pathFor(p.code(), pid)),
                    Cell.of(pid), Cell.of(str(i, "unitName")), Cell.of(dash(str(i, "category"))),
                    Cell.of(dash(str(i, "position"))), Cell.of(dash(str(i, "appointedOn")))));
            if (left) {
                cells.add(Cell.of(dash(str(i, "leftOn"))));
                cells.add(Cell.of(dash(str(i, "leaveReason"))));
            }
            if (evaluated) cells.add(Cell.of(dash(str(i, "date"))));
            t.row(cells);
        }
        return t.build();
    }

    /** C07: cases open more than 12 months at the period's end. */
    TableView longPending(String id, String caption, String csvName, PeriodRow p, List<Map<String, Object>> items,
                          String emptyText) {
        boolean people = ctx.showsPeople();
        TableView.Builder t = TableView.builder(id, caption).csvName(csvName).empty(emptyText)
                .columns(Column.code("案号"), Column.text("承办单位"));
        if (people) t.column(Column.text("承办人"));
        t.columns(Column.text("案件类型"), Column.text("案由"), Column.code("立案日期"), Column.number("已审理天数"));
        for (Map<String, Object> i : items) {
            String pid = str(i, "personId");
            String judge = str(i, "judge");
            String link = pid.isEmpty() ? null : ctx.people().pathFor(p.code(), pid);
            Number days = (Number) i.get("days");
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(str(i, "caseNo")), Cell.of(dash(str(i, "unitName")))));
            if (people) cells.add(Cell.link(dash(judge), link));
            cells.addAll(List.of(Cell.of(dash(str(i, "caseType"))), Cell.of(dash(str(i, "cause"))), Cell.of(dash(str(i, "filedOn"))),
                    Cell.sorted(days == null ? Formats.NONE : Formats.integer(days.doubleValue()),
                            days == null ? "" : String.valueOf(days.longValue()))));
            t.row(cells);
        }
        return t.build();
    }

    List<Map<String, Object>> sortByUnitAndName(List<Map<String, Object>> items) {
        List<String> unitOrder = data().units.stream().map(u -> u.code()).toList();
        List<Map<String, Object>> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt((Map<String, Object> i) -> {
                    int x = unitOrder.indexOf(str(i, "unitCode"));
                    return x < 0 ? Integer.MAX_VALUE : x;
                }).thenComparing(i -> str(i, "name"), SiteData.CHINESE)
                .thenComparing(i -> str(i, "personId")));
        return sorted;
    }

    static String str(Map<String, Object> item, String key) {
        Object v = item.get(key);
        return v == null ? "" : String.valueOf(v);
    }

    static String dash(String s) { return s == null || s.isBlank() ? Formats.NONE : s; }

    static String joinDot(String a, String b) {
        if (a.isBlank()) return dash(b);
        return b.isBlank() ? a : a + " · " + b;
    }
}
