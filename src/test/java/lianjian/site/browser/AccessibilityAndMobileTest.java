package lianjian.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import lianjian.site.DemoSite;

/**
 * Issue 15 part 6: axe-core on every page type of both builds at a desktop (1366 px) and a phone
 * (390 px) width, serious and critical violations failing with rule and element; and measurable checks
 * of the phone layout (folded header, no sideways overflow of the page, sticky first column, a readable
 * person page) plus the keyboard behaviour of the period selector.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityAndMobileTest {

    /** Every page type of the 内部版 (path from the site root). */
    static final List<String> INTERNAL_PAGES = List.of("index.html", "2025Q3/index.html", "2025/unit-FY01.html",
            "2025/unit-GAJ01.html", "2025/person-P0001.html", "people.html", "2025/list-C07.html", "2025/warnings.html",
            "warnings/index.html", "supervision.html", "plan.html", "2025/coverage.html", "2025/rectification.html",
            "reports.html", "indicators.html", "imports.html", "periods.html");

    /** The 公开版 pages (no person pages there). */
    static final List<String> PUBLIC_PAGES = List.of("index.html", "2025/unit-FY01.html", "2025/list-C07.html",
            "2025/warnings.html", "supervision.html", "plan.html", "2025/coverage.html", "2025/rectification.html",
            "reports.html", "indicators.html", "imports.html");

    private DemoSite demo;
    private Chromium chrome;
    private ChromeDriver driver;

    @BeforeAll
    void start() {
        Chromium.requireOrSkip();
        demo = DemoSite.get();
        chrome = new Chromium(demo.base.resolve("chromium-a11y"), true);
        driver = chrome.driver();
    }

    @AfterAll
    void stop() {
        if (chrome != null) chrome.close();
    }

    private Path publicSite() {
        Path p = demo.workspace.resolve("site-public");
        assertThat(p.resolve("index.html")).as("the run publishes the 公开版").isRegularFile();
        return p;
    }

    /** Emulates a viewport; a phone width also emulates a touch screen's mobile layout. */
    private void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private void open(Path site, String page) {
        driver.get(site.resolve(page).toUri().toString());
    }

    private JavascriptExecutor js() { return driver; }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyPageTypeAtDesktopAndPhoneWidths() {
        // axe walks every node of a page: a unit page has thousands, more than the 10 s the other tests allow a script
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(180));
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (int width : new int[] {1366, 390}) {
            viewport(width, width == 1366 ? 900 : 844);
            Map<Path, List<String>> builds = new LinkedHashMap<>();
            builds.put(demo.site, INTERNAL_PAGES);
            builds.put(publicSite(), PUBLIC_PAGES);
            for (Map.Entry<Path, List<String>> build : builds.entrySet()) {
                String name = build.getKey().equals(demo.site) ? "内部版" : "公开版";
                for (String page : build.getValue()) {
                    open(build.getKey(), page);
                    Results results = new AxeBuilder().analyze(driver);
                    assertThat(results.isErrored()).as(page + ": axe ran (" + results.getErrorMessage() + ")").isFalse();
                    checked++;
                    for (Rule rule : results.getViolations()) {
                        if (!"serious".equals(rule.getImpact()) && !"critical".equals(rule.getImpact())) continue;
                        for (CheckedNode node : rule.getNodes()) {
                            problems.add(name + " " + width + "px " + page + ": " + rule.getId() + " (" + rule.getImpact()
                                    + ") at " + node.getTarget() + " — " + rule.getHelp());
                        }
                    }
                }
            }
        }
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(10));
        assertThat(checked).isEqualTo(2 * (INTERNAL_PAGES.size() + PUBLIC_PAGES.size()));
        assertThat(problems).as("axe-core serious/critical violations").isEmpty();
    }

    /** Below 13 px nothing is readable enough on a phone held at arm's length; the whole site is checked on its busiest pages. */
    @Test
    void noVisibleTextIsSmallerThanThirteenPixels() {
        viewport(1366, 900);
        for (String page : List.of("2025/unit-FY01.html", "index.html", "imports.html", "2025/person-P0001.html")) {
            open(demo.site, page);
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) js().executeScript(
                    "const out = [];"
                    + "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                    + "for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
                    + "  const el = n.parentElement; if (!n.textContent.trim() || !el.getClientRects().length) continue;"
                    + "  if (el.closest('.visually-hidden')) continue;"
                    + "  const px = parseFloat(getComputedStyle(el).fontSize);"
                    + "  if (px < 13) out.push(px + 'px ' + el.className + ': ' + n.textContent.trim().slice(0, 20)); }"
                    + "return out;");
            assertThat(small).as(page + ": text under 13 px").isEmpty();
        }
    }

    @Test
    void focusRingHasAtLeastThreeToOneContrastWithWhatIsBehindIt() {
        viewport(1366, 900);
        open(demo.site, "2025/unit-FY01.html");
        // a link in the page body (white/grey behind) and a link in the navy navigation
        String nav = ringContrast("nav.site-nav a");
        String body = ringContrast("main a");
        assertThat(Double.parseDouble(body)).as("ring in the page").isGreaterThanOrEqualTo(3.0);
        assertThat(Double.parseDouble(nav)).as("ring on the navy navigation").isGreaterThanOrEqualTo(3.0);
    }

    /**
     * Tabs (a real key press, so :focus-visible applies as it does for a keyboard user) to the next element
     * matching the selector and returns the contrast of its focus ring with what is behind it.
     */
    private String ringContrast(String selector) {
        boolean reached = false;
        for (int i = 0; i < 300 && !reached; i++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
            reached = (Boolean) js().executeScript("return document.activeElement.matches(arguments[0])", selector);
        }
        assertThat(reached).as("Tab reaches " + selector).isTrue();
        return String.valueOf(js().executeScript(
                "const el = document.activeElement;"
                + "const cs = getComputedStyle(el);"
                + "if (cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) < 2) return 0;"
                + "const rgb = (s) => s.match(/[\\d.]+/g).slice(0, 3).map(Number);"
                + "let bg = null; for (let e = el; e; e = e.parentElement) {"
                + "  const c = getComputedStyle(e).backgroundColor; const a = c.match(/[\\d.]+/g);"
                + "  if (a && (a.length < 4 || Number(a[3]) > 0)) { bg = rgb(c); break; } }"
                + "bg = bg || [255, 255, 255];"
                + "const lum = (c) => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });"
                + "  return 0.2126 * r + 0.7152 * g + 0.0722 * b; };"
                + "const l1 = lum(rgb(cs.outlineColor)), l2 = lum(bg);"
                + "return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);", selector));
    }

    @Test
    void periodSelectorWaitsForAnExplicitChoice() throws InterruptedException {
        viewport(1366, 900);
        open(demo.site, "2025/unit-FY01.html");
        String before = driver.getCurrentUrl();
        WebElement select = driver.findElement(By.id("period-select"));
        new Select(select).selectByVisibleText("2025年第三季度"); // fires 'change'
        select.sendKeys(Keys.ARROW_DOWN);
        Thread.sleep(300); // a navigation would have started by now; nothing may happen before 转到
        assertThat(driver.getCurrentUrl()).as("no navigation on change or arrow keys").isEqualTo(before);
        new Select(driver.findElement(By.id("period-select"))).selectByVisibleText("2025年第三季度");
        driver.findElement(By.id("period-go")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/2025Q3/unit-FY01.html"));
        // Enter on the select goes too
        new Select(driver.findElement(By.id("period-select"))).selectByVisibleText("2025年");
        driver.findElement(By.id("period-select")).sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/2025/unit-FY01.html"));
    }

    @Test
    void kpiChangeOfZeroIsReadAsOneWord() {
        viewport(1366, 900);
        List<String> flat = new ArrayList<>();
        for (String page : List.of("2025/unit-FY01.html", "2025/unit-JCY01.html", "2025/unit-GAJ01.html", "2025/unit-SFJ01.html",
                "index.html", "2024/unit-FY01.html", "2024/unit-JCY01.html")) {
            open(demo.site, page);
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) js().executeScript("return Array.from(document.querySelectorAll('.change'))"
                    + ".filter(c => c.textContent.includes('持平')).map(c => c.textContent.replace(/\\s+/g, ' ').trim())");
            flat.addAll(texts);
        }
        assertThat(flat).as("some change in the demo rounds to zero").isNotEmpty();
        // the whole text a screen reader reads (arrows are aria-hidden, so none may carry a character of 持平)
        for (String t : flat) assertThat(t).matches("(较上年|环比|同比) 持平 （.*）");
        assertThat(driver.findElements(By.cssSelector(".change__arrow"))).allMatch(a -> a.getText().matches("[▲▼]"));
    }

    /**
     * The phone layout, measured: the header folds to at most 110 px (it took 250 px), the page never
     * scrolls sideways, a wide table keeps its first column in place (sticky) under a visible cue, and
     * the person page's indicator names are at least five characters wide. Screenshots for a look go to
     * target/site-tests/screenshots/mobile-*.png.
     */
    @Test
    void phoneLayoutAt390Pixels() throws IOException {
        Path dir = Files.createDirectories(demo.base.resolve("screenshots"));
        viewport(390, 844);
        for (String page : INTERNAL_PAGES) {
            open(demo.site, page);
            Number header = (Number) js().executeScript(
                    "return document.querySelector('.site-nav').getBoundingClientRect().bottom");
            assertThat(header.doubleValue()).as(page + ": header and folded navigation height").isLessThanOrEqualTo(110);
            Number overflow = (Number) js().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as(page + ": page wider than the phone").isLessThanOrEqualTo(0);
        }
        // the 菜单 button opens the navigation
        open(demo.site, "2025/unit-FY01.html");
        assertThat(driver.findElement(By.cssSelector(".site-nav ul")).isDisplayed()).isFalse();
        WebElement menu = driver.findElement(By.cssSelector(".nav-toggle"));
        menu.click();
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(driver.findElement(By.linkText("督办台账")).isDisplayed()).isTrue();
        Files.write(dir.resolve("mobile-unit-court.png"), screenshot());

        // a wide table: cue shown, first column sticky and still in view after scrolling sideways
        open(demo.site, "2025/list-C07.html");
        WebElement wrap = driver.findElement(By.id("list-FY01")).findElement(By.xpath(".."));
        assertThat(wrap.getAttribute("class")).contains("table-wrap--scrolls");
        WebElement hint = wrap.findElement(By.xpath("preceding-sibling::p[contains(@class,'scroll-hint')][1]"));
        assertThat(hint.isDisplayed()).isTrue();
        assertThat(hint.getText()).contains("左右滑动");
        WebElement firstCell = driver.findElement(By.cssSelector("#list-FY01 tbody tr td:first-child"));
        assertThat(firstCell.getCssValue("position")).isEqualTo("sticky");
        Number left = (Number) js().executeScript("const w = arguments[0]; const c = arguments[1];"
                + "w.scrollLeft = 300; return c.getBoundingClientRect().left - w.getBoundingClientRect().left;", wrap, firstCell);
        assertThat(left.doubleValue()).as("first column stays at the left edge after scrolling").isBetween(-1.0, 1.0);
        Files.write(dir.resolve("mobile-list.png"), screenshot());

        // the person page: indicator names not squeezed (at least 5 CJK characters a line)
        open(demo.site, "2025/person-P0001.html");
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) js().executeScript(
                "return Array.from(document.querySelectorAll('main table.data tbody td:first-child'))"
                + ".map(td => td.getBoundingClientRect().width / parseFloat(getComputedStyle(td).fontSize))");
        assertThat(widths).isNotEmpty().allMatch(w -> w.doubleValue() >= 5.0);
        Number overflow = (Number) js().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        Files.write(dir.resolve("mobile-person.png"), screenshot());
        open(demo.site, "index.html");
        Files.write(dir.resolve("mobile-home.png"), screenshot());
    }

    private byte[] screenshot() {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }
}
