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

    /** One or more indicators of the same display form in one chart (bars for counts, lines otherwise). */
    Chart chart(String title, String... codes) {
        IndicatorDef first = ctx.catalog().get(codes[0]);
        boolean counts = first.display() == IndicatorDef.Display.COUNT || first.display() == IndicatorDef.Display.PERSONS;
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (String code : codes) series.put(ctx.catalog().get(code).name(), values(code));
        List<String> categories = quarters.stream().map(Labels::quarter).toList();
        String unitLabel = unitLabel(first);
        return new Chart(new ChartSpec(counts ? ChartSpec.Type.BAR : ChartSpec.Type.LINE,
                unitLabel.isEmpty() ? title : title + "（" + unitLabel + "）", null, categories, series,
                first.display() == IndicatorDef.Display.PERCENT), pattern(first));
    }

    /** Value labels rounded as Formats rounds the same figure in the table. */
    static String pattern(IndicatorDef def) {
        return switch (def.display()) {
            case PERCENT -> "0.0%";
            case COUNT, PERSONS -> "#,##0";
            case RATIO_PLAIN, RATIO_1X -> "0.00";
            case DAYS, YEARS, SCORE, INDEX -> "#,##0.0";
        };
    }

    /** The numbers behind the charts: one row per indicator that has any value, one column per quarter. */
    Grid table(String... codes) {
        String[] headers = quarters.stream().map(Labels::quarterTwoLines).toArray(String[]::new);
        Grid grid = new Grid("指标", headers.length == 0 ? new String[] {"—"} : headers);
        for (String code : codes) {
            List<Double> v = values(code);
            if (v.stream().allMatch(x -> x == null)) continue;
            IndicatorDef def = ctx.catalog().get(code);
            String u = unitLabel(def);
            grid.row(def.name() + (u.isEmpty() ? "" : "（" + u + "）"),
                    v.stream().map(x -> Formats.bare(def.display(), x)).toArray(String[]::new));
        }
        return grid;
    }

    boolean hasQuarters() {
        return !quarters.isEmpty();
    }

    /**
     * The indicator's value in each quarter. Read quarter by quarter (all figures of the scope in one
     * indexed query each, shared through the context) rather than with IndicatorRepository.series,
     * which scans every stored figure for each indicator.
     */
    private List<Double> values(String code) {
        List<Double> out = new ArrayList<>();
        for (Period q : quarters) out.add(ctx.unit(q.code(), unit).value(code));
        return out;
    }

    static String unitLabel(IndicatorDef def) {
        return switch (def.display()) {
            case COUNT -> "件";
            case PERSONS -> "人";
            case DAYS -> "天";
            case SCORE -> "分";
            case YEARS -> "年";
            default -> "";
        };
    }
}
