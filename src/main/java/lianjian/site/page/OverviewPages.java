package lianjian.site.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.importing.receipt.Receipt;
import lianjian.indicators.Figure;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.Selections;
import lianjian.site.data.SiteData;
import lianjian.readmodel.ReadModel;
import lianjian.readmodel.Unit;
import lianjian.site.render.Page;
import lianjian.site.render.SitePaths;
import lianjian.site.view.KpiCard;
import lianjian.site.view.KpiGroup;
import lianjian.site.view.TableView;
import lianjian.site.view.TableView.Cell;
import lianjian.site.view.TableView.Column;

/**
 * 总览, one per period, plus site/index.html (the default period's overview at the top of the site,
 * so opening the folder shows figures at once): county KPI cards per unit type and theme with
 * 同比/环比 and reference status, trend charts, coverage and problems at a glance, latest imports.
 */
public final class OverviewPages {

    static final int LATEST_IMPORTS = 6;

    private final SiteContext ctx;

    public OverviewPages(SiteContext ctx) { this.ctx = ctx; }

    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        SiteData data = ctx.data();
        if (!data.hasData()) {
            pages.add(new Page(SitePaths.HOME, "empty.ftlh", ctx.layout().page(SitePaths.HOME, Layout.NAV_OVERVIEW, "总览"), "总览"));
            return pages;
        }
        for (PeriodRow p : data.periods) pages.add(page(p, SitePaths.overview(p.code())));
        pages.add(page(data.defaultPeriod(), SitePaths.HOME));
        return pages;
    }

    Page page(PeriodRow p, String path) {
        SiteData data = ctx.data();
        Map<String, Object> m = ctx.layout().periodPage(path, Layout.NAV_OVERVIEW, p, "总览 · " + p.period().chineseName(),
                ctx.layout().periodsWithData(ReadModel.ALL, null, p), SitePaths::overview);
        boolean anyData = data.figures.anyData(p.code(), ReadModel.ALL, null);
        m.put("noDataNote", anyData ? null : DataNotes.noData(data, ReadModel.ALL, null, "指标"));
        m.put("warningStrip", WarningPages.strip(data, p, ReadModel.ALL));
        m.put("staleNotes", DataNotes.staleNotes(data, p, data.units.stream().map(Unit::code).toList()));
        m.put("kpiGroups", kpiGroups(p));
        m.put("listLinks", UnitPages.listLinks(ctx, p, ReadModel.ALL));
        m.put("supervisionPath", SitePaths.SUPERVISION);
        m.put("charts", ctx.charts().trends(Selections.onDashboard(Selections.countyTrends()), "ALL", p.kind()));
        UnitTables units = new UnitTables(ctx);
        List<Unit> evaluated = data.units.stream().filter(u -> u.isCourt() || u.isProcuratorate()).toList();
        m.put("coverageTable", units.figures("coverage-glance", "履职评议覆盖（截至期末）", "履职评议覆盖-" + p.code(), p, evaluated,
                List.of("E01", "E02", "E03", "E04", "E08", "E06"), SitePaths::unit));
        m.put("problemTable", units.figures("problems-glance", "问题整改（截至期末）", "问题整改-" + p.code(), p, data.units,
                List.of("Z01", "Z02", "Z03", "Z04", "Z06"), SitePaths::unit));
        m.put("coveragePath", SitePaths.coverage(p.code()));
        m.put("rectificationPath", SitePaths.rectification(p.code()));
        // File names are written by people and may name them: the 公开版 lists no file.
        if (ctx.showsFreeText()) m.put("importsTable", latestImports());
        m.put("units", data.units.stream().map(u -> new UnitLink(u.name(), u.type(), SitePaths.unit(p.code(), u.code()))).toList());
        m.put("report", ctx.reports().overview(p));
        return new Page(path, "overview.ftlh", m, "总览");
    }

    /** A unit in the 各单位 list. */
    public record UnitLink(String name, String type, String path) {}

    private List<KpiGroup> kpiGroups(PeriodRow p) {
        SiteData data = ctx.data();
        Map<String, Figure> all = data.figures.unit(p.code(), "ALL");
        List<KpiGroup> groups = new ArrayList<>();
        List<Unit> courts = data.units.stream().filter(Unit::isCourt).toList();
        List<Unit> pros = data.units.stream().filter(Unit::isProcuratorate).toList();
        add(groups, groupTitle("法院", courts), all, p, single(courts, p), "C01", "C02", "C04", "C05", "C06", "C07", "C17", "C10", "C14");
        add(groups, groupTitle("检察院", pros), all, p, single(pros, p), "J01", "J02", "J03", "J04", "J05", "J06");
        add(groups, "案件评查与满意度（全县）", all, p, null, "R01", "R02", "R03", "S02", "S03");
        add(groups, "履职评议覆盖（全县）", all, p, new String[] {SitePaths.coverage(p.code()), "查看履职评议覆盖"},
                "E01", "E02", "E03", "E04", "E07", "E08");
        add(groups, "问题整改（全县）", all, p, new String[] {SitePaths.rectification(p.code()), "查看问题整改台账"},
                "Z01", "Z02", "Z03", "Z04", "Z06");
        add(groups, "代表建议、信访与监督活动（全县）", all, p, null, "D01", "D02", "D05", "X01", "X02", "X05", "A01", "A02", "A04", "A05", "A06");
        return groups;
    }

    private void add(List<KpiGroup> groups, String title, Map<String, Figure> figures, PeriodRow p, String[] link,
                     String... codes) {
        List<KpiCard> cards = ctx.figures().cards(figures, p.kind(), codes);
        if (!cards.isEmpty()) groups.add(UnitPages.group(ctx.data(), title, cards, p, ReadModel.ALL, List.of(codes),
                link == null ? null : link[0], link == null ? null : link[1]));
    }

    private static String groupTitle(String type, List<Unit> units) {
        return units.size() == 1 ? units.get(0).name() : type + "（全县合计）";
    }

    private static String[] single(List<Unit> units, PeriodRow p) {
        return units.size() == 1 ? new String[] {SitePaths.unit(p.code(), units.get(0).code()), "查看" + units.get(0).name()} : null;
    }

    private TableView latestImports() {
        TableView.Builder t = TableView.builder("latest-imports", "最近导入的文件").tools("none")
                .empty("还没有导入过文件。")
                .columns(Column.code("完成时间"), Column.longText("文件"), Column.code("结果"), Column.number("读取行数"),
                        Column.number("导入行数"), Column.number("拒收行数"));
        for (Receipt r : ctx.data().receipts.stream().limit(LATEST_IMPORTS).toList()) {
            t.row(ImportLogPage.rowClass(r), List.of(Cell.of(ListTables.dash(r.finishedAt())), Cell.of(r.fileName()),
                    Cell.of(r.outcome().chinese()), Cell.of(String.format("%,d", r.rowsRead())),
                    Cell.of(String.format("%,d", r.rowsImported())), Cell.of(String.format("%,d", r.rowsRejected()))));
        }
        return t.build();
    }
}
