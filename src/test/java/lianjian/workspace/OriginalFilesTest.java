package lianjian.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.importing.ErrorWorkbookWriter;

/** Names this product makes stay within the 255-byte file-name limit, whatever the original's length. */
class OriginalFilesTest {

    @TempDir
    Path dir;

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void shortNamesAreLeftAlone() {
        assertThat(ErrorWorkbookWriter.nameFor("信访.xlsx")).isEqualTo("信访.xlsx.错误报告.xlsx");
        assertThat(OriginalFiles.fitName("案件", " (2).xlsx", 255)).isEqualTo("案件 (2).xlsx");
    }

    @Test
    void longNamesKeepTheirStartAndGainAHash() {
        String a = "法院案件".repeat(20) + "甲ab.xlsx"; // 250 bytes
        String b = "法院案件".repeat(20) + "乙ab.xlsx";
        assertThat(utf8(a)).isEqualTo(250);
        String ra = ErrorWorkbookWriter.nameFor(a);
        String rb = ErrorWorkbookWriter.nameFor(b);
        assertThat(utf8(ra + ".part")).isLessThanOrEqualTo(255);
        assertThat(ra).startsWith("法院案件法院案件").endsWith(".错误报告.xlsx").matches(".*-[0-9a-f]{8}\\.错误报告\\.xlsx");
        assertThat(ra).as("names that differ only at the end stay apart").isNotEqualTo(rb);
        // Whole characters only: the kept start is valid UTF-8 that decodes back to itself.
        assertThat(new String(ra.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(ra);
    }

    @Test
    void aTakenLongNameGetsANumberedNameThatStillFits() throws Exception {
        String name = "问题清单".repeat(20) + "123456.xlsx"; // 251 bytes
        Files.createFile(dir.resolve(name));
        Path free = OriginalFiles.freeName(dir, name, p -> false);
        assertThat(free.getFileName().toString()).endsWith(" (2).xlsx");
        assertThat(utf8(free.getFileName().toString())).isLessThanOrEqualTo(255);
        Files.createFile(free); // the file system accepts it
        assertThat(OriginalFiles.freeName(dir, name, p -> false).getFileName().toString()).endsWith(" (3).xlsx");
    }
}
