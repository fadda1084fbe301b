package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.importing.receipt.Outcome;
import lianjian.importing.validate.ImportMessage;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;

/** DOMAIN §3.2: sheets recognised by name or header row; title rows; synonyms; hidden and unknown sheets. */
class SheetRecognitionTest {

    @TempDir
    Path dir;
    ImportHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new ImportHarness(dir);
        h.loadReferenceData();
    }

    @Test
    void headerFoundBelowTitleAndBlankRowsWithSynonymsAndStars() throws Exception {
        TestWorkbook.create().sheet("Sheet1")
                .row("示例县人民法院2025年收结案清单")
                .row("填报单位：示例县人民法院", null, null, "填报日期：2026年1月5日")
                .row()
                .row("案件编号*", "案件\n类型", "审判程序", "收案日期", "审结日期", "承办法官")
                .row("(2025)示0123民初1号", "民事", "一审", "2025/1/3", "2025年2月1日", "张明")
                .writeXlsx(h.inbox("2025年清单.xlsx"));
        List<ImportResult> r = h.runImport();
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.outcome()).isEqualTo(Outcome.IMPORTED);
            assertThat(x.rowsImported()).isEqualTo(1);
        });
        assertThat(h.db.jdbc.queryForMap("SELECT case_no, unit_code, filed_on, closed_on, person_id FROM court_case"))
                .containsEntry("case_no", "（2025）示0123民初1号")
                .containsEntry("unit_code", "FY01") // the only court, since 承办单位 is omitted
                .containsEntry("filed_on", "2025-01-03")
                .containsEntry("closed_on", "2025-02-01")
                .containsEntry("person_id", "P001"); // 张明 matched by name within FY01
        assertThat(h.db.jdbc.queryForObject("SELECT sheets FROM import_file WHERE file_name = '2025年清单.xlsx'", String.class))
                .contains("表头在第4行");
    }

    @Test
    void recognisedByNameEvenWhenHeadersAlsoFitAnotherKind() throws Exception {
        TestWorkbook.create().sheet("监督活动")
                .row("活动编号", "活动日期", "监督方式", "活动名称", "对象单位")
                .row("A-1", LocalDate.of(2025, 4, 2), "明察暗访", "夜间执法检查", "GAJ01")
                .writeXlsx(h.inbox("活动.xlsx"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.count("SELECT COUNT(*) FROM activity WHERE unit_code = 'GAJ01'")).isEqualTo(1);
    }

    @Test
    void hiddenAndUnknownSheetsAreSkippedWithANotice() throws Exception {
        TestWorkbook.create()
                .sheet("填表说明").row("请按模板填写").row("日期格式：2025-01-01")
                .hiddenSheet("代表建议").row("建议编号", "建议标题", "承办单位", "交办日期").row("X", "不应导入", "FY01", "2025-01-01")
                .sheet("建议").row("建议编号", "建议标题", "承办单位", "交办日期").row("S-1", "加强执行", "县法院", "2025-05-06")
                .writeXlsx(h.inbox("建议.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.jdbc.queryForList("SELECT suggestion_no FROM suggestion", String.class)).containsExactly("S-1");
        List<String> notices = h.receipts.messages(lastFileId(), 50).stream().map(ImportMessage::text).toList();
        assertThat(notices).anySatisfy(t -> assertThat(t).contains("填表说明").contains("未识别的工作表"));
        assertThat(notices).anySatisfy(t -> assertThat(t).contains("代表建议").contains("隐藏的工作表"));
    }

    @Test
    void unknownColumnsAreIgnoredWithANotice() throws Exception {
        TestWorkbook.create().sheet("旁听庭审")
                .row("记录编号", "开庭日期", "单位", "旁听代表人数", "天气")
                .row("H-1", "2025-06-01", "FY01", 5, "晴")
                .writeXlsx(h.inbox("旁听.xlsx"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.receipts.messages(lastFileId(), 10)).extracting(ImportMessage::text)
                .anySatisfy(t -> assertThat(t).contains("未识别的列「天气」"));
    }

    @Test
    void workbookWithNoRecognisedSheetIsRejectedListingTheKinds() throws Exception {
        TestWorkbook.create().sheet("Sheet1").row("姓名", "电话").row("张三", "123")
                .writeXlsx(h.inbox("通讯录.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.message()).contains("没有可识别的工作表").contains("法院案件").contains("问题清单").contains("监督活动");
    }

    @Test
    void sheetNamedAsAKindButWithoutItsHeadersIsAnError() throws Exception {
        TestWorkbook.create().sheet("法院案件").row("编号", "类型").row("1", "民事")
                .writeXlsx(h.inbox("坏表头.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(h.receipts.messages(lastFileId(), 10)).extracting(ImportMessage::text)
                .anySatisfy(t -> assertThat(t).contains("法院案件").contains("缺少必填列").contains("案号").contains("立案日期"));
    }

    @Test
    void totalRowsAndRepeatedHeadersAreSkipped() throws Exception {
        TestWorkbook.create().sheet("涉法涉诉信访")
                .row("信访编号", "收到日期", "责任单位")
                .row("X-1", "2025-01-02", "FY01")
                .row("信访编号", "收到日期", "责任单位")
                .row("X-2", "2025-01-03", "JCY01")
                .row("合计", null, null)
                .writeXlsx(h.inbox("信访.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.rowsImported()).isEqualTo(2);
    }

    private long lastFileId() {
        return h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class);
    }
}
