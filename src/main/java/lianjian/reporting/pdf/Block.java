package lianjian.reporting.pdf;

import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.renderers.Renderable;

/**
 * One row of the master report (report-book.jrxml): the cover, a title block, a paragraph, a note,
 * one or two charts, a table or a page break, optionally opened by a heading. The field names are
 * the master's field names.
 *
 * @param kind         COVER, TITLE, PARAGRAPH, NOTE, CHART, CHARTS, TABLE, BREAK or NONE (heading only); ALERT (a
 *                     boxed warning sentence); the notice's LETTERHEAD, ADDRESS, SIGNATURE and SLIP (extra texts in
 *                     {@code params})
 * @param section      a new number wherever a level-1 heading starts (keep-with-next, 170 px)
 * @param keep         a new number wherever any heading starts (keep-with-next, 120 px)
 * @param headingLevel 1 (一、) or 2 (（一）), null without heading
 */
public record Block(String kind, Integer section, Integer keep, Integer headingLevel, String heading, String text, Renderable chart,
                    Renderable chart2, JasperReport table, List<?> rows, Map<String, Object> params) {}
