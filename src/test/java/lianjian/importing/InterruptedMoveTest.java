package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.importing.receipt.Outcome;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;

/**
 * The moment between a file's commit and the move of its original: if the process dies there, the
 * next run finds the committed receipt and only completes the move — no second import, no duplicate
 * receipt.
 */
class InterruptedMoveTest {

    @TempDir
    Path dir;

    @Test
    void committedButNotMovedIsOnlyMovedNextTime() throws Exception {
        ImportHarness h = new ImportHarness(dir);
        h.loadReferenceData();
        Path original = TestWorkbook.create().sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称")
                .row("A-1", "2025-01-01", "明察暗访", "夜查").writeXlsx(h.inbox("活动.xlsx"));
        byte[] bytes = Files.readAllBytes(original);
        ImportResult first = h.runImport().get(0);
        assertThat(first.outcome()).isEqualTo(Outcome.IMPORTED);
        // Put the world back as a crash after the commit would have left it: original still in the inbox.
        Files.move(Path.of(first.movedTo()), original);
        int receipts = h.db.count("SELECT COUNT(*) FROM import_file");

        ImportResult second = h.runImport().get(0);
        assertThat(second.outcome()).as("only the move was completed").isNull();
        assertThat(second.message()).contains("补做文件移动");
        assertThat(h.db.count("SELECT COUNT(*) FROM import_file")).isEqualTo(receipts);
        assertThat(h.db.count("SELECT COUNT(*) FROM activity")).isEqualTo(1);
        assertThat(Files.readAllBytes(Path.of(first.movedTo()))).isEqualTo(bytes);
        assertThat(original).doesNotExist();
    }

    @Test
    void rejectedButNotMovedIsOnlyMovedNextTime() throws Exception {
        ImportHarness h = new ImportHarness(dir);
        Path original = h.inbox("垃圾.xlsx");
        Files.writeString(original, "not a workbook");
        ImportResult first = h.runImport().get(0);
        assertThat(first.outcome()).isEqualTo(Outcome.REJECTED);
        Files.move(Path.of(first.movedTo()), original);
        ImportResult second = h.runImport().get(0);
        assertThat(second.outcome()).isNull();
        assertThat(h.db.count("SELECT COUNT(*) FROM import_file WHERE outcome = 'REJECTED'")).isEqualTo(1);
        assertThat(Path.of(first.movedTo())).exists();
        assertThat(Path.of(first.errorWorkbook())).exists();
    }
}
