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
    static final Map<Object, String> UNIT_NAMES = Map.of("FY01", "示例县人民法院", "JCY01", "示例县人民检察院", "GAJ01", "示例县公安局",
            "SFJ01", "示例县司法局");

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
        // 问题整改清单 per period of the overviews, each counting its own period (issue 14 part 8)
        expected.add("rectification-" + HALF + ".pdf");
        expected.add("rectification-" + YEAR + ".pdf");
        // 督办通知单 for the units with an overdue item at the as-of date (ReportFixture's class comment):
        // the court, the procuratorate (JY-5), the justice bureau (DB-1…DB-4, JY-15); not the police (临期 only)
        for (String u : List.of("FY01", "JCY01", "SFJ01")) expected.add("notice-" + u + "-" + AS_OF + ".pdf");
        // editable Word copies of the overviews and the notices (issue 14), beside their PDFs
        for (String p : List.of(HALF, YEAR)) expected.add("overview-" + p + ".docx");
        for (String u : List.of("FY01", "JCY01", "SFJ01")) expected.add("notice-" + u + "-" + AS_OF + ".docx");
        // and the OFD copies of the overviews (issue 14 part 5)
        for (String p : List.of(HALF, YEAR)) expected.add("overview-" + p + ".ofd");
        // the scope of 履职评议 (员额 judges and prosecutors in office): P001–P008, P011, P101–P107; not P009 (not 员额),
        // P010 (left), P201 (a clerk)
        for (int i = 1; i <= 8; i++) expected.add(String.format("dossier-P%03d-%s.pdf", i, AS_OF));
        expected.add("dossier-P011-" + AS_OF + ".pdf");
        for (int i = 1; i <= 7; i++) expected.add(String.format("dossier-P1%02d-%s.pdf", i, AS_OF));
        expected.add("index.json");
        Set<String> written = new TreeSet<>();
        try (Stream<Path> files = Files.list(out)) {
            files.forEach(f -> written.add(f.getFileName().toString()));
        }
        assertThat(written).isEqualTo(expected);
        assertThat(written).allMatch(n -> n.matches("[A-Za-z0-9._-]+"));
        assertThat(summary.countByKind()).containsEntry(ReportKind.OVERVIEW, 2).containsEntry(ReportKind.UNIT, 8)
                .containsEntry(ReportKind.COVERAGE, 1).containsEntry(ReportKind.RECTIFICATION, 2).containsEntry(ReportKind.NOTICE, 3)
                .containsEntry(ReportKind.DOSSIER, 16);
    }

    @Test
    void indexJsonDescribesEveryPdf() throws Exception {
        List<Map<String, Object>> index = JsonMapper.builder().build()
                .readValue(Files.readString(out.resolve("index.json")), new TypeReference<List<Map<String, Object>>>() {});
        assertThat(index).hasSize(32);
        for (Map<String, Object> e : index) {
            assertThat(e).containsOnlyKeys("file", "title", "kind", "period", "unitCode", "personId", "asOf", "pages", "bytes",
                    "inputs");
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
                case "rectification" -> {
                    assertThat((String) e.get("period")).isIn(HALF, YEAR);
                    assertThat(file).isEqualTo("rectification-" + e.get("period") + ".pdf");
                }
                case "dossier" -> assertThat(file).isEqualTo("dossier-" + e.get("personId") + "-" + AS_OF + ".pdf");
                // the dashboard links a unit's notice by kind, unitCode and asOf
                case "notice" -> {
                    assertThat(e).containsEntry("period", null).containsEntry("personId", null);
                    assertThat(file).isEqualTo("notice-" + e.get("unitCode") + "-" + AS_OF + ".pdf");
                    assertThat((String) e.get("title")).isEqualTo(UNIT_NAMES.get(e.get("unitCode")) + "督办通知单（截至2025年12月31日）");
                }
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
                // a notice opens with its own 版头 instead of the running header; later pages carry it
                if (name.startsWith("notice-")) {
                    assertThat(pdf.page(1)).as(name).startsWith("示例县人大常委会监察和司法工作委员会").doesNotContain("示例县督办通知单（");
                    for (int p = 2; p <= n; p++) assertThat(pdf.page(p)).as(name + " page " + p).contains("示例县督办通知单（");
                }
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
        // 结收比 同比: the change in words, the difference of the two values as printed (issue 14 part 8)
        java.math.BigDecimal change = new java.math.BigDecimal(bare("C03", c03.value()))
                .subtract(new java.math.BigDecimal(bare("C03", c03.yearEarlier())));
        String words = change.signum() == 0 ? "同比持平" : (change.signum() > 0 ? "同比上升" : "同比下降") + change.abs().toPlainString();
        assertThat(summary).contains(sq("结收比 " + value("C03", c03.value()) + "，" + words));
    }

    @Test
    void chaptersAreBookmarksInThePdfOutline() {
        assertThat(pdf("overview-2025H2.pdf").outline).containsSubsequence("一、总体情况", "二、预警", "三、督办事项", "四、各单位主要指标",
                "  （二）示例县人民法院", "五、主要指标趋势", "六、履职评议", "七、问题整改", "八、监督活动", "九、监督计划", "十、满意度", "附件1　指标说明",
                "附件2　数据来源");
        assertThat(pdf("dossier-P001-" + AS_OF + ".pdf").outline).startsWith("一、基本情况", "二、办案情况");
    }

    @Test
    void overviewIndicatorTablesCompareWithPreviousPeriodYearEarlierAndTheReferenceInterval() {
        String text = pdf("overview-2025H2.pdf").squashed();
        Figure c05 = repo.figure(HALF, "FY01", null, "C05").orElseThrow();
        // configured in the fixture as [0.95, 1.0] with the note 示例 → printed with *, judged by hand here
        String verdict = c05.value() >= 0.95 ? "达标" : "未达标";
        // the changes are those of the printed values (the reader's own subtraction), not of the unrounded ones
        String value = bare("C05", c05.value()), previous = bare("C05", c05.previous()), yearEarlier = bare("C05", c05.yearEarlier());
        String row = "法定审限内结案率↑" + value + previous + ReaderChange.percentPoints(value, previous) + yearEarlier
                + ReaderChange.percentPoints(value, yearEarlier) + "95.0%～100.0%*" + verdict;
        assertThat(text).contains(sq(row));
        assertThat(text).contains("指标本期上期环比上年同期同比参考区间评价", "上期为2025年上半年；上年同期为2024年下半年");
        Figure c01 = repo.figure(HALF, "FY01", null, "C01").orElseThrow();
        assertThat(text).contains(sq("收案数（件）ⓘ" + bare("C01", c01.value()) + bare("C01", c01.previous())));
        // a figure without a value prints "—" in its row
        Figure none = repo.unitFigures(HALF, "FY01").values().stream().filter(f -> f.value() == null && !f.noData())
                .findFirst().orElseThrow();
        assertThat(text).containsPattern(java.util.regex.Pattern.quote(sq(catalog.get(none.code()).name())) + "[^—]{0,6}—");
        assertThat(text).contains("未配置参考区间的指标不作达标评价", "标*的参考区间为示例值");
    }

    @Test
    void overviewTrendsCoverageRectificationActivitiesSatisfactionAndAppendices() {
        String text = pdf("overview-2025H2.pdf").squashed();
        assertThat(text).contains("五、主要指标趋势", "2024年一季度至2025年四季度");
        // the trend table: 收案数 in each of the eight quarters, as stored
        StringBuilder trend = new StringBuilder("收案数（件）");
        for (String q : List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4")) {
            trend.append(bare("C01", v(q, "ALL", "C01")));
        }
        assertThat(text).contains(trend.toString());
        assertThat(text).contains("六、履职评议", "本届尚未评议人员名单", "离任未评议人员名单");
        for (Map<String, Object> item : repo.list(ListCode.of("E04"), HALF, "ALL")) assertThat(text).contains((String) item.get("name"));
        for (Map<String, Object> item : repo.list(ListCode.of("E08"), HALF, "ALL")) assertThat(text).contains((String) item.get("name"));
        assertThat(text).contains("七、问题整改", "逾期未整改问题清单");
        assertThat(repo.list(ListCode.of("Z04"), HALF, "ALL")).isNotEmpty();
        for (Map<String, Object> item : repo.list(ListCode.of("Z04"), HALF, "ALL")) assertThat(text).contains((String) item.get("problemNo"));
        assertThat(text).contains("八、监督活动");
        for (var b : repo.breakdown(HALF, "ALL", "A01")) assertThat(text).contains(b.category() + Formats.integer(b.value()));
        assertThat(text).contains("十、满意度", sq("全县" + bare("S01", v(HALF, "ALL", "S01")) + bare("S02", v(HALF, "ALL", "S02"))));
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
        String text = pdf("rectification-" + HALF + ".pdf").squashed();
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

    /**
     * Issue 14 part 8: the year's 问题整改 page and overview count the year; the 整改清单 they go with counted the
     * half-year ending the same day. Each period of the overviews now has its own, counting its own period.
     */
    @Test
    void eachPeriodHasARectificationListCountingThatPeriod() {
        String half = pdf("rectification-" + HALF + ".pdf").squashed(), year = pdf("rectification-" + YEAR + ".pdf").squashed();
        // the fixture's problems are found all through 2025: the year finds more than its second half
        assertThat(v(YEAR, "ALL", "Z01")).isGreaterThan(v(HALF, "ALL", "Z01"));
        assertThat(year).contains("本期为2025年（2025年1月1日至2025年12月31日）",
                sq("本期新发现问题 " + Formats.integer(v(YEAR, "ALL", "Z01")) + " 个"));
        assertThat(half).contains("本期为2025年下半年（2025年7月1日至2025年12月31日）",
                sq("本期新发现问题 " + Formats.integer(v(HALF, "ALL", "Z01")) + " 个"));
        assertThat(pdf("rectification-" + YEAR + ".pdf").title).isEqualTo("示例县问题整改清单（2025年，截至2025年12月31日）");
        // the problems completed in the first half are listed by the year's list only
        String closedInYear = year.substring(year.indexOf("五、本期完成整改的问题"));
        String closedInHalf = half.substring(half.indexOf("五、本期完成整改的问题"));
        List<Map<String, Object>> firstHalfOnly = new ArrayList<>(repo.list(ListCode.of("Z-CLOSED"), YEAR, "ALL"));
        Set<Object> secondHalf = new java.util.HashSet<>();
        repo.list(ListCode.of("Z-CLOSED"), HALF, "ALL").forEach(m -> secondHalf.add(m.get("problemNo")));
        firstHalfOnly.removeIf(m -> secondHalf.contains(m.get("problemNo")));
        assertThat(firstHalfOnly).isNotEmpty();
        for (Map<String, Object> item : firstHalfOnly) {
            assertThat(closedInYear).containsPattern(java.util.regex.Pattern.quote((String) item.get("problemNo")) + "(?![0-9])");
            assertThat(closedInHalf).doesNotContainPattern(java.util.regex.Pattern.quote((String) item.get("problemNo")) + "(?![0-9])");
        }
    }

    // ---- issue 14 part 8: the tables as a leader reads them ----

    /** A year's 上期 and 上年同期 are both the year before: one comparison column, not two identical ones. */
    @Test
    void aYearsIndicatorTablesHaveOneComparisonWithTheYearBefore() {
        for (String file : List.of("overview-2025.pdf", "unit-FY01-2025.pdf")) {
            String text = pdf(file).squashed();
            assertThat(text).as(file).contains("指标本期上年较上年参考区间评价", "本期为2025年；上年为2024年。")
                    .doesNotContain("环比", "上年同期为")
                    // and the prose calls that comparison as the table does
                    .doesNotContain("较上期");
        }
        String text = pdf("overview-2025.pdf").squashed();
        Figure c05 = repo.figure(YEAR, "FY01", null, "C05").orElseThrow();
        String value = bare("C05", c05.value()), previous = bare("C05", c05.previous());
        String verdict = c05.value() >= 0.95 ? "达标" : "未达标";
        assertThat(text).contains(sq("法定审限内结案率↑" + value + previous + ReaderChange.percentPoints(value, previous)
                + "95.0%～100.0%*" + verdict));
        // half-years keep both comparisons
        assertThat(pdf("unit-FY01-2025H2.pdf").squashed()).contains("指标本期上期环比上年同期同比参考区间评价");
    }

    /** Every rate of the county's table: the printed change is the difference of the printed values. */
    @Test
    void everyPrintedChangeOfARateIsTheDifferenceOfThePrintedValues() {
        String text = pdf("overview-2025H2.pdf").squashed();
        int checked = 0;
        for (Figure f : repo.unitFigures(HALF, "ALL").values()) {
            if (catalog.get(f.code()).display() != IndicatorDef.Display.PERCENT || f.noData() || f.value() == null
                    || f.previous() == null || f.yearEarlier() == null) continue;
            String value = bare(f.code(), f.value()), previous = bare(f.code(), f.previous()), earlier = bare(f.code(), f.yearEarlier());
            assertThat(text).as(f.code()).contains(sq(value + previous + ReaderChange.percentPoints(value, previous) + earlier
                    + ReaderChange.percentPoints(value, earlier)));
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    // ---- 5. 个人履职档案 ----

    /** 是否员额 left blank counts as 员额 (DOMAIN §4.2): the dossier says so, in the dashboard's words. */
    @Test
    void dossierSaysWhenQuotaWasLeftBlankAndCountedAsQuota() {
        assertThat(pdf("dossier-P002-" + AS_OF + ".pdf").squashed()).contains("李华", "是否员额是（未填写，按员额计）任命日期");
        assertThat(pdf("dossier-P001-" + AS_OF + ".pdf").squashed()).contains("是否员额是任命日期").doesNotContain("未填写");
    }

    @Test
    void dossierShowsThePersonBesideTheUnitYearByYearAndNoColleague() {
        String text = pdf("dossier-P001-" + AS_OF + ".pdf").squashed();
        assertThat(text).contains("个人履职档案", "张明", "示例县人民法院", "任命日期2015-03-01");
        StringBuilder row = new StringBuilder("收案数（件）");
        StringBuilder rate = new StringBuilder("法定审限内结案率");
        for (String y : List.of("2022", "2023", "2024", "2025")) {
            assertThat(text).contains(y + "年");
            row.append(bare("C01", pv(y, "P001", "C01"))).append(stored("C01", y, "FY01"));
            rate.append(bare("C05", pv(y, "P001", "C05"))).append(stored("C05", y, "FY01"));
        }
        assertThat(text).contains(row.toString(), rate.toString());
        // the court's first case closes in 2024: in 2022 and 2023 its figures say 本期无数据 (DOMAIN §5.1), not — or 0
        assertThat(text).contains("收案数（件）—本期无数据—本期无数据");
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

    /** A stored unit figure as the PDFs print it: 本期无数据 before the family's data, "—" without a value. */
    static String stored(String code, String period, String unit) {
        return Formats.bare(catalog.get(code).display(), repo.figure(period, unit, null, code).orElse(null));
    }

    static Double pv(String period, String person, String code) {
        return repo.personFigures(period, person).containsKey(code) ? repo.personFigures(period, person).get(code).value() : null;
    }

    // ---- 6. 督办通知单 (issue #9) ----

    /** The text of a PDF between two markers (the first occurrence of each, the second after the first). */
    static String between(String text, String from, String to) {
        int a = text.indexOf(from);
        assertThat(a).as("marker %s", from).isNotNegative();
        int b = to == null ? text.length() : text.indexOf(to, a + from.length());
        assertThat(b).as("marker %s after %s", to, from).isGreaterThan(a);
        return text.substring(a, b);
    }

    @Test
    void noticesExistExactlyForTheUnitsWithAnOverdueItem() {
        // by hand (ReportFixture): FY01 (problems i % 4 == 0, XF-6), JCY01 (JY-5), SFJ01 (DB-1…DB-4, JY-15);
        // GAJ01 has only problems due within 20 days (WT-10, WT-18) and JY-10, not yet due
        Set<String> withOverdue = new TreeSet<>();
        Set<String> withDueSoon = new TreeSet<>();
        for (var i : new lianjian.supervision.SupervisionRepository(fx.harness.db.jdbc).followUpItems()) {
            (i.overdue() ? withOverdue : withDueSoon).add(i.unitCode());
        }
        assertThat(withOverdue).containsExactly("FY01", "JCY01", "SFJ01");
        assertThat(withDueSoon).contains("GAJ01");
        Set<String> notices = new TreeSet<>();
        for (ReportEntryView e : index()) if ("notice".equals(e.kind)) notices.add(e.unitCode);
        assertThat(notices).isEqualTo(withOverdue);
    }

    @Test
    void noticeOfTheJusticeBureauListsItsItemsByLevelWithTheStoredDaysAndItsProblemsDueSoon() {
        PdfText pdf = pdf("notice-SFJ01-" + AS_OF + ".pdf");
        String text = pdf.squashed();
        // 版头, number, recipient, the 实施办法
        assertThat(pdf.page(1)).startsWith("示例县人大常委会监察和司法工作委员会中共示例县委政法委员会督办通知单联监督〔2025〕SFJ01-20251231号示例县司法局：");
        assertThat(text).contains("《关于建立人大司法监督与政法委执法监督衔接机制的实施办法》", "跟踪督办、形成监督闭环",
                "截至2025年12月31日，你单位有5项事项超过办理期限尚未办结，其中提请专题报告2项、重点督办1项、一般督办2项");
        // by level, the most serious first; days by hand at 2025-12-31 (escalation [30, 90])
        String special = between(text, "提请专题报告（2项）", "重点督办（1项）");
        assertThat(special).contains("DB-1", "社区矫正对象脱管漏管", "2025-06-30", "184", "DB-2", "2025-11-20", "41", "【共性问题】")
                .doesNotContain("DB-3", "DB-4", "JY-15");
        assertThat(special.indexOf("DB-1")).isLessThan(special.indexOf("DB-2")); // 184 days before 41
        assertThat(between(text, "重点督办（1项）", "一般督办（2项）")).contains("DB-4", "2025-10-31", "61").doesNotContain("DB-3");
        String general = between(text, "一般督办（2项）", "二、临期提醒");
        // DB-3: exactly 30 days overdue is still 一般督办; JY-15: 交办 2025-09-30 + 90 days = 2025-12-29
        assertThat(general).contains("DB-3", "2025-12-01", "30", "JY-15", "代表建议", "2025-09-30", "2025-12-29", "2")
                .contains("逾期30天以内为一般督办，31—90天为重点督办，超过90天或共性问题逾期超过30天的提请专题报告");
        // the stored items, each in its section with the days as stored
        for (var i : new lianjian.supervision.SupervisionRepository(fx.harness.db.jdbc).followUpItems()) {
            if (!"SFJ01".equals(i.unitCode())) continue;
            String section = i.overdue() ? between(text, i.level().chinese() + "（", "二、临期提醒")
                    : between(text, "二、临期提醒", "三、办理要求");
            assertThat(section).as(i.key()).contains(i.key(), i.deadline().toString(), Formats.integer(i.days()));
        }
        // 临期提醒: problems due within 20 days, the nearest first: DB-5 (3 days), WT-27 (5), WT-19 (15)
        String dueSoon = between(text, "二、临期提醒", "三、办理要求");
        assertThat(dueSoon).contains("DB-5", "2026-01-03", "WT-27", "WT-19").doesNotContain("DB-1", "JY-15");
        assertThat(dueSoon.indexOf("DB-5")).isLessThan(dueSoon.indexOf("WT-27"));
        assertThat(dueSoon.indexOf("WT-27")).isLessThan(dueSoon.indexOf("WT-19"));
        // what to do, who issues it, when, and the reply slip
        String end = between(text, "三、办理要求", null);
        assertThat(end).contains("请于收到本通知之日起十五日内", "书面反馈", "提请专题报告", "主任会议")
                .containsPattern("示例县人大常委会监察和司法工作委员会中共示例县委政法委员会\\d{4}年\\d{1,2}月\\d{1,2}日")
                .contains("回执", "收文单位：示例县司法局", "通知单编号：联监督〔2025〕SFJ01-20251231号", "签收人：");
    }

    @Test
    void noticesOfTheProcuratorateAndTheCourt() {
        // JY-5: 交办 2025-08-15 → deadline 2025-11-13 → 48 days overdue → 重点督办, its only item
        String jcy = pdf("notice-JCY01-" + AS_OF + ".pdf").squashed();
        assertThat(jcy).contains("示例县人民检察院：", "你单位有1项事项超过办理期限尚未办结，均为重点督办", "重点督办（1项）", "JY-5",
                "2025-08-15", "2025-11-13", "48").doesNotContain("提请专题报告（", "一般督办（");
        // XF-6: 收到 2025-06-01 → deadline 2025-07-31 → 153 days → 提请专题报告
        String fy = between(pdf("notice-FY01-" + AS_OF + ".pdf").squashed(), "提请专题报告（", "二、临期提醒");
        assertThat(fy).contains("XF-6", "信访", "2025-06-01", "2025-07-31", "153");
    }

    /** index.json read back (only what these tests need). */
    record ReportEntryView(String file, String kind, String unitCode, String asOf) {}

    static List<ReportEntryView> index() {
        try {
            List<Map<String, Object>> raw = JsonMapper.builder().build()
                    .readValue(Files.readString(out.resolve("index.json")), new TypeReference<List<Map<String, Object>>>() {});
            return raw.stream().map(e -> new ReportEntryView((String) e.get("file"), (String) e.get("kind"), (String) e.get("unitCode"),
                    (String) e.get("asOf"))).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- 7. 预警 and 督办 in the overview (issue #11) ----

    @Test
    void overviewPlanChapterListsThePeriodsPlanItemsWithTheirState() {
        String text = pdf("overview-" + HALF + ".pdf").squashed();
        String plan = text.substring(text.indexOf("监督计划", text.indexOf("监督活动清单")));
        // JH-1 was due 2025-09-30 and done 10-15: 15 days late; JH-2 is due on the as-of date: 进行中.
        assertThat(plan).contains("JH-1", "已完成（逾期15天）", "JH-2", "跨单位专项", "进行中");
        // A04 = 2 items due in 2025H2, A05 = 1 ÷ 2 done by the end.
        assertThat(plan).contains(sq("本期计划完成的联合监督事项 2 项"), "50.0%");
    }

    @Test
    void overviewWarningSectionHasEveryWarningOfThePeriodAndSaysExampleForExampleIntervals() {
        String text = pdf("overview-2025H2.pdf").squashed();
        String section = between(text, "二、预警", "三、督办事项");
        List<IndicatorRepository.Warning> warnings = repo.warnings().stream().filter(w -> w.period().equals(HALF)).toList();
        // the fixture judges C05 against an interval noted 示例 (and the catalog's shipped examples), R02 against a
        // configured one: both kinds of 未达标 must be there for this test to mean anything
        assertThat(warnings).anyMatch(w -> w.rule().equals("未达标") && w.example())
                .anyMatch(w -> w.rule().equals("未达标") && !w.example()).anyMatch(w -> w.rule().equals("清单"));
        assertThat(section).contains(sq("共有预警 " + warnings.size() + " 条"));
        for (IndicatorRepository.Warning w : warnings) {
            IndicatorDef def = catalog.get(w.indicator());
            String unit = w.unitCode().equals("ALL") ? "全县" : UNIT_NAMES.get(w.unitCode());
            String group = between(section, unit, null);
            String rule = w.rule().equals("未达标") && w.example() ? "未达标（示例）" : w.rule();
            String row = sq(lianjian.reporting.text.Cells.nameWithDirection(def) + rule + Formats.value(def.display(), w.value())
                    + Formats.value(def.display(), w.previous()) + Formats.value(def.display(), w.beforePrevious()));
            assertThat(group).as(w.toString()).contains(row);
            if (w.rule().equals("未达标") && !w.example()) assertThat(group).doesNotContain(sq(def.name() + " ↑未达标（示例）"));
        }
        assertThat(section).contains("标“示例”的是对照系统自带的示例参考区间作出的");
    }

    @Test
    void mattersNeedingAttentionSayExampleForExampleIntervals() {
        String attention = between(pdf("overview-2025H2.pdf").squashed(), "需要关注的事项", "二、预警");
        for (IndicatorRepository.Warning w : repo.warnings()) {
            if (!w.period().equals(HALF) || !w.rule().equals("未达标") || w.unitCode().equals("ALL")) continue;
            IndicatorDef def = catalog.get(w.indicator());
            String interval = lianjian.reporting.text.Cells.interval(def, w.referenceLow(), w.referenceHigh());
            String expected = sq(UNIT_NAMES.get(w.unitCode()) + def.name() + " " + Formats.value(def.display(), w.value())
                    + (w.example() ? "（示例区间 " : "（参考区间 ") + interval + "）");
            assertThat(attention).as(w.toString()).contains(expected);
        }
        assertThat(attention).contains("以下指标未达到示例参考区间（系统自带的示例值", "以下指标未达到参考区间：");
    }

    @Test
    void overviewFollowUpSectionCountsItemsPerLevelAndUnitAndNamesTheNotices() {
        String section = between(pdf("overview-2025H2.pdf").squashed(), "三、督办事项", "四、各单位主要指标");
        // overdue: SFJ01 2 + 1 + 2 (by hand), JCY01 0 + 1 + 0; FY01 as stored
        int[] fy = new int[3];
        int fyDueSoon = 0, total = 0;
        for (var i : new lianjian.supervision.SupervisionRepository(fx.harness.db.jdbc).followUpItems()) {
            if (!i.unitCode().equals("FY01")) continue;
            if (i.overdue()) fy[NoticeReport.LEVELS.indexOf(i.level())]++;
            else fyDueSoon++;
        }
        total = fy[0] + fy[1] + fy[2] + 1 + 5;
        assertThat(section).contains(sq("超过办理期限尚未办结的事项共 " + total + " 项"))
                // 提请专题报告, 重点督办, 一般督办, 合计, 临期提醒 (DB-5, WT-19, WT-27 / WT-1, WT-9)
                .contains("示例县司法局21253")
                .contains("示例县人民检察院01012")
                .contains("示例县人民法院" + fy[0] + fy[1] + fy[2] + (fy[0] + fy[1] + fy[2]) + fyDueSoon)
                .contains("示例县司法局联监督〔2025〕SFJ01-20251231号", "示例县人民检察院联监督〔2025〕JCY01-20251231号",
                        "示例县人民法院联监督〔2025〕FY01-20251231号");
    }

    // ---- 8. E11 / E12 in the coverage report (issue #11) ----

    @Test
    void coverageReportListsEveryPersonEvaluatedWithoutAReviewedCase() {
        String text = pdf("coverage-" + AS_OF + ".pdf").squashed();
        String section = between(text, "评议对象所办案件评查情况", "本届尚未评议人员名单");
        List<IndicatorRepository.StoredItem> e12 = repo.items(ListCode.E12, YEAR, "ALL");
        // by hand: 冯刚 (P011) and 秦川 (P107) handle no case, evaluated 2025-06-20 and 2025-12-01
        assertThat(e12).extracting(IndicatorRepository.StoredItem::personName).contains("冯刚", "秦川");
        for (IndicatorRepository.StoredItem i : e12) {
            assertThat(section).as(i.personName()).contains(sq(UNIT_NAMES.get(i.unitCode()) + i.personName()), i.date().toString());
        }
        assertThat(section).contains("冯刚法官审判员2025-06-20所办案件无评查记录", "秦川检察官检察员2025-12-01所办案件无评查记录");
        Figure e11 = repo.figure(YEAR, "ALL", null, "E11").orElseThrow();
        assertThat(section).contains(sq("接受履职评议的 " + Formats.integer(e11.denominator()) + " 人中"),
                sq("评议对象所办案件评查率 " + value("E11", e11.value())), sq("其余 " + value("E12", v(YEAR, "ALL", "E12"))));
    }

    // ---- 9. the unit report: 数据时效 and the unit's own lists (issues #9, #11) ----

    @Test
    void unitReportOfAStaleUnitSaysItsCaseDataMayBeIncomplete() {
        // the procuratorate's case list stops at the last 受理日期 on or before 2025-10-31: more than 45 days before 2025-12-31
        java.time.LocalDate last = java.time.LocalDate.parse(fx.harness.db.jdbc.queryForObject(
                "SELECT MAX(received_on) FROM prosecution_case", String.class));
        assertThat(last).isBeforeOrEqualTo(ReportFixture.LAST_PROSECUTION_CASE);
        long days = java.time.temporal.ChronoUnit.DAYS.between(last, ReportFixture.AS_OF);
        for (String period : List.of(HALF, YEAR)) {
            PdfText pdf = pdf("unit-JCY01-" + period + ".pdf");
            assertThat(pdf.page(1)).contains(sq("本单位案件数据可能不全（最近一次受理日期为" + Formats.chineseDate(last) + "，截至2025年12月31日已有 "
                    + days + " 天没有新数据）"));
            assertThat(pdf.squashed()).contains("检察办案（案件数据可能不全）");
        }
        // the court's cases run to 2025-12-19: current
        assertThat(pdf("unit-FY01-" + HALF + ".pdf").squashed()).doesNotContain("可能不全");
    }

    @Test
    void unitReportsListTheUnitsOverdueCasesSuggestionsAndPetitions() {
        String court = pdf("unit-FY01-" + HALF + ".pdf").squashed();
        List<IndicatorRepository.StoredItem> c17 = repo.items(ListCode.C17, HALF, "FY01");
        assertThat(c17).isNotEmpty();
        String list = between(court, "超审限未结案件截至", null);
        assertThat(list).contains(sq("本院超过审限未结的案件 " + value("C17", v(HALF, "FY01", "C17"))));
        for (IndicatorRepository.StoredItem i : c17) assertThat(list).contains(i.key() + "", i.date().toString());
        String petitions = between(court, "超期未办结的信访", null);
        List<IndicatorRepository.StoredItem> x05 = repo.items(ListCode.X05, HALF, "FY01");
        assertThat(x05).extracting(IndicatorRepository.StoredItem::key).contains("XF-6");
        for (IndicatorRepository.StoredItem i : x05) assertThat(petitions).contains(i.key() + "", Formats.integer(i.days()));
        // JY-15 (2 days overdue) in the justice bureau's suggestions
        assertThat(between(pdf("unit-SFJ01-" + HALF + ".pdf").squashed(), "超期未答复的建议", null))
                .contains("JY-15", "2025-09-30", "2025-12-29");
    }

    // ---- 10. before the data (DOMAIN §5.1) ----

    @Test
    void quartersBeforeTheSurveysSayNoDataInTheTrendTableAndDrawNothing() throws Exception {
        // the first survey ends 2024-06-20: 2024Q1 is before the satisfaction data; 2024Q3 is after it but has no survey
        assertThat(repo.figure("2024Q1", "ALL", null, "S02").orElseThrow().noData()).isTrue();
        Figure q3 = repo.figure("2024Q3", "ALL", null, "S02").orElseThrow();
        assertThat(q3.noData()).isFalse();
        assertThat(q3.value()).isNull();
        String text = pdf("overview-2025H2.pdf").squashed();
        StringBuilder row = new StringBuilder("满意率（含基本满意）");
        for (String q : List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4")) row.append(stored("S02", q, "ALL"));
        assertThat(row.toString()).startsWith("满意率（含基本满意）本期无数据");
        assertThat(text).contains(row.toString());
        // the chart's point of 2024Q1 is missing (null), not 0
        var ctx = new lianjian.reporting.data.ReportContext(repo, catalog, new lianjian.readmodel.ReadModelSource(fx.harness.db.jdbc).current(),
                lianjian.reporting.data.DomainRecords.load(fx.harness.db.jdbc), List.of(), repo.run().orElseThrow(), "示例县",
                java.time.LocalDateTime.now(), List.of(), List.of(), fx.properties.getSupervision());
        List<Double> values = new TrendCharts(ctx, "ALL", ReportFixture.AS_OF).values("S02");
        assertThat(values).hasSize(8);
        assertThat(values.get(0)).isNull();
        assertThat(values.get(1)).isEqualTo(v("2024Q2", "ALL", "S02"));
    }
}
