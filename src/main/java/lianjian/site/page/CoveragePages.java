package lianjian.site.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lianjian.indicators.ListCode;
import lianjian.charts.ChartSpec;
import lianjian.indicators.Figure;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorRepository.BreakdownRow;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.site.data.SiteData;
import lianjian.site.data.StoredLists;
import lianjian.readmodel.Unit;
import lianjian.site.render.ChartWriter;
import lianjian.site.render.Page;
import lianjian.site.render.SitePaths;
import lianjian.site.view.ChartView;
import lianjian.site.view.TableView;
import lianjian.site.view.TableView.Cell;
import lianjian.site.view.TableView.Column;

/**
 * 履职评议覆盖, one per period (DOMAIN §5.6): county and unit coverage at the period's end, the term's
 * progress year by year and the quota still needed per year, the result distribution, and the lists
 * E04 (not yet evaluated) and E08 (left without evaluation), each person linking to their page.
 */
public final class CoveragePages {

    static final List<String> UNIT_CODES = List.of("E01", "E02", "E03", "E04", "E06", "E07", "E08");

    private final SiteContext ctx;
    private ChartView termChart;

    public CoveragePages(SiteContext ctx) { this.ctx = ctx; }

    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        if (ctx.data().run != null) termChart = termChart();
        for (PeriodRow p : ctx.data().periods) pages.add(page(p));
        return pages;
    }

    Page page(PeriodRow p) {
        SiteData data = ctx.data();
        String path = SitePaths.coverage(p.code());
        List<String> family = data.catalog.family("coverage").stream().map(d -> d.code()).toList();
        Map<String, Object> m = ctx.layout().periodPage(path, Layout.NAV_COVERAGE, p, "履职评议覆盖 · " + p.period().chineseName(),
                ctx.layout().periodsWithData("ALL", family, p), SitePaths::coverage);
        Map<String, Figure> all = data.figures.unit(p.code(), "ALL");
        m.put("cards", ctx.figures().cards(all, p.kind(), "E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09"));
        m.put("noDataNote", all.isEmpty() || data.figures.anyData(p.code(), "ALL", family) ? null
                : DataNotes.noData(data, "ALL", family, null) + (data.run == null ? ""
                : "届内履职评议覆盖从本届开始（" + Formats.chineseDate(data.run.termStart()) + "）计算。"));
        m.put("reviewCards", ctx.figures().cards(all, p.kind(), "E11", "E12"));
        m.put("reviewedTable", new UnitTables(ctx).figures("review-before-evaluation", "评议对象所办案件评查情况（本期）",
                "评议前评查-各单位-" + p.code(), p, data.units.stream().filter(u -> u.isCourt() || u.isProcuratorate()).toList(),
                List.of("E11", "E12"), SitePaths::unit));
        ListTables tables = new ListTables(ctx);
        // The 公开版 has the figures (E04, E08, E12 are counts) but no list of people.
        if (ctx.showsPeople()) m.put("notReviewedTable", tables.persons("not-reviewed", "本期评议、评议前未评查其所办案件的人员（E12）", "评议前未评查人员-" + p.code(), p,
                data.lists.county(ListCode.E12, p.code()), false, "本期接受评议的人员，评议前365天内都有所办案件被评查。", true));
        m.put("e12Path", ctx.lists().exists(p.code(), "E12") ? SitePaths.list(p.code(), "E12") : null);
        m.put("quota", quota(all));
        List<Unit> units = data.units.stream().filter(u -> u.isCourt() || u.isProcuratorate()).toList();
        m.put("unitTable", new UnitTables(ctx).figures("coverage-units", "全县及各单位覆盖情况（截至期末）", "履职评议覆盖-各单位-" + p.code(),
                p, units, UNIT_CODES, SitePaths::unit));
        m.put("progressTables", progressTables(p, units));
        m.put("termChart", termChart);
        m.put("resultTable", results(p));
        if (ctx.showsPeople()) {
            ListTables lists = new ListTables(ctx);
            m.put("notEvaluatedTable", lists.persons("not-evaluated", "本届尚未评议的人员（E04，期末在任）", "未评议人员-" + p.code(), p,
                    data.lists.county(ListCode.E04, p.code()), false,
                    DataNotes.emptyText(data, p, "ALL", "coverage", "期末在任的法官、检察官均已在本届评议。")));
            m.put("leftTable", lists.persons("left-not-evaluated", "离任前未评议的人员（E08）", "离任未评议人员-" + p.code(), p,
                    data.lists.county(ListCode.E08, p.code()), true,
                    DataNotes.emptyText(data, p, "ALL", "coverage", "本届没有离任前未评议的人员。")));
            m.put("latestTable", latest(p));
        }
        m.put("report", ctx.reports().coverage(p));
        return new Page(path, "coverage.ftlh", m, "履职评议覆盖");
    }

    /** The quota sentence: how many persons must still be evaluated per remaining year. */
    private String quota(Map<String, Figure> all) {
        Figure e04 = all.get("E04"), e05 = all.get("E05"), e06 = all.get("E06"), e07 = all.get("E07");
        if (e04 == null || e04.value() == null) return null;
        FigureViews v = ctx.figures();
        return "本届剩余 " + v.value("E05", e05) + "，尚有 " + v.value("E04", e04) + "未评议；按期实现届内全覆盖，每年需评议 "
                + v.value("E06", e06) + "。按当前进度，届末预计覆盖率 " + v.value("E07", e07) + "。";
    }

    /** Year by year for the county and each unit, up to the period's year. */
    private List<TableView> progressTables(PeriodRow p, List<Unit> units) {
        List<TableView> tables = new ArrayList<>();
        List<String> scopes = new ArrayList<>(List.of("ALL"));
        units.forEach(u -> scopes.add(u.code()));
        for (String scope : scopes) {
            String name = ctx.data().unitName(scope);
            TableView.Builder t = TableView.builder("progress-" + SitePaths.fileName(scope), name + "本届逐年进度")
                    .csvName("履职评议逐年进度-" + scope + "-" + p.code()).tools("csv").empty("没有本届的评议进度数据。")
                    .columns(Column.text("年度"), Column.text("截至"), Column.number("应评议人数"), Column.number("累计已评议"),
                            Column.number("当年评议"), Column.number("覆盖率"), Column.number("届内剩余年数"),
                            Column.number("每年需评议"));
            for (int year : termYears()) {
                if (year > p.end().getYear()) break;
                for (Map<String, Object> i : ctx.data().lists.termProgress(String.valueOf(year), scope)) {
                    Double coverage = dbl(i.get("coverage"));
                    t.row(List.of(Cell.of(year + "年"), Cell.of(ListTables.str(i, "asOf")),
                            Cell.of(count(i.get("inScope"))), Cell.of(count(i.get("evaluated"))),
                            Cell.of(count(i.get("evaluatedThisYear"))),
                            Cell.sorted(coverage == null ? Formats.NONE : Formats.percent(coverage), FigureViews.sortKey(coverage)),
                            Cell.of(years(i.get("remainingYears"))), Cell.of(count(i.get("quotaPerYear")))));
                }
            }
            tables.add(t.build());
        }
        return tables;
    }

    private List<Integer> termYears() {
        List<Integer> years = new ArrayList<>();
        var run = ctx.data().run;
        if (run == null) return years;
        int last = Math.min(run.termEnd().getYear(), run.asOf().getYear());
        for (int y = run.termStart().getYear(); y <= last; y++) years.add(y);
        return years;
    }

    /** Coverage year by year for the county and each unit, one line each: the same for every period. */
    private ChartView termChart() {
        List<Integer> years = termYears();
        if (years.isEmpty()) return null;
        List<String> scopes = new ArrayList<>(List.of("ALL"));
        ctx.data().units.stream().filter(u -> u.isCourt() || u.isProcuratorate()).forEach(u -> scopes.add(u.code()));
        Map<String, List<Double>> series = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>(List.of("年度"));
        for (String scope : scopes) {
            String label = "ALL".equals(scope) ? "全县" : ctx.data().unit(scope).map(ctx.data()::shortName).orElse(scope);
            List<Double> values = new ArrayList<>();
            for (int y : years) {
                List<Map<String, Object>> items = ctx.data().lists.termProgress(String.valueOf(y), scope);
                values.add(items.isEmpty() ? null : dbl(items.get(0).get("coverage")));
            }
            series.put(label, values);
            columns.add(label + "覆盖率");
        }
        List<String> categories = years.stream().map(String::valueOf).toList();
        ChartSpec spec = new ChartSpec(ChartSpec.Type.LINE, "届内履职评议覆盖率（逐年）", null, categories, series, true);
        if (!spec.hasAnyValue()) return null;
        List<ChartView.ChartRow> rows = new ArrayList<>();
        for (int k = 0; k < years.size(); k++) {
            List<String> values = new ArrayList<>(), keys = new ArrayList<>();
            for (List<Double> s : series.values()) {
                Double v = s.get(k);
                values.add(v == null ? Formats.NONE : Formats.percent(v));
                keys.add(FigureViews.sortKey(v));
            }
            rows.add(new ChartView.ChartRow(String.valueOf(years.get(k)), years.get(k) + "年", values, keys));
        }
        String path = SitePaths.chart("coverage-term");
        ChartView view = new ChartView("chart-coverage-term", path, "届内履职评议覆盖率（逐年，当年截至数据截止日）",
                "届内履职评议覆盖率逐年折线图，各年数值见旁边的表格", columns, rows, ChartWriter.WIDTH, ChartWriter.HEIGHT);
        return ctx.charts().custom("coverage-term", spec, view);
    }

    private TableView results(PeriodRow p) {
        TableView.Builder t = TableView.builder("results", "本期评议结果分布（E10）").csvName("评议结果分布-" + p.code()).tools("csv")
                .empty("本期没有履职评议。")
                .column(Column.text("单位"));
        List<String> categories = List.of("满意", "基本满意", "不满意");
        categories.forEach(c -> t.column(Column.figure(c + "（次）")));
        t.column(Column.figure("合计（次）"));
        List<String> scopes = new ArrayList<>(List.of("ALL"));
        ctx.data().units.stream().filter(u -> u.isCourt() || u.isProcuratorate()).forEach(u -> scopes.add(u.code()));
        for (String scope : scopes) {
            List<BreakdownRow> rows = ctx.data().lists.breakdown(p.code(), scope, "E10");
            if (rows.isEmpty()) continue;
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(ctx.data().unitName(scope))));
            double total = 0;
            for (String c : categories) {
                double n = rows.stream().filter(r -> c.equals(r.category())).mapToDouble(r -> r.value() == null ? 0 : r.value()).sum();
                total += n;
                cells.add(Cell.of(Formats.integer(n)));
            }
            cells.add(Cell.of(Formats.integer(total)));
            t.row("ALL".equals(scope) ? "row-total" : "", cells);
        }
        return t.build();
    }

    /** Each evaluated person's latest result in the term (E-LATEST), by unit and name; scores not sortable. */
    private TableView latest(PeriodRow p) {
        ListTables lists = new ListTables(ctx);
        TableView.Builder t = TableView.builder("latest-evaluations", "已评议人员的最近一次评议（本届，截至期末）")
                .csvName("最近一次评议-" + p.code()).empty("截至期末本届还没有评议记录。")
                .columns(Column.text("姓名"), Column.text("单位"), Column.text("评议日期"), Column.text("评议方式"),
                        Column.fixed("评议结果", ""), Column.figure("综合得分"), Column.figure("满意/基本满意/不满意票"),
                        Column.figure("满意率"), Column.fixed("是否通过", ""));
        for (Map<String, Object> i : lists.sortByUnitAndName(ctx.data().lists.county(ListCode.E_LATEST, p.code()))) {
            Double score = dbl(i.get("score")), ratio = dbl(i.get("satisfactionRatio"));
            Object passed = i.get("passed");
            t.row(List.of(Cell.link(ListTables.str(i, "name"), ctx.people().pathFor(p.code(), ListTables.str(i, "personId"))),
                    Cell.of(ListTables.str(i, "unitName")), Cell.of(ListTables.dash(ListTables.str(i, "evaluatedOn"))),
                    Cell.of(ListTables.dash(ListTables.str(i, "method"))), Cell.of(ListTables.dash(ListTables.str(i, "result"))),
                    Cell.of(score == null ? Formats.NONE : Formats.fixed(score, 1)),
                    Cell.of(count(i.get("votesSatisfied")) + " / " + count(i.get("votesBasic")) + " / " + count(i.get("votesUnsatisfied"))),
                    Cell.of(ratio == null ? Formats.NONE : Formats.percent(ratio)),
                    Cell.of(passed == null ? Formats.NONE : Boolean.TRUE.equals(passed) ? "通过" : "未通过")));
        }
        return t.build();
    }

    static String years(Object o) { return o == null ? Formats.NONE : Formats.fixed(((Number) o).doubleValue(), 1); }

    static Double dbl(Object o) { return o == null ? null : ((Number) o).doubleValue(); }

    static String count(Object o) { return o == null ? Formats.NONE : Formats.integer(((Number) o).doubleValue()); }
}
