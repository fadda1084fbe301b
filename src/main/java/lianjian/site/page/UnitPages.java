package lianjian.site.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.indicators.ListCode;
import lianjian.indicators.Figure;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.Selections;
import lianjian.readmodel.Person;
import lianjian.site.data.SiteData;
import lianjian.site.data.StoredLists;
import lianjian.readmodel.Unit;
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
            for (Unit u : ctx.data().units) pages.add(page(p, u, coverage));
        }
        return pages;
    }

    Page page(PeriodRow p, Unit u, CoverageStatus coverage) {
        SiteData data = ctx.data();
        String path = SitePaths.unit(p.code(), u.code());
        Map<String, Object> m = ctx.layout().periodPage(path, Layout.unitNav(u.code()), p,
                u.name() + " · " + p.period().chineseName(), data.periods, code -> SitePaths.unit(code, u.code()));
        Map<String, Figure> figures = data.figures.unit(p.code(), u.code());
        m.put("unit", u);
        m.put("hasFigures", !figures.isEmpty());
        m.put("kpiGroups", kpiGroups(figures, p));
        m.put("figureRows", ctx.figures().rows(figures, p.kind()));
        m.put("charts", ctx.charts().trends(Selections.onDashboard(Selections.unitTrends(u)), u.code(), p.kind()));
        m.put("personTable", persons(u, p, coverage));
        ListTables lists = new ListTables(ctx);
        if (u.isCourt()) {
            m.put("longPendingTable", lists.longPending("long-pending", "超过12个月未结的案件（期末）", u.code() + "-超12个月未结-" + p.code(),
                    p, data.lists.unit(ListCode.C07, p.code(), u.code())));
        }
        if (u.isCourt() || u.isProcuratorate()) {
            m.put("notEvaluatedTable", lists.persons("not-evaluated", "本届尚未评议的人员（期末在任）", u.code() + "-未评议-" + p.code(), p,
                    data.lists.unit(ListCode.E04, p.code(), u.code()), false, "期末在任人员均已在本届评议。"));
            m.put("leftTable", lists.persons("left-not-evaluated", "离任前未评议的人员（本届）", u.code() + "-离任未评议-" + p.code(), p,
                    data.lists.unit(ListCode.E08, p.code(), u.code()), true, "本届没有离任前未评议的人员。"));
        }
        m.put("problemTable", lists.problems("problems", "问题清单（期末未完成及本期完成）", u.code() + "-问题清单-" + p.code(), p,
                lists.ledger(p, u.code()), false, "本期没有需要列出的问题。"));
        m.put("rectificationPath", SitePaths.rectification(p.code()));
        m.put("coveragePath", SitePaths.coverage(p.code()));
        m.put("report", ctx.reports().unit(p, u.code(), u.name()));
        return new Page(path, "unit.ftlh", m, "单位");
    }

    private List<KpiGroup> kpiGroups(Map<String, Figure> f, PeriodRow p) {
        List<KpiGroup> groups = new ArrayList<>();
        for (Selections.CardGroup g : Selections.unitCards(ctx.data().catalog)) {
            List<KpiCard> cards = ctx.figures().cards(f, p.kind(), g.codes().toArray(String[]::new));
            if (!cards.isEmpty()) groups.add(new KpiGroup(g.title(), cards, null, null));
        }
        return groups;
    }

    private TableView persons(Unit u, PeriodRow p, CoverageStatus coverage) {
        SiteData data = ctx.data();
        List<String> codes = Selections.personColumns(u);
        TableView.Builder t = TableView.builder("persons", "人大常委会任命人员（按姓名）").csvName(u.code() + "-人员-" + p.code())
                .empty("本期没有该单位的任命人员。")
                .columns(Column.text("姓名"), Column.text("人员编号"), Column.text("类别"), Column.text("职务"),
                        Column.text("任命日期"), Column.text("离任日期"), Column.text("届内履职评议"));
        for (String c : codes) t.column(Column.figure(ctx.figures().name(c) + Formats.unitSuffix(ctx.figures().def(c).display())));
        for (Person person : data.personsOf(u.code())) {
            Map<String, Figure> own = data.figures.person(p.code(), person.id());
            if (!person.inOfficeDuring(p.start(), p.end()) && own.isEmpty()) continue;
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.link(person.name(), ctx.people().pathFor(p.code(), person.id())));
            cells.add(Cell.of(person.id()));
            cells.add(Cell.of(ListTables.dash(person.category())));
            cells.add(Cell.of(ListTables.dash(person.position())));
            cells.add(Cell.of(Formats.isoDate(person.appointedOn())));
            cells.add(Cell.of(Formats.isoDate(person.leftOn())));
            cells.add(Cell.of(coverage.text(person.id())));
            for (String c : codes) cells.add(Cell.of(ctx.figures().bare(c, own.get(c))));
            t.row(coverage.cls(person.id()), cells);
        }
        return t.build();
    }
}
