package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.importing.receipt.Outcome;
import lianjian.importing.validate.ImportMessage;
import lianjian.importing.validate.Level;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;

/** Issue 16: cells a hostile or careless workbook holds — nothing dropped, stored or shown silently. */
class HostileCellsTest {

    @TempDir
    Path dir;
    ImportHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new ImportHarness(dir);
        h.loadReferenceData();
    }

    private List<ImportMessage> messagesOfLastFile() {
        return h.receipts.messages(h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class), 100);
    }

    @Test
    void valuesUnderAColumnWithoutAHeaderAreNotDroppedSilently() throws Exception {
        // The header of 问题描述 was merged over E:F; F's values have no header of their own.
        TestWorkbook.create().sheet("问题清单")
                .row("问题编号", "发现日期", "问题来源", "责任单位", "问题描述", null, "整改时限", "整改状态")
                .row("Q-1", "2025-02-01", "明察暗访", "GAJ01", "接警登记不规范", "补充说明一", "2025-04-01", "整改中")
                .row("Q-2", "2025-02-03", "个案督查", "FY01", "超审限未报批", null, "2025-04-01", "整改中")
                .row("Q-3", "2025-02-04", "个案督查", "FY01", "文书送达不及时", "补充说明三", "2025-04-01", "整改中")
                .writeXlsx(h.inbox("问题清单.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.rowsImported()).isEqualTo(3);
        assertThat(r.warnings()).isEqualTo(1);
        assertThat(messagesOfLastFile()).filteredOn(m -> m.level() == Level.WARNING).singleElement()
                .satisfies(m -> {
                    assertThat(m.sheet()).isEqualTo("问题清单");
                    assertThat(m.columnLetter()).isEqualTo("F");
                    assertThat(m.rule()).contains("F列没有表头").contains("2 个值未导入").contains("第2行").contains("补充说明一");
                });
    }

    @Test
    void aValueBeyondTheLastHeaderIsReportedToo() throws Exception {
        TestWorkbook.create().sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称")
                .row("A-1", "2025-01-01", "明察暗访", "夜查", "多出来的一格")
                .writeXlsx(h.inbox("活动.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(messagesOfLastFile()).extracting(ImportMessage::rule)
                .anySatisfy(rule -> assertThat(rule).startsWith("E列没有表头，该列的 1 个值未导入").contains("多出来的一格"));
    }

    @Test
    void overLongTextIsARowErrorWithTheUsualMessage() throws Exception {
        String essay = "接警登记不规范".repeat(1500); // 10,500 characters; 问题描述 holds at most 4,000
        TestWorkbook.create().sheet("问题清单")
                .row("问题编号", "发现日期", "问题来源", "责任单位", "问题描述", "整改时限", "整改状态")
                .row("Q-1", "2025-02-01", "明察暗访", "GAJ01", "短的描述", "2025-04-01", "整改中")
                .row("Q-2", "2025-02-03", "个案督查", "FY01", essay, "2025-04-01", "整改中")
                .writeXlsx(h.inbox("问题清单.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(h.db.count("SELECT COUNT(*) FROM problem")).isZero();
        ImportMessage error = messagesOfLastFile().stream().filter(m -> m.rowNumber() == 3).findFirst().orElseThrow();
        assertThat(error.level()).isEqualTo(Level.ERROR);
        assertThat(error.sheet()).isEqualTo("问题清单");
        assertThat(error.column()).isEqualTo("问题描述");
        assertThat(error.columnLetter()).isEqualTo("E");
        assertThat(error.rule()).isEqualTo("超过长度上限（最多 4000 个字，这里有 10500 个字）");
        assertThat(error.value()).as("quoted, not copied whole").startsWith("接警登记不规范").endsWith("…（共 10500 字）")
                .hasSizeLessThanOrEqualTo(200);
        assertThat(error.text()).startsWith("问题清单 第3行 问题描述「接警登记不规范");
    }

    @Test
    void aKeyLongerThanItsColumnIsAnErrorToo() throws Exception {
        TestWorkbook.create().sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称")
                .row("A".repeat(201), "2025-01-01", "明察暗访", "夜查")
                .writeXlsx(h.inbox("活动.xlsx"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(messagesOfLastFile()).extracting(ImportMessage::rule)
                .contains("超过长度上限（最多 200 个字，这里有 201 个字）");
    }

    @Test
    void bidiControlsAreRemovedWithAWarningNamingTheCell() throws Exception {
        // U+202E shows "接警登记\u202E范规不" as 接警登记不规范; U+2066/U+2069 isolate a run of text.
        TestWorkbook.create().sheet("问题清单")
                .row("问题编号", "发现日期", "问题来源", "责任单位", "问题描述", "整改时限", "整改状态", "整改措施")
                .row("Q-1", "2025-02-01", "明察暗访", "GAJ01", "接警登记\u202E范规不", "2025-04-01", "整改中", "\u2066重新培训\u2069")
                .row("Q-2", "2025-02-03", "个案督查", "FY01", "超审限未报批", "2025-04-01", "整改中", null)
                .writeXlsx(h.inbox("问题清单\u202Excod.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.warnings()).isEqualTo(2);
        assertThat(h.db.jdbc.queryForObject("SELECT description FROM problem WHERE problem_no = 'Q-1'", String.class))
                .isEqualTo("接警登记范规不");
        assertThat(h.db.jdbc.queryForObject("SELECT measures FROM problem WHERE problem_no = 'Q-1'", String.class))
                .isEqualTo("重新培训");
        assertThat(h.db.jdbc.queryForObject("SELECT file_name FROM import_file WHERE id = (SELECT MAX(id) FROM import_file)",
                String.class)).as("the receipt the dashboard shows").isEqualTo("问题清单xcod.xlsx");
        List<ImportMessage> warnings = messagesOfLastFile().stream().filter(m -> m.level() == Level.WARNING).toList();
        assertThat(warnings).extracting(ImportMessage::text).containsExactly(
                "问题清单 第2行 问题描述「接警登记范规不」含有改变文字显示方向的控制字符（U+202E），已删除",
                "问题清单 第2行 整改措施「重新培训」含有改变文字显示方向的控制字符（U+2066、U+2069），已删除");
        assertThat(warnings).extracting(ImportMessage::columnLetter).containsExactly("E", "H");
    }
}
