package lianjian.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import lianjian.site.DemoSite;

/**
 * The demo county's site in a real headless Chromium, run twice by the subclasses: served over HTTP
 * under a sub-path, and opened from file://. After every test: no console error, no request outside
 * the site folder (Chrome's own request log; the HTTP variant also reads its server's access log).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractSiteBrowserTest {

    static final String TITLE_SUFFIX = " — 示例县联监";

    /** One page of each type, to load, screenshot and check (path → screenshot name). */
    static final Map<String, String> PAGE_TYPES = pageTypes();

    protected Chromium chrome;
    protected WebDriver driver;
    protected DemoSite demo;

    /** URL of the site root, ending with '/'. */
    abstract String base();

    /** "http" or "file": names screenshots and browser folders. */
    abstract String mode();

    /** Extra checks after each test (the HTTP variant checks its server's access log). */
    void afterEachExtra() {}

    private static Map<String, String> pageTypes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("index.html", "home");
        m.put("2025Q3/index.html", "overview-quarter");
        m.put("2025/unit-FY01.html", "unit-court");
        m.put("2025/unit-JCY01.html", "unit-procuratorate");
        m.put("2025/unit-GAJ01.html", "unit-police");
        m.put("2025/unit-SFJ01.html", "unit-justice");
        m.put("2025/coverage.html", "coverage");
        m.put("2025/rectification.html", "rectification");
        m.put("2025/person-P0001.html", "person");
        m.put("people.html", "people");
        m.put("imports.html", "imports");
        m.put("indicators.html", "indicators");
        m.put("reports.html", "reports");
        m.put("periods.html", "periods");
        m.put("2025/list-C07.html", "list");
        m.put("2025/warnings.html", "warnings");
        m.put("warnings/index.html", "warnings-home");
        m.put("supervision.html", "supervision");
        m.put("2021/unit-FY01.html", "unit-before-data");
        return m;
    }

    @BeforeAll
    void startBrowser() {
        Chromium.requireOrSkip();
        demo = DemoSite.get();
        chrome = new Chromium(demo.base.resolve("chromium-" + mode()), true);
        driver = chrome.driver();
    }

    @AfterAll
    void stopBrowser() {
        if (chrome != null) chrome.close();
    }

    @BeforeEach
    void resetLogs() {
        chrome.reset();
    }

    @AfterEach
    void noConsoleErrorsAndNothingOutsideTheSite() {
        List<String> errors = chrome.consoleErrors();
        assertThat(errors).as("browser console errors").isEmpty();
        assertThat(outside(chrome.requestedUrls())).as("requests outside " + base()).isEmpty();
        afterEachExtra();
    }

    List<String> outside(List<String> urls) {
        // data: and blob: stay in the page (the CSV download is a blob: URL); about:blank is harmless.
        return urls.stream().filter(u -> !u.startsWith(base()) && !u.startsWith("data:") && !u.startsWith("blob:")
                && !u.equals("about:blank")).toList();
    }

    void open(String relative) {
        driver.get(base() + relative);
    }

    WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    JavascriptExecutor js() { return (JavascriptExecutor) driver; }

    /** Text of column {@code col} in the rows a user sees (one script call, not one per cell). */
    @SuppressWarnings("unchecked")
    List<String> column(String tableId, int col) {
        return (List<String>) js().executeScript(
                "return Array.from(document.querySelectorAll('#' + arguments[0] + ' tbody tr'))"
                        + ".filter(tr => !tr.hidden)"
                        + ".map(tr => tr.cells[arguments[1]].innerText.trim())", tableId, col);
    }

    WebElement header(String tableId, String text) {
        return driver.findElements(By.cssSelector("#" + tableId + " thead th")).stream()
                .filter(th -> th.getText().trim().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no header " + text + " in #" + tableId));
    }

    // ------------------------------------------------------------------ requests and loading

    /** Guards the after-each check against passing vacuously: the request log must see our own files. */
    @Test
    void requestLogSeesTheSitesOwnAssets() {
        open("2025Q2/index.html");
        List<String> urls = chrome.requestedUrls();
        for (String p : List.of("2025Q2/index.html", "assets/site.css", "assets/tables.js", "assets/site.js",
                "charts/court-flow-ALL-quarter.svg", "charts/court-in-time-ALL-quarter.svg")) {
            assertThat(urls).as("CDP request log").contains(base() + p);
        }
    }

    @Test
    void everyPageTypeLoadsWithItsChartsAndNoError() {
        for (String page : PAGE_TYPES.keySet()) {
            chrome.reset();
            open(page);
            assertThat(driver.getTitle()).as(page).endsWith(TITLE_SUFFIX);
            assertThat(driver.findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
            Long broken = (Long) js().executeScript(
                    "return Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).length");
            assertThat(broken).as(page + ": images not decoded").isZero();
            assertThat(chrome.consoleErrors()).as(page + ": console errors").isEmpty();
            assertThat(outside(chrome.requestedUrls())).as(page + ": requests outside the site").isEmpty();
        }
        open("2025/unit-FY01.html");
        @SuppressWarnings("unchecked")
        List<String> charts = (List<String>) js().executeScript("return Array.from(document.images)"
                + ".filter(i => i.src.endsWith('.svg') && i.naturalWidth > 0).map(i => i.src.replace(/^.*\\//, ''))");
        // Selections.unitTrends of a court, dashboard ones: flow and in-time (the county's, one court), rectification
        assertThat(charts).as("the court's trend charts").containsExactly("court-flow-ALL-year.svg", "court-in-time-ALL-year.svg",
                "rectified-FY01-year.svg");
    }

    // ------------------------------------------------------------------ navigation

    @Test
    void navigationBarLeadsToEveryPageOfTheSamePeriod() {
        open("2025Q3/index.html");
        assertThat(driver.getTitle()).isEqualTo("总览 · 2025年第三季度" + TITLE_SUFFIX);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("法院", "示例县人民法院 · 2025年第三季度");
        expected.put("检察院", "示例县人民检察院 · 2025年第三季度");
        expected.put("公安局", "示例县公安局 · 2025年第三季度");
        expected.put("司法局", "示例县司法局 · 2025年第三季度");
        expected.put("履职评议", "履职评议覆盖 · 2025年第三季度");
        expected.put("问题整改", "问题整改 · 2025年第三季度");
        expected.put("预警", "预警 · 2025年第三季度");
        expected.put("督办台账", "督办台账");
        expected.put("人员", "人员");
        expected.put("数据导入", "数据导入记录");
        expected.put("指标说明", "指标说明");
        expected.put("报告下载", "报告下载");
        expected.put("期间目录", "期间目录");
        expected.put("总览", "总览 · 2025年"); // from a page without a period: the site's home, the latest year
        for (Map.Entry<String, String> e : expected.entrySet()) {
            driver.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText(e.getKey())).click();
            waitUpTo(10).until(ExpectedConditions.titleIs(e.getValue() + TITLE_SUFFIX));
            assertThat(driver.findElement(By.cssSelector("nav.site-nav a[aria-current=page]")).getText())
                    .as("current entry on " + driver.getCurrentUrl()).isEqualTo(e.getKey());
        }
        assertThat(driver.getCurrentUrl()).isEqualTo(base() + "index.html");
    }

    @Test
    void personPagesAreReachedFromUnitPagesAndListsAndLeadBack() {
        open("2025/unit-FY01.html");
        WebElement first = driver.findElement(By.cssSelector("#persons tbody tr td a"));
        String name = first.getText();
        first.click();
        waitUpTo(10).until(ExpectedConditions.titleContains(name + " · 2025年"));
        assertThat(driver.getCurrentUrl()).matches(".*/2025/person-P\\d+\\.html");
        driver.findElement(By.linkText("示例县人民法院")).click();
        waitUpTo(10).until(ExpectedConditions.titleIs("示例县人民法院 · 2025年" + TITLE_SUFFIX));

        // a quarter without person pages links to the person's page of that year
        open("2024Q2/coverage.html");
        List<WebElement> listed = driver.findElements(By.cssSelector("#not-evaluated tbody td:first-child a"));
        assertThat(listed).as("persons not yet evaluated mid-term").isNotEmpty();
        String other = listed.get(0).getText();
        listed.get(0).click();
        waitUpTo(10).until(ExpectedConditions.titleContains(other + " · 2024年"));
        assertThat(driver.findElement(By.cssSelector(".profile")).getText()).contains("本届尚未评议");

        open("people.html");
        driver.findElement(By.cssSelector("#people tbody tr td a")).click();
        waitUpTo(10).until(ExpectedConditions.urlMatches(".*/person-[A-Za-z0-9]+\\.html$"));
    }

    // ------------------------------------------------------------------ lists, 预警, 督办 (DOMAIN §8)

    /**
     * A figure opens its list: C07 on the court's page leads to the court's section of the list page, which
     * shows exactly the court's members of lists.csv for that period, and downloads them as CSV.
     */
    @Test
    void aFigureOpensItsListWithExactlyTheUnitsMembers() throws Exception {
        List<String> expected = demo.csv("lists.csv").stream()
                .filter(r -> r.get("period").equals("2025") && r.get("unit_code").equals("FY01") && r.get("list").equals("C07"))
                .map(r -> r.get("item_key")).sorted().toList();
        assertThat(expected).hasSizeGreaterThan(10);
        open("2025/unit-FY01.html");
        WebElement figure = driver.findElement(By.cssSelector(".kpi[data-code='C07'] a.kpi__list"));
        assertThat(figure.getText()).startsWith(String.format("%,d 件", expected.size()));
        figure.click();
        waitUpTo(10).until(ExpectedConditions.urlMatches(".*/2025/list-C07\\.html#unit-FY01$"));
        assertThat(driver.getTitle()).isEqualTo("超过12个月未结的案件 · 2025年" + TITLE_SUFFIX);
        assertThat(column("list-FY01", 0).stream().sorted().toList()).isEqualTo(expected);
        Long top = (Long) js().executeScript("return Math.round(document.getElementById('unit-FY01').getBoundingClientRect().top)");
        assertThat(top).as("the court's section is scrolled into view").isBetween(-5L, 200L);

        // sortable and searchable like every list, and 下载CSV gives the visible rows
        WebElement days = header("list-FY01", "已审理天数");
        days.findElement(By.tagName("button")).click();
        List<Integer> sorted = column("list-FY01", 6).stream().map(d -> Integer.valueOf(d.replace(",", ""))).toList();
        assertThat(sorted).isSortedAccordingTo(Integer::compare);
        driver.findElement(By.id("list-FY01")).findElement(By.xpath("../preceding-sibling::div[contains(@class,'table-tools')]"))
                .findElement(By.cssSelector(".csv-button")).click();
        String csv = new String(awaitDownload("C07-FY01-2025.csv"), StandardCharsets.UTF_8).substring(1);
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("案号,承办单位,承办人,案件类型,案由,立案日期,已审理天数");
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).sorted().toList())
                .isEqualTo(expected);
    }

    /** The 预警 strip counts the unit's warnings of the period and opens them. */
    @Test
    void theWarningStripOpensTheUnitsWarningsOfThePeriod() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        demo.csv("warnings.csv").forEach(w -> counts.merge(w.get("period") + "|" + w.get("unit_code"), 1L, Long::sum));
        for (String[] c : new String[][] {{"2025Q4/unit-JCY01.html", "2025Q4", "JCY01"}, {"index.html", "2025", "ALL"},
                {"2024H2/unit-FY01.html", "2024H2", "FY01"}}) {
            open(c[0]);
            long n = counts.get(c[1] + "|" + c[2]);
            WebElement strip = driver.findElement(By.cssSelector(".warning-strip a"));
            assertThat(strip.getText()).isEqualTo("本期 " + n + " 项预警");
            strip.click();
            waitUpTo(10).until(ExpectedConditions.urlMatches(".*/" + c[1] + "/warnings\\.html#unit-" + c[2] + "$"));
            assertThat(column("warnings-" + c[2], 0)).as(c[0]).hasSize((int) n);
        }
    }

    /** 督办台账: the quick filters pick one level; every row names its level in words. */
    @Test
    void supervisionLedgerFiltersByLevel() {
        open("supervision.html");
        List<String> levels = column("followups", 1);
        assertThat(levels).isNotEmpty().allMatch(l -> l.matches("(提请专题报告|重点督办|一般督办)(（共性问题）)?"));
        driver.findElement(By.cssSelector(".quick-filters button[data-q='一般督办']")).click();
        assertThat(column("followups", 1)).hasSize((int) levels.stream().filter(l -> l.startsWith("一般督办")).count())
                .allMatch(l -> l.startsWith("一般督办"));
        assertThat(column("followups", 3)).as("the test's own problem, 11 days overdue").contains(DemoSite.MARKUP_PROBLEM_NO);
    }

    // ------------------------------------------------------------------ sort and search

    @Test
    void sortingByNameIsPinyinAndFiguresOfPeopleCannotBeSorted() {
        open("people.html");
        WebElement name = header("people", "姓名");
        name.findElement(By.tagName("button")).click();
        assertThat(name.getAttribute("aria-sort")).isEqualTo("ascending");
        List<String> names = column("people", 0);
        List<String> sorted = new ArrayList<>(names);
        Collator pinyin = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        sorted.sort(pinyin);
        assertThat(pinyin.compare(names.get(0), names.get(names.size() - 1))).isLessThan(0);
        assertThat(names.get(0).charAt(0)).as("a pinyin-first surname (安/白/蔡/曹/陈 …), not a code point order")
                .isIn('艾', '安', '白', '柏', '包', '鲍', '毕', '边', '蔡', '曹', '常', '陈', '程', '崔', '戴', '邓', '丁');
        name.findElement(By.tagName("button")).click();
        assertThat(name.getAttribute("aria-sort")).isEqualTo("descending");

        WebElement appointed = header("people", "任命日期");
        appointed.findElement(By.tagName("button")).click();
        List<String> dates = column("people", 6).stream().filter(d -> !d.equals("—")).toList();
        assertThat(dates).isSortedAccordingTo(String::compareTo);
        assertThat(name.getAttribute("aria-sort")).as("only the sorted column has aria-sort").isNull();

        // a unit's persons: name sortable, figures not (DOMAIN §1)
        open("2025/unit-FY01.html");
        assertThat(header("persons", "姓名").findElements(By.tagName("button"))).hasSize(1);
        for (String figure : List.of("收案数（件）", "结案数（件）", "法定审限内结案率")) {
            assertThat(header("persons", figure).findElements(By.tagName("button"))).as(figure).isEmpty();
        }
        // a case list can be sorted by a case's figure, numerically
        WebElement days = header("long-pending", "已审理天数");
        days.findElement(By.tagName("button")).click();
        days.findElement(By.tagName("button")).click();
        assertThat(days.getAttribute("aria-sort")).isEqualTo("descending");
        List<Integer> pending = column("long-pending", 6).stream().map(s -> Integer.valueOf(s.replace(",", ""))).toList();
        assertThat(pending).hasSizeGreaterThan(5).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void ledgerSearchAndQuickFiltersFindOverdueAndNearDeadlineProblems() {
        open("2025/rectification.html");
        List<String> states = column("ledger", 9);
        long overdue = states.stream().filter(s -> s.startsWith("逾期")).count();
        long due = states.stream().filter(s -> s.startsWith("临期")).count();
        assertThat(overdue).as("overdue rows in the demo ledger").isPositive();
        assertThat(driver.findElements(By.cssSelector("#ledger tbody tr.row-overdue"))).hasSize((int) overdue);

        WebElement box = driver.findElement(By.id("ledger-filter"));
        box.sendKeys("逾期");
        assertThat(column("ledger", 9)).hasSize((int) overdue).allMatch(s -> s.startsWith("逾期"));
        assertThat(driver.findElement(By.cssSelector("#ledger-filter")).findElement(By.xpath("../.."))
                .findElement(By.cssSelector(".table-count")).getText())
                .isEqualTo("显示 " + overdue + " 行 / 共 " + states.size() + " 行");

        box.clear();
        box.sendKeys("公安局");
        assertThat(column("ledger", 1)).isNotEmpty().allMatch(u -> u.equals("公安局"));
        box.clear();
        box.sendKeys("没有这样的内容");
        assertThat(column("ledger", 0)).isEmpty();

        driver.findElement(By.cssSelector(".quick-filters button[data-q='临期']")).click();
        assertThat(column("ledger", 9)).hasSize((int) due).allMatch(s -> s.startsWith("临期"));
        driver.findElement(By.cssSelector(".quick-filters button[data-q='']")).click();
        assertThat(column("ledger", 0)).hasSize(states.size());
    }

    // ------------------------------------------------------------------ period selector

    @Test
    void periodSelectorOpensTheSamePageInAnotherPeriod() {
        open("2025/unit-FY01.html");
        WebElement selectEl = driver.findElement(By.id("period-select"));
        assertThat(selectEl.isDisplayed()).as("select shown when JS runs").isTrue();
        assertThat(driver.findElement(By.cssSelector(".period-links")).isDisplayed()).as("link list hidden").isFalse();
        Select select = new Select(selectEl);
        assertThat(select.getFirstSelectedOption().getText()).isEqualTo("2025年");
        select.selectByVisibleText("2025年第三季度");
        driver.findElement(By.id("period-go")).click(); // 转到: choosing alone does not navigate
        waitUpTo(10).until(ExpectedConditions.urlMatches(".*/2025Q3/unit-FY01\\.html$"));
        assertThat(driver.getTitle()).isEqualTo("示例县人民法院 · 2025年第三季度" + TITLE_SUFFIX);
        new Select(driver.findElement(By.id("period-select"))).selectByVisibleText("2023年上半年");
        driver.findElement(By.id("period-go")).click(); // 转到: choosing alone does not navigate
        waitUpTo(10).until(ExpectedConditions.urlMatches(".*/2023H1/unit-FY01\\.html$"));
        driver.navigate().back();
        waitUpTo(10).until(ExpectedConditions.urlMatches(".*/2025Q3/unit-FY01\\.html$"));
        assertThat(new Select(driver.findElement(By.id("period-select"))).getFirstSelectedOption().getText())
                .as("after going back the selector shows its own page's period").isEqualTo("2025年第三季度");

        // a person page offers only the periods that have a page for that person
        open("2025/person-P0001.html");
        Select own = new Select(driver.findElement(By.id("period-select")));
        List<String> labels = own.getOptions().stream().map(WebElement::getText).toList();
        assertThat(labels).contains("2025年", "2025年下半年", "2025年第四季度").doesNotContain("2025年第三季度");
        own.selectByVisibleText("2025年第四季度");
        driver.findElement(By.id("period-go")).click(); // 转到: choosing alone does not navigate
        waitUpTo(10).until(ExpectedConditions.urlMatches(".*/2025Q4/person-P0001\\.html$"));
    }

    // ------------------------------------------------------------------ CSV and escaping

    @Test
    void csvDownloadIsUtf8WithBomAndHoldsTheVisibleRowsAsText() throws Exception {
        open("2025/rectification.html");
        driver.findElement(By.id("ledger-filter")).sendKeys("逾期");
        int visible = column("ledger", 0).size();
        driver.findElement(By.id("ledger")).findElement(By.xpath("../preceding-sibling::div[contains(@class,'table-tools')]"))
                .findElement(By.cssSelector(".csv-button")).click();
        byte[] bytes = awaitDownload("问题整改台账-2025.csv");
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(text.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("问题编号,责任单位,发现日期,来源 · 类别,问题描述,整改措施,整改时限,整改状态,完成日期,期末情况");
        assertThat(lines).hasSize(1 + visible);
        assertThat(text).contains(DemoSite.MARKUP_PROBLEM_NO + ",法院,2025-11-03,明察暗访," + DemoSite.SCRIPT_DESCRIPTION);
    }

    /**
     * Issue 14: 下载Excel beside 下载CSV of an indicator table opens the period's workbook of the same build; a
     * keyboard user reaches it (a real link, named by its text); a ledger (not an indicator table) has none.
     */
    @Test
    void indicatorTablesOfferThePeriodsWorkbookBesideCsv() {
        open("2025/rectification.html");
        WebElement bar = driver.findElement(By.id("rectification-units"))
                .findElement(By.xpath("../preceding-sibling::div[contains(@class,'table-tools')]"));
        WebElement xlsx = bar.findElement(By.cssSelector("a.xlsx-link"));
        assertThat(bar.findElements(By.cssSelector(".csv-button, a.xlsx-link"))).extracting(WebElement::getText)
                .containsExactly("下载CSV", "下载Excel");
        assertThat(xlsx.getAttribute("href")).isEqualTo(base() + "data/indicators-2025.xlsx");
        assertThat(xlsx.getAccessibleName()).isEqualTo("下载Excel");
        assertThat(xlsx.getAttribute("title")).contains("indicators-2025.xlsx", "全部指标");
        js().executeScript("arguments[0].focus()", xlsx);
        assertThat(driver.switchTo().activeElement()).isEqualTo(xlsx);
        WebElement ledgerBar = driver.findElement(By.id("ledger"))
                .findElement(By.xpath("../preceding-sibling::div[contains(@class,'table-tools')]"));
        assertThat(ledgerBar.findElements(By.cssSelector("a.xlsx-link"))).isEmpty();
        open("2025H2/unit-FY01.html");
        WebElement figures = driver.findElement(By.id("figures"))
                .findElement(By.xpath("../preceding-sibling::div[contains(@class,'table-tools')]"));
        assertThat(figures.findElement(By.cssSelector("a.xlsx-link")).getAttribute("href"))
                .isEqualTo(base() + "data/indicators-2025H2.xlsx");
    }

    @Test
    void markupFromSpreadsheetsIsShownAsText() {
        open("2025/rectification.html");
        WebElement row = driver.findElements(By.cssSelector("#ledger tbody tr")).stream()
                .filter(r -> r.getText().startsWith(DemoSite.MARKUP_PROBLEM_NO)).findFirst().orElseThrow();
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(4).getText()).isEqualTo(DemoSite.SCRIPT_DESCRIPTION);
        assertThat(cells.get(5).getText()).isEqualTo(DemoSite.MARKUP_MEASURES);
        assertThat(row.getAttribute("class")).as("deadline 2025-12-20 passed at 2025-12-31").contains("row-overdue");
        org.junit.jupiter.api.Assertions.assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertThat((Long) js().executeScript("return document.querySelectorAll('main script, main img:not([src$=\".svg\"])').length"))
                .isZero();
        open("imports.html");
        assertThat(driver.findElement(By.id("receipts")).getText()).contains(DemoSite.MARKUP_FILE);
    }

    // ------------------------------------------------------------------ screenshots

    /** A PNG of each page type (whole page, up to a height) in target/site-tests/screenshots/, and one in print layout. */
    @Test
    void screenshotsOfEachPageType() throws IOException {
        Path dir = Files.createDirectories(demo.base.resolve("screenshots"));
        for (Map.Entry<String, String> e : PAGE_TYPES.entrySet()) {
            open(e.getKey());
            Files.write(dir.resolve(mode() + "-" + e.getValue() + ".png"), fullPage(6000));
        }
        open("2025/unit-FY01.html");
        chrome.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            Files.write(dir.resolve(mode() + "-unit-court-print.png"), fullPage(4000));
            assertThat(driver.findElement(By.cssSelector(".site-nav")).isDisplayed()).as("no nav in print").isFalse();
        } finally {
            chrome.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @SuppressWarnings("unchecked")
    byte[] fullPage(int maxHeight) {
        Map<String, Object> metrics = chrome.driver().executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(maxHeight, ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = chrome.driver().executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    byte[] awaitDownload(String name) throws IOException, InterruptedException {
        Path file = chrome.downloadDir().resolve(name);
        for (int poll = 0; poll < 200; poll++) { // at most about 10 s
            boolean partial;
            try (Stream<Path> s = Files.list(chrome.downloadDir())) {
                partial = s.anyMatch(p -> p.toString().endsWith(".crdownload"));
            }
            if (Files.isRegularFile(file) && !partial) return Files.readAllBytes(file);
            Thread.sleep(50);
        }
        try (Stream<Path> s = Files.list(chrome.downloadDir())) {
            throw new AssertionError("no download " + name + " in " + chrome.downloadDir() + ": " + s.toList());
        }
    }
}
