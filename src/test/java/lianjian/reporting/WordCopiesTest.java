package lianjian.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

import lianjian.indicators.Figure;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.IndicatorRepository;
import lianjian.publish.ReportIndex;

/**
 * Issue #14 part 1: the Word copies of the overview and of each 督办通知单, opened with POI — Word headings, Word
 * tables, GB/T 9704 page and fonts named for {@code w:eastAsia} — and their figures compared with the stored
 * values and with the text of the PDF of the same report.
 */
class WordCopiesTest {

    @TempDir
    static Path dir;

    static ReportFixture fx;
    static Path out;
    static IndicatorRepository repo;
    static IndicatorCatalog catalog;

    @BeforeAll
    static void publish() throws Exception {
        fx = ReportFixture.build(dir.resolve("workspace"));
        repo = fx.figures;
        catalog = IndicatorCatalog.load(fx.properties);
        out = dir.resolve("reports");
        fx.publisher().publishAll(out, 2);
    }

    static XWPFDocument open(String file) throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve(file))) {
            return new XWPFDocument(in);
        }
    }

    /** Paragraph and table text in reading order, one entry per paragraph or cell. */
    static List<String> texts(XWPFDocument doc) {
        List<String> t = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) t.add(p.getText());
            if (e instanceof XWPFTable table) {
                for (XWPFTableRow r : table.getRows()) r.getTableCells().forEach(c -> t.add(c.getText()));
            }
        }
        return t;
    }

    static List<String> headings(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    static String eastAsia(XWPFDocument doc, String styleId) {
        CTFonts f = doc.getStyles().getStyle(styleId).getCTStyle().getRPr().getRFontsArray(0);
        return f.getEastAsia();
    }

    @Test
    void aWordCopyBesideTheOverviewAndEachNoticeOnly() throws Exception {
        Set<String> docx = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(out)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".docx")).sorted().forEach(docx::add);
        }
        // The fixture's notices (see ReportFixture): 示例县司法局, 示例县人民检察院 and the court; not the police.
        assertThat(docx).containsExactlyInAnyOrder("overview-2025.docx", "overview-2025H2.docx",
                "notice-FY01-2025-12-31.docx", "notice-JCY01-2025-12-31.docx", "notice-SFJ01-2025-12-31.docx");
        ReportIndex index = ReportIndex.read(out);
        assertThat(index.overview("2025H2").flatMap(index::word)).contains("overview-2025H2.docx");
        assertThat(index.unit("2025H2", "FY01").flatMap(index::word)).isEmpty();
    }

    @Test
    void overviewIsAnOfficialDocumentWithHeadingsTablesAndNamedFonts() throws Exception {
        try (XWPFDocument doc = open("overview-2025H2.docx")) {
            // A4 and the GB/T 9704 grid of 22 lines
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(sect.getPgSz().getH().toString()).isEqualTo("16838");
            assertThat(sect.getDocGrid().getLinePitch().intValue()).isEqualTo(579);
            assertThat(headings(doc, "Heading1")).containsSubsequence("一、总体情况", "二、预警", "三、督办事项", "四、各单位主要指标",
                    "五、主要指标趋势", "六、履职评议", "七、问题整改", "八、监督活动", "九、监督计划", "十、满意度", "附件1　指标说明", "附件2　数据来源");
            assertThat(headings(doc, "Heading2")).contains("（一）全县汇总", "（二）示例县人民法院");
            // Heading styles are outline levels (navigation pane, table of contents)
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
            // Fonts named for Chinese text (WPS reads w:eastAsia), none embedded
            assertThat(eastAsia(doc, "Normal")).isEqualTo("仿宋_GB2312");
            assertThat(eastAsia(doc, "Heading1")).isEqualTo("黑体");
            assertThat(eastAsia(doc, "Heading2")).isEqualTo("楷体_GB2312");
            assertThat(eastAsia(doc, "Title")).isEqualTo("方正小标宋简体");
            assertThat(doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getSzArray(0).getVal().toString()).isEqualTo("32");
            assertThat(doc.getPackage().getParts().stream().map(p -> p.getPartName().getName()))
                    .noneMatch(n -> n.startsWith("/word/fonts/"));
            // Real Word tables, header rows repeated on each page
            assertThat(doc.getTables()).hasSizeGreaterThan(10);
            XWPFTable first = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getTableCells().size() == 8 && t.getRow(0).getCell(1).getText().equals("本期")).findFirst().orElseThrow();
            assertThat(first.getRow(0).isRepeatHeader()).isTrue();
            assertThat(first.getRow(0).getTableCells().stream().map(c -> c.getText()).toList())
                    .containsExactly("指标", "本期", "上期", "环比", "上年同期", "同比", "参考区间", "评价");
        }
    }

    @Test
    void overviewFiguresAreTheStoredOnesAndThePdfs() throws Exception {
        PdfText pdf = PdfText.read(out.resolve("overview-2025H2.pdf"));
        String pdfText = pdf.squashed();
        try (XWPFDocument doc = open("overview-2025H2.docx")) {
            List<String> texts = texts(doc);
            String word = PdfText.squash(String.join("", texts));
            assertThat(word).contains("示例县", "履职评议");
            // The court's 法定审限内结案率 row, from the stored figure, as cells of a Word table row
            Figure c05 = repo.figure("2025H2", "FY01", null, "C05").orElseThrow();
            IndicatorDef.Display pct = IndicatorDef.Display.PERCENT;
            String verdict = c05.value() >= 0.95 ? "达标" : "未达标";
            String value = Formats.bare(pct, c05.value()), previous = Formats.bare(pct, c05.previous()),
                    earlier = Formats.bare(pct, c05.yearEarlier());
            // changes as the reader subtracts the printed values (issue 14 part 8)
            List<String> row = List.of(value, previous, ReaderChange.percentPoints(value, previous), earlier,
                    ReaderChange.percentPoints(value, earlier), "95.0%～100.0%*", verdict);
            assertThat(texts).containsSubsequence(row);
            assertThat(pdfText).contains(PdfText.squash(String.join("", row)));
            // The summary's county figures, as in the PDF
            String intake = "示例县人民法院收案" + Formats.value(catalog.get("C01").display(),
                    repo.figure("2025H2", "ALL", null, "C01").map(Figure::value).orElseThrow());
            assertThat(word).contains(PdfText.squash(intake));
            assertThat(pdfText).contains(PdfText.squash(intake));
            // Every percentage the Word copy prints is printed by the PDF (the PDF also has chart labels)
            Set<String> wordPercents = percents(word), pdfPercents = percents(pdfText);
            assertThat(wordPercents).hasSizeGreaterThan(20);
            assertThat(pdfPercents).containsAll(wordPercents);
        }
    }

    /** Issue 14 part 8: the year's copy has the PDF's single comparison (上年, 较上年), not 环比 and 同比 twice. */
    @Test
    void theYearsCopyHasOneComparisonColumnLikeItsPdf() throws Exception {
        try (XWPFDocument doc = open("overview-2025.docx")) {
            List<List<String>> headers = doc.getTables().stream()
                    .map(t -> t.getRow(0).getTableCells().stream().map(c -> c.getText()).toList())
                    .filter(h -> h.size() > 1 && h.get(0).equals("指标") && h.get(1).equals("本期")).toList();
            assertThat(headers).isNotEmpty().allSatisfy(h -> assertThat(h).containsExactly("指标", "本期", "上年", "较上年", "参考区间", "评价"));
            Figure c05 = repo.figure("2025", "FY01", null, "C05").orElseThrow();
            IndicatorDef.Display pct = IndicatorDef.Display.PERCENT;
            String value = Formats.bare(pct, c05.value()), previous = Formats.bare(pct, c05.previous());
            assertThat(texts(doc)).containsSubsequence(value, previous, ReaderChange.percentPoints(value, previous), "95.0%～100.0%*");
        }
    }

    @Test
    void noticeIsTheSamePaperWithItsItemsAsAWordTable() throws Exception {
        PdfText pdf = PdfText.read(out.resolve("notice-SFJ01-2025-12-31.pdf"));
        try (XWPFDocument doc = open("notice-SFJ01-2025-12-31.docx")) {
            List<String> texts = texts(doc);
            String word = PdfText.squash(String.join("", texts));
            assertThat(headings(doc, "Heading1")).containsExactly("一、督办事项", "二、临期提醒", "三、办理要求");
            assertThat(word).contains("联监督〔2025〕SFJ01-20251231号", "示例县司法局：", "回执");
            // ReportFixture: DB-1 184 days overdue, 提请专题报告 with DB-2 (41 days); DB-4 61 days 重点督办
            XWPFTable items = doc.getTables().get(0);
            assertThat(items.getRow(0).getTableCells().stream().map(c -> c.getText()).toList())
                    .containsExactly("序号", "编号", "事项", "类别", "起算日期", "办理期限", "逾期天数");
            assertThat(items.getRow(1).getCell(0).getText()).isEqualTo("提请专题报告（2 项）");
            assertThat(texts).containsSubsequence("DB-1").contains("184", "41", "61");
            String pdfText = pdf.squashed();
            assertThat(pdfText).contains("提请专题报告（2项）", "DB-1", "184");
            assertThat(percents(word)).isSubsetOf(percents(pdfText));
            // The body sentence (counts of items by level) reads the same in both
            String body = texts.stream().filter(t -> t.startsWith("根据《")).findFirst().orElseThrow();
            assertThat(pdfText).contains(PdfText.squash(body));
        }
    }

    static Set<String> percents(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\d+\\.\\d%").matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
