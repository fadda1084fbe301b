package lianjian.site.page;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.Period;
import lianjian.site.data.SiteData;
import lianjian.readmodel.Unit;
import lianjian.site.render.SitePaths;
import lianjian.site.view.NavItem;
import lianjian.site.view.PeriodGroup;
import lianjian.site.view.PeriodOption;
import lianjian.site.view.PeriodView;

/**
 * The model every page shares (layout.ftlh): the relative root for its depth, the navigation, the
 * period and its selector, the footer. Pages add their own content to the map it returns.
 */
public final class Layout {

    public static final String NAV_OVERVIEW = "overview";
    public static final String NAV_COVERAGE = "coverage";
    public static final String NAV_RECTIFICATION = "rectification";
    public static final String NAV_PEOPLE = "people";
    public static final String NAV_IMPORTS = "imports";
    public static final String NAV_INDICATORS = "indicators";
    public static final String NAV_REPORTS = "reports";
    public static final String NAV_PERIODS = "periods";
    public static final String NAV_WARNINGS = "warnings";
    public static final String NAV_SUPERVISION = "supervision";
    public static final String NAV_PLAN = "plan";
    /** The model key of the footer's generation time: the one part of a page that changes on every build. */
    public static final String GENERATED_AT = "generatedAt";
    /** List pages belong to no entry of the navigation. */
    public static final String NAV_NONE = "";

    private final SiteData data;
    private final String generatedAt;

