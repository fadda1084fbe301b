package lianjian.reporting.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * Lets an image element draw a JFreeChart as vector graphics: the PDF exporter hands a
 * {@link Graphics2DRenderable} its own Graphics2D, so the chart becomes lines and glyph outlines
 * (sharp when printed, no bitmap). The chart's Chinese fonts come from lianjian.charts.ChartFonts.
 */
public final class JFreeChartRenderable extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;

    private final transient JFreeChart chart;

    public JFreeChartRenderable(JFreeChart chart) {
        this.chart = chart;
    }

    public JFreeChart chart() {
        return chart;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g2, Rectangle2D area) {
        chart.draw(g2, area);
    }
}
