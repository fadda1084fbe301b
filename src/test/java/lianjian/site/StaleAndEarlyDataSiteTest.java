package lianjian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import lianjian.indicators.IndicatorComputation;
import lianjian.indicators.IndicatorRepository;
import lianjian.readmodel.ReadModelSource;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;

/**
 * A small county whose court stopped sending case lists in May 2025 and whose first list carries a case
 * filed in 2021 (DOMAIN §5.1, §8.5), published as of 2025-12-31 without the reports step:
 * <ul>
 *   <li>the court's cases are 可能不全 (the last 立案日期 is 2025-05-10, 235 days before the as-of date,
 *       more than the default 45): 数据导入记录 says so and why, and so do the court's pages of periods
 *       that end after 2025-05-10 — not those that end before;</li>
 *   <li>the court's data begins with its first closing (2024-02-20): before that its pages say 本期无数据,
 *       the 2021 case open for years is on no list and in no count, and no list page exists.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaleAndEarlyDataSiteTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @TempDir
    static Path dir;

    Path site;

    @BeforeAll
    void publish() throws Exception {
        ImportHarness h = new ImportHarness(dir);
        h.loadReferenceData(); // FY01 法院 (P001–P004), JCY01 检察院 (P101), GAJ01, SFJ01
        TestWorkbook.create().sheet("法院案件").row("案号", "案件类型", "审判程序", "立案日期", "结案日期", "承办人编号", "法定审限天数")
                .row("（2021）示民初7号", "民事", "一审", "2021-03-01", null, "P001", 180)
                .row("（2024）示民初1号", "民事", "一审", "2024-01-05", "2024-02-20", "P001", 180)
                .row("（2024）示民初2号", "民事", "一审", "2024-06-03", "2024-09-30", "P002", 180)
                .row("（2025）示民初1号", "民事", "一审", "2025-02-10", "2025-04-01", "P002", 180)
                .row("（2025）示民初2号", "民事", "一审", "2025-05-10", null, "P003", 180)
                .writeXlsx(h.inbox("法院案件.xlsx"));
        TestWorkbook.create().sheet("检察案件").row("部门受案号", "案件类别", "承办人编号", "受理日期", "办结日期")
                .row("示检受〔2025〕1号", "审查起诉", "P101", "2025-03-02", "2025-04-10")
                .row("示检受〔2025〕2号", "审查起诉", "P101", "2025-12-20", null)
                .writeXlsx(h.inbox("检察案件.xlsx"));
        assertThat(h.runImport()).as("imported").allMatch(r -> r.rowsRejected() == 0 && r.errorWorkbook() == null);
        ReadModelSource source = new ReadModelSource(h.db.jdbc);
        new IndicatorComputation(h.db.jdbc, h.properties, source).compute(AS_OF, LocalDate.of(2026, 1, 5));
        site = dir.resolve("build");
        new SiteGenerator(new IndicatorRepository(h.db.jdbc), h.receipts, h.db.jdbc, h.properties, h.workspace, source).generate(site);
    }

    private Document page(String relative) throws Exception {
        return SiteDom.parse(site.resolve(relative));
    }

    private static List<String> staleNotes(Document d) {
        return SiteDom.all(d, "p").stream().filter(p -> p.getAttribute("class").contains("stale-note")).map(SiteDom::text).toList();
    }

    @Test
    void theImportLogSaysWhichCasesMayBeIncompleteAndWhy() throws Exception {
        Element table = SiteDom.all(page("imports.html"), "table").stream()
                .filter(t -> t.getAttribute("id").equals("data-currency")).findFirst().orElseThrow();
        List<String> rows = SiteDom.all(table, "tr").stream()
                .map(tr -> String.join(" ", SiteDom.all(tr, "td").stream().map(SiteDom::text).toList())).toList();
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("示例县人民法院 法院案件 立案日期 2025-05-10")
                .contains("可能不全：最近一次立案日期是2025年5月10日，到数据截止日2025年12月31日已有 235 天没有新的法院案件数据（超过 45 天即标记）"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("示例县人民检察院 检察案件 受理日期 2025-12-20").endsWith("正常"));
        assertThat(rows).filteredOn(r -> r.contains("可能不全")).hasSize(1);
    }

    @Test
    void theCourtsPagesCarryTheMarkForPeriodsEndingAfterItsLastCase() throws Exception {
        for (String p : List.of("2025", "2025H2", "2025Q2", "2025Q4")) {
            Document d = page(p + "/unit-FY01.html");
            assertThat(staleNotes(d)).as(p).singleElement().asString()
                    .startsWith("数据可能不全：示例县人民法院报送的法院案件，最近一次立案日期是2025年5月10日")
                    .contains("审判执行指标可能偏低");
            assertThat(SiteDom.all(d, "h3").stream().map(SiteDom::text)).as(p).anyMatch(h -> h.equals("审判执行 数据可能不全"));
            assertThat(staleNotes(page(p + "/index.html"))).as("总览 " + p).hasSize(1);
            assertThat(staleNotes(page(p + "/unit-JCY01.html"))).as("the procuratorate is current").isEmpty();
        }
        for (String p : List.of("2025Q1", "2024", "2024Q4")) {
            assertThat(staleNotes(page(p + "/unit-FY01.html"))).as(p + " ends before the last case").isEmpty();
        }
    }

    @Test
    void beforeTheCourtsFirstClosingItsPagesSayNoDataAndTheOldCaseIsOnNoList() throws Exception {
        // Periods start with the 2021 立案; the court's data with its first 结案日期, 2024-02-20.
        for (String p : List.of("2021", "2022", "2023", "2023Q4")) {
            Document d = page(p + "/unit-FY01.html");
            String main = SiteDom.text(SiteDom.all(d, "main").get(0));
            // 2021 is before every family (履职评议 counts from the term's start, 2022-01-01): the page says so once
            assertThat(main).as(p).contains(p.equals("2021") ? "本期无数据：本期结束时还没有示例县人民法院的指标数据（自2022年第一季度起才有）"
                    : "本期无数据：本期结束时还没有示例县人民法院的审判执行数据（自2024年第一季度起才有）");
            assertThat(SiteDom.all(d, "li").stream().filter(li -> li.getAttribute("data-code").startsWith("C"))).as(p).isEmpty();
            assertThat(main).as(p + ": the 2021 case, open for years, is neither counted nor denied")
                    .doesNotContain("本期末没有超过12个月未结的案件").doesNotContain("（2021）示民初7号")
                    .contains("超过12个月未结的案件（期末）：本期无数据");
            assertThat(site.resolve(p + "/list-C07.html")).doesNotExist();
        }
        assertThat(SiteDom.text(SiteDom.all(page("2021/coverage.html"), "main").get(0))).as("before the term")
                .contains("本期无数据").doesNotContain("均已在本届评议");
        // from 2024 on it is counted and listed: open at the end of 2024 for more than 365 days
        assertThat(site.resolve("2024/list-C07.html")).exists();
        assertThat(Files.readString(site.resolve("2024/list-C07.html"))).contains("（2021）示民初7号");
        assertThat(Files.readString(site.resolve("2024/unit-FY01.html"))).contains("list-C07.html#unit-FY01");
        // the selector of a court page offers no period before all of its data (its 履职评议 figures start with
        // the term in 2022, so 2022 stays)
        List<String> options = SiteDom.all(page("2025/unit-FY01.html"), "option").stream().map(SiteDom::text).toList();
        assertThat(options).contains("2022年", "2024年", "2025年").doesNotContain("2021年", "2021年第四季度");
    }
}
