package lianjian.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The same site opened straight from disk (file:///…/site/), as a user who copied the folder or
 * opened it from a network share would; and every page of the site loaded once, here.
 */
class FileUrlBrowserTest extends AbstractSiteBrowserTest {

    @Override
    String base() { return demo.site.toUri().toString(); }

    @Override
    String mode() { return "file"; }

    /**
     * Every page of the demo county except most person pages, one after another in one browser: each
     * must load with no console error and no request outside the site folder. A page takes 0.1–0.3 s
     * in headless Chromium on two cores, so all ~1,100 person pages (one template, checked for links and
     * validity page by page without a browser) are sampled: for every period that has person pages,
     * the first and the last person (by 人员编号) of every unit.
     */
    @Test
    void everyPageLoadsWithoutErrorsOrOutsideRequests() {
        List<String> problems = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        java.util.Map<String, List<String>> personPages = new java.util.TreeMap<>();
        for (Path page : demo.pages()) {
            String rel = demo.site.relativize(page).toString().replace('\\', '/');
            if (!page.getFileName().toString().startsWith("person-")) pages.add(rel);
        }
        // person pages by (period, unit)
        java.util.Map<String, String> unitOf = demo.personUnits();
        List<String> order = new ArrayList<>(unitOf.keySet());
        assertThat(unitOf).hasSizeGreaterThan(100);
        for (Path page : demo.pages()) {
            String name = page.getFileName().toString();
            if (!name.startsWith("person-")) continue;
            String id = name.substring("person-".length(), name.length() - ".html".length());
            String key = page.getParent().getFileName() + "|" + unitOf.get(id);
            personPages.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
        }
        int persons = 0;
        for (java.util.Map.Entry<String, List<String>> e : personPages.entrySet()) {
            List<String> ids = new ArrayList<>(e.getValue());
            ids.sort(java.util.Comparator.comparingInt(order::indexOf));
            String period = e.getKey().substring(0, e.getKey().indexOf('|'));
            for (String id : new java.util.LinkedHashSet<>(List.of(ids.get(0), ids.get(ids.size() - 1)))) {
                pages.add(period + "/person-" + id + ".html");
                persons++;
            }
        }
        assertThat(persons).isGreaterThan(20);
        for (String rel : pages) {
            open(rel);
            chrome.drain();
            List<String> errors = chrome.consoleErrors();
            List<String> outside = outside(chrome.requestedUrls());
            if (!errors.isEmpty() || !outside.isEmpty()) problems.add(rel + ": " + errors + " " + outside);
            if (!driver.getTitle().endsWith(TITLE_SUFFIX)) problems.add(rel + ": title " + driver.getTitle());
            chrome.reset();
        }
        System.out.println("[browser] loaded " + pages.size() + " pages from file:// (" + persons + " of them person pages)");
        assertThat(problems).isEmpty();
    }

    /** Without JavaScript: plain tables, and the period links instead of the select. */
    @Test
    void withoutJavaScriptThePeriodLinksAndPlainTablesRemain() {
        try (Chromium noJs = new Chromium(demo.base.resolve("chromium-nojs"), false)) {
            WebDriver d = noJs.driver();
            d.get(base() + "2025/unit-FY01.html");
            assertThat(d.findElement(By.id("period-select")).isDisplayed()).as("select stays hidden").isFalse();
            d.findElement(By.cssSelector(".period-links summary")).click();
            List<WebElement> links = d.findElements(By.cssSelector(".period-links a"));
            assertThat(links).hasSizeGreaterThan(20).allMatch(WebElement::isDisplayed);
            assertThat(d.findElements(By.cssSelector(".table-tools, .sort-button"))).as("no JS widgets").isEmpty();
            assertThat(d.findElement(By.id("persons")).isDisplayed()).as("plain table shown").isTrue();
            d.findElement(By.linkText("2025年第一季度")).click();
            assertThat(d.getTitle()).isEqualTo("示例县人民法院 · 2025年第一季度" + TITLE_SUFFIX);
        }
    }
}
