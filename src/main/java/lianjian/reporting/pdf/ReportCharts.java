package lianjian.reporting.pdf;

import java.awt.Font;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.RangeType;

import lianjian.charts.ChartFonts;
import lianjian.charts.ChartSpec;

/**
 * Print adjustments to the shared chart look (lianjian.charts.Charts, shared with the dashboard,
 * which also scales rate axes): smaller text, room above the highest point for its label, value
 * labels rounded like the tables, no negative axis for data that cannot be negative, slanted
 * quarter labels in half-width charts, and no value labels on half-width bars of several series
 * (they collide; the table after the charts has the numbers).
 */
final class ReportCharts {

    private ReportCharts() {}

    static void adjust(JFreeChart chart, Chart c, boolean halfWidth) {
        ChartSpec spec = c.spec();
        TextTitle title = chart.getTitle();
        if (title != null) title.setFont(ChartFonts.medium(halfWidth ? 10.5f : 12f));
        LegendTitle legend = chart.getLegend();
        if (legend != null) legend.setItemFont(ChartFonts.regular(halfWidth ? 8.5f : 9.5f));
        if (!(chart.getPlot() instanceof CategoryPlot plot)) return;
        CategoryAxis x = plot.getDomainAxis();
        Font tick = ChartFonts.regular(halfWidth ? 8f : 9f);
        x.setTickLabelFont(tick);
        x.setMaximumCategoryLabelWidthRatio(1.2f);
        if (halfWidth && spec.categories().size() > 4) x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setTickLabelFont(tick);
        y.setUpperMargin(0.18);
        // Never below zero for data that cannot be negative, and no microscopic range for a flat
        // series (it printed 0.0% on every tick, and -0.0%).
        boolean nonNegative = spec.series().values().stream().flatMap(List::stream).allMatch(v -> v == null || v >= 0);
        if (nonNegative) y.setRangeType(RangeType.POSITIVE);
        y.setAutoRangeMinimumSize(spec.percent() ? 0.1 : 1.0);
        var renderer = plot.getRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", halfUp(c.valuePattern())));
        renderer.setDefaultItemLabelFont(ChartFonts.regular(halfWidth ? 7.5f : 8.5f));
        if (renderer instanceof BarRenderer && halfWidth && spec.series().size() > 1) {
            renderer.setDefaultItemLabelsVisible(false);
        }
    }

    /** DecimalFormat rounds half-even by default; the tables (Formats) round half-up. */
    private static DecimalFormat halfUp(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
