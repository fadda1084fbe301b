package lianjian.site.page;

import lianjian.site.data.SiteData;

/** What every page builder reads: the data and the shared helpers of one build. */
public record SiteContext(SiteData data, Layout layout, FigureViews figures, TrendCharts charts, PersonPagePlan people,
                          ReportLinks reports, ListPagePlan lists) {

    /** @param onNewChart receives each chart to draw as soon as a page asks for it */
    public static SiteContext of(SiteData data, java.util.function.Consumer<TrendCharts.Job> onNewChart) {
        ListPagePlan lists = new ListPagePlan(data);
        FigureViews views = new FigureViews(data.catalog, lists::link);
        return new SiteContext(data, new Layout(data), views, new TrendCharts(data, views, onNewChart),
                new PersonPagePlan(data), new ReportLinks(data.reports), lists);
    }
}
