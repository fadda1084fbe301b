package lianjian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/** Every page of the demo county's site passes the Nu HTML Checker with zero errors; so does the stylesheet. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidationTest {

    private NuHtmlChecker checker;
    private DemoSite demo;

    @BeforeAll
    void setUp() throws Exception {
        demo = DemoSite.get();
        checker = new NuHtmlChecker();
    }

    /** One dynamic test per page, named by its path, so a report names the page and the line. */
    @TestFactory
    Stream<DynamicTest> everyPageIsValidHtml() {
        List<Path> pages = demo.pages();
        assertThat(pages).hasSizeGreaterThan(1000);
        return pages.stream().map(page -> DynamicTest.dynamicTest(demo.site.relativize(page).toString(), () -> {
            List<NuHtmlChecker.Message> errors = checker.checkHtml(page.toFile()).stream()
                    .filter(m -> !m.kind().equals("warning")).toList();
            assertThat(errors).as(() -> errors.size() + " error(s) in " + page + ":\n"
                    + errors.stream().map(Object::toString).collect(Collectors.joining("\n"))).isEmpty();
        }));
    }

    @Test
    void stylesheetIsValidCss() throws Exception {
        List<NuHtmlChecker.Message> errors = checker.checkCss(demo.site.resolve("assets/site.css").toFile()).stream()
                .filter(m -> !m.kind().equals("warning")).toList();
        assertThat(errors).as(() -> errors.stream().map(Object::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    /** The checker really checks: a broken page yields errors with line numbers. */
    @Test
    void aBrokenPageIsReported() throws Exception {
        Path bad = Files.createDirectories(demo.base.resolve("nu")).resolve("bad.html");
        Files.writeString(bad, """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>坏页面</title></head>
                <body><table><tr><td>一</td></tr></table><div><p>未闭合</div>
                <img src="x.png"><a href="#" href="#">重复属性</a></body></html>
                """);
        List<NuHtmlChecker.Message> errors = checker.checkHtml(bad.toFile()).stream()
                .filter(m -> !m.kind().equals("warning")).toList();
        assertThat(errors).isNotEmpty();
        assertThat(errors.stream().map(Object::toString).collect(Collectors.joining("\n"))).contains("bad.html:4:").contains("alt");
    }
}
