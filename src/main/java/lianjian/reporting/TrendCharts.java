package lianjian.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lianjian.charts.ChartSpec;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.Period;
import lianjian.indicators.Selections;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.reporting.data.ReportContext;
import lianjian.reporting.pdf.Chart;
import lianjian.reporting.table.Grid;
import lianjian.reporting.text.Labels;

/**
 * Trends of a scope's indicators over the last eight quarters up to a report period's end: charts
 * (JFreeChart, labels drawn as outlines) and the same numbers in a table, where they can be read
 * and copied.
 */
final class TrendCharts {

    private final ReportContext ctx;
    private final String unit;
    private final List<Period> quarters;

    TrendCharts(ReportContext ctx, String unit, LocalDate upTo) {
        this.ctx = ctx;
        this.unit = unit;
        List<Period> all = new ArrayList<>();
        for (PeriodRow p : ctx.periods()) {
            if (p.kind() == Period.Kind.QUARTER && !p.end().isAfter(upTo)) all.add(p.period());
        }
        this.quarters = all.subList(Math.max(0, all.size() - 8), all.size());
    }

    List<Period> quarters() {
        return quarters;
    }

    /** "2023年三季度至2025年二季度" */
    String span() {
        if (quarters.isEmpty()) return "";
        return Labels.quarter(quarters.get(0)) + "至" + Labels.quarter(quarters.get(quarters.size() - 1));
    }

    /** A trend of {@link Selections}: bars for counts, lines otherwise; value labels rounded as the tables round them. */
    Chart chart(Selections.Trend trend) {
        IndicatorDef first = ctx.catalog().get(trend.codes().get(0));
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (String code : trend.codes()) series.put(ctx.catalog().get(code).name(), values(code));
        List<String> categories = quarters.stream().map(Labels::quarter).toList();
        return new Chart(new ChartSpec(first.display().isCount() ? ChartSpec.Type.BAR : ChartSpec.Type.LINE,
                trend.title() + Formats.unitSuffix(first.display()), null, categories, series,
                first.display() == IndicatorDef.Display.PERCENT), first.display().chartPattern());
    }

    /** Adds the charts two by two (one row of the page each). */
    void addCharts(lianjian.reporting.pdf.Document doc, List<Selections.Trend> trends) {
        for (int i = 0; i < trends.size(); i += 2) {
            if (i + 1 < trends.size()) doc.charts(chart(trends.get(i)), chart(trends.get(i + 1)));
            else doc.chart(chart(trends.get(i)));
        }
    }

    /** The numbers behind the charts: one row per indicator that has any value, one column per quarter. */
    Grid table(List<String> codes) {
        String[] headers = quarters.stream().map(Labels::quarterTwoLines).toArray(String[]::new);
        Grid grid = new Grid("指标", headers.length == 0 ? new String[] {"—"} : headers);
        for (String code : codes) {
            List<Double> v = values(code);
            if (v.stream().allMatch(x -> x == null)) continue;
            IndicatorDef def = ctx.catalog().get(code);
            // A quarter before the family's data says 本期无数据 (DOMAIN §5.1); its chart point is left out (null).
            grid.row(def.name() + Formats.unitSuffix(def.display()),
                    quarters.stream().map(q -> ctx.unit(q.code(), unit).bare(code)).toArray(String[]::new));
        }
        return grid;
    }

    boolean hasQuarters() {
        return !quarters.isEmpty();
    }

    /**
     * The indicator's value in each quarter, null where there is none — also before the family's data,
     * where the chart draws nothing rather than 0 (DOMAIN §5.1). Read quarter by quarter (all figures of the scope in one
     * indexed query each, shared through the context) rather than with IndicatorRepository.series,
     * which scans every stored figure for each indicator.
     */
    List<Double> values(String code) {
        List<Double> out = new ArrayList<>();
        for (Period q : quarters) {
            var figures = ctx.unit(q.code(), unit);
            out.add(figures.noData(code) ? null : figures.value(code));
        }
        return out;
    }
}
