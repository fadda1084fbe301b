package lianjian.site.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lianjian.charts.ChartSpec;
import lianjian.indicators.Figure;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.Period;
import lianjian.indicators.Selections;
import lianjian.indicators.Formats;
import lianjian.site.data.SiteData;
import lianjian.site.render.SitePaths;
import lianjian.site.view.ChartView;

/**
 * The trend charts. A chart shows one unit's indicator(s) over every period of one kind (quarters on
 * quarter pages, years on year pages …), so it does not depend on the page's period: it is drawn once
 * and shared by all pages of that kind, which keeps the build fast (a chart costs ~0.1 s). Pages ask
 * for views while their models are built; each new chart is handed to {@code onNewJob} at once, so the
 * generator can draw it on another core while the remaining models are built.
 */
public final class TrendCharts {

    /** A chart to draw: where, and what. */
    public record Job(String path, ChartSpec spec) {}

    private final SiteData data;
    private final FigureViews views;
    private final Map<String, ChartView> charts = new LinkedHashMap<>();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    /** Drawn charts by content: a county with one court has the same court chart for 全县 and for the court. */
    private final Map<String, String> pathBySpec = new java.util.HashMap<>();
    private final java.util.function.Consumer<Job> onNewJob;

    public TrendCharts(SiteData data, FigureViews views, java.util.function.Consumer<Job> onNewJob) {
        this.data = data;
        this.views = views;
        this.onNewJob = onNewJob;
    }

    /** The charts of {@code trends} that have any value, in order. */
    public List<ChartView> trends(List<Selections.Trend> trends, String unit, Period.Kind kind) {
        List<ChartView> views = new ArrayList<>();
        for (Selections.Trend t : trends) {
            ChartView v = trend(t, unit, kind);
            if (v != null) views.add(v);
        }
        return views;
    }

    /** The chart of {@code def} for a unit ("ALL" = county) over the periods of {@code kind}; null without any value. */
    public synchronized ChartView trend(Selections.Trend def, String unit, Period.Kind kind) {
        String id = "chart-" + def.key() + "-" + SitePaths.fileName(unit) + "-" + kind.name().toLowerCase();
        if (charts.containsKey(id)) return charts.get(id);
        List<PeriodRow> periods = fromFirstData(data.periodsOf(kind), unit, def.codes());
        List<String> codes = periods.stream().map(PeriodRow::code).toList();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (String c : def.codes()) series.put(views.name(c), data.figures.series(c, unit, codes));
        IndicatorDef first = views.def(def.codes().get(0));
        ChartSpec.Type type = first.display().isCount() ? ChartSpec.Type.BAR : ChartSpec.Type.LINE;
        String axis = first.display().unitWord().isEmpty() ? null : first.display().unitWord();
        ChartSpec spec = new ChartSpec(type, def.title() + "（按" + Layout.kindLabel(kind) + "）", axis,
                codes, series, first.display() == IndicatorDef.Display.PERCENT);
        ChartView view = null;
        if (spec.hasAnyValue()) {
            List<String> columns = new ArrayList<>();
            columns.add("期间");
            def.codes().forEach(c -> columns.add(views.name(c) + Formats.unitSuffix(views.def(c).display())));
            List<ChartView.ChartRow> rows = new ArrayList<>();
            for (PeriodRow p : periods) {
                List<String> values = new ArrayList<>(), keys = new ArrayList<>();
                for (String c : def.codes()) {
                    Figure f = data.figures.unit(p.code(), unit, c);
                    values.add(views.bare(c, f));
                    keys.add(FigureViews.sortKey(f));
                }
                rows.add(new ChartView.ChartRow(p.code(), p.period().chineseName(), values, keys));
            }
            String specKey = spec.type() + "|" + spec.title() + "|" + spec.categories() + "|" + spec.series();
            String path = pathBySpec.get(specKey);
            if (path == null) {
                path = SitePaths.chart(id.substring("chart-".length()));
                pathBySpec.put(specKey, path);
                add(new Job(path, spec));
            }
            String who = "ALL".equals(unit) ? "全县" : data.unitName(unit);
            view = new ChartView(id, path, who + spec.title(), who + spec.title() + "的图表，各期数值见旁边的表格",
                    columns, rows, lianjian.site.render.ChartWriter.WIDTH, lianjian.site.render.ChartWriter.HEIGHT);
        }
        charts.put(id, view);
        return view;
    }

    /**
     * The periods from the first one in which any of {@code codes} has data for the unit (DOMAIN §5.1): the
     * periods before are there only because old pending cases reach back, and would draw as an empty
     * stretch. A period before the data later on stays, as a gap: its value is empty, never 0.
     */
    private List<PeriodRow> fromFirstData(List<PeriodRow> periods, String unit, List<String> codes) {
        for (int i = 0; i < periods.size(); i++) {
            if (data.figures.anyData(periods.get(i).code(), unit, codes)) return periods.subList(i, periods.size());
        }
        return periods;
    }

    /** A chart built by a page itself (e.g. the term's coverage year by year). */
    public synchronized ChartView custom(String name, ChartSpec spec, ChartView view) {
        String path = SitePaths.chart(name);
        if (!jobs.containsKey(path)) add(new Job(path, spec));
        return view;
    }

    private void add(Job job) {
        jobs.put(job.path(), job);
        onNewJob.accept(job);
    }

    /** The charts requested so far, once each. */
    public synchronized List<Job> jobs() { return List.copyOf(jobs.values()); }

}
