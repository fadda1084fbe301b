package lianjian.charts;

import java.awt.geom.Rectangle2D;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Draws a chart as SVG with every string as glyph outlines (STACK.md pitfall 10: {@code <text>}
 * would need a CJK font on the viewer's machine). Coordinates are rounded to one decimal (invisible
 * at chart size, half the bytes) and ids are derived from the title, so the same data gives the
 * same file on every build.
 */
public final class SvgCharts {

    private SvgCharts() {}

    public static String svg(ChartSpec spec, int width, int height) {
        JFreeChart chart = Charts.build(spec);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("c" + Integer.toHexString((spec.title() + spec.categories() + spec.series().keySet()).hashCode()) + "-");
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g2.setGeomDoubleConverter(v -> trim(String.format(Locale.ROOT, "%.1f", v)));
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        String svg = g2.getSVGElement(null, true, null, null, null);
        return svg.replaceFirst(">", "><title>" + xml(spec.title()) + "</title>");
    }

    private static String trim(String s) {
        if (s.indexOf('.') < 0) return s;
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (s.charAt(end - 1) == '.') end--;
        String r = s.substring(0, end);
        return r.equals("-0") ? "0" : r;
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
