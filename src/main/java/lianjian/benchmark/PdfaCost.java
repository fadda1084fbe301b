package lianjian.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import net.sf.jasperreports.engine.JasperPrint;

import lianjian.publish.Audience;
import lianjian.reporting.ReportPublisher;
import lianjian.reporting.pdf.Document;
import lianjian.reporting.pdf.PdfRenderer;

/**
 * What PDF/A-2b costs (issue 14: "PDF/A must not double the rendering time"), measured on the same documents in the
 * same JVM: every 内部版 document of the publication is laid out once per round, then exported both as the product
 * writes it (PDF/A-2b, tagged) and as a plain untagged PDF, the order alternating between rounds. Times are the
 * thread's CPU time, on one thread, so other work on a shared machine changes them far less than wall time.
 */
public final class PdfaCost {

    /** One round: CPU seconds to lay out all documents, and to export them plain and as PDF/A. */
    public record Round(int round, int documents, double fillSeconds, double plainSeconds, double pdfaSeconds,
                        long plainBytes, long pdfaBytes) {

        /** Rendering (layout + export) with PDF/A ÷ without. */
        public double ratio() { return (fillSeconds + pdfaSeconds) / (fillSeconds + plainSeconds); }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public List<Round> measure(ReportPublisher publisher, int rounds) {
        List<Document> documents = publisher.assembleAll(Audience.INTERNAL);
        PdfRenderer renderer = new PdfRenderer();
        // One untimed pass, so class loading, font parsing and the JIT do not count against the first mode measured.
        for (Document d : documents.subList(0, Math.min(10, documents.size()))) {
            JasperPrint p = renderer.fill(d);
            PdfRenderer.export(p, d.info(), true);
            PdfRenderer.export(p, d.info(), false);
        }
        List<Round> out = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            double fill = 0, plain = 0, pdfa = 0;
            long plainBytes = 0, pdfaBytes = 0;
            for (Document d : documents) {
                long t0 = cpu();
                JasperPrint p = renderer.fill(d);
                long t1 = cpu();
                fill += (t1 - t0) / 1e9;
                boolean pdfaFirst = r % 2 == 0;
                for (boolean archival : pdfaFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    long e0 = cpu();
                    int bytes = PdfRenderer.export(p, d.info(), archival).length;
                    double s = (cpu() - e0) / 1e9;
                    if (archival) {
                        pdfa += s;
                        pdfaBytes += bytes;
                    } else {
                        plain += s;
                        plainBytes += bytes;
                    }
                }
            }
            out.add(new Round(r, documents.size(), fill, plain, pdfa, plainBytes, pdfaBytes));
        }
        return out;
    }

    private long cpu() { return threads.getCurrentThreadCpuTime(); }
}