    public Layout(SiteData data) {
        this.data = data;
        this.generatedAt = data.generatedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    public static String unitNav(String unitCode) { return "unit:" + unitCode; }

    /** A page that belongs to no period (import log, 指标说明 …): its navigation uses the default period. */
    public Map<String, Object> page(String path, String navKey, String title) {
        return model(path, navKey, null, title, null, null);
    }

    /**
     * A page of one period. The selector offers the same page in each of {@code selectable} (every
     * period, or fewer for person pages), via {@code pathIn}.
     */
    public Map<String, Object> periodPage(String path, String navKey, PeriodRow period, String title,
                                          List<PeriodRow> selectable, Function<String, String> pathIn) {
        return model(path, navKey, period, title, selectable, pathIn);
    }

    private Map<String, Object> model(String path, String navKey, PeriodRow period, String title,
                                      List<PeriodRow> selectable, Function<String, String> pathIn) {
        Map<String, Object> m = new HashMap<>();
        m.put("root", SitePaths.root(path));
        m.put("pagePath", path);
        m.put("title", title);
        m.put("county", data.county);
        // Which build the page belongs to, in the header: the 内部版 is access-restricted, the 公开版 is not.
        m.put("audienceMark", data.audience.showsPeople() ? "内部资料 注意保存" : "公开版");
        m.put("publicBuild", data.audience.isPublic());
        m.put(GENERATED_AT, generatedAt);
        m.put("asOfText", data.asOf() == null ? Formats.NONE : Formats.chineseDate(data.asOf()));
        m.put("termText", data.run == null ? "" : data.run.termName() + "人大（" + Formats.chineseDate(data.run.termStart())
                + "至" + Formats.chineseDate(data.run.termEnd()) + "）");
        PeriodRow navPeriod = period != null ? period : data.hasData() ? data.defaultPeriod() : null;
        m.put("nav", nav(navKey, navPeriod, period == null));
        // Issue #14: the Excel workbook of the page's period (else the default period's), linked in the footer.
        // The same workbook is linked as 下载Excel beside 下载CSV of the page's indicator tables (tables.js).
        if (navPeriod != null) {
            m.put("workbookPeriod", navPeriod.code());
            m.put("workbookPath", SitePaths.workbook(navPeriod.code()));
        }
        if (period != null) {
            m.put("period", view(period));
            m.put("periodGroups", groups(period, selectable, pathIn));
        }
        return m;
    }

    private List<NavItem> nav(String navKey, PeriodRow navPeriod, boolean topLevelPage) {
        List<NavItem> nav = new ArrayList<>();
        if (navPeriod != null) {
            String p = navPeriod.code();
            // From a top-level page 总览 is site/index.html, the default period's overview.
            nav.add(new NavItem("总览", topLevelPage ? SitePaths.HOME : SitePaths.overview(p), NAV_OVERVIEW.equals(navKey)));
            for (Unit u : data.units) {
                nav.add(new NavItem(data.shortName(u), SitePaths.unit(p, u.code()), unitNav(u.code()).equals(navKey)));
            }
            nav.add(new NavItem("履职评议", SitePaths.coverage(p), NAV_COVERAGE.equals(navKey)));
            nav.add(new NavItem("问题整改", SitePaths.rectification(p), NAV_RECTIFICATION.equals(navKey)));
            nav.add(new NavItem("预警", topLevelPage ? SitePaths.WARNINGS_HOME : SitePaths.warnings(p), NAV_WARNINGS.equals(navKey)));
            nav.add(new NavItem("督办台账", SitePaths.SUPERVISION, NAV_SUPERVISION.equals(navKey)));
            if (!data.model.plan().isEmpty()) nav.add(new NavItem("监督计划", SitePaths.PLAN, NAV_PLAN.equals(navKey)));
        } else {
            nav.add(new NavItem("总览", SitePaths.HOME, NAV_OVERVIEW.equals(navKey)));
        }
        if (data.audience.showsPeople()) nav.add(new NavItem("人员", SitePaths.PEOPLE, NAV_PEOPLE.equals(navKey)));
        nav.add(new NavItem("数据导入", SitePaths.IMPORTS, NAV_IMPORTS.equals(navKey)));
        nav.add(new NavItem("指标说明", SitePaths.INDICATORS, NAV_INDICATORS.equals(navKey)));
        nav.add(new NavItem("报告下载", SitePaths.REPORTS, NAV_REPORTS.equals(navKey)));
        nav.add(new NavItem("期间目录", SitePaths.PERIODS, NAV_PERIODS.equals(navKey)));
        return nav;
    }

    /**
     * The periods the selector offers for a page about {@code scope} ("ALL" or a unit) and the indicators
     * {@code codes} (null = all): those where any of them has data (DOMAIN §5.1), and the page's own period.
     * A period that ends before every family's data (the demo's 2020–2021: the court's first list carries
     * cases filed years before reporting began) is left out, so nobody picks a page that only says
     * 本期无数据; its pages still exist and 期间目录 lists them, marked.
     */
    public List<PeriodRow> periodsWithData(String scope, java.util.Collection<String> codes, PeriodRow current) {
        return data.periods.stream().filter(p -> p.code().equals(current.code()) || data.figures.anyData(p.code(), scope, codes))
                .toList();
    }

    private static List<PeriodGroup> groups(PeriodRow current, List<PeriodRow> selectable, Function<String, String> pathIn) {
        Map<Period.Kind, List<PeriodOption>> byKind = new LinkedHashMap<>();
        for (Period.Kind k : Period.Kind.values()) byKind.put(k, new ArrayList<>());
        Set<String> seen = new java.util.HashSet<>();
        for (PeriodRow p : selectable) {
            if (!seen.add(p.code())) continue;
            byKind.get(p.kind()).add(new PeriodOption(p.code(), p.period().chineseName(), pathIn.apply(p.code()),
                    p.code().equals(current.code())));
        }
        List<PeriodGroup> groups = new ArrayList<>();
        byKind.forEach((k, opts) -> {
            if (!opts.isEmpty()) groups.add(new PeriodGroup(kindLabel(k), opts));
        });
        return groups;
    }

    public static String kindLabel(Period.Kind k) {
        return switch (k) {
            case YEAR -> "年度";
            case HALF -> "半年";
            case QUARTER -> "季度";
        };
    }

    public static PeriodView view(PeriodRow p) {
        Period period = p.period();
        return new PeriodView(p.code(), period.chineseName(), kindLabel(p.kind()), Formats.chineseDate(p.start()),
                Formats.chineseDate(p.end()), p.start().toString(), p.end().toString(), p.end().isBefore(period.lastDay()));
    }
}
