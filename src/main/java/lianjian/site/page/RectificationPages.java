package lianjian.site.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.indicators.ListCode;
import lianjian.indicators.Figure;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.Selections;
import lianjian.site.data.SiteData;
import lianjian.site.data.StoredLists;
import lianjian.site.render.Page;
import lianjian.site.render.SitePaths;

/**
 * 问题整改, one per period (DOMAIN §5.7): county KPI cards, each unit's figures, the overdue (Z04) and
 * near-deadline (Z06) lists, and the ledger (open at the period's end plus closed within it), all
 * searchable, with overdue and near-deadline rows highlighted and named in words.
 */
public final class RectificationPages {

    private final SiteContext ctx;

    public RectificationPages(SiteContext ctx) { this.ctx = ctx; }

    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (PeriodRow p : ctx.data().periods) pages.add(page(p));
        return pages;
    }

    Page page(PeriodRow p) {
        SiteData data = ctx.data();
        String path = SitePaths.rectification(p.code());
        List<String> family = data.catalog.family("rectification").stream().map(d -> d.code()).toList();
        Map<String, Object> m = ctx.layout().periodPage(path, Layout.NAV_RECTIFICATION, p, "问题整改 · " + p.period().chineseName(),
                ctx.layout().periodsWithData("ALL", family, p), SitePaths::rectification);
        m.put("noDataNote", data.figures.anyData(p.code(), "ALL", family) ? null : DataNotes.noData(data, "ALL", family, null));
        Map<String, Figure> all = data.figures.unit(p.code(), "ALL");
        m.put("cards", ctx.figures().cards(all, p.kind(), "Z01", "Z02", "Z03", "Z04", "Z05", "Z06"));
        m.put("unitTable", new UnitTables(ctx).figures("rectification-units", "全县及各责任单位（截至期末）", "问题整改-各单位-" + p.code(),
                p, data.units, List.of("Z01", "Z02", "Z03", "Z04", "Z05", "Z06"), SitePaths::unit));
        m.put("charts", ctx.charts().trends(Selections.onDashboard(Selections.rectificationTrends()), "ALL", p.kind()));
        ListTables lists = new ListTables(ctx);
        m.put("overdueTable", lists.problems("overdue", "逾期未整改（Z04）", "逾期未整改-" + p.code(), p,
                data.lists.county(ListCode.Z04, p.code()), false, DataNotes.emptyText(data, p, "ALL", "rectification", "期末没有逾期未整改的问题。")));
        List<Map<String, Object>> due = new ArrayList<>(data.lists.county(ListCode.Z06A, p.code()));
        due.addAll(data.lists.county(ListCode.Z06B, p.code()));
        m.put("dueTable", lists.problems("due", "临期问题（Z06：20天内到期）", "临期问题-" + p.code(), p, due, false,
                DataNotes.emptyText(data, p, "ALL", "rectification", "期末没有20天内到期的未完成问题。")));
        m.put("ledgerTable", lists.problems("ledger", "问题整改台账", "问题整改台账-" + p.code(), p, lists.ledger(p, null), true,
                DataNotes.emptyText(data, p, "ALL", "rectification", "本期没有需要列出的问题。")));
        m.put("report", ctx.reports().rectification(p));
        return new Page(path, "rectification.ftlh", m, "问题整改");
    }
}
