package lianjian.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.indicators.Figure;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.IndicatorRepository;
import lianjian.office.OfdText;
import lianjian.publish.ReportIndex;

/**
 * Issue #14 part 5: the OFD copy of the overview, read back with ofdrw's own reader — its text is text (the county,
 * 履职评议, the stored figures and the PDF's percentages come out of the text objects), the CJK font is embedded in
 * the package and has a glyph for every character the pages print, pages are A4 and numbered.
 */
class OfdCopyTest {

    @TempDir
    static Path dir;

    static ReportFixture fx;
    static Path out;
    static IndicatorRepository repo;

    @BeforeAll
    static void publish() throws Exception {
        fx = ReportFixture.build(dir.resolve("workspace"));
        repo = fx.figures;
        out = dir.resolve("reports");
        fx.publisher().publishAll(out, 2);
    }

    /** The text of every page, in the order of the text objects, read by ofdrw-reader. */
    static List<String> pages(Path ofd) throws Exception {
        return OfdText.pages(ofd);
    }

    /** The entries of the OFD package (a zip), name → text for the XML files. */
    static Map<String, byte[]> entries(Path ofd) throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(ofd.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    m.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return m;
    }

    @Test
    void anOfdCopyBesideEachOverviewOnlyListedByTheIndex() throws Exception {
        Set<String> ofd = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(out)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ofd")).sorted().forEach(ofd::add);
        }
        assertThat(ofd).containsExactlyInAnyOrder("overview-2025.ofd", "overview-2025H2.ofd");
        ReportIndex index = ReportIndex.read(out);
        assertThat(index.overview("2025H2").flatMap(index::ofd)).contains("overview-2025H2.ofd");
        assertThat(index.overview("2025").flatMap(index::ofd)).contains("overview-2025.ofd");
        assertThat(index.unit("2025H2", "FY01").flatMap(index::ofd)).isEmpty();
    }

    @Test
    void theTextIsTextWithTheStoredFiguresAndThePdfsPercentages() throws Exception {
        List<String> pages = pages(out.resolve("overview-2025H2.ofd"));
        String ofd = PdfText.squash(String.join("", pages));
        PdfText pdfText = PdfText.read(out.resolve("overview-2025H2.pdf"));
        String pdf = pdfText.squashed();
        // the same title as the PDF's metadata
        assertThat(OfdText.title(out.resolve("overview-2025H2.ofd"))).isEqualTo(pdfText.title).contains("示例县", "2025年下半年");
        assertThat(ofd).contains("示例县", "履职评议", "联席会议", "一、总体情况", "附件1指标说明");
        // The court's 法定审限内结案率 row, from the stored figure, read from the OFD's text objects
        Figure c05 = repo.figure("2025H2", "FY01", null, "C05").orElseThrow();
        IndicatorDef.Display pct = IndicatorDef.Display.PERCENT;
        String verdict = c05.value() >= 0.95 ? "达标" : "未达标";
        String row = Formats.bare(pct, c05.value()) + Formats.bare(pct, c05.previous()) + Formats.change(pct, c05.changeFromPrevious())
                + Formats.bare(pct, c05.yearEarlier()) + Formats.change(pct, c05.changeFromYearEarlier()) + "95.0%～100.0%*" + verdict;
        assertThat(ofd).contains(PdfText.squash(row));
        assertThat(pdf).contains(PdfText.squash(row));
        // Every percentage the OFD prints is one the PDF prints, and it prints those of the Word copy
        Set<String> ofdPercents = WordCopiesTest.percents(ofd);
        assertThat(ofdPercents).hasSizeGreaterThan(20);
        assertThat(WordCopiesTest.percents(pdf)).containsAll(ofdPercents);
        try (InputStream in = Files.newInputStream(out.resolve("overview-2025H2.docx"));
             XWPFDocument word = new XWPFDocument(in)) {
            String wordText = PdfText.squash(String.join("", WordCopiesTest.texts(word)));
            assertThat(ofdPercents).containsExactlyInAnyOrderElementsOf(WordCopiesTest.percents(wordText));
        }
        // the year's copy is the year's report
        String year = PdfText.squash(String.join("", pages(out.resolve("overview-2025.ofd"))));
        assertThat(year).contains("联席会议综合报告（2025年）").doesNotContain("（2025年下半年）");
    }

    @Test
    void pagesAreA4TextObjectsNumberedAtTheFoot() throws Exception {
        Path file = out.resolve("overview-2025H2.ofd");
        List<String> pages = pages(file);
        assertThat(pages).hasSizeGreaterThan(5);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(PdfText.squash(pages.get(i))).endsWith("—" + (i + 1) + "—");
        }
        Map<String, byte[]> zip = entries(file);
        String document = text(zip, "Doc_0/Document.xml");
        assertThat(document).contains("<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>");
        // page 2 (after the cover) holds text objects with text codes, and no path or picture stands in for text
        String content = zip.entrySet().stream().filter(e -> e.getKey().matches("Doc_0/Pages/Page_1/Content.xml"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertThat(count(content, "<ofd:TextObject ")).isGreaterThan(20);
        assertThat(count(content, "<ofd:TextCode ")).isEqualTo(count(content, "<ofd:TextObject "));
        assertThat(content).doesNotContain("<ofd:ImageObject ");
    }

    @Test
    void theFontIsEmbeddedAsASubsetWithEveryCharacterPrinted() throws Exception {
        Path file = out.resolve("overview-2025H2.ofd");
        Map<String, byte[]> zip = entries(file);
        String res = zip.entrySet().stream().filter(e -> e.getKey().matches("Doc_0/(Public|Document)Res.xml"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).reduce("", String::concat);
        Matcher m = Pattern.compile("<ofd:Font [^>]*>\\s*<ofd:FontFile>([^<]+)</ofd:FontFile>").matcher(res);
        List<String> fontFiles = new ArrayList<>();
        while (m.find()) fontFiles.add(m.group(1));
        assertThat(fontFiles).hasSize(2); // the regular and the medium face
        assertThat(count(res, "<ofd:Font ")).isEqualTo(2); // and no font without its file
        String text = String.join("", pages(file)).replaceAll("\\s", "");
        List<CmapLookup> cmaps = new ArrayList<>();
        for (String name : fontFiles) {
            byte[] ttf = zip.get("Doc_0/Res/" + name);
            assertThat(ttf).as(name).isNotNull();
            assertThat(ttf.length).as("a subset, not the 9 MB face").isLessThan(1_500_000);
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
            assertThat(font.getName()).startsWith("思源黑体");
            cmaps.add(font.getUnicodeCmapLookup());
        }
        // every character the pages print has its glyph in the package: none falls back to a reader's own font
        assertThat(text).contains("示例县", "履职评议");
        text.codePoints().distinct().forEach(c -> assertThat(cmaps.stream().anyMatch(cmap -> cmap.getGlyphId(c) > 0))
                .as("U+%04X %s", c, Character.toString(c)).isTrue());
    }

    @Test
    void anUnchangedOverviewKeepsItsCopiesAndACopyMissingBeforeIsWritten(@TempDir Path next) throws Exception {
        // the previous publication, whose year overview predates the OFD copy
        Path previous = next.resolve("previous");
        org.springframework.util.FileSystemUtils.copyRecursively(out, previous);
        Files.delete(previous.resolve("overview-2025.ofd"));
        Path build = next.resolve("build");

        PublishSummary summary = fx.publisher().publishAll(build, 2, lianjian.publish.Audience.INTERNAL, previous);

        assertThat(summary.reused()).isPositive();
        for (String pdf : List.of("overview-2025H2.pdf", "overview-2025.pdf")) {
            assertThat(Files.readAllBytes(build.resolve(pdf))).as(pdf + " reused, not rendered again").isEqualTo(Files.readAllBytes(out.resolve(pdf)));
        }
        assertThat(Files.readAllBytes(build.resolve("overview-2025H2.ofd"))).isEqualTo(Files.readAllBytes(out.resolve("overview-2025H2.ofd")));
        assertThat(Files.readAllBytes(build.resolve("overview-2025H2.docx"))).isEqualTo(Files.readAllBytes(out.resolve("overview-2025H2.docx")));
        assertThat(PdfText.squash(String.join("", pages(build.resolve("overview-2025.ofd"))))).contains("联席会议综合报告（2025年）");
        ReportIndex index = ReportIndex.read(build);
        assertThat(index.overview("2025").flatMap(index::ofd)).contains("overview-2025.ofd");
    }

    private static String text(Map<String, byte[]> zip, String name) {
        byte[] b = zip.get(name);
        assertThat(b).as(name).isNotNull();
        return new String(b, StandardCharsets.UTF_8);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
