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
import lianjian.readmodel.ReadModel;
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
                u.name() + " · " + p.period().chineseName(), ctx.layout().periodsWithData(u.code(), null, p),
                code -> SitePaths.unit(code, u.code()));
        Map<String, Figure> figures = data.figures.unit(p.code(), u.code());
        boolean anyData = data.figures.anyData(p.code(), u.code(), null);
        m.put("unit", u);
        m.put("hasFigures", !figures.isEmpty());
        m.put("noDataNote", !figures.isEmpty() && !anyData ? DataNotes.noData(data, u.code(), null, "指标") : null);
        m.put("warningStrip", WarningPages.strip(data, p, u.code()));
        m.put("staleNotes", DataNotes.staleNotes(data, p, List.of(u.code())));
        m.put("kpiGroups", kpiGroups(figures, p, u.code()));
        m.put("figureRows", anyData ? ctx.figures().rows(figures, p.kind()) : List.of());
        m.put("listLinks", listLinks(ctx, p, u.code()));
        m.put("charts", ctx.charts().trends(Selections.onDashboard(Selections.unitTrends(u)), u.code(), p.kind()));
        if (ctx.showsPeople()) m.put("personTable", persons(u, p, coverage));
        ListTables lists = new ListTables(ctx);
        if (u.isCourt()) {
            m.put("longPendingTable", lists.longPending("long-pending", "超过12个月未结的案件（期末）", u.code() + "-超12个月未结-" + p.code(),
                    p, data.lists.unit(ListCode.C07, p.code(), u.code()),
                    DataNotes.emptyText(data, p, u.code(), "court", "本期末没有超过12个月未结的案件。")));
        }
        if ((u.isCourt() || u.isProcuratorate()) && !ctx.showsPeople()) {
            m.put("peopleCounts", peopleCounts(figures));
        } else if (u.isCourt() || u.isProcuratorate()) {
            m.put("notEvaluatedTable", lists.persons("not-evaluated", "本届尚未评议的人员（期末在任）", u.code() + "-未评议-" + p.code(), p,
                    data.lists.unit(ListCode.E04, p.code(), u.code()), false,
                    DataNotes.emptyText(data, p, u.code(), "coverage", "期末在任人员均已在本届评议。")));
            m.put("leftTable", lists.persons("left-not-evaluated", "离任前未评议的人员（本届）", u.code() + "-离任未评议-" + p.code(), p,
                    data.lists.unit(ListCode.E08, p.code(), u.code()), true,
                    DataNotes.emptyText(data, p, u.code(), "coverage", "本届没有离任前未评议的人员。")));
        }
        m.put("problemTable", lists.problems("problems", "问题清单（期末未完成及本期完成）", u.code() + "-问题清单-" + p.code(), p,
                lists.ledger(p, u.code()), false, DataNotes.emptyText(data, p, u.code(), "rectification", "本期没有需要列出的问题。")));
        m.put("rectificationPath", SitePaths.rectification(p.code()));
        m.put("coveragePath", SitePaths.coverage(p.code()));
        m.put("report", ctx.reports().unit(p, u.code(), u.name()));
        return new Page(path, "unit.ftlh", m, "单位");
    }

    /**
     * The 公开版's stand-in for the lists of people (E04, E08): how many, never who. Null when the unit has
     * neither figure.
     */
    private String peopleCounts(Map<String, Figure> figures) {
        Figure e04 = figures.get("E04"), e08 = figures.get("E08");
        if (e04 == null && e08 == null) return null;
        if ((e04 == null || e04.noData()) && (e08 == null || e08.noData())) return Formats.NO_DATA + "。";
        return "期末在任、本届尚未评议 " + ctx.figures().value("E04", e04) + "；本届离任前未评议 " + ctx.figures().value("E08", e08)
                + "。公开版不列姓名。";
    }

    private List<KpiGroup> kpiGroups(Map<String, Figure> f, PeriodRow p, String unit) {
        List<KpiGroup> groups = new ArrayList<>();
        SiteData data = ctx.data();
        for (Selections.CardGroup g : Selections.unitCards(data.catalog)) {
            List<KpiCard> cards = ctx.figures().cards(f, p.kind(), g.codes().toArray(String[]::new));
            if (cards.isEmpty()) continue;
            groups.add(group(data, g.title(), cards, p, unit, g.codes(), null, null));
        }
        return groups;
    }

    /**
     * A card group: when every card is before its data, one sentence instead of a row of 本期无数据; when
     * its family's case data is marked 可能不全 for the period, a tag on the title.
     */
    static KpiGroup group(SiteData data, String title, List<KpiCard> cards, PeriodRow p, String scope, List<String> codes,
                          String path, String linkText) {
        String noData = cards.stream().allMatch(KpiCard::noData) ? DataNotes.noData(data, scope, codes, null) : null;
        String family = data.catalog.get(codes.get(0)).family();
        boolean stale = ReadModel.ALL.equals(scope)
                ? data.units.stream().anyMatch(u -> DataNotes.staleFamily(data, p, u.code(), family))
                : DataNotes.staleFamily(data, p, scope, family);
        return new KpiGroup(title, cards, path, linkText, noData, stale ? "数据可能不全" : null);
    }

    /** A link to one list page section: "超过12个月未结的案件 12 件". */
    public record ListLink(String title, String code, String count, String path) {}

    /** The lists of a scope in a period, in catalog order, each with its figure: the unit's entry into §8.1. */
    static List<ListLink> listLinks(SiteContext ctx, PeriodRow p, String scope) {
        List<ListLink> links = new ArrayList<>();
        for (ListPagePlan.Spec s : ListPagePlan.SPECS) {
            Figure f = ctx.data().figures.unit(p.code(), scope, s.code());
            String path = ctx.lists().link(f);
            if (path != null) links.add(new ListLink(s.title(), s.code(), ctx.figures().value(s.code(), f), path));
        }
        return links;
    }

    private TableView persons(Unit u, PeriodRow p, CoverageStatus coverage) {
        SiteData data = ctx.data();
        // A figure column whose family has no data yet for the unit would only repeat 本期无数据 on every row.
        List<String> codes = Selections.personColumns(u).stream()
                .filter(c -> data.figures.anyData(p.code(), u.code(), List.of(c))).toList();
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
