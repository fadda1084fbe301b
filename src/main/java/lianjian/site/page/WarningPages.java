package lianjian.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.IndicatorRepository.Warning;
import lianjian.indicators.Period;
import lianjian.readmodel.ReadModel;
import lianjian.readmodel.Unit;
import lianjian.site.data.SiteData;
import lianjian.site.render.Page;
import lianjian.site.render.SitePaths;
import lianjian.site.view.TableView;
import lianjian.site.view.TableView.Cell;
import lianjian.site.view.TableView.Column;
import lianjian.site.view.WarningStrip;

/**
 * 预警 (DOMAIN §8.3): a page per period ({@code <period>/warnings.html}, a section per unit, the county
 * first, then the units in the customary order of 单位名录 — the order of the navigation bar —, each
 * section by indicator and rule), and {@code warnings/index.html} with the latest quarter, half-year and
 * year first. Each warning links to its unit's page and, where the indicator carries a list, to the
 * list. A warning is a fact about one unit's figure, never a comparison between units: no table here
 * can be sorted by a value.
 */
public final class WarningPages {

    static final String NOT_MET = "未达标";
    static final String WORSENING = "连续变差";
    static final String LISTED = "清单";

    private final SiteContext ctx;

    public WarningPages(SiteContext ctx) { this.ctx = ctx; }

    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (PeriodRow p : ctx.data().periods) pages.add(periodPage(p));
        pages.add(index());
        return pages;
    }

    /** The strip of a page about {@code unit} ("ALL" on 总览) in period {@code p}. */
    public static WarningStrip strip(SiteData data, PeriodRow p, String unit) {
        List<Warning> list = data.warnings(p.code(), unit);
        Map<String, Integer> byRule = new LinkedHashMap<>();
        for (String r : List.of(NOT_MET, WORSENING, LISTED)) byRule.put(r, 0);
        for (Warning w : list) byRule.merge(w.rule(), 1, Integer::sum);
        List<String> parts = new ArrayList<>();
        byRule.forEach((rule, n) -> { if (n > 0) parts.add(rule + " " + n + " 项"); });
        String path = SitePaths.warnings(p.code()) + (list.isEmpty() ? "" : "#" + SitePaths.unitAnchor(unit));
        return new WarningStrip(list.size(), path, String.join("、", parts), !data.figures.anyData(p.code(), unit, null));
    }

    /** A section of a period page: one scope (全县 or a unit) and its table. */
    public record Section(String anchor, String title, String unitPath, int count, TableView table) {}

    /** A period on the index page. */
    public record Latest(String label, String kindLabel, String path, int count, TableView table) {}

    /** A period in the list of every period. */
    public record PeriodLink(String label, String path, int count) {}

    public record PeriodGroupLinks(String label, List<PeriodLink> periods) {}

    Page periodPage(PeriodRow p) {
        SiteData data = ctx.data();
        String path = SitePaths.warnings(p.code());
        Map<String, Object> m = ctx.layout().periodPage(path, Layout.NAV_WARNINGS, p, "预警 · " + p.period().chineseName(),
                ctx.layout().periodsWithData(ReadModel.ALL, null, p), SitePaths::warnings);
        List<Section> sections = new ArrayList<>();
        List<String> quiet = new ArrayList<>();
        int total = 0;
        for (String scope : scopes()) {
            List<Warning> list = data.warnings(p.code(), scope);
            if (list.isEmpty()) {
                quiet.add(data.unitName(scope));
                continue;
            }
            total += list.size();
            String name = data.unitName(scope);
            TableView.Builder t = TableView.builder("warnings-" + SitePaths.fileName(scope), name + "的预警（" + list.size() + " 项）")
                    .untitled().csvName("预警-" + scope + "-" + p.code());
            columns(t, false);
            for (Warning w : sorted(list)) t.row(rowClass(w), cells(w, p, false));
            sections.add(new Section(SitePaths.unitAnchor(scope), name, unitPath(p, scope), list.size(), t.build()));
        }
        m.put("sections", sections);
        m.put("quiet", quiet);
        m.put("total", total);
        m.put("rules", rules());
        m.put("indexPath", SitePaths.WARNINGS_HOME);
        m.put("csvPath", "data/warnings.csv");
        return new Page(path, "warnings.ftlh", m, "预警");
    }

    Page index() {
        SiteData data = ctx.data();
        String path = SitePaths.WARNINGS_HOME;
        Map<String, Object> m = ctx.layout().page(path, Layout.NAV_WARNINGS, "预警");
        List<Latest> latest = new ArrayList<>();
        for (Period.Kind k : List.of(Period.Kind.QUARTER, Period.Kind.HALF, Period.Kind.YEAR)) {
            Optional<PeriodRow> p = data.latest(k);
            if (p.isEmpty()) continue;
            PeriodRow row = p.get();
            List<Warning> all = new ArrayList<>();
            for (String scope : scopes()) all.addAll(sorted(data.warnings(row.code(), scope)));
            TableView.Builder t = TableView.builder("latest-" + k.name().toLowerCase(), row.period().chineseName() + "的预警")
                    .untitled().csvName("预警-" + row.code()).empty("本期没有预警。");
            columns(t, true);
            for (Warning w : all) t.row(rowClass(w), cells(w, row, true));
            latest.add(new Latest(row.period().chineseName(), "最近" + (k == Period.Kind.QUARTER ? "一个季度" : k == Period.Kind.HALF
                    ? "半年" : "一年"), SitePaths.warnings(row.code()), all.size(), t.build()));
        }
        List<PeriodGroupLinks> groups = new ArrayList<>();
        for (Period.Kind k : Period.Kind.values()) {
            List<PeriodLink> links = new ArrayList<>();
            for (PeriodRow p : data.periodsOf(k)) {
                if (!data.figures.anyData(p.code(), ReadModel.ALL, null)) continue;
                int n = 0;
                for (String scope : scopes()) n += data.warnings(p.code(), scope).size();
                links.add(new PeriodLink(p.period().chineseName(), SitePaths.warnings(p.code()), n));
            }
            if (!links.isEmpty()) groups.add(new PeriodGroupLinks(Layout.kindLabel(k), links));
        }
        m.put("latest", latest);
        m.put("groups", groups);
        m.put("rules", rules());
        m.put("csvPath", "data/warnings.csv");
        return new Page(path, "warnings-index.ftlh", m, "预警");
    }

    /** 全县, then the units in the customary order, then any other unit code a warning names. */
    private List<String> scopes() {
        List<String> scopes = new ArrayList<>();
        scopes.add(ReadModel.ALL);
        for (Unit u : ctx.data().units) scopes.add(u.code());
        for (Warning w : ctx.data().warnings) if (!scopes.contains(w.unitCode())) scopes.add(w.unitCode());
        return scopes;
    }

    /** By indicator in catalog order, then rule (未达标, 连续变差, 清单): the order of the catalog, not of any value. */
    private List<Warning> sorted(List<Warning> list) {
        List<String> catalogOrder = ctx.data().catalog.all().stream().map(IndicatorDef::code).toList();
        List<String> ruleOrder = List.of(NOT_MET, WORSENING, LISTED);
        List<Warning> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt((Warning w) -> catalogOrder.indexOf(w.indicator()))
                .thenComparingInt(w -> ruleOrder.indexOf(w.rule())));
        return out;
    }

    private static void columns(TableView.Builder t, boolean withUnit) {
        if (withUnit) t.column(Column.text("单位"));
        t.columns(Column.code("指标代码"), Column.text("指标"), Column.text("预警类型"), Column.figure("本期数值"),
                Column.wideText("说明"), Column.fixed("清单", "nowrap"));
    }

    private List<Cell> cells(Warning w, PeriodRow p, boolean withUnit) {
        SiteData data = ctx.data();
        IndicatorDef d = data.catalog.get(w.indicator());
        List<Cell> cells = new ArrayList<>();
        if (withUnit) cells.add(Cell.link(data.unitName(w.unitCode()), unitPath(p, w.unitCode())));
        cells.add(Cell.of(d.code()));
        cells.add(Cell.of(d.name()));
        cells.add(Cell.of(ruleText(w)));
        cells.add(Cell.of(Formats.value(d.display(), w.value())));
        cells.add(Cell.of(explain(w, d, p)));
        String list = ctx.lists().link(data.figures.unit(p.code(), w.unitCode(), w.indicator()));
        cells.add(list == null ? Cell.of(Formats.NONE) : Cell.link("查看清单", list));
        return cells;
    }

    private String unitPath(PeriodRow p, String scope) {
        if (ReadModel.ALL.equals(scope)) return SitePaths.overview(p.code());
        return ctx.data().unit(scope).isPresent() ? SitePaths.unit(p.code(), scope) : null;
    }

    /** 未达标（示例区间） when the interval is the shipped example (DOMAIN §5.9, §8.3). */
    static String ruleText(Warning w) {
        return NOT_MET.equals(w.rule()) && w.example() ? "未达标（示例区间）" : w.rule();
    }

    private static String rowClass(Warning w) {
        return switch (w.rule()) {
            case LISTED -> "row-overdue";
            case NOT_MET -> "row-due-soon";
            default -> "";
        };
    }

    /** One sentence that says why the figure warns. */
    String explain(Warning w, IndicatorDef d, PeriodRow p) {
        IndicatorDef.Display display = d.display();
        String value = Formats.value(display, w.value());
        return switch (w.rule()) {
            case NOT_MET -> {
                String range = FigureViews.referenceRange(display, w.referenceLow(), w.referenceHigh());
                String side = w.referenceLow() != null && w.value() < w.referenceLow() ? "低于" : "高于";
                yield "本期 " + value + "，" + side + "参考区间 " + range
                        + (w.example() ? "（示例区间：产品自带的示例，须换成上级公布的正式区间）" : "");
            }
            case WORSENING -> {
                Period period = p.period();
                String prev = period.previousCode();
                String before = Period.parse(prev, null).previousCode();
                String word = d.direction() == IndicatorDef.Direction.UP ? "连续两期下降（" + d.direction().chinese() + "）"
                        : "连续两期上升（" + d.direction().chinese() + "）";
                yield Period.parse(before, null).chineseName() + " " + Formats.value(display, w.beforePrevious()) + " → "
                        + Period.parse(prev, null).chineseName() + " " + Formats.value(display, w.previous()) + " → 本期 "
                        + value + "，" + word;
            }
            case LISTED -> "期末清单不为空：" + value + "，需要跟踪督办";
            default -> value;
        };
    }

    private static List<String> rules() {
        return List.of("未达标：本期数值在参考区间之外。标“示例区间”的，是按产品自带的示例区间判断的，须换成上级公布的正式区间后才有约束力。",
                "连续变差：有方向的指标（越高越好或越低越好）本期和前两个同类期间都有数值，且连续两期向不利方向变化。",
                "清单：期末有超过12个月未结、超审限未结、离任未评议、逾期未整改、超期未答复建议、超期未办结信访或逾期未完成计划的事项。");
    }
}
