package lianjian.reporting.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.renderers.Renderable;

import lianjian.publish.PublicationFingerprint;

/**
 * A hash of everything a PDF is rendered from (issue 13): the product build (templates, fonts, code), the
 * document's running header and footer except the generation time, every block with its texts, table rows and
 * parameters, and the data of every chart. Two documents with the same digest render the same pages, so a run
 * reuses the previously published file instead of filling and exporting it again. Values with no stable text
 * (an object printed as Class@hash) make the digest differ from run to run: such a document is simply always
 * rendered, never wrongly reused.
 */
public final class DocumentDigest {

    private static final String BUILD = PublicationFingerprint.build();

    private DocumentDigest() {}

    public static String of(Document document) {
        StringBuilder b = new StringBuilder(4096);
        b.append("build:").append(BUILD).append('\n');
        DocumentInfo i = document.info();
        // The footer's generation time and the cover's date are left out: a reused file keeps the day it was issued.
        CoverPage c = i.cover();
        CoverPage cover = c == null ? null : new CoverPage(c.mark(), c.organ(), c.title(), c.period(), c.issuer(), null, c.note());
        b.append(new DocumentInfo(i.county(), i.headerTitle(), i.periodLabel(), i.asOfText(), null, i.pdfTitle(), i.author(),
                cover, i.plainFirstPage())).append('\n');
        for (Block block : document.blocks()) {
            b.append(block.kind()).append('|').append(block.section()).append('|').append(block.keep()).append('|')
                    .append(block.headingLevel()).append('|').append(block.heading()).append('|').append(block.text()).append('|');
            value(b, block.table());
            b.append('|');
            value(b, block.rows());
            b.append('|');
            value(b, block.params());
            b.append('|').append(block.chart() != null).append(block.chart2() != null).append('\n');
        }
        for (String chart : document.chartSources()) b.append("chart:").append(chart).append('\n');
        MessageDigest sha = PublicationFingerprint.sha256();
        return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void value(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof JasperReport r) {
            b.append("report:").append(r.getName());
        } else if (v instanceof Renderable) {
            b.append("chart"); // its data is in chartSources
        } else if (v instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put(String.valueOf(k), x));
            b.append('{');
            sorted.forEach((k, x) -> {
                b.append(k).append('=');
                value(b, x);
                b.append(',');
            });
            b.append('}');
        } else if (v instanceof Collection<?> c) {
            b.append('[');
            for (Object x : c) {
                value(b, x);
                b.append(',');
            }
            b.append(']');
        } else {
            b.append(v); // strings, numbers, dates, records of formatted text
        }
    }
}
