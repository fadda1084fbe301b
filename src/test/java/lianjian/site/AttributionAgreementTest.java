package lianjian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import lianjian.console.Console;
import lianjian.indicators.IndicatorComputation;
import lianjian.indicators.IndicatorRepository;
import lianjian.publish.ReportEntry;
import lianjian.publish.ReportIndex;
import lianjian.publish.ReportKind;
import lianjian.readmodel.ReadModel;
import lianjian.readmodel.ReadModelSource;
import lianjian.reporting.ReportPublisher;
import lianjian.site.render.SitePaths;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;

/**
 * One read model, one attribution (issue: "one read model"): a person's reviews are the same in
 * R01, on the person's page and in their dossier, also when the reviewed case names its judge only
 * by name; and a dossier is written exactly for the persons in the scope of 履职评议.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttributionAgreementTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @TempDir
    static Path dir;

    ImportHarness h;
    Path build;
    ReadModel model;

    @BeforeAll
    void publish() throws Exception {
        h = new ImportHarness(dir);
        h.loadReferenceData(); // P001 张明, P002 李华, P003/P004 王芳 (namesakes) of FY01, P101 赵强 of JCY01
        TestWorkbook.create().sheet("人员名册")
                .row("人员编号", "姓名", "所属单位", "人员类别", "是否员额", "任命日期", "离任日期")
                .row("P005", "孙新", "FY01", "法官", "否", LocalDate.of(2018, 1, 1), null)
                .row("P006", "周离", "FY01", "法官", "是", LocalDate.of(2016, 1, 1), LocalDate.of(2025, 3, 1))
                .writeXlsx(h.inbox("补充名册.xlsx"));
        TestWorkbook.create().sheet("法院案件").row("案号", "案件类型", "审判程序", "立案日期", "结案日期", "承办人", "承办人编号")
                .row("（2025）示民初1号", "民事", "一审", "2025-01-06", "2025-03-01", "张明", null)
                .row("（2025）示民初2号", "民事", "一审", "2025-01-07", "2025-03-02", null, "P001")
                .row("（2025）示民初3号", "民事", "一审", "2025-01-08", "2025-03-03", "钱多", null)
                .writeXlsx(h.inbox("案件.xlsx"));
        TestWorkbook.create().sheet("案件评查").row("评查编号", "案号", "评查日期", "评查等次", "承办单位", "承办人")
                .row("PC1", "（2025）示民初1号", "2025-05-01", "合格", null, null)
                .row("PC2", "（2025）示民初2号", "2025-05-02", "瑕疵", null, null)
                .row("PC3", "（2025）示民初3号", "2025-05-03", "合格", null, null)
                .row("PC4", "（2024）示民初9号", "2025-05-04", "优秀", "FY01", "张明")
                .writeXlsx(h.inbox("评查.xlsx"));
        assertThat(h.runImport()).as("imported").allMatch(r -> r.rowsRejected() == 0 && r.errorWorkbook() == null);

        ReadModelSource source = new ReadModelSource(h.db.jdbc);
        IndicatorRepository figures = new IndicatorRepository(h.db.jdbc);
        new IndicatorComputation(h.db.jdbc, h.properties, source).compute(AS_OF, LocalDate.of(2026, 11, 27));
        model = source.current();
        build = dir.resolve("build");
        new ReportPublisher(h.db.jdbc, figures, h.receipts, h.properties, new Console(true), source)
                .publishAll(build.resolve("reports"), 1);
        new SiteGenerator(figures, h.receipts, h.db.jdbc, h.properties, h.workspace, source).generate(build);
    }

    @Test
    void reviewsOfAJudgeNamedOnlyByNameCountEverywhere() throws Exception {
        // By hand: 1号 names 张明 (unique in FY01), 2号 has his 人员编号, PC4's case is unknown and the review
        // itself names 张明 of FY01 → 3 reviews; 3号 names 钱多, who is not on the roster → nobody.
        IndicatorRepository figures = new IndicatorRepository(h.db.jdbc);
        assertThat(figures.figure("2025", "FY01", "P001", "R01").orElseThrow().value()).isEqualTo(3.0);
        assertThat(model.reviewsOf("P001")).extracting(r -> r.no()).containsExactly("PC1", "PC2", "PC4");

        List<Element> rows = SiteDom.all(SiteDom.parse(build.resolve(SitePaths.person("2025", "P001"))), "tr").stream()
                .filter(tr -> tr.getTextContent().contains("PC")).toList();
        assertThat(rows).extracting(tr -> tr.getTextContent().replaceAll("\\s", "").substring(0, 3))
                .containsExactly("PC1", "PC2", "PC4");

        ReportEntry dossier = ReportIndex.read(build.resolve("reports")).available().stream()
                .filter(e -> e.is(ReportKind.DOSSIER) && "P001".equals(e.personId())).findFirst().orElseThrow();
        String text = pdfText(build.resolve("reports").resolve(dossier.file())).replaceAll("\\s", "");
        assertThat(text).contains("（2025）示民初1号", "（2025）示民初2号", "（2024）示民初9号")
                .doesNotContain("（2025）示民初3号");
    }

    @Test
    void dossiersAreWrittenForThePersonsInTheScopeOfEvaluation() {
        Set<String> dossiers = ReportIndex.read(build.resolve("reports")).available().stream()
                .filter(e -> e.is(ReportKind.DOSSIER)).map(ReportEntry::personId).collect(Collectors.toSet());
        // In scope at 2025-12-31: the five 员额 judges and prosecutors in office; not 孙新 (是否员额 否),
        // not 周离 (left on 2025-03-01).
        assertThat(dossiers).containsExactlyInAnyOrder("P001", "P002", "P003", "P004", "P101");
        double e01 = new IndicatorRepository(h.db.jdbc).figure("2025", "ALL", "", "E01").orElseThrow().value();
        assertThat(dossiers).hasSize((int) e01);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
