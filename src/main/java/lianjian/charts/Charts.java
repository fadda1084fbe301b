package lianjian.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Turns a {@link ChartSpec} into a JFreeChart with Chinese fonts and a sober official palette. */
public final class Charts {

    /** Navy, muted red, grey-blue, olive: distinguishable in colour and in greyscale print. */
    static final Color[] PALETTE = {new Color(0x1f3a5f), new Color(0xa32a2a), new Color(0x6f8fb3), new Color(0x7a7a2e),
            new Color(0x8c6d9e)};
    private static final Color GRID = new Color(0xd0d5dd);

    private Charts() {}

    public static JFreeChart build(ChartSpec spec) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (Map.Entry<String, List<Double>> s : spec.series().entrySet()) {
            for (int i = 0; i < spec.categories().size(); i++) {
                ds.addValue(s.getValue().get(i), s.getKey(), spec.categories().get(i));
            }
        }
        boolean legend = spec.series().size() > 1;
        JFreeChart chart = spec.type() == ChartSpec.Type.LINE
                ? ChartFactory.createLineChart(spec.title(), null, spec.valueAxisLabel(), ds, PlotOrientation.VERTICAL, legend, false, false)
                : ChartFactory.createBarChart(spec.title(), null, spec.valueAxisLabel(), ds, PlotOrientation.VERTICAL, legend, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        CategoryAxis x = plot.getDomainAxis();
        x.setCategoryMargin(0.25);
        x.setMaximumCategoryLabelLines(2);
        if (spec.categories().size() > 8) x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        NumberFormat labels = spec.percent() ? new DecimalFormat("0.0%") : new DecimalFormat("#,##0.##");
        y.setNumberFormatOverride(spec.percent() ? new DecimalFormat("0%") : new DecimalFormat("#,##0.##"));
        y.setAutoRangeIncludesZero(spec.type() == ChartSpec.Type.BAR);
        if (spec.type() == ChartSpec.Type.LINE) {
            LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
            for (int i = 0; i < spec.series().size(); i++) {
                r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
                r.setSeriesStroke(i, new BasicStroke(2.2f));
                r.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            }
            r.setDefaultShapesVisible(true);
            r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", labels));
            r.setDefaultItemLabelsVisible(spec.series().size() == 1);
            r.setDefaultItemLabelFont(ChartFonts.regular(10f));
        } else {
            BarRenderer r = (BarRenderer) plot.getRenderer();
            r.setBarPainter(new StandardBarPainter());
            r.setShadowVisible(false);
            r.setItemMargin(0.05);
            for (int i = 0; i < spec.series().size(); i++) r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", labels));
            r.setDefaultItemLabelsVisible(spec.categories().size() * spec.series().size() <= 16);
            r.setDefaultItemLabelFont(ChartFonts.regular(10f));
        }
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("lianjian");
        t.setExtraLargeFont(ChartFonts.medium(15f));
        t.setLargeFont(ChartFonts.regular(12f));
        t.setRegularFont(ChartFonts.regular(11f));
        t.setSmallFont(ChartFonts.regular(10f));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setRangeGridlinePaint(GRID);
        t.setBarPainter(new StandardBarPainter());
        t.setShadowVisible(false);
        return t;
    }
}
