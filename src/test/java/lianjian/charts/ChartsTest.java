package lianjian.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 part 8: a trend of rates between 91% and 98% drew its axis from 90%, so a drop of five points looked
 * like a collapse, with no break mark. Every value axis now starts at 0, for PDFs and SVG alike (both draw
 * {@link Charts#build}).
 */
class ChartsTest {

    private static ChartSpec spec(ChartSpec.Type type, boolean percent, Double... values) {
        List<String> categories = java.util.stream.IntStream.range(0, values.length).mapToObj(i -> "Q" + (i + 1)).toList();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("评查合格率", java.util.Arrays.asList(values));
        return new ChartSpec(type, "评查合格率", null, categories, series, percent);
    }

    /** The ticks the axis draws on a 400 × 250 plot. */
    private static List<Double> ticks(JFreeChart chart) {
        NumberAxis y = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        BufferedImage image = new BufferedImage(500, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            @SuppressWarnings("unchecked")
            List<ValueTick> ticks = (List<ValueTick>) y.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(50, 20, 400, 250),
                    RectangleEdge.LEFT);
            return ticks.stream().map(ValueTick::getValue).toList();
        } finally {
            g2.dispose();
        }
    }

    @Test
    void aRateAxisStartsAtZeroAndHasNoTickAboveOneHundredPercent() {
        JFreeChart chart = Charts.build(spec(ChartSpec.Type.LINE, true, 0.966, 0.914, 0.982, 0.967, 0.983));
        NumberAxis y = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        assertThat(y.getLowerBound()).isZero();
        // room above 98.3% for the point's value label …
        assertThat(y.getUpperBound()).isGreaterThan(1.0);
        // … but the scale ends at 100%: a rate cannot go beyond it
        List<Double> ticks = ticks(chart);
        assertThat(ticks).contains(0.0).allMatch(t -> t <= 1.0 + 1e-9);
        assertThat(ticks.get(ticks.size() - 1)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aNarrowBandOfRatesIsNotStretchedOverTheWholeAxis() {
        // 98.1%–98.5% (法定审限内结案率 quarter by quarter): the axis still runs from 0
        JFreeChart chart = Charts.build(spec(ChartSpec.Type.LINE, true, 0.984, 0.981, 0.985, 0.984));
        assertThat(chart.getCategoryPlot().getRangeAxis().getLowerBound()).isZero();
    }

    @Test
    void otherLinesStartAtZeroToo() {
        // 平均审理天数 63.8–69.1 天 and 满意度指数 81.7–82.4: same rule as rates and bars
        assertThat(Charts.build(spec(ChartSpec.Type.LINE, false, 69.1, 65.4, 63.8, 68.5)).getCategoryPlot().getRangeAxis()
                .getLowerBound()).isZero();
        assertThat(Charts.build(spec(ChartSpec.Type.LINE, false, 81.7, 82.4)).getCategoryPlot().getRangeAxis().getLowerBound())
                .isZero();
        assertThat(Charts.build(spec(ChartSpec.Type.BAR, false, 2615.0, 3154.0)).getCategoryPlot().getRangeAxis().getLowerBound())
                .isZero();
    }
}
