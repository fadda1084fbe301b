package lianjian.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import lianjian.publish.Audience;

/**
 * Issue 14: every kind of PDF the product writes is PDF/A-2b, checked in-process by veraPDF (the
 * same rules as the archive's own check), plus what PDF/A-2b does not check but the issue asks for:
 * tagged with language zh-CN, Chinese XMP title/author/keywords, every font embedded.
 */
class PdfaComplianceTest {

    @TempDir
    static Path dir;

    /** One PDF of every kind: the file name's prefix (overview-, unit-, …) → the file; 公开版 kinds prefixed public:. */
    static final Map<String, Path> ONE_OF_EACH = new TreeMap<>();

    @BeforeAll
    static void publish() throws Exception {
        ReportFixture fx = ReportFixture.build(dir.resolve("workspace"));
        collect(fx.publisher().publishAll(dir.resolve("internal"), 2, Audience.INTERNAL), dir.resolve("internal"), "");
        collect(fx.publisher().publishAll(dir.resolve("public"), 2, Audience.PUBLIC), dir.resolve("public"), "public:");
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static void collect(PublishSummary summary, Path folder, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".pdf")) continue;
                ONE_OF_EACH.putIfAbsent(prefix + name.substring(0, name.indexOf('-')), f);
            }
        }
    }

    @Test
    void everyKindOfReportIsPublished() {
        // the six kinds of the 内部版 and the two 公开版 variants: a kind missing here would go unvalidated
        assertThat(ONE_OF_EACH.keySet()).containsExactlyInAnyOrder("overview", "unit", "coverage", "rectification", "notice",
                "dossier", "public:overview", "public:unit");
    }

    @Test
    void everyKindIsPdfA2bCompliant() throws Exception {
        PDFAFlavour flavour = PDFAFlavour.fromString("2b");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Path> e : ONE_OF_EACH.entrySet()) {
            try (InputStream in = Files.newInputStream(e.getValue());
                 PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                assertThat(result.getPDFAFlavour()).isEqualTo(flavour);
                if (!result.isCompliant()) {
                    for (TestAssertion a : result.getTestAssertions()) {
                        if (a.getStatus() != TestAssertion.Status.FAILED) continue;
                        failures.add(e.getValue().getFileName() + ": " + a.getRuleId().getClause() + "-"
                                + a.getRuleId().getTestNumber() + " " + a.getMessage());
                    }
                    if (failures.isEmpty()) failures.add(e.getValue().getFileName() + ": not compliant, no failed rule listed");
                }
            }
        }
        assertThat(failures.stream().distinct().toList()).as("veraPDF PDF/A-2b failures").isEmpty();
    }

    @Test
    void everyKindIsTaggedInChineseWithChineseMetadataAndEmbeddedFonts() throws Exception {
        for (Path file : ONE_OF_EACH.values()) {
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                var catalog = doc.getDocumentCatalog();
                assertThat(catalog.getLanguage()).as(file + " language").isEqualTo("zh-CN");
                assertThat(catalog.getMarkInfo()).as(file + " MarkInfo").isNotNull();
                assertThat(catalog.getMarkInfo().isMarked()).as(file + " tagged").isTrue();
                assertThat(catalog.getStructureTreeRoot()).as(file + " structure tree").isNotNull();
                PDMetadata metadata = catalog.getMetadata();
                assertThat(metadata).as(file + " XMP").isNotNull();
                String xmp;
                try (InputStream in = metadata.exportXMPMetadata()) {
                    xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                // the fixture's county and its offices (application defaults): Chinese, not escaped away
                assertThat(xmp).as(file + " XMP").contains("pdfaid:part", "示例县", "人大常委会");
                assertThat(doc.getDocumentInformation().getTitle()).as(file + " title").matches(".*\\p{IsHan}.*");
                assertThat(doc.getDocumentInformation().getKeywords()).as(file + " keywords").contains("示例县");
                for (PDPage page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(file + " font " + font.getName()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void descriptiveIndicatorsCarryAMarkTheEmbeddedFontHas() throws Exception {
        // ⓘ is drawn with the embedded font (checked above: every font embedded) and read back as text,
        // which a glyph missing from the font would not give; the legend under the table names it.
        String text = PdfText.read(ONE_OF_EACH.get("overview")).squashed();
        assertThat(text).contains("ⓘ描述性指标");
        assertThat(text.indexOf("ⓘ")).isLessThan(text.indexOf("ⓘ描述性指标"));
    }
}
