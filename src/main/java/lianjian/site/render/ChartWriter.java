package lianjian.site.render;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import lianjian.charts.ChartSpec;
import lianjian.charts.Charts;

/**
 * Writes a chart as a standalone .svg file with every string drawn as glyph outlines, so Chinese
 * reads on any PC without a CJK font. Pages reference the file with {@code <img>}: one copy, cached by
 * the browser for every page that shows it, instead of 50 KB inlined into each page.
 *
 * <p>Drawn like {@link lianjian.charts.SvgCharts} (same chart, same hints, same reproducible ids), with
 * three adjustments for trend charts on screen: a rate's axis spans at least {@link #MIN_RATE_SPAN}
 * (a change of 0.2 percentage points must not look like a collapse), its tick labels have as many
 * decimals as the tick size needs (rates of 98–99% otherwise label every tick "98%" or "99%"), and the
 * value axis leaves room above the highest point so its value label is not cut off.
 */
public final class ChartWriter {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 300;

    /** The narrowest range a rate's axis shows: 5 percentage points. */
    static final double MIN_RATE_SPAN = 0.05;

    private ChartWriter() {}

    /** Draws {@code spec} into {@code siteDir/path}; returns the bytes written. */
    public static long write(Path siteDir, String path, ChartSpec spec) {
        Path out = siteDir.resolve(path);
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(spec) + "\n", StandardCharsets.UTF_8);
            return Files.size(out);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入图表 " + out, e);
        }
    }

    static String svg(ChartSpec spec) {
        JFreeChart chart = Charts.build(spec);
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setUpperMargin(0.15);
        if (spec.percent()) {
            y.setNumberFormatOverride(null);
            y.setStandardTickUnits(percentUnits());
            widenRateAxis(spec, y);
        }
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix("c" + Integer.toHexString((spec.title() + spec.categories() + spec.series().keySet()).hashCode()) + "-");
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g2.setGeomDoubleConverter(v -> trim(String.format(Locale.ROOT, "%.1f", v)));
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        String svg = g2.getSVGElement(null, true, null, null, null);
        // A document title names the chart when the .svg is opened on its own.
        return svg.replaceFirst(">", "><title>" + xml(spec.title()) + "</title>");
    }

    private static void widenRateAxis(ChartSpec spec, NumberAxis y) {
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (java.util.List<Double> values : spec.series().values()) {
            for (Double v : values) {
                if (v == null) continue;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max || max - min >= MIN_RATE_SPAN) return;
        double mid = (min + max) / 2, lo = mid - MIN_RATE_SPAN / 2, hi = mid + MIN_RATE_SPAN / 2;
        if (hi > 1) {
            lo -= hi - 1;
            hi = 1;
        }
        if (lo < 0) {
            hi -= lo;
            lo = 0;
        }
        y.setRange(lo, hi + (hi - lo) * 0.15); // the same headroom as the upper margin, for the top label
    }

    /** Tick sizes for fractions shown as percentages, each with just enough decimals to tell ticks apart. */
    private static TickUnits percentUnits() {
        TickUnits units = new TickUnits();
        DecimalFormat two = new DecimalFormat("0.00%"), one = new DecimalFormat("0.0%"), none = new DecimalFormat("0%");
        units.add(new NumberTickUnit(0.0001, two));
        units.add(new NumberTickUnit(0.0002, two));
        units.add(new NumberTickUnit(0.0005, two));
        units.add(new NumberTickUnit(0.001, one));
        units.add(new NumberTickUnit(0.002, one));
        units.add(new NumberTickUnit(0.005, one));
        for (double d : new double[] {0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1}) units.add(new NumberTickUnit(d, none));
        return units;
    }

    private static String trim(String s) {
        if (s.indexOf('.') < 0) return s;
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (s.charAt(end - 1) == '.') end--;
        String r = s.substring(0, end);
        return r.equals("-0") ? "0" : r;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
