package lianjian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.cli.LianjianCommand;

/**
 * A first run on an empty workspace still publishes a valid site that says there is nothing yet, and a
 * run without PDFs says so on the 报告下载 page instead of linking nothing.
 */
class EmptyWorkspaceSiteTest {

    @TempDir
    Path ws;

    @Test
    void anEmptyWorkspaceGetsAValidSiteSayingThereIsNoDataYet() throws Exception {
        assertThat(LianjianCommand.execute("run", "--init", "--workspace", ws.toString(), "-q", "--lianjian.import.settle-seconds=0")).isZero();
        Path site = ws.resolve("site");
        assertThat(Files.readString(site.resolve("index.html"))).contains("还没有可以展示的数据");
        assertThat(Files.readString(site.resolve("reports.html"))).contains("本次发布没有生成 PDF 报告。");
        assertThat(Files.readString(site.resolve("people.html"))).contains("人员名册为空。");
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).extracting(p -> site.relativize(p).toString())
                .containsExactlyInAnyOrder("index.html", "people.html", "imports.html", "indicators.html", "reports.html",
                        "periods.html");
        NuHtmlChecker checker = new NuHtmlChecker();
        for (Path p : pages) {
            assertThat(checker.checkHtml(p.toFile())).as(p.toString()).noneMatch(m -> !m.kind().equals("warning"));
        }
    }
}
