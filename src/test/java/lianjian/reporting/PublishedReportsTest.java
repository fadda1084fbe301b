package lianjian.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.indicators.ListCode;
import lianjian.indicators.Figure;
import lianjian.publish.ReportKind;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.IndicatorRepository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every report of issue #4 on the hand-built county (ReportFixture): the files and index.json, the
 * running header and footer, embedded fonts, and the key figures of each report read back from the
 * PDF text (PDFBox) and compared with the stored indicators formatted by Formats — the same text
 * the dashboard prints.
 */
class PublishedReportsTest {

    @TempDir
    static Path dir;

    static ReportFixture fx;
    static PublishSummary summary;
    static Path out;
    static IndicatorRepository repo;
    static IndicatorCatalog catalog;
    static final Map<String, PdfText> PDFS = new HashMap<>();

    static final String HALF = "2025H2", YEAR = "2025", AS_OF = "2025-12-31";

    @BeforeAll
    static void publish() throws Exception {
        fx = ReportFixture.build(dir.resolve("workspace"));
        repo = fx.figures;
        catalog = IndicatorCatalog.load(fx.properties);
        out = dir.resolve("reports");
        summary = fx.publisher().publishAll(out, 2);
        // Kept for looking at them (pdftoppm -png -r 70 …) after a test run.
        Path keep = Path.of("target/report-preview/fixture");
        Files.createDirectories(keep);
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) Files.copy(f, keep.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static PdfText pdf(String file) {
        return PDFS.computeIfAbsent(file, f -> {
            try {
                return PdfText.read(out.resolve(f));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static String value(String code, Double v) {
        return Formats.value(catalog.get(code).display(), v);
    }

    static String bare(String code, Double v) {
        return Formats.bare(catalog.get(code).display(), v);
    }

    static Double v(String period, String unit, String code) {
        return repo.figure(period, unit, null, code).map(Figure::value).orElse(null);
    }

    static String sq(String s) {
        return PdfText.squash(s);
    }

    // ---- files and index.json ----

    @Test
    void everyReportOfTheIssueIsWrittenUnderAnAsciiName() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (String p : List.of(HALF, YEAR)) {
            expected.add("overview-" + p + ".pdf");
            for (String u : List.of("FY01", "JCY01", "GAJ01", "SFJ01")) expected.add("unit-" + u + "-" + p + ".pdf");
        }
        expected.add("coverage-" + AS_OF + ".pdf");
        expected.add("rectification-" + AS_OF + ".pdf");
        // the scope of 履职评议 (员额 judges and prosecutors in office): P001–P008, P101–P106; not P009 (not 员额),
        // P010 (left), P201 (a clerk)
        for (int i = 1; i <= 8; i++) expected.add(String.format("dossier-P%03d-%s.pdf", i, AS_OF));
        for (int i = 1; i <= 6; i++) expected.add(String.format("dossier-P1%02d-%s.pdf", i, AS_OF));
        expected.add("index.json");
        Set<String> written = new TreeSet<>();
        try (Stream<Path> files = Files.list(out)) {
            files.forEach(f -> written.add(f.getFileName().toString()));
        }
        assertThat(written).isEqualTo(expected);
        assertThat(written).allMatch(n -> n.matches("[A-Za-z0-9._-]+"));
        assertThat(summary.countByKind()).containsEntry(ReportKind.OVERVIEW, 2).containsEntry(ReportKind.UNIT, 8)
                .containsEntry(ReportKind.COVERAGE, 1).containsEntry(ReportKind.RECTIFICATION, 1).containsEntry(ReportKind.DOSSIER, 14);
    }

    @Test
    void indexJsonDescribesEveryPdf() throws Exception {
        List<Map<String, Object>> index = JsonMapper.builder().build()
                .readValue(Files.readString(out.resolve("index.json")), new TypeReference<List<Map<String, Object>>>() {});
        assertThat(index).hasSize(26);
        for (Map<String, Object> e : index) {
            assertThat(e).containsOnlyKeys("file", "title", "kind", "period", "unitCode", "personId", "asOf", "pages", "bytes");
            String file = (String) e.get("file");
            assertThat(((Number) e.get("bytes")).longValue()).as(file).isEqualTo(Files.size(out.resolve(file)));
            assertThat(((Number) e.get("pages")).intValue()).as(file).isEqualTo(pdf(file).pageCount());
            assertThat(file).startsWith(e.get("kind") + "-");
            assertThat((String) e.get("title")).as(file).contains("示例县").isEqualTo(pdf(file).title);
            assertThat(e.get("asOf")).isEqualTo(AS_OF);
            switch ((String) e.get("kind")) {
                case "overview" -> assertThat(e).containsEntry("unitCode", null).containsEntry("personId", null)
                        .containsEntry("period", file.substring(9, file.length() - 4));
                case "unit" -> assertThat(file).isEqualTo("unit-" + e.get("unitCode") + "-" + e.get("period") + ".pdf");
                case "coverage" -> assertThat(e).containsEntry("period", null).containsEntry("personId", null);
                case "rectification" -> assertThat(e).containsEntry("period", HALF);
                case "dossier" -> assertThat(file).isEqualTo("dossier-" + e.get("personId") + "-" + AS_OF + ".pdf");
                default -> throw new AssertionError("unknown kind " + e.get("kind"));
            }
        }
        assertThat(index.get(0)).containsEntry("file", "overview-2025H2.pdf")
                .containsEntry("title", "示例县联席会议综合报告（2025年下半年）");
    }

    // ---- what every PDF shares ----

    @Test
    void everyPageHasHeaderAndFooterEveryFontIsEmbeddedAndChartsAreVector() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                String name = f.getFileName().toString();
                PdfText pdf = pdf(name);
                assertThat(pdf.fonts).as(name).isNotEmpty()
                        .allSatisfy((font, embedded) -> assertThat(embedded).as(name + " " + font).isTrue());
                assertThat(pdf.fonts.keySet()).as(name).allMatch(font -> font.contains("NotoSansHans"))
                        // both faces: the shared styles reached the tables (headings and headers use 中粗)
                        .anyMatch(font -> font.endsWith("NotoSansHans-Medium")).anyMatch(font -> font.endsWith("NotoSansHans-Regular"));
                assertThat(pdf.images).as(name + ": charts are drawn as vectors").isZero();
                int n = pdf.pageCount();
                boolean cover = name.startsWith("overview-");
                for (int p = cover ? 2 : 1; p <= n; p++) {
                    assertThat(pdf.page(p)).as(name + " page " + p).contains("示例县", "第" + p + "页/共" + n + "页",
                            "数据截至：" + AS_OF, "生成时间：");
                }
                if (cover) assertThat(pdf.page(1)).doesNotContain("第1页");
            }
        }
    }

    // ---- 1. 联席会议综合报告 ----

    @Test
    void overviewCoverAndSummaryQuoteTheStoredCountyFigures() {
        PdfText pdf = pdf("overview-2025H2.pdf");
        assertThat(pdf.page(1)).contains("内部资料", "示例县人大常委会", "中共示例县委政法委员会", "联席会议综合报告", "（2025年下半年）");
        String summary = pdf.page(2);
        Figure c03 = repo.figure(HALF, "ALL", null, "C03").orElseThrow();
        assertThat(summary).contains("一、总体情况")
                .contains(sq("示例县人民法院收案 " + value("C01", v(HALF, "ALL", "C01"))))
                .contains(sq("结案 " + value("C02", v(HALF, "ALL", "C02"))))
                .contains(sq("结收比 " + value("C03", c03.value())))
                .contains(sq("法定审限内结案率 " + value("C05", v(HALF, "ALL", "C05"))))
                .contains(sq("示例县人民检察院受理 " + value("J01", v(HALF, "ALL", "J01"))))
                .contains(sq("届内履职评议覆盖率 " + value("E03", v(HALF, "ALL", "E03"))))
                .contains(sq("整改完成率 " + value("Z03", v(HALF, "ALL", "Z03"))));
        // 结收比 同比: the change in words, from the stored value a year earlier
        double change = c03.value() - c03.yearEarlier();
        String words = Formats.fixed(Math.abs(change), 2).equals("0.00") ? "同比持平"
                : (change > 0 ? "同比上升" : "同比下降") + Formats.fixed(Math.abs(change), 2);
        assertThat(summary).contains(sq("结收比 " + value("C03", c03.value()) + "，" + words));
    }

    @Test
    void chaptersAreBookmarksInThePdfOutline() {
        assertThat(pdf("overview-2025H2.pdf").outline).contains("一、总体情况", "二、各单位主要指标", "  （二）示例县人民法院",
                "七、满意度", "附件1　指标说明", "附件2　数据来源");
        assertThat(pdf("dossier-P001-" + AS_OF + ".pdf").outline).startsWith("一、基本情况", "二、办案情况");
    }

    @Test
    void overviewIndicatorTablesCompareWithPreviousPeriodYearEarlierAndTheReferenceInterval() {
        String text = pdf("overview-2025H2.pdf").squashed();
        Figure c05 = repo.figure(HALF, "FY01", null, "C05").orElseThrow();
        // configured in the fixture as [0.95, 1.0] with the note 示例 → printed with *, judged by hand here
        String verdict = c05.value() >= 0.95 ? "达标" : "未达标";
        String row = "法定审限内结案率↑" + bare("C05", c05.value()) + bare("C05", c05.previous())
                + Formats.change(IndicatorDef.Display.PERCENT, c05.changeFromPrevious()) + bare("C05", c05.yearEarlier())
                + Formats.change(IndicatorDef.Display.PERCENT, c05.changeFromYearEarlier()) + "95.0%～100.0%*" + verdict;
        assertThat(text).contains(sq(row));
        Figure c01 = repo.figure(HALF, "FY01", null, "C01").orElseThrow();
        assertThat(text).contains(sq("收案数（件）" + bare("C01", c01.value()) + bare("C01", c01.previous())));
        // a figure without a value prints "—" in its row
        Figure none = repo.unitFigures(HALF, "FY01").values().stream().filter(f -> f.value() == null).findFirst().orElseThrow();
        assertThat(text).containsPattern(java.util.regex.Pattern.quote(sq(catalog.get(none.code()).name())) + "[^—]{0,6}—");
        assertThat(text).contains("未配置参考区间的指标不作达标评价", "标*的参考区间为示例值");
    }

    @Test
    void overviewTrendsCoverageRectificationActivitiesSatisfactionAndAppendices() {
        String text = pdf("overview-2025H2.pdf").squashed();
        assertThat(text).contains("三、主要指标趋势", "2024年一季度至2025年四季度");
        // the trend table: 收案数 in each of the eight quarters, as stored
        StringBuilder trend = new StringBuilder("收案数（件）");
        for (String q : List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4")) {
            trend.append(bare("C01", v(q, "ALL", "C01")));
        }
        assertThat(text).contains(trend.toString());
        assertThat(text).contains("四、履职评议", "本届尚未评议人员名单", "离任未评议人员名单");
        for (Map<String, Object> item : repo.list(ListCode.of("E04"), HALF, "ALL")) assertThat(text).contains((String) item.get("name"));
        for (Map<String, Object> item : repo.list(ListCode.of("E08"), HALF, "ALL")) assertThat(text).contains((String) item.get("name"));
        assertThat(text).contains("五、问题整改", "逾期未整改问题清单");
        assertThat(repo.list(ListCode.of("Z04"), HALF, "ALL")).isNotEmpty();
        for (Map<String, Object> item : repo.list(ListCode.of("Z04"), HALF, "ALL")) assertThat(text).contains((String) item.get("problemNo"));
        assertThat(text).contains("六、监督活动");
        for (var b : repo.breakdown(HALF, "ALL", "A01")) assertThat(text).contains(b.category() + Formats.integer(b.value()));
        assertThat(text).contains("七、满意度", sq("全县" + bare("S01", v(HALF, "ALL", "S01")) + bare("S02", v(HALF, "ALL", "S02"))));
        assertThat(text).contains("附件1指标说明", "C05法定审限内结案率", "J04案件比", "附件2数据来源", "法院案件.xlsx", "监督综合.xlsx");
    }

    // ---- 2. 单位监督报告 ----

    @Test
    void unitReportOfTheCourt() {
        String text = pdf("unit-FY01-2025H2.pdf").squashed();
        assertThat(text).contains("示例县人民法院监督报告", "统计期间2025年7月1日至2025年12月31日")
                .contains(sq("本院收案 " + value("C01", v(HALF, "FY01", "C01"))))
                .contains("案件评查", "问题整改", "履职评议");
        // its reviews graded 瑕疵 or 不合格 in the period, by case number (read from the table, not from the code)
        List<String> flawed = fx.harness.db.jdbc.queryForList("SELECT r.case_no FROM case_review r JOIN court_case c ON c.case_no = r.case_no"
                + " WHERE c.unit_code = 'FY01' AND r.reviewed_on BETWEEN '2025-07-01' AND '2025-12-31'"
                + " AND r.grade IN ('基本合格', '瑕疵', '不合格')", String.class);
        for (String caseNo : flawed) assertThat(text).contains(caseNo);
        // its own not-yet-evaluated judges, and no prosecutor
        for (Map<String, Object> item : repo.list(ListCode.of("E04"), HALF, "FY01")) assertThat(text).contains((String) item.get("name"));
        for (Map<String, Object> item : repo.list(ListCode.of("E04"), HALF, "JCY01")) assertThat(text).doesNotContain((String) item.get("name"));
        for (Map<String, Object> item : repo.list(ListCode.of("Z-OPEN"), HALF, "FY01")) assertThat(text).contains((String) item.get("problemNo"));
    }

    @Test
    void unitReportOfThePoliceHasNoCourtOrEvaluationChapters() {
        String text = pdf("unit-GAJ01-2025.pdf").squashed();
        assertThat(text).contains("示例县公安局监督报告", sq("满意度调查有效样本 " + Formats.integer(v(YEAR, "GAJ01", "S01")) + " 人"))
                .doesNotContain("审判执行", "检察办案", "十、履职评议", "收案数");
    }

    // ---- 3. 履职评议覆盖报告 ----

    @Test
    void coverageReportListsEveryoneByUnitAndNameNeverByResult() {
        String text = pdf("coverage-" + AS_OF + ".pdf").squashed();
        assertThat(text).contains("履职评议覆盖报告", "截至2025年12月31日")
                .contains(sq("应评议的员额法官、检察官 " + value("E01", v(YEAR, "ALL", "E01"))))
                .contains(sq("届内履职评议覆盖率 " + value("E03", v(YEAR, "ALL", "E03"))))
                .contains(sq("按当前进度，届末预计覆盖率 " + value("E07", v(YEAR, "ALL", "E07"))))
                .contains("届内逐年进度", "剩余年度评议任务");
        assertInUnitAndNameOrder(text, repo.list(ListCode.of("E04"), YEAR, "ALL"));
        assertInUnitAndNameOrder(text.substring(text.indexOf("已评议人员最近一次评议结果")), repo.list(ListCode.of("E-LATEST"), YEAR, "ALL"));
        for (Map<String, Object> item : repo.list(ListCode.of("E08"), YEAR, "ALL")) assertThat(text).contains((String) item.get("name"));
        // 赵磊 (P004): 23 / 5 / 16 votes → (23 + 5) ÷ 44 = 63.6%, not above two thirds
        assertThat(text).contains("赵磊", "23/5/16", "63.6%");
    }

    /** The names appear in the order of their unit code, then name in pinyin order — computed here, not taken from the list order. */
    private static void assertInUnitAndNameOrder(String text, List<Map<String, Object>> items) {
        assertThat(items).isNotEmpty();
        List<Map<String, Object>> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((Map<String, Object> m) -> (String) m.get("unitCode"))
                .thenComparing(m -> (String) m.get("name"), java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE)));
        int at = -1;
        for (Map<String, Object> item : sorted) {
            String name = (String) item.get("name");
            int i = text.indexOf(name, at + 1);
            assertThat(i).as("%s after position %d", name, at).isGreaterThan(at);
            at = i;
        }
    }

    // ---- 4. 问题整改清单 ----

    @Test
    void rectificationListsOverdueNearDeadlineOpenAndClosedProblems() {
        String text = pdf("rectification-" + AS_OF + ".pdf").squashed();
        assertThat(text).contains("问题整改清单", sq("逾期未整改 " + Formats.integer(v(HALF, "ALL", "Z04")) + " 个"));
        for (Map<String, Object> item : repo.list(ListCode.of("Z04"), HALF, "ALL")) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse((String) item.get("deadline")),
                    java.time.LocalDate.parse(AS_OF));
            assertThat(text).contains(item.get("problemNo") + "", "逾期" + days + "天");
        }
        String near = text.substring(text.indexOf("三、临期问题"), text.indexOf("四、未完成整改问题清单"));
        assertThat(repo.list(ListCode.Z06A, HALF, "ALL")).isNotEmpty();
        for (ListCode list : List.of(ListCode.Z06A, ListCode.Z06B)) {
            for (Map<String, Object> item : repo.list(list, HALF, "ALL")) assertThat(near).contains((String) item.get("problemNo"));
        }
        for (Map<String, Object> item : repo.list(ListCode.of("Z-OPEN"), HALF, "ALL")) assertThat(text).contains((String) item.get("problemNo"));
        String closed = text.substring(text.indexOf("五、本期完成整改的问题"));
        for (Map<String, Object> item : repo.list(ListCode.of("Z-CLOSED"), HALF, "ALL")) assertThat(closed).contains((String) item.get("problemNo"));
    }

    // ---- 5. 个人履职档案 ----

    @Test
    void dossierShowsThePersonBesideTheUnitYearByYearAndNoColleague() {
        String text = pdf("dossier-P001-" + AS_OF + ".pdf").squashed();
        assertThat(text).contains("个人履职档案", "张明", "示例县人民法院", "任命日期2015-03-01");
        StringBuilder row = new StringBuilder("收案数（件）");
        StringBuilder rate = new StringBuilder("法定审限内结案率");
        for (String y : List.of("2022", "2023", "2024", "2025")) {
            assertThat(text).contains(y + "年");
            row.append(bare("C01", pv(y, "P001", "C01"))).append(bare("C01", v(y, "FY01", "C01")));
            rate.append(bare("C05", pv(y, "P001", "C05"))).append(bare("C05", v(y, "FY01", "C05")));
        }
        assertThat(text).contains(row.toString(), rate.toString());
        // earlier evaluations, also from before the term
        assertThat(text).contains("2019-10-01", "述职评议", "25/3/0", "2022-06-10", "常委会评议");
        // never a colleague: no other judge's name appears
        for (String other : List.of("李华", "王芳", "赵磊", "陈静", "刘洋", "杨帆", "黄蕾", "周涛", "吴敏")) {
            assertThat(text).doesNotContain(other);
        }
    }

    @Test
    void dossierOfAProsecutorShowsProcuratorateFigures() {
        String text = pdf("dossier-P101-" + AS_OF + ".pdf").squashed();
        assertThat(text).contains("孙强", "示例县人民检察院", "认罪认罚适用率",
                "受理数（件）").doesNotContain("收案数");
        assertThat(text).contains(sq("2025年，本人受理 " + value("J01", pv("2025", "P101", "J01"))));
    }

    static Double pv(String period, String person, String code) {
        return repo.personFigures(period, person).containsKey(code) ? repo.personFigures(period, person).get(code).value() : null;
    }
}
