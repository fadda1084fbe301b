package lianjian.reporting.pdf;

import java.text.AttributedCharacterIterator;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Font;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;

/**
 * The PDF exporter with one change for PDF/A-2b (issue 14): the embedded CID fonts carry no CIDSet.
 *
 * <p>Why: OpenPDF writes a CIDSet for every embedded TrueType subset, and with the Source Han Sans
 * subsets of these reports the font program holds CIDs that CIDSet does not name: veraPDF rule
 * 6.2.11.4.2-2, still failing with OpenPDF 1.3.43 (the 1.3.41 fix is not enough here). PDF/A-2 makes the CIDSet optional (PDF/A-1 required
 * it), so leaving it out is the compliant route. JasperReports creates the fonts through its producer's
 * {@code getFont}, the one place that sees every font before it is written.
 */
final class PdfaExporter extends JRPdfExporter {

    PdfaExporter() {
        super(DefaultJasperReportsContext.getInstance());
    }

    @Override
    protected PdfProducer createPdfProducer() {
        return new NoCidSetProducer(createPdfProducerContext());
    }

    private static final class NoCidSetProducer extends ClassicPdfProducer {

        NoCidSetProducer(PdfProducerContext context) {
            super(context);
        }

        @Override
        public Font getFont(Map<AttributedCharacterIterator.Attribute, Object> attributes, Locale locale) {
            Font font = super.getFont(attributes, locale);
            // The base font is shared by every document of the JVM (OpenPDF's font cache): the flag is
            // the same for all, so setting it again from several rendering threads is harmless.
            if (font != null && font.getBaseFont() != null) font.getBaseFont().setIncludeCidSet(false);
            return font;
        }
    }
}
