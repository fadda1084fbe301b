package lianjian.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taking over a published page only when its recorded inputs are the same (issue 13). */
class ReusableOutputsTest {

    @Test
    void anUnchangedPageIsTakenOverWithItsBytesAndTimeAChangedOneIsNot(@TempDir Path root) throws Exception {
        Path published = Files.createDirectories(root.resolve("site")), build = Files.createDirectories(root.resolve("build"));
        ReusableOutputs first = ReusableOutputs.none();
        assertThat(first.reuse("2025/index.html", "d1", published)).isFalse();
        assertThat(first.reuse("2025/unit-FY01.html", "d2", published)).isFalse();
        assertThat(first.reuse("2025/list-C07.html", "unstable-1-d3", published)).isFalse();
        first.write(published);
        Files.createDirectories(published.resolve("2025"));
        Files.writeString(published.resolve("2025/index.html"), "总览");
        Files.writeString(published.resolve("2025/unit-FY01.html"), "法院");
        Files.writeString(published.resolve("2025/list-C07.html"), "清单");
        FileTime then = FileTime.from(Instant.parse("2026-12-01T08:00:00Z"));
        Files.setLastModifiedTime(published.resolve("2025/index.html"), then);

        ReusableOutputs next = ReusableOutputs.from(published);
        assertThat(next.reuse("2025/index.html", "d1", build)).isTrue();
        assertThat(next.reuse("2025/unit-FY01.html", "d2-changed", build)).isFalse();
        assertThat(next.reuse("2025/list-C07.html", "unstable-1-d3", build)).as("unstable digests are never recorded").isFalse();
        assertThat(next.reused()).isEqualTo(1);
        assertThat(Files.readString(build.resolve("2025/index.html"))).isEqualTo("总览");
        assertThat(Files.getLastModifiedTime(build.resolve("2025/index.html"))).isEqualTo(then);
        assertThat(build.resolve("2025/unit-FY01.html")).doesNotExist();

        // The published file gone (a damaged site): rendered, not linked to nothing.
        Files.delete(published.resolve("2025/index.html"));
        assertThat(ReusableOutputs.from(published).reuse("2025/index.html", "d1", root.resolve("build2"))).isFalse();
        // --full and a site without a record offer nothing.
        assertThat(ReusableOutputs.from(root.resolve("nowhere")).reuse("2025/unit-FY01.html", "d2", build)).isFalse();
    }
}
