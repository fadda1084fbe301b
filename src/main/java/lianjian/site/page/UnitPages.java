package lianjian.site.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.indicators.Figure;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.site.data.PersonInfo;
import lianjian.site.data.SiteData;
import lianjian.site.data.StoredLists;
import lianjian.site.data.UnitInfo;
import lianjian.site.render.Page;
import lianjian.site.render.SitePaths;
import lianjian.site.view.ChartView;
import lianjian.site.view.KpiCard;
import lianjian.site.view.KpiGroup;
import lianjian.site.view.TableView;
import lianjian.site.view.TableView.Cell;
import lianjian.site.view.TableView.Column;

/**
 * One page per unit and period: the unit's KPI cards by theme, every figure of the unit, its trend
 * charts, its appointed persons (by name, linking to their pages; figures shown, not sortable), and
 * its lists (超12个月未结, 未评议, problems).
 */
public final class UnitPages {

    private final SiteContext ctx;

    public UnitPages(SiteContext ctx) { this.ctx = ctx; }

    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (PeriodRow p : ctx.data().periods) {
            CoverageStatus coverage = new CoverageStatus(ctx.data().lists, p.code());
            for (UnitInfo u : ctx.data().units) pages.add(page(p, u, coverage));
        }
        return pages;
    }

    Page page(PeriodRow p, UnitInfo u, CoverageStatus coverage) {
        SiteData data = ctx.data();
        String path = SitePaths.unit(p.code(), u.code());
        Map<String, Object> m = ctx.layout().periodPage(path, Layout.unitNav(u.code()), p,
                u.name() + " · " + p.period().chineseName(), data.periods, code -> SitePaths.unit(code, u.code()));
        Map<String, Figure> figures = data.figures.unit(p.code(), u.code());
        m.put("unit", u);
        m.put("hasFigures", !figures.isEmpty());
        m.put("kpiGroups", kpiGroups(u, figures, p));
        m.put("figureRows", ctx.figures().rows(figures, p.kind()));
        m.put("charts", charts(u, p));
        m.put("personTable", persons(u, p, coverage));
        ListTables lists = new ListTables(ctx);
        if (u.isCourt()) {
            m.put("longPendingTable", lists.longPending("long-pending", "超过12个月未结的案件（期末）", u.code() + "-超12个月未结-" + p.code(),
                    p, data.lists.unit(StoredLists.LONG_PENDING, p.code(), u.code())));
        }
        if (u.isCourt() || u.isProcuratorate()) {
            m.put("notEvaluatedTable", lists.persons("not-evaluated", "本届尚未评议的人员（期末在任）", u.code() + "-未评议-" + p.code(), p,
                    data.lists.unit(StoredLists.NOT_EVALUATED, p.code(), u.code()), false, "期末在任人员均已在本届评议。"));
            m.put("leftTable", lists.persons("left-not-evaluated", "离任前未评议的人员（本届）", u.code() + "-离任未评议-" + p.code(), p,
                    data.lists.unit(StoredLists.LEFT_NOT_EVALUATED, p.code(), u.code()), true, "本届没有离任前未评议的人员。"));
        }
        m.put("problemTable", lists.problems("problems", "问题清单（期末未完成及本期完成）", u.code() + "-问题清单-" + p.code(), p,
                lists.ledger(p, u.code()), false, "本期没有需要列出的问题。"));
        m.put("rectificationPath", SitePaths.rectification(p.code()));
        m.put("coveragePath", SitePaths.coverage(p.code()));
        m.put("report", ctx.reports().unit(p, u.code(), u.name()));
        return new Page(path, "unit.ftlh", m, "单位");
    }

    private List<KpiGroup> kpiGroups(UnitInfo u, Map<String, Figure> f, PeriodRow p) {
        List<KpiGroup> groups = new ArrayList<>();
        add(groups, "审判执行", f, p, "C01", "C02", "C04", "C05", "C06", "C07", "C10", "C14");
        add(groups, "检察办案", f, p, "J01", "J02", "J03", "J04", "J05", "J06", "J07");
        add(groups, "案件评查", f, p, "R01", "R02", "R03", "R05", "R06");
        add(groups, "满意度", f, p, "S01", "S02", "S03");
        add(groups, "履职评议覆盖", f, p, "E01", "E02", "E03", "E04", "E06", "E08");
        add(groups, "问题整改", f, p, "Z01", "Z02", "Z03", "Z04", "Z05", "Z06");
        add(groups, "代表建议、信访与监督活动", f, p, "D01", "D02", "D03", "X01", "X02", "X03", "A01", "A02", "A03");
        return groups;
    }

    private void add(List<KpiGroup> groups, String title, Map<String, Figure> f, PeriodRow p, String... codes) {
        List<KpiCard> cards = ctx.figures().cards(f, p.kind(), codes);
        if (!cards.isEmpty()) groups.add(new KpiGroup(title, cards, null, null));
    }

    private List<ChartView> charts(UnitInfo u, PeriodRow p) {
        TrendCharts c = ctx.charts();
        if (u.isCourt()) {
            return TrendCharts.present(c.trend(TrendCharts.COURT_FLOW, u.code(), p.kind()),
                    c.trend(TrendCharts.COURT_IN_TIME, u.code(), p.kind()));
        }
        if (u.isProcuratorate()) {
            return TrendCharts.present(c.trend(TrendCharts.PROS_FLOW, u.code(), p.kind()),
                    c.trend(TrendCharts.PROS_PLEA, u.code(), p.kind()));
        }
        return TrendCharts.present(c.trend(TrendCharts.PROBLEMS, u.code(), p.kind()));
    }

    /** Figure columns for a unit's persons: the main ones of its type (none sortable: no league table). */
    static List<String> personCodes(UnitInfo u) {
        if (u.isCourt()) return List.of("C01", "C02", "C04", "C05", "R01");
        if (u.isProcuratorate()) return List.of("J01", "J02", "J03", "J05", "R01");
        return List.of("R01", "R02");
    }

    private TableView persons(UnitInfo u, PeriodRow p, CoverageStatus coverage) {
        SiteData data = ctx.data();
        List<String> codes = personCodes(u);
        TableView.Builder t = TableView.builder("persons", "人大常委会任命人员（按姓名）").csvName(u.code() + "-人员-" + p.code())
                .empty("本期没有该单位的任命人员。")
                .columns(Column.text("姓名"), Column.text("人员编号"), Column.text("类别"), Column.text("职务"),
                        Column.text("任命日期"), Column.text("离任日期"), Column.text("届内履职评议"));
        for (String c : codes) t.column(Column.figure(ctx.figures().name(c) + TrendCharts.unitSuffix(ctx.figures().def(c))));
        for (PersonInfo person : data.personsOf(u.code())) {
            Map<String, Figure> own = data.figures.person(p.code(), person.id());
            if (!person.inOfficeDuring(p.start(), p.end()) && own.isEmpty()) continue;
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.link(person.name(), ctx.people().pathFor(p.code(), person.id())));
            cells.add(Cell.of(person.id()));
            cells.add(Cell.of(ListTables.dash(person.category())));
            cells.add(Cell.of(ListTables.dash(person.position())));
            cells.add(Cell.of(Formats.isoDate(person.appointed())));
            cells.add(Cell.of(Formats.isoDate(person.left())));
            cells.add(Cell.of(coverage.text(person.id())));
            for (String c : codes) cells.add(Cell.of(ctx.figures().bare(c, own.get(c))));
            t.row(coverage.cls(person.id()), cells);
        }
        return t.build();
    }
}
