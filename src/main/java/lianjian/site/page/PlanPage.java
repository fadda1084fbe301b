package lianjian.site.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.Period;
import lianjian.readmodel.PlanItem;
import lianjian.site.data.SiteData;
import lianjian.site.render.Page;
import lianjian.site.render.SitePaths;
import lianjian.site.view.TableView;
import lianjian.site.view.TableView.Cell;
import lianjian.site.view.TableView.Column;

/**
 * 监督计划 (DOMAIN §4.13, art. 7): every item of the annual joint supervision plans, latest year first, with
 * which of the six ways (查、听、谈、测、评、议) were planned and which the linked 监督活动 carried out, and
 * where it stands as of the data's as-of date: 已完成 (on time or late), 进行中, or 逾期未完成 with its days.
 * The figures A04–A06 of each period are on the 总览 and unit pages like every other figure.
 */
public final class PlanPage {

    private final SiteContext ctx;

    public PlanPage(SiteContext ctx) { this.ctx = ctx; }

    public Page page() {
        SiteData data = ctx.data();
        Map<String, Object> m = ctx.layout().page(SitePaths.PLAN, Layout.NAV_PLAN, "监督计划");
        LocalDate asOf = data.asOf();
        PeriodRow year = data.latest(Period.Kind.YEAR).orElse(data.defaultPeriod());
        List<PlanItem> items = new ArrayList<>(data.model.plan());
        items.sort(java.util.Comparator.comparingInt(PlanItem::year).reversed().thenComparing(PlanItem::due)
                .thenComparing(PlanItem::no));
        // 监督事项 and 活动名称 are written by hand and may name people: not in the 公开版.
        boolean text = ctx.showsFreeText();
        TableView.Builder t = TableView.builder("plan", "年度联合监督计划事项").csvName("监督计划").empty("没有监督计划。")
                .columns(Column.code("年度"), Column.code("计划编号"));
        if (text) t.column(Column.longText("监督事项"));
        t.columns(Column.text("对象单位"), Column.text("牵头方"), Column.text("计划方式"), Column.text("已开展方式"),
                Column.text("尚未开展"), Column.number("关联活动"), Column.code("计划完成日期"), Column.code("完成日期"),
                Column.text("状态"));
        long overdue = 0, done = 0;
        for (PlanItem i : items) {
            List<String> planned = i.plannedWays(), did = i.doneWays();
            List<String> missing = planned.stream().filter(w -> !did.contains(w)).toList();
            String unit = i.unitCode() == null ? "（跨单位专项）" : data.unitName(i.unitCode());
            String state = state(i, asOf);
            if (i.doneBy(asOf)) done++;
            if (i.overdueAt(asOf)) overdue++;
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(i.year() + "年"), Cell.of(i.no())));
            if (text) cells.add(Cell.of(i.subject()));
            cells.addAll(List.of(i.unitCode() == null || data.unit(i.unitCode()).isEmpty() ? Cell.of(unit)
                            : Cell.link(unit, SitePaths.unit(year.code(), i.unitCode())),
                    Cell.of(ListTables.dash(i.lead())), Cell.of(join(planned)), Cell.of(join(did)), Cell.of(join(missing)),
                    Cell.of(Formats.integer(i.activities().size())), Cell.of(Formats.isoDate(i.due())),
                    Cell.of(Formats.isoDate(i.done())), Cell.of(state)));
            t.row(i.overdueAt(asOf) ? "row-overdue" : i.doneBy(asOf) ? "row-done" : "", cells);
        }
        TableView.Builder acts = TableView.builder("plan-activities", "各计划事项的监督活动").csvName("监督计划-关联活动")
                .empty("没有与计划事项关联的监督活动（监督活动表的“计划编号”列）。")
                .columns(Column.code("计划编号"), Column.code("活动编号"), Column.code("活动日期"), Column.text("监督方式"),
                        Column.text("对应“查听谈测评议”"));
        if (text) acts.column(Column.longText("活动名称"));
        for (PlanItem i : items) {
            for (PlanItem.Activity a : i.activities()) {
                List<Cell> cells = new ArrayList<>(List.of(Cell.of(i.no()), Cell.of(a.no()), Cell.of(Formats.isoDate(a.date())),
                        Cell.of(a.method()), Cell.of(join(PlanItem.waysOf(a.method())))));
                if (text) cells.add(Cell.of(a.title()));
                acts.row(cells);
            }
        }
        m.put("asOfText", asOf == null ? Formats.NONE : Formats.chineseDate(asOf));
        m.put("itemCount", items.size());
        m.put("doneCount", done);
        m.put("overdueCount", overdue);
        m.put("planTable", t.build());
        m.put("activityTable", acts.build());
        return new Page(SitePaths.PLAN, "plan.ftlh", m, "监督计划");
    }

    /** 已完成 / 逾期完成（N 天） / 进行中（计划 … 完成） / 逾期未完成 N 天, as of the data's as-of date. */
    static String state(PlanItem i, LocalDate asOf) {
        if (i.doneBy(asOf)) {
            long late = i.done().toEpochDay() - i.due().toEpochDay();
            return late > 0 ? "已完成（逾期 " + late + " 天完成）" : "已完成";
        }
        if (i.overdueAt(asOf)) return "逾期未完成 " + (asOf.toEpochDay() - i.due().toEpochDay()) + " 天";
        return "进行中";
    }

    private static String join(List<String> ways) {
        return ways.isEmpty() ? Formats.NONE : String.join("、", ways);
    }
}
