package lianjian.site.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.Period;
import lianjian.readmodel.Unit;
import lianjian.site.render.Page;
import lianjian.site.render.SitePaths;
import lianjian.site.view.NavItem;

/** 期间目录: every computed period with links to its pages (the selector's content as one list). */
public final class PeriodIndexPage {

    /**
     * One period and its pages.
     *
     * @param noData the period ends before every family's data (DOMAIN §5.1): its pages only say 本期无数据,
     *               and the period selectors leave it out
     */
    public record Entry(String label, String range, boolean partial, boolean noData, List<NavItem> links) {}

    /** 年度 / 半年 / 季度. */
    public record Group(String label, List<Entry> entries) {}

    private final SiteContext ctx;

    public PeriodIndexPage(SiteContext ctx) { this.ctx = ctx; }

    public Page page() {
        Map<String, Object> m = ctx.layout().page(SitePaths.PERIODS, Layout.NAV_PERIODS, "期间目录");
        List<Group> groups = new ArrayList<>();
        for (Period.Kind k : Period.Kind.values()) {
            List<Entry> entries = new ArrayList<>();
            for (PeriodRow p : ctx.data().periodsOf(k)) {
                List<NavItem> links = new ArrayList<>();
                links.add(new NavItem("总览", SitePaths.overview(p.code()), false));
                for (Unit u : ctx.data().units) links.add(new NavItem(ctx.data().shortName(u), SitePaths.unit(p.code(), u.code()), false));
                links.add(new NavItem("履职评议", SitePaths.coverage(p.code()), false));
                links.add(new NavItem("问题整改", SitePaths.rectification(p.code()), false));
                links.add(new NavItem("预警", SitePaths.warnings(p.code()), false));
                boolean partial = p.end().isBefore(p.period().lastDay());
                entries.add(new Entry(p.period().chineseName(), Formats.isoDate(p.start()) + " 至 " + Formats.isoDate(p.end()),
                        partial, !ctx.data().figures.anyData(p.code(), "ALL", null), links));
            }
            if (!entries.isEmpty()) groups.add(new Group(Layout.kindLabel(k), entries));
        }
        m.put("groups", groups);
        m.put("lead", "所有已计算的统计期间及其页面。" + (ctx.showsPeople() ? "个人页面生成于："
                + String.join("、", ctx.people().personPeriods().stream().map(p -> p.period().chineseName()).toList()) + "。" : ""));
        return new Page(SitePaths.PERIODS, "periods.ftlh", m, "期间目录");
    }
}
