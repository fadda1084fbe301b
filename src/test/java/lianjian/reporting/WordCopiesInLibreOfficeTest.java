package lianjian.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14, "opens in LibreOffice": the Word copies of the overview and of a 督办通知单, opened and laid out by
 * LibreOffice Writer itself (headless conversion to PDF), carry the county, 履职评议 and exactly the percentages of
 * the Word copy, which are the PDF's; and a body line holds the 28 characters of GB/T 9704 (a character grid that
 * LibreOffice lays out differently from Word once put 14 characters on a line). Skipped without LibreOffice on a
 * developer machine, failed on CI (CI=true), like the browser tests.
 */
class WordCopiesInLibreOfficeTest {

    @TempDir
    static Path dir;

    static ReportFixture fx;
    static Path reports;

    @BeforeAll
    static void publish() throws Exception {
        String hint = "LibreOffice not installed: apt-get install -y libreoffice-writer-nogui";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.assertTrue(available(), hint);
        else Assumptions.assumeTrue(available(), hint);
        fx = ReportFixture.build(dir.resolve("workspace"));
        reports = dir.resolve("reports");
        fx.publisher().publishAll(reports, 2);
    }

    @Test
    void theOverviewReadsTheSameInLibreOffice() throws Exception {
        String word = wordText("overview-2025H2.docx");
        Path converted = convert("overview-2025H2.docx");
        String libreText = PdfText.read(converted).squashed();
        assertThat(libreText).contains("示例县", "履职评议", "一、总体情况", "附件2　数据来源".replace("　", ""));
        assertThat(WordCopiesTest.percents(word)).hasSizeGreaterThan(20);
        assertThat(WordCopiesTest.percents(libreText)).isEqualTo(WordCopiesTest.percents(word));
        assertThat(WordCopiesTest.percents(PdfText.read(reports.resolve("overview-2025H2.pdf")).squashed()))
                .containsAll(WordCopiesTest.percents(libreText));
        // Body lines (三号, 16 pt) of plain Chinese text (digits are narrower): at most 28 characters, some reach 27–28.
        List<String> bodyLines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(converted.toFile())) {
            PDFTextStripper lines = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (!positions.isEmpty() && Math.abs(positions.get(0).getFontSizeInPt() - 16f) < 0.5f) bodyLines.add(text);
                    super.writeString(text, positions);
                }
            };
            lines.getText(doc);
        }
        int longest = 0;
        for (String line : bodyLines) {
            String s = PdfText.squash(line);
            if (s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || "，。；：、（）“”".indexOf(c) >= 0)) {
                longest = Math.max(longest, s.codePointCount(0, s.length()));
            }
        }
        assertThat(longest).as("characters on the longest body line").isBetween(27, 28);
    }

    @Test
    void aNoticeReadsTheSameInLibreOffice() throws Exception {
        String word = wordText("notice-SFJ01-2025-12-31.docx");
        String libre = PdfText.read(convert("notice-SFJ01-2025-12-31.docx")).squashed();
        assertThat(libre).contains("联监督〔2025〕SFJ01-20251231号", "示例县司法局：", "DB-1", "回执");
        assertThat(WordCopiesTest.percents(libre)).isEqualTo(WordCopiesTest.percents(word));
    }

    private static String wordText(String file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(reports.resolve(file)))) {
            return PdfText.squash(String.join("", WordCopiesTest.texts(doc)));
        }
    }

    /** LibreOffice Writer's own layout of a .docx, as PDF, with a profile of its own (no clash with a running office). */
    private static Path convert(String file) throws Exception {
        Path out = Files.createDirectories(dir.resolve("libreoffice"));
        Path profile = dir.resolve("libreoffice-profile");
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", out.toString(), reports.resolve(file).toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
        Path pdf = out.resolve(file.replace(".docx", ".pdf"));
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        return pdf;
    }

    private static boolean available() {
        try {
            Process p = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
