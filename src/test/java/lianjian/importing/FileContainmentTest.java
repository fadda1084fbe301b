package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.importing.receipt.Outcome;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;

/**
 * Issue 16: whatever goes wrong with one file — here, its error workbook cannot be written and the
 * original cannot be moved, because something blocks today's rejected/ folder — rejects that file
 * with a plain message, leaves it in the inbox, and never stops the others.
 */
class FileContainmentTest {

    @TempDir
    Path dir;
    ImportHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new ImportHarness(dir);
        h.loadReferenceData();
    }

    @Test
    void aFileThatCannotBeMovedStaysInTheInboxAndTheOthersAreImported() throws Exception {
        Path blocker = h.workspace.rejectedFor(LocalDate.now());
        Files.createDirectories(blocker.getParent());
        Files.writeString(blocker, "a file where today's folder should be");
        Path bad = TestWorkbook.create().sheet("涉法涉诉信访").row("信访编号", "收到日期", "责任单位")
                .row("X-1", "2025-02-30", "SFJ01").writeXlsx(h.inbox("a-信访（有误）.xlsx"));
        TestWorkbook.create().sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称")
                .row("A-1", "2025-01-01", "明察暗访", "夜查").writeXlsx(h.inbox("b-活动.xlsx"));

        List<ImportResult> first = h.runImport();
        assertThat(first).extracting(ImportResult::fileName).containsExactly("a-信访（有误）.xlsx", "b-活动.xlsx");
        assertThat(first.get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(first.get(0).errorWorkbook()).isNull();
        assertThat(first.get(0).message()).contains("有 1 行数据有错误").contains("错误报告未能写入").contains("已有同名的文件或文件夹占用了");
        assertThat(first.get(1).outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.count("SELECT COUNT(*) FROM activity")).isEqualTo(1);
        assertThat(bad).as("left in place").exists();
        assertThat(h.db.count("SELECT COUNT(*) FROM import_file WHERE outcome = 'REJECTED'")).isEqualTo(1);

        // Next run: still blocked, still reported as not imported, nothing imported twice.
        ImportResult second = h.runImport().get(0);
        assertThat(second.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(second.leftInInbox()).isTrue();
        assertThat(second.message()).contains("无法移到").contains("留在收件文件夹");
        assertThat(h.db.count("SELECT COUNT(*) FROM import_file WHERE outcome = 'REJECTED'")).isEqualTo(1);

        // Once the folder can be made, the move completes; the original arrives unchanged.
        byte[] bytes = Files.readAllBytes(bad);
        Files.delete(blocker);
        ImportResult third = h.runImport().get(0);
        assertThat(third.outcome()).as("only the move was left").isNull();
        assertThat(bad).doesNotExist();
        assertThat(Files.readAllBytes(Path.of(third.movedTo()))).isEqualTo(bytes);
    }
}
