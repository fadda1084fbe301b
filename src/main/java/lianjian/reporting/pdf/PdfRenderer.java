package lianjian.reporting.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Fills the master template with a {@link Document} and exports it as PDF. Stateless and
 * thread-safe: the compiled templates are shared, every call has its own fill and exporter, so
 * several documents can be rendered at once.
 */
public final class PdfRenderer {

    /** The shared styles, parsed once per JVM (see report-book.jrxml). */
    private static final List<JRTemplate> STYLES = List.of(loadStyles());

    public RenderedPdf render(Document document) {
        JasperPrint print = fill(document);
        return new RenderedPdf(export(print, document.info()), print.getPages().size());
    }

    /** Lays the document out (JasperReports' fill); {@link #render} exports the result. */
    public JasperPrint fill(Document document) {
        DocumentInfo info = document.info();
        Map<String, Object> params = new HashMap<>();
        params.put(JRParameter.REPORT_TEMPLATES, STYLES);
        params.put("COUNTY", info.county());
        params.put("HEADER_TITLE", info.headerTitle());
        params.put("PERIOD_LABEL", info.periodLabel());
        params.put("AS_OF_TEXT", info.asOfText());
        params.put("GENERATED_AT", info.generatedAt());
        CoverPage cover = info.cover();
        params.put("HAS_COVER", cover != null);
        params.put("PLAIN_FIRST_PAGE", info.plainFirstPage());
        if (cover != null) {
            params.put("COVER_MARK", cover.mark());
            params.put("COVER_ORGAN", cover.organ());
            params.put("COVER_TITLE", cover.title());
            params.put("COVER_PERIOD", cover.period());
            params.put("COVER_ISSUER", cover.issuer());
            params.put("COVER_DATE", cover.date());
            params.put("COVER_NOTE", cover.note());
        }
        try {
            return JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
                    .fill(Template.BOOK.report(), params, new RecordDataSource(document.blocks()));
        } catch (JRException e) {
            throw new IllegalStateException("无法生成报告「" + info.pdfTitle() + "」: " + e.getMessage(), e);
        }
    }

    private static JRTemplate loadStyles() {
        String resource = "reports/lianjian-styles.jrtx";
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("缺少报告样式文件 " + resource + "（构建时由 CompileTemplates 复制）");
            return JRXmlTemplateLoader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取报告样式文件 " + resource, e);
        }
    }

    /** XMP/Info keywords: the county, the report, its period, the document family. */
    static String keywords(DocumentInfo info) {
        return String.join("；", info.county(), info.headerTitle(), info.periodLabel(), "政法监督", "联席会议");
    }

    private static byte[] export(JasperPrint print, DocumentInfo info) {
        return export(print, info, true);
    }

    /**
     * Exports a filled document as the product writes it ({@code archival}: PDF/A-2b, tagged) or as a plain,
     * untagged PDF. The plain form exists only for {@code benchmark --suite publish}, which measures what PDF/A
     * costs on the same documents (issue 14); the product never writes it.
     */
    public static byte[] export(JasperPrint print, DocumentInfo info, boolean archival) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        JRPdfExporter exporter = archival ? new PdfaExporter() : new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration cfg = new SimplePdfExporterConfiguration();
        cfg.setMetadataTitle(info.pdfTitle());
        cfg.setMetadataAuthor(info.author());
        cfg.setMetadataSubject(info.county() + info.headerTitle());
        cfg.setMetadataCreator("联监 Lianjian");
        cfg.setMetadataKeywords(keywords(info));
        cfg.setDisplayMetadataTitle(true);
        if (archival) archival(cfg);
        exporter.setConfiguration(cfg);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("无法导出 PDF「" + info.pdfTitle() + "」: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void archival(SimplePdfExporterConfiguration cfg) {
        // PDF/A-2b for the archive (电子档案, issue 14): sRGB output intent, XMP metadata (written by the
        // exporter from the fields above), every font embedded (the font extension's fonts are all
        // pdfEmbedded), and tagged with the document language so screen readers read it.
        cfg.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
        cfg.setIccProfilePath(SrgbProfile.path());
        cfg.setEmbedIccProfile(true);
        cfg.setTagged(true);
        cfg.setTagLanguage("zh-CN");
    }
}
