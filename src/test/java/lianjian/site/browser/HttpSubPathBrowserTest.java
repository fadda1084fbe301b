package lianjian.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import lianjian.site.DemoSite;

/**
 * The site served as an intranet web server would: under a sub-path,
 * http://127.0.0.1:PORT/intranet/lianjian/. The server's own access log must show only requests
 * inside the sub-path, all answered 200 (a 404 is a broken link; a request outside the prefix is an
 * absolute link or a browser default such as /favicon.ico).
 */
class HttpSubPathBrowserTest extends AbstractSiteBrowserTest {

    static final String PREFIX = "/intranet/lianjian/";
    private SubPathServer server;

    @BeforeAll
    void startServer() {
        server = new SubPathServer(DemoSite.get().site, PREFIX);
    }

    @AfterAll
    void stopServer() {
        if (server != null) server.close();
    }

    @Override
    String base() { return server.baseUrl(); }

    @Override
    String mode() { return "http"; }

    @Override
    void afterEachExtra() {
        List<SubPathServer.Hit> bad = server.accessLog().stream()
                .filter(h -> !h.path().startsWith(PREFIX) || h.status() != 200).toList();
        assertThat(bad).as("requests outside " + PREFIX + " or failing").isEmpty();
        server.clearLog();
    }

    @Test
    void serverSawThePageItsAssetsAndChartsThroughTheSubPath() {
        server.clearLog();
        open("2025/coverage.html");
        List<String> paths = server.accessLog().stream().map(SubPathServer.Hit::path).toList();
        for (String p : List.of("2025/coverage.html", "assets/site.css", "assets/tables.js", "assets/site.js",
                "charts/coverage-term.svg")) {
            assertThat(paths).contains(PREFIX + p);
        }
    }

    @Test
    void aLinkedPdfIsServed() {
        server.clearLog();
        open("2025/unit-FY01.html");
        String href = driver.findElement(org.openqa.selenium.By.cssSelector("a.report-link")).getDomAttribute("href");
        assertThat(href).isEqualTo("../reports/unit-FY01-2025.pdf");
        open("reports/unit-FY01-2025.pdf");
        assertThat(server.accessLog()).anySatisfy(h -> {
            assertThat(h.path()).isEqualTo(PREFIX + "reports/unit-FY01-2025.pdf");
            assertThat(h.status()).isEqualTo(200);
        });
    }
}
