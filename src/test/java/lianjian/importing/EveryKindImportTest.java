package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

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
import lianjian.importing.validate.ImportMessage;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;
import lianjian.testsupport.Backend;

/** Every sheet kind of DOMAIN §4 imports into its table with typed, canonical values. */
@ParameterizedClass
@EnumSource(Backend.class)
class EveryKindImportTest {

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

    @Test
    void unitsAndPersons() {
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM unit WHERE unit_code = 'FY01'"))
                .containsEntry("unit_name", "示例县人民法院").containsEntry("unit_type", "法院")
                .containsEntry("aliases", "县法院,示例县法院");
        Map<String, Object> p = h.db.jdbc.queryForMap("SELECT * FROM person WHERE person_id = 'P002'");
        assertThat(p).containsEntry("unit_code", "FY01") // referenced by the alias 县法院
                .containsEntry("category", "法官").containsEntry("is_quota", 1).containsEntry("appointed_on", "2015-06-01");
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM person WHERE person_id = 'P001'")).containsEntry("is_quota", null);
    }

    @Test
    void courtCaseWithEveryColumn() throws Exception {
        TestWorkbook.create().sheet("法院案件")
                .row("案号", "承办单位", "案件类型", "审判程序", "适用程序", "案由", "立案日期", "结案日期", "承办人", "承办人编号",
                        "法定审限天数", "延长审限天数", "扣除审限天数", "是否审限内结案", "结案方式", "是否当庭宣判", "是否上诉",
                        "二审结果", "申请执行标的金额", "实际到位金额", "信访投诉次数")
                .row("（2024）示0123民初7号", "示例县法院", "民事", "一审", "简易程序", "买卖合同纠纷", LocalDate.of(2024, 3, 1),
                        "2024-04-15", "李华", null, 90, null, 5, "√", "判决", "否", "是", "维持原判", null, null, 1)
                .row("（2024）示0123执100号", "FY01", "执行", "执行", null, null, "2024/5/6", "20240901", null, "P001",
                        180, 0, 0, null, "终本", null, null, null, "1,200,000.50", 300000, null)
                .writeXlsx(h.inbox("法院.xlsx"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM court_case WHERE case_no = '（2024）示0123民初7号'"))
                .containsEntry("unit_code", "FY01").containsEntry("case_type", "民事").containsEntry("procedure", "一审")
                .containsEntry("trial_procedure", "简易").containsEntry("filed_on", "2024-03-01").containsEntry("closed_on", "2024-04-15")
                .containsEntry("person_id", "P002").containsEntry("statutory_days", 90).containsEntry("extended_days", null)
                .containsEntry("deducted_days", 5).containsEntry("within_limit", 1).containsEntry("closing_method", "判决")
                .containsEntry("verdict_in_court", 0).containsEntry("appealed", 1).containsEntry("appeal_result", "维持")
                .containsEntry("complaints", 1);
        Map<String, Object> exec = h.db.jdbc.queryForMap("SELECT * FROM court_case WHERE case_no = '（2024）示0123执100号'");
        assertThat(exec).containsEntry("closing_method", "终结本次执行").containsEntry("closed_on", "2024-09-01")
                .containsEntry("person_id", "P001");
        assertThat(((Number) exec.get("exec_applied")).doubleValue()).isEqualTo(1_200_000.50);
        assertThat(((Number) exec.get("exec_recovered")).doubleValue()).isEqualTo(300_000.0);
    }

    @Test
    void procuratorateCase() throws Exception {
        TestWorkbook.create().sheet("检察案件")
                .row("部门受案号", "案件名称", "案件类别", "承办检察官", "受理日期", "办结日期", "是否逮捕", "审查起诉结果",
                        "退回补充侦查次数", "延长审查起诉期限次数", "其他程序件数", "是否认罪认罚", "量刑建议类型", "量刑建议是否采纳",
                        "是否撤回起诉", "判决结果")
                .row("示检刑诉受[2025]1号", "张某盗窃案", "公诉", "赵强", "2025-01-10", "2025-02-20", "Y", "提起公诉",
                        1, 0, null, "是", "确定刑", "是", "否", "有罪")
                .writeXlsx(h.inbox("检察.xlsx"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM prosecution_case"))
                .containsEntry("case_no", "示检刑诉受（2025）1号").containsEntry("unit_code", "JCY01")
                .containsEntry("category", "审查起诉").containsEntry("person_id", "P101").containsEntry("arrested", 1)
                .containsEntry("prosecution_result", "起诉").containsEntry("returned_count", 1)
                .containsEntry("other_procedures", null).containsEntry("sentencing_type", "确定刑").containsEntry("judgment", "有罪");
    }

    @Test
    void reviewEvaluationSurveyProblemSuggestionPetitionHearingActivity() throws Exception {
        TestWorkbook.create()
                .sheet("法院案件").row("案号", "案件类型", "审判程序", "立案日期", "承办人编号")
                .row("（2025）示0123民初9号", "民事", "一审", "2025-01-02", "P003")
                .sheet("案件评查").row("评查编号", "案号", "评查日期", "评查类型", "评查人", "评查得分", "评查等次", "主要问题")
                .row("R-1", "(2025)示0123民初9号", "2025-03-03", "常规评查", "评查组", 92.5, "优质", "无")
                .sheet("履职评议").row("评议编号", "人员编号", "评议日期", "评议方式", "满意票", "基本满意票", "不满意票", "综合得分", "评议结果")
                .row("E-1", "P001", "2024-11-11", "常委会评议", 30, 5, 1, 91, "满意")
                .sheet("满意度调查").row("调查编号", "被评单位", "调查开始日期", "调查结束日期", "调查对象", "非常满意", "比较满意", "不满意", "不了解")
                .row("S-2025H1", "FY01", "2025-05-01", "2025-06-15", "群众", 120, 30, 5, 8)
                .row("S-2025H1", "FY01", "2025-05-01", "2025-06-15", "律师", 20, 3, 1, null)
                .sheet("问题清单").row("问题编号", "发现日期", "问题来源", "责任单位", "问题类别", "问题描述", "整改措施", "整改时限", "整改状态", "完成日期", "是否共性问题")
                .row("Q-1", "2025-02-01", "案件评查", "FY01", "司法责任制", "<b>裁判文书</b>说理不充分", "培训", "2025-03-31", "已销号", "2025-03-20", "否")
                .sheet("代表建议").row("建议编号", "代表姓名", "建议标题", "承办单位", "交办日期", "答复日期", "办理结果", "代表反馈")
                .row("D-1", "周代表", "加强诉源治理", "县法院", "2025-03-10", "2025-05-10", "已解决", "满意")
                .sheet("涉法涉诉信访").row("信访编号", "收到日期", "来源", "责任单位", "涉及案号", "办结日期", "化解状态")
                .row("X-1", "2025-04-01", "人大交办", "JCY01", "(2024)示0123民初7号", "2025-04-20", "息诉罢访")
                .sheet("旁听庭审").row("记录编号", "开庭日期", "单位", "案号", "旁听代表人数", "评议得分", "意见建议")
                .row("H-1", "2025-05-20", "FY01", null, 8, 95, "庭审规范")
                .sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称", "对象单位", "牵头方", "参加代表人数", "发现问题数")
                .row("A-1", "2025-06-01", "执法检查", "安全生产执法检查", "GAJ01", "联合", 6, 3)
                .writeXlsx(h.inbox("综合.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.rowsImported()).isEqualTo(10);
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM case_review")).containsEntry("case_no", "（2025）示0123民初9号")
                .containsEntry("review_type", "常规").containsEntry("grade", "优质");
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM evaluation")).containsEntry("person_id", "P001")
                .containsEntry("votes_satisfied", 30).containsEntry("result", "满意");
        assertThat(h.db.count("SELECT COUNT(*) FROM survey WHERE survey_no = 'S-2025H1'")).isEqualTo(2);
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM survey WHERE respondent_group = '群众'"))
                .containsEntry("satisfied", 120).containsEntry("basic", 30).containsEntry("unknown", 8)
                .containsEntry("row_key", "S-2025H1|FY01|群众");
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM problem")).containsEntry("status", "已销号")
                .containsEntry("description", "<b>裁判文书</b>说理不充分").containsEntry("common_issue", 0);
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM suggestion")).containsEntry("unit_code", "FY01").containsEntry("result", "A");
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM petition")).containsEntry("source", "人大转交")
                .containsEntry("case_no", "（2024）示0123民初7号");
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM hearing")).containsEntry("deputies", 8);
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM activity")).containsEntry("method", "执法检查").containsEntry("lead", "联合");
    }

    @Test
    void personNameMatchingWithinTheUnit() throws Exception {
        TestWorkbook.create().sheet("法院案件")
                .row("案号", "案件类型", "审判程序", "立案日期", "承办人", "承办人编号")
                .row("（2025）示0123民初1号", "民事", "一审", "2025-01-02", "王芳", null)   // two 王芳 in FY01
                .row("（2025）示0123民初2号", "民事", "一审", "2025-01-02", "王芳", "P004") // the id decides
                .row("（2025）示0123民初3号", "民事", "一审", "2025-01-02", "孙某", null)   // not on the roster
                .writeXlsx(h.inbox("同名.xlsx"));
        h.properties.getImport().setOnRowError(lianjian.config.LianjianProperties.OnRowError.SKIP_ROW);
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(h.db.jdbc.queryForList("SELECT case_no || ':' || COALESCE(person_id, '-') FROM court_case ORDER BY case_no", String.class))
                .containsExactly("（2025）示0123民初2号:P004", "（2025）示0123民初3号:-");
        assertThat(h.receipts.messages(h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class), 10))
                .extracting(ImportMessage::text)
                .anySatisfy(t -> assertThat(t).isEqualTo("法院案件 第2行 承办人「王芳」在本单位人员名册中有2人同名，请填写承办人编号"))
                .anySatisfy(t -> assertThat(t).contains("第4行 承办人「孙某」不在本单位人员名册中"));
    }

    @Test
    void unknownUnitAndWrongUnitTypeAreErrors() throws Exception {
        TestWorkbook.create().sheet("法院案件")
                .row("案号", "承办单位", "案件类型", "审判程序", "立案日期")
                .row("（2025）示0123民初1号", "邻县法院", "民事", "一审", "2025-01-02")
                .row("（2025）示0123民初2号", "县检察院", "民事", "一审", "2025-01-02")
                .writeXlsx(h.inbox("单位错.xlsx"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(h.receipts.messages(h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class), 10))
                .extracting(ImportMessage::text)
                .anySatisfy(t -> assertThat(t).contains("第2行 承办单位「邻县法院」不在单位名录中"))
                .anySatisfy(t -> assertThat(t).contains("第3行 承办单位「县检察院」是检察院，这一列只能填法院"));
    }

    @Test
    void evaluationOfAnUnknownPersonIsAnError() throws Exception {
        TestWorkbook.create().sheet("履职评议")
                .row("评议编号", "人员编号", "评议日期", "评议结果")
                .row("E-9", "P999", "2025-01-02", "满意")
                .writeXlsx(h.inbox("评议.xlsx"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(h.receipts.messages(h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class), 10))
                .extracting(ImportMessage::text).contains("履职评议 第2行 人员编号「P999」不在人员名册中");
    }

    @Test
    void rowRulesOfTheKinds() throws Exception {
        TestWorkbook.create()
                .sheet("法院案件").row("案号", "案件类型", "审判程序", "立案日期", "结案日期", "是否上诉", "二审结果")
                .row("（2025）示0123民初1号", "民事", "一审", "2025-03-01", "2025-02-01", null, null)
                .row("（2025）示0123民初2号", "民事", "一审", "2025-01-01", "2025-02-01", "否", "改判")
                .sheet("问题清单").row("问题编号", "发现日期", "问题来源", "责任单位", "问题描述", "整改时限", "整改状态", "完成日期")
                .row("Q-1", "2025-02-01", "明察暗访", "GAJ01", "窗口服务态度差", "2025-03-01", "已整改", null)
                .writeXlsx(h.inbox("规则.xlsx"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        var texts = h.receipts.messages(h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class), 20)
                .stream().map(ImportMessage::text).toList();
        assertThat(texts).contains("法院案件 第2行 结案日期「2025-02-01」结案日期早于立案日期（立案日期 2025-03-01）");
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("第3行 是否上诉「否」填写了二审结果"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("问题清单 第2行 完成日期").contains("必须填写完成日期"));
    }

    /**
     * Two sheets of one kind in one workbook, one named with an apostrophe: each row records its own
     * sheet and the file's receipt (SQLite writes both into the INSERT's text, prepared once per
     * sheet).
     */
    @Test
    void courtCasesFromTwoSheetsOfOneKind() throws Exception {
        twoCourtSheets("（2024）示0123民初3号");
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.IMPORTED);

        long file = h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class);
        assertThat(h.db.jdbc.queryForList("SELECT row_key, source_file_id, source_sheet, source_row, filed_on FROM court_case"
                + " ORDER BY row_key")).extracting(Map::values).extracting(v -> List.copyOf(v).toString()).containsExactly(
                "[（2024）示0123民初1号, " + file + ", 法院案件, 2, 2024-03-01]",
                "[（2024）示0123民初2号, " + file + ", 法院案件, 3, 2024-03-02]",
                "[（2024）示0123民初3号, " + file + ", 法院案件'补录, 2, 2024-12-31]");
    }

    /** A key repeated on the second sheet of the kind is a duplicate of the first sheet's row, named by sheet and row. */
    @Test
    void aKeyRepeatedOnAnotherSheetOfTheKindIsADuplicate() throws Exception {
        twoCourtSheets("（2024）示0123民初1号");
        assertThat(h.runImport().get(0).rowsRejected()).isEqualTo(1);

        long file = h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class);
        assertThat(h.receipts.messages(file, 5)).extracting(m -> m.text())
                .anySatisfy(t -> assertThat(t).contains("重复").contains("第2行（工作表「法院案件」）"));
    }

    private void twoCourtSheets(String keyOnSecondSheet) throws Exception {
        Object[] header = {"案号", "承办单位", "案件类型", "审判程序", "立案日期"};
        TestWorkbook.create()
                .sheet("法院案件").row(header)
                .row("（2024）示0123民初1号", "FY01", "民事", "一审", "2024-03-01")
                .row("（2024）示0123民初2号", "FY01", "民事", "一审", "2024-03-02")
                .sheet("法院案件'补录").row(header)
                .row(keyOnSecondSheet, "FY01", "民事", "一审", LocalDate.of(2024, 12, 31))
                .writeXlsx(h.inbox("两张表.xlsx"));
    }
}
