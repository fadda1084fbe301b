package lianjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.importing.ErrorWorkbookWriter;
import lianjian.testsupport.TestWorkbook;
import lianjian.workspace.Workspace;

/**
 * Issue 16: one bad file never stops the others. A file that must be rejected and whose name is
 * so long that "name.错误报告.xlsx.part" would pass the 255-byte limit used to fail the whole run
 * before anything was imported, and every run after it.
 */
class OneBadFileTest {

    @TempDir
    Path ws;

    private int lianjian(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--workspace", ws.toString(), "-q",
                "--lianjian.import.settle-seconds=0")).toArray(String[]::new);
        return LianjianCommand.execute(all);
    }

    /** A name of exactly {@code bytes} UTF-8 bytes: Chinese text, ASCII padding, ".xlsx". */
    static String nameOfBytes(String start, int bytes) {
        StringBuilder stem = new StringBuilder(start);
        while (utf8(stem + "很长的名称.xlsx") <= bytes) stem.append("很长的名称");
        while (utf8(stem + ".xlsx") < bytes) stem.append('x');
        String name = stem + ".xlsx";
        assertThat(utf8(name)).isEqualTo(bytes);
        return name;
    }

    static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aRejectedFileWithA250ByteNameBesideAGoodFile() throws Exception {
        Workspace w = new Workspace(ws);
        TestWorkbook.create().sheet("单位名录").row("单位编码", "单位名称", "单位类型")
                .row("FY01", "示例县人民法院", "法院").row("SFJ01", "示例县司法局", "司法局")
                .writeXlsx(w.inbox().resolve("单位.xlsx"));
        String longName = nameOfBytes("涉法涉诉信访台账（有误）", 250);
        TestWorkbook.create().sheet("涉法涉诉信访").row("信访编号", "收到日期", "责任单位")
                .row("X-1", "2025-02-30", "SFJ01").writeXlsx(w.inbox().resolve(longName));

        assertThat(lianjian("run")).as("completed, with a rejected file").isEqualTo(2);

        assertThat(w.archiveFor(LocalDate.now()).resolve("单位.xlsx")).as("the good file is imported").exists();
        Path rejected = w.rejectedFor(LocalDate.now());
        assertThat(rejected.resolve(longName)).as("the original, unchanged name").exists();
        List<Path> reports;
        try (Stream<Path> s = Files.list(rejected)) {
            reports = s.filter(p -> p.getFileName().toString().endsWith(ErrorWorkbookWriter.SUFFIX)).toList();
        }
        assertThat(reports).hasSize(1);
        String reportName = reports.get(0).getFileName().toString();
        assertThat(utf8(reportName + ".part")).as("with its temporary suffix, within 255 bytes").isLessThanOrEqualTo(255);
        assertThat(reportName).as("the start of the name is kept").startsWith("涉法涉诉信访台账（有误）很长的名称");
        assertThat(w.inbox()).isEmptyDirectory();
        assertThat(ws.resolve("db/lianjian-error.log")).doesNotExist();

        assertThat(lianjian("run")).as("the next run is clean").isZero();
    }
}
