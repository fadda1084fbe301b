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
        CategoryPlot plot = chart.getCategoryPlot();
        if (spec.percent()) plot.setRangeAxis(new RateAxis(spec.valueAxisLabel()));
        theme().apply(chart);
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
        // Every value axis starts at 0, lines as well as bars: an axis starting at 90% makes a drop of one
        // point look like a collapse, and a break mark is easily overlooked. The exact values are labelled on
        // the points and listed in the table beside each chart.
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.15); // room above the highest point for its value label
        if (spec.percent()) {
            y.setStandardTickUnits(percentUnits());
        } else {
            y.setNumberFormatOverride(new DecimalFormat("#,##0.##"));
        }
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

    /**
     * The value axis of rates: from 0 like every axis, with no tick above 100% (the headroom above the top
     * is for the value labels of points near 100%, not a scale a rate could reach).
     */
    static final class RateAxis extends NumberAxis {

        RateAxis(String label) {
            super(label);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public java.util.List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
                                           java.awt.geom.Rectangle2D dataArea, org.jfree.chart.ui.RectangleEdge edge) {
            java.util.List ticks = new java.util.ArrayList(super.refreshTicks(g2, state, dataArea, edge));
            ticks.removeIf(t -> ((org.jfree.chart.axis.ValueTick) t).getValue() > 1 + 1e-9);
            return ticks;
        }
    }

    /**
     * Tick sizes for fractions shown as percentages, each with just enough decimals to tell ticks
     * apart (rates of 98–99% would otherwise label every tick "98%" or "99%").
     */
    private static org.jfree.chart.axis.TickUnits percentUnits() {
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        DecimalFormat two = new DecimalFormat("0.00%"), one = new DecimalFormat("0.0%"), none = new DecimalFormat("0%");
        units.add(new org.jfree.chart.axis.NumberTickUnit(0.0001, two));
        units.add(new org.jfree.chart.axis.NumberTickUnit(0.0002, two));
        units.add(new org.jfree.chart.axis.NumberTickUnit(0.0005, two));
        units.add(new org.jfree.chart.axis.NumberTickUnit(0.001, one));
        units.add(new org.jfree.chart.axis.NumberTickUnit(0.002, one));
        units.add(new org.jfree.chart.axis.NumberTickUnit(0.005, one));
        for (double d : new double[] {0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1}) {
            units.add(new org.jfree.chart.axis.NumberTickUnit(d, none));
        }
        return units;
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
