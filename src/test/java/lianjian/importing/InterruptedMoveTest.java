package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import lianjian.importing.receipt.Outcome;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;
import lianjian.testsupport.Backend;

/**
 * The moment between a file's commit and the move of its original: if the process dies there, the
 * next run finds the committed receipt and only completes the move — no second import, no duplicate
 * receipt.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class InterruptedMoveTest {

    @Parameter
    Backend backend;

    /**
     * Not a crash: an analyst takes a rejected file back from rejected/ once the roster it needed is
     * imported (the README's advice). The file is imported, with a receipt of its own.
     */
    @Test
    void aRejectedFileReturnedToTheInboxIsImportedAgain() throws Exception {
        ImportHarness h = new ImportHarness(dir, backend);
        TestWorkbook.create().sheet("单位名录").row("单位编码", "单位名称", "单位类型").row("FY01", "示例县人民法院", "法院")
                .writeXlsx(h.inbox("单位.xlsx"));
        h.runImport();
        Path evaluations = TestWorkbook.create().sheet("履职评议").row("评议编号", "人员编号", "评议日期", "评议结果")
                .row("E-1", "P001", "2025-03-01", "满意").writeXlsx(h.inbox("评议.xlsx"));
        ImportResult rejected = h.runImport().get(0);
        assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);

        TestWorkbook.create().sheet("人员名册").row("人员编号", "姓名", "所属单位", "人员类别", "任命日期")
                .row("P001", "张明", "FY01", "法官", "2018-03-01").writeXlsx(h.inbox("名册.xlsx"));
        Files.move(Path.of(rejected.movedTo()), evaluations);
        List<ImportResult> again = h.runImport();
        assertThat(again).extracting(ImportResult::fileName).containsExactly("名册.xlsx", "评议.xlsx");
        assertThat(again.get(1).outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.count("SELECT COUNT(*) FROM evaluation")).isEqualTo(1);
        assertThat(h.db.count("SELECT COUNT(*) FROM import_file WHERE file_name = '评议.xlsx'")).isEqualTo(2);
    }

    @TempDir
    Path dir;

    @Test
    void committedButNotMovedIsOnlyMovedNextTime() throws Exception {
        ImportHarness h = new ImportHarness(dir, backend);
        h.loadReferenceData();
        Path original = TestWorkbook.create().sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称")
                .row("A-1", "2025-01-01", "明察暗访", "夜查").writeXlsx(h.inbox("活动.xlsx"));
        byte[] bytes = Files.readAllBytes(original);
        ImportResult first = h.runImport().get(0);
        assertThat(first.outcome()).isEqualTo(Outcome.IMPORTED);
        // Put the world back as a crash after the commit would have left it: the original still in
        // the inbox and the move never confirmed.
        Files.move(Path.of(first.movedTo()), original);
        h.db.jdbc.update("UPDATE import_file SET moved = 0");
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
        ImportHarness h = new ImportHarness(dir, backend);
        Path original = h.inbox("垃圾.xlsx");
        Files.writeString(original, "not a workbook");
        ImportResult first = h.runImport().get(0);
        assertThat(first.outcome()).isEqualTo(Outcome.REJECTED);
        Files.move(Path.of(first.movedTo()), original);
        h.db.jdbc.update("UPDATE import_file SET moved = 0");
        ImportResult second = h.runImport().get(0);
        assertThat(second.outcome()).isNull();
        assertThat(h.db.count("SELECT COUNT(*) FROM import_file WHERE outcome = 'REJECTED'")).isEqualTo(1);
        assertThat(Path.of(first.movedTo())).exists();
        assertThat(Path.of(first.errorWorkbook())).exists();
    }
}
