package lianjian.site.page;

import lianjian.publish.Audience;
import lianjian.site.data.SiteData;

/**
 * What every page builder reads: the data and the shared helpers of one build, and who the build is for.
 * The {@link Audience} is the build's mode: the 内部版 shows everything; the 公开版 is the same pages, figures
 * and charts without anything personal — no person pages, no names or 人员编号, lists of people as counts,
 * no free text. Page builders ask {@link #showsPeople()} and {@link #showsFreeText()}, never the build folder.
 */
public record SiteContext(SiteData data, Audience audience, Layout layout, FigureViews figures, TrendCharts charts,
                          PersonPagePlan people, ReportLinks reports, ListPagePlan lists) {

    /** @param onNewChart receives each chart to draw as soon as a page asks for it */
    public static SiteContext of(SiteData data, java.util.function.Consumer<TrendCharts.Job> onNewChart) {
        ListPagePlan lists = new ListPagePlan(data);
        FigureViews views = new FigureViews(data.catalog, lists::link);
        return new SiteContext(data, data.audience, new Layout(data), views, new TrendCharts(data, views, onNewChart),
                new PersonPagePlan(data), new ReportLinks(data.reports), lists);
    }

    /** Person pages, names, 人员编号, per-person figures and lists of people. */
    public boolean showsPeople() { return audience.showsPeople(); }

    /** Free text from the spreadsheets (问题描述, 整改措施, 主要问题, 建议标题, 案件名称 …). */
    public boolean showsFreeText() { return audience.showsFreeText(); }
}
