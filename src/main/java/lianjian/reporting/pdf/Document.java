package lianjian.reporting.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

import lianjian.charts.Charts;

/**
 * A report's content in reading order, built by a report family and rendered by {@link PdfRenderer}.
 * Headings are attached to the next block so that the master can keep them together (see
 * report-book.jrxml). The document knows nothing about JasperReports beyond the block fields.
 */
public final class Document {

    private final DocumentInfo info;
    private final List<Block> blocks = new ArrayList<>();
    /** What each drawn chart was drawn from, in order: the blocks hold only the drawing (see {@link DocumentDigest}). */
    private final List<String> chartSources = new ArrayList<>();
    private String pendingHeading;
    private Integer pendingLevel;
    private int section;
    private int keep;

    public Document(DocumentInfo info) {
        this.info = info;
        if (info.cover() != null) add("COVER", null, null, null);
    }

    public DocumentInfo info() {
        return info;
    }

    /** The title block at the top of page 1 (reports without a cover). */
    public Document title(String title, String subtitle) {
        flushHeading();
        blocks.add(new Block("TITLE", ++section, ++keep, null, title, subtitle, null, null, null, null, null));
        return this;
    }

    /** 一、… */
    public Document h1(String heading) {
        return heading(1, heading);
    }

    /** （一）… */
    public Document h2(String heading) {
        return heading(2, heading);
    }

    public Document paragraph(String text) {
        if (text == null || text.isBlank()) return this;
        return add("PARAGRAPH", text, null, null);
    }

    /**
     * A small note (注：…). Right after a table it is printed in the table's own band, so that it
     * follows the table instead of being left alone at the top of the next page.
     */
    public Document note(String text) {
        if (text == null || text.isBlank()) return this;
        Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (pendingHeading == null && last != null && "TABLE".equals(last.kind()) && last.text() == null) {
            blocks.set(blocks.size() - 1, new Block(last.kind(), last.section(), last.keep(), last.headingLevel(), last.heading(),
                    text, null, null, last.table(), last.rows(), last.params()));
            return this;
        }
        return add("NOTE", text, null, null);
    }

    /** A full-width chart; a chart without any value is left out (the table beside it says —). */
    public Document chart(Chart chart) {
        if (!chart.spec().hasAnyValue()) return this;
        return add("CHART", null, render(chart, false), null);
    }

    /** Two half-width charts side by side (either may be null or empty). */
    public Document charts(Chart left, Chart right) {
        boolean l = left != null && left.spec().hasAnyValue(), r = right != null && right.spec().hasAnyValue();
        if (!l && !r) return this;
        if (!l) return add("CHARTS", null, render(right, true), null);
        return add("CHARTS", null, render(left, true), r ? render(right, true) : null);
    }

    public Document table(Table table) {
        blocks.add(new Block("TABLE", nextSection(), nextKeep(), pendingLevel, pendingHeading, null, null, null,
                table.template().report(), table.rows(), new HashMap<>(table.params())));
        clearHeading();
        return this;
    }

    /**
     * The 版头 of a formal notice: the issuing offices (one per line, in red) above the red double
     * rule, the title, the document number on the right. Goes first, on a document whose info has
     * {@link DocumentInfo#plainFirstPage()}.
     */
    public Document letterhead(String offices, String title, String number) {
        return special("LETTERHEAD", offices, Map.of("title", title, "number", number == null ? "" : number));
    }

    /** The recipient of a notice, flush left and heavier (示例县人民法院：). */
    public Document address(String recipient) {
        return special("ADDRESS", recipient, Map.of());
    }

    /** A sentence the reader must not miss, boxed in red (数据可能不全). */
    public Document alert(String text) {
        if (text == null || text.isBlank()) return this;
        return special("ALERT", text, Map.of());
    }

    /** The sign-off of a notice on the right: the issuing offices (one per line) and the date. */
    public Document signature(String offices, String date) {
        return special("SIGNATURE", offices, Map.of("date", date));
    }

    /** The reply slip (回执) of a notice: a line of instructions, the recipient and the number, lines to fill in. */
    public Document replySlip(String instructions, String recipient, String number) {
        return special("SLIP", instructions, Map.of("unit", recipient, "number", number));
    }

    public Document pageBreak() {
        flushHeading();
        blocks.add(new Block("BREAK", section, keep, null, null, null, null, null, null, null, null));
        return this;
    }

    /** The blocks to fill; a heading with nothing after it is kept as a block of its own. */
    public List<Block> blocks() {
        flushHeading();
        return List.copyOf(blocks);
    }

    private Document heading(int level, String heading) {
        flushHeading();
        pendingLevel = level;
        pendingHeading = heading;
        return this;
    }

    private void flushHeading() {
        if (pendingHeading != null) {
            blocks.add(new Block("NONE", nextSection(), nextKeep(), pendingLevel, pendingHeading, null, null, null, null, null,
                    null));
            clearHeading();
        }
    }

    /** A block of the notice layout: its texts beyond {@code text} travel in the params map. */
    private Document special(String kind, String text, Map<String, Object> params) {
        blocks.add(new Block(kind, nextSection(), nextKeep(), pendingLevel, pendingHeading, text, null, null, null, null,
                new HashMap<>(params)));
        clearHeading();
        return this;
    }

    private Document add(String kind, String text, JFreeChartRenderable chart, JFreeChartRenderable chart2) {
        blocks.add(new Block(kind, nextSection(), nextKeep(), pendingLevel, pendingHeading, text, chart, chart2, null, null,
                null));
        clearHeading();
        return this;
    }

    /** A block opened by a level-1 heading starts a new section; others stay in the current one. */
    private int nextSection() {
        return pendingHeading != null && pendingLevel == 1 ? ++section : section;
    }

    /** A block opened by any heading starts a new keep group. */
    private int nextKeep() {
        return pendingHeading != null ? ++keep : keep;
    }

    private void clearHeading() {
        pendingHeading = null;
        pendingLevel = null;
    }

    /** The charts' data and layout, in the order they were added. */
    public List<String> chartSources() {
        return List.copyOf(chartSources);
    }

    private JFreeChartRenderable render(Chart c, boolean halfWidth) {
        chartSources.add(c + (halfWidth ? " half" : " full"));
        JFreeChart chart = Charts.build(c.spec());
        ReportCharts.adjust(chart, c, halfWidth);
        return new JFreeChartRenderable(chart);
    }
}
