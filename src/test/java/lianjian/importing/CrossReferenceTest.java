package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import lianjian.importing.receipt.Outcome;
import lianjian.importing.validate.ImportMessage;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;
import lianjian.testsupport.Backend;

/** DOMAIN §4.5: a case review may arrive before its case list; an unknown 案号 is a warning. */
@ParameterizedClass
@EnumSource(Backend.class)
class CrossReferenceTest {

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

    private long lastFile() {
        return h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class);
    }

    @Test
    void reviewBeforeItsCaseListIsKeptWithAWarningThenLinksWhenTheCaseArrives() throws Exception {
        TestWorkbook.create().sheet("案件评查")
                .row("评查编号", "案号", "评查日期", "评查等次", "承办单位", "承办人")
                .row("R-1", "（2025）示0123民初77号", "2025-06-01", "合格", "FY01", "张明")
                .writeXlsx(h.inbox("评查.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.warnings()).isEqualTo(1);
        assertThat(h.receipts.messages(lastFile(), 5)).extracting(ImportMessage::text)
                .contains("案件评查 第2行 案号「（2025）示0123民初77号」在案件清单中不存在（案件评查记录已保留）");
        assertThat(h.db.jdbc.queryForObject("SELECT person_id FROM case_review", String.class)).isEqualTo("P001");

        TestWorkbook.create().sheet("法院案件")
                .row("案号", "案件类型", "审判程序", "立案日期", "承办人编号")
                .row("(2025)示0123民初77号", "民事", "一审", "2025-01-02", "P002")
                .writeXlsx(h.inbox("案件.xlsx"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.IMPORTED);
        // The review now joins its case (indicators take unit and person from the case).
        assertThat(h.db.jdbc.queryForObject("SELECT c.person_id FROM case_review r JOIN court_case c ON c.case_no = r.case_no",
                String.class)).isEqualTo("P002");
    }

    @Test
    void unknownCaseWithoutUnitIsAnError() throws Exception {
        TestWorkbook.create().sheet("案件评查")
                .row("评查编号", "案号", "评查日期", "评查等次")
                .row("R-1", "（2025）示0123民初88号", "2025-06-01", "合格")
                .writeXlsx(h.inbox("评查.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(h.receipts.messages(lastFile(), 5)).extracting(ImportMessage::text)
                .anySatisfy(t -> assertThat(t).startsWith("案件评查 第2行 承办单位").contains("必须填写"));
    }

    @Test
    void reviewSheetBeforeCaseSheetInTheSameWorkbookFindsItsCase() throws Exception {
        TestWorkbook.create()
                .sheet("案件评查").row("评查编号", "案号", "评查日期", "评查等次")
                .row("R-1", "（2025）示0123民初99号", "2025-06-01", "优秀")
                .sheet("法院案件").row("案号", "案件类型", "审判程序", "立案日期")
                .row("（2025）示0123民初99号", "民事", "一审", "2025-01-02")
                .writeXlsx(h.inbox("一起.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.warnings()).isZero();
        assertThat(h.db.count("SELECT COUNT(*) FROM case_review")).isEqualTo(1);
    }

    @Test
    void reviewOfAProcuratorateCase() throws Exception {
        TestWorkbook.create()
                .sheet("检察案件").row("部门受案号", "案件类别", "受理日期").row("示检受（2025）3号", "审查起诉", "2025-01-02")
                .sheet("案件评查").row("评查编号", "部门受案号", "评查日期", "评查等次").row("R-2", "示检受(2025)3号", "2025-06-01", "瑕疵")
                .writeXlsx(h.inbox("检察评查.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.warnings()).isZero();
    }
}
