package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import lianjian.importing.receipt.Outcome;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;
import lianjian.testsupport.Backend;

/** DOMAIN §3.1/§3.4: same bytes do nothing; a later file replaces rows by key and keeps history. */
@ParameterizedClass
@EnumSource(Backend.class)
class ReimportAndHistoryTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    ImportHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new ImportHarness(dir, backend);
        h.loadReferenceData();
    }

    private TestWorkbook problems(String status, String doneOn) {
        return TestWorkbook.create().sheet("问题清单")
                .row("问题编号", "发现日期", "问题来源", "责任单位", "问题描述", "整改时限", "整改状态", "完成日期")
                .row("Q-1", "2025-02-01", "明察暗访", "GAJ01", "接警登记不规范", "2025-04-01", status, doneOn)
                .row("Q-2", "2025-02-03", "个案督查", "FY01", "超审限未报批", "2025-04-01", "整改中", null);
    }

    @Test
    void sameBytesAgainIsANoOpNotedInTheReceipt() throws Exception {
        Path first = problems("整改中", null).writeXlsx(h.inbox("问题清单.xlsx"));
        byte[] bytes = Files.readAllBytes(first);
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.IMPORTED);
        Files.write(h.inbox("问题清单（再次报送）.xlsx"), bytes);
        ImportResult again = h.runImport().get(0);
        assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(again.message()).contains("内容完全相同").contains("问题清单.xlsx");
        assertThat(h.db.count("SELECT COUNT(*) FROM problem")).isEqualTo(2);
        assertThat(h.db.count("SELECT COUNT(*) FROM row_history")).isZero();
        // The duplicate is not lost: it is archived beside the first one.
        assertThat(Files.exists(Path.of(again.movedTo()))).isTrue();
        assertThat(h.workspace.inbox()).isEmptyDirectory();
    }

    @Test
    void laterFileReplacesRowsWithTheSameKeyAndKeepsTheOldVersion() throws Exception {
        problems("整改中", null).writeXlsx(h.inbox("问题清单-3月.xlsx"));
        h.runImport();
        long firstFile = h.db.jdbc.queryForObject("SELECT source_file_id FROM problem WHERE problem_no = 'Q-1'", Long.class);
        problems("已整改", "2025-03-28").writeXlsx(h.inbox("问题清单-4月.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);

        Map<String, Object> now = h.db.jdbc.queryForMap("SELECT * FROM problem WHERE problem_no = 'Q-1'");
        assertThat(now).containsEntry("status", "已整改").containsEntry("done_on", "2025-03-28");
        assertThat(((Number) now.get("source_file_id")).longValue()).isNotEqualTo(firstFile);
        assertThat(h.db.count("SELECT COUNT(*) FROM problem")).isEqualTo(2);

        List<Map<String, Object>> history = h.db.jdbc.queryForList(
                "SELECT h.kind, h.row_key, h.row_json, f.file_name FROM row_history h JOIN import_file f ON f.id = h.source_file_id"
                        + " ORDER BY h.row_key");
        assertThat(history).as("Q-2 came again unchanged: no history entry for it").hasSize(1);
        assertThat(history.get(0)).containsEntry("kind", "problem").containsEntry("row_key", "Q-1")
                .containsEntry("file_name", "问题清单-3月.xlsx");
        assertThat((String) history.get(0).get("row_json")).contains("\"status\":\"整改中\"");
    }

    /** Issue 16: a corrected list re-sent in full keeps history only for the row that changed. */
    @Test
    void aCorrectionOfOneRowAddsOneHistoryEntry() throws Exception {
        TestWorkbook first = TestWorkbook.create().sheet("法院案件")
                .row("案号", "案件类型", "审判程序", "立案日期", "结案日期", "法定审限天数", "是否审限内结案", "申请执行标的金额");
        TestWorkbook corrected = TestWorkbook.create().sheet("法院案件")
                .row("案号", "案件类型", "审判程序", "立案日期", "结案日期", "法定审限天数", "是否审限内结案", "申请执行标的金额");
        for (int i = 1; i <= 30; i++) {
            Object[] row = {"（2025）示0123民初" + i + "号", "民事", "一审", LocalDate.of(2025, 1, 1).plusDays(i),
                    i % 2 == 0 ? "2025-06-30" : null, 90, i % 3 == 0 ? "是" : null, 12000.0};
            first.row(row);
            Object[] fixed = row.clone();
            if (i == 7) fixed[4] = "2025-07-15"; // the one correction
            corrected.row(fixed);
        }
        corrected.row("（2025）示0123民初31号", "民事", "一审", LocalDate.of(2025, 3, 1), null, 90, null, null); // a new case
        first.writeXlsx(h.inbox("案件-6月.xlsx"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.IMPORTED);
        corrected.writeXlsx(h.inbox("案件-7月.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.rowsImported()).isEqualTo(31);

        assertThat(h.db.jdbc.queryForList("SELECT row_key FROM row_history", String.class))
                .containsExactly("（2025）示0123民初7号");
        assertThat(h.db.jdbc.queryForObject("SELECT closed_on FROM court_case WHERE case_no = '（2025）示0123民初7号'",
                String.class)).isEqualTo("2025-07-15");
        // Every stored row now comes from the later file, changed or not.
        long latest = h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class);
        assertThat(h.db.count("SELECT COUNT(*) FROM court_case WHERE source_file_id = ?", latest)).isEqualTo(31);

        // The same rows once more, in another file (other bytes): nothing changed, nothing kept.
        corrected.row("（2025）示0123民初32号", "民事", "一审", LocalDate.of(2025, 3, 2), null, null, null, null)
                .writeXlsx(h.inbox("案件-8月.xlsx"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.count("SELECT COUNT(*) FROM row_history")).isEqualTo(1);
    }

    @Test
    void duplicateKeyWithinOneFileIsAnError() throws Exception {
        TestWorkbook.create().sheet("监督活动")
                .row("活动编号", "活动日期", "监督方式", "活动名称")
                .row("A-1", LocalDate.of(2025, 1, 5), "明察暗访", "第一次")
                .row("A-2", LocalDate.of(2025, 1, 6), "明察暗访", "第二次")
                .row("A-1", LocalDate.of(2025, 1, 7), "明察暗访", "重复编号")
                .writeXlsx(h.inbox("活动.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(h.db.count("SELECT COUNT(*) FROM activity")).isZero();
        assertThat(h.receipts.messages(h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class), 5))
                .extracting(m -> m.text())
                .anySatisfy(t -> assertThat(t).startsWith("监督活动 第4行 活动编号「A-1」").contains("重复").contains("第2行"));
    }
}
