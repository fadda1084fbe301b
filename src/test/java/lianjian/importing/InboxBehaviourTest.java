package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import lianjian.importing.receipt.Outcome;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;
import lianjian.workspace.InboxScanner;
import lianjian.testsupport.Backend;

/** DOMAIN §3.1: lock and temp files, files still being written, and reference data first. */
@ParameterizedClass
@EnumSource(Backend.class)
class InboxBehaviourTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    ImportHarness h;

    @BeforeEach
    void setUp() {
        h = new ImportHarness(dir, backend);
    }

    @Test
    void officeLockAndTemporaryFilesAreLeftAlone() throws Exception {
        for (String n : List.of("~$法院案件.xlsx", ".~lock.法院案件.xlsx#", "下载中.tmp", ".DS_Store")) {
            Files.writeString(h.inbox(n), "x");
        }
        InboxScanner.Scan scan = new InboxScanner(Duration.ZERO).scan(h.workspace.inbox());
        assertThat(scan.ready()).isEmpty();
        assertThat(h.runImport()).isEmpty();
        assertThat(h.workspace.inbox().toFile().list()).hasSize(4);
    }

    @Test
    void fileModifiedWithinTheSettleTimeWaitsForTheNextRun() throws Exception {
        Path settled = TestWorkbook.create().sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称")
                .row("A-1", "2025-01-01", "明察暗访", "x").writeXlsx(h.inbox("旧.xlsx"));
        Files.setLastModifiedTime(settled, FileTime.from(Instant.now().minusSeconds(60)));
        Path fresh = TestWorkbook.create().sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称")
                .row("A-2", "2025-01-01", "明察暗访", "y").writeXlsx(h.inbox("新.xlsx"));
        InboxScanner.Scan scan = new InboxScanner(Duration.ofSeconds(5)).scan(h.workspace.inbox());
        assertThat(scan.ready()).extracting(InboxScanner.Candidate::path).containsExactly(settled);
        assertThat(scan.stillBeingWritten()).containsExactly(fresh);
    }

    @Test
    void aFileThatChangesAfterBeingListedIsNotTakenAsListed() throws Exception {
        Path p = TestWorkbook.create().sheet("监督活动").row("活动编号").writeXlsx(h.inbox("a.xlsx"));
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(60)));
        InboxScanner.Candidate c = new InboxScanner(Duration.ofSeconds(5)).scan(h.workspace.inbox()).ready().get(0);
        assertThat(InboxScanner.unchanged(c)).isTrue();
        Files.writeString(p, "still copying", java.nio.file.StandardOpenOption.APPEND);
        assertThat(InboxScanner.unchanged(c)).isFalse();
    }

    @Test
    void unitsAndRosterDroppedTogetherWithCasesAreImportedFirst() throws Exception {
        // The case list is the oldest file, yet it refers to a unit and a judge only the others define.
        Path cases = TestWorkbook.create().sheet("法院案件")
                .row("案号", "案件类型", "审判程序", "立案日期", "承办人")
                .row("（2025）示0123民初1号", "民事", "一审", "2025-01-02", "张明")
                .writeXlsx(h.inbox("a-案件.xlsx"));
        Path roster = TestWorkbook.create().sheet("名册")
                .row("人员编号", "姓名", "所属单位", "人员类别", "任命日期")
                .row("P001", "张明", "县法院", "法官", "2018-03-01")
                .writeXlsx(h.inbox("b-名册.xlsx"));
        Path units = TestWorkbook.create().sheet("Sheet1")
                .row("单位编码", "单位名称", "单位类型", "别名")
                .row("FY01", "示例县人民法院", "法院", "县法院")
                .writeXlsx(h.inbox("c-单位.xlsx"));
        Files.setLastModifiedTime(cases, FileTime.from(Instant.now().minusSeconds(300)));
        Files.setLastModifiedTime(roster, FileTime.from(Instant.now().minusSeconds(200)));
        Files.setLastModifiedTime(units, FileTime.from(Instant.now().minusSeconds(100)));

        List<ImportResult> results = h.runImport();
        assertThat(results).extracting(ImportResult::fileName).containsExactly("c-单位.xlsx", "b-名册.xlsx", "a-案件.xlsx");
        assertThat(results).extracting(ImportResult::outcome).containsOnly(Outcome.IMPORTED);
        assertThat(h.db.jdbc.queryForObject("SELECT person_id FROM court_case", String.class)).isEqualTo("P001");
    }

    @Test
    void oneWorkbookMayHoldUnitsRosterAndCases() throws Exception {
        TestWorkbook.create()
                .sheet("法院案件").row("案号", "案件类型", "审判程序", "立案日期", "承办人")
                .row("（2025）示0123民初1号", "民事", "一审", LocalDate.of(2025, 1, 2), "张明")
                .sheet("单位名录").row("单位编码", "单位名称", "单位类型").row("FY01", "示例县人民法院", "法院")
                .sheet("人员名册").row("人员编号", "姓名", "所属单位", "人员类别", "任命日期").row("P001", "张明", "FY01", "法官", "2018-03-01")
                .writeXlsx(h.inbox("全部.xlsx"));
        // The case sheet comes first in the workbook, yet the units and the roster it needs are
        // imported before it (reference sheets first, within a file as between files).
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.rowsImported()).isEqualTo(3);
        assertThat(h.db.jdbc.queryForObject("SELECT person_id FROM court_case", String.class)).isEqualTo("P001");
    }

    @Test
    void aStraySheetNamedLikeAKindDoesNotRejectTheFile() throws Exception {
        h.loadReferenceData();
        TestWorkbook.create()
                .sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称").row("A-1", "2025-01-01", "明察暗访", "夜查")
                .sheet("信访台账").row("本季度信访情况说明").row("详见附件")
                .writeXlsx(h.inbox("活动与说明.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.warnings()).as("the skipped sheet is explained").isEqualTo(1);
        assertThat(h.receipts.messages(h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class), 5))
                .extracting(m -> m.text()).anySatisfy(t -> assertThat(t).contains("信访台账").contains("缺少必填列").contains("已跳过"));
    }

    @Test
    void xlsFilesImportLikeXlsx() throws Exception {
        h.loadReferenceData();
        TestWorkbook.create().sheet("Sheet1")
                .row("示例县人民法院收结案清单（2024年）")
                .row("案号", "案件类型", "审判程序", "立案日期", "结案日期", "是否上诉", "申请执行标的金额", "承办人编号")
                .row("（2024）示0123民初5号", "民事", "一审", LocalDate.of(2024, 2, 29), "2024年5月6日", "√", null, "P003")
                .row("（2024）示0123执8号", "执行", "执行", "2024.3.1", null, null, "12,345.60", 1001)
                .writeXls(h.inbox("清单.xls"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.jdbc.queryForList("SELECT filed_on || '/' || COALESCE(closed_on, '') || '/' || COALESCE(CAST(appealed AS VARCHAR(5)), '')"
                + " FROM court_case ORDER BY case_no", String.class))
                .containsExactly("2024-03-01//", "2024-02-29/2024-05-06/1");
        assertThat(h.db.jdbc.queryForObject("SELECT exec_applied FROM court_case WHERE case_type = '执行'", Double.class))
                .isEqualTo(12345.6);
        assertThat(r.warnings()).as("1001 is not on the roster").isEqualTo(1);
    }
}
