package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.importing.receipt.Outcome;
import lianjian.importing.template.TemplateWriter;
import lianjian.importing.validate.ImportMessage;
import lianjian.importing.validate.Level;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;

/**
 * DOMAIN §4.13: the annual supervision plan as a sheet kind, and 监督活动 linked to its items by
 * 计划编号 (an unknown one is a warning; plans are known to activities of the same workbook and run).
 */
class SupervisionPlanImportTest {

    private static final Object[] PLAN_HEADER = {"计划编号", "年度", "监督事项", "监督类型", "对象单位", "监督方式", "牵头方",
        "计划完成日期", "完成日期", "备注"};
    private static final Object[] ACTIVITY_HEADER = {"活动编号", "活动日期", "监督方式", "活动名称", "对象单位", "计划编号"};

    @TempDir
    Path dir;
    ImportHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new ImportHarness(dir);
        h.loadReferenceData();
    }

    private long lastFile() {
        return h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class);
    }

    private List<String> messages() {
        return h.receipts.messages(lastFile(), 50).stream().map(ImportMessage::text).toList();
    }

    private List<ImportMessage> messages(Level level) {
        return h.receipts.messages(lastFile(), 50).stream().filter(m -> m.level() == level).toList();
    }

    private static TestWorkbook planSheet(TestWorkbook wb) {
        return wb.sheet("监督计划").row(PLAN_HEADER)
                .row("JH2025-01", 2025, "执行难综合治理专项监督", "专项工作", "县法院", "听取汇报，查阅案卷、评议", "县人大常委会",
                        LocalDate.of(2025, 9, 30), "2025年9月20日", null)
                .row("JH2025-02", "2025年", "对县公安局受案立案工作的监督", "单位", "GAJ01", "查 谈 测", "县委政法委",
                        "2025-11-30", null, "待开展满意度测评");
    }

    private static TestWorkbook activitySheet(TestWorkbook wb) {
        return wb.sheet("监督活动").row(ACTIVITY_HEADER)
                .row("HD2025-01", "2025-04-10", "听取审议报告", "听取审议县法院执行工作情况的报告", "FY01", "JH2025-01")
                .row("HD2025-02", "2025-05-12", "执法检查", "治安管理处罚法执法检查", "GAJ01", "ＪＨ2025－02 ")
                .row("HD2025-03", "2025-06-01", "明察暗访", "窗口作风明察暗访", "SFJ01", null);
    }

    // ---------------------------------------------------------------- recognition and stored values

    @Test
    void recognisedByNameAndStoredInCanonicalForm() throws Exception {
        planSheet(TestWorkbook.create()).writeXlsx(h.inbox("计划.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.rowsImported()).isEqualTo(2);
        assertThat(r.warnings()).isZero();
        Map<String, Object> first = h.db.jdbc.queryForMap("SELECT * FROM supervision_plan WHERE plan_no = 'JH2025-01'");
        assertThat(first).containsEntry("row_key", "JH2025-01").containsEntry("plan_year", 2025)
                .containsEntry("subject", "执行难综合治理专项监督").containsEntry("plan_type", "专项工作")
                .containsEntry("unit_code", "FY01").containsEntry("methods", "查、听、评").containsEntry("lead", "人大")
                .containsEntry("due_on", "2025-09-30").containsEntry("done_on", "2025-09-20").containsEntry("remarks", null)
                .containsEntry("source_sheet", "监督计划").containsEntry("source_row", 2);
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM supervision_plan WHERE plan_no = 'JH2025-02'"))
                .containsEntry("plan_year", 2025).containsEntry("plan_type", "单位").containsEntry("unit_code", "GAJ01")
                .containsEntry("methods", "查、谈、测").containsEntry("lead", "政法委").containsEntry("done_on", null);
    }

    @Test
    void recognisedByItsHeadersWithSynonymsBelowATitle() throws Exception {
        TestWorkbook.create().sheet("Sheet1")
                .row("示例县2024年度人大司法监督与政法委执法监督联合监督计划")
                .row()
                .row("事项编号", "计划年度", "监督项目", "事项类型", "被监督单位", "监督方法", "牵头单位", "完成时限",
                        "实际完成日期", "说明")
                .row("2024-1", "2024年度", "刑事案件认罪认罚适用情况专项监督", "专项监督", "县检察院", "查、听、议", "联合",
                        "2024/10/31", "2024.10.28", "联席会议审议")
                .writeXlsx(h.inbox("2024年计划.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM supervision_plan"))
                .containsEntry("plan_no", "2024-1").containsEntry("plan_year", 2024).containsEntry("plan_type", "专项工作")
                .containsEntry("unit_code", "JCY01").containsEntry("methods", "查、听、议").containsEntry("lead", "联合")
                .containsEntry("due_on", "2024-10-31").containsEntry("done_on", "2024-10-28")
                .containsEntry("remarks", "联席会议审议");
        assertThat(h.db.jdbc.queryForObject("SELECT sheets FROM import_file WHERE file_name = '2024年计划.xlsx'", String.class))
                .contains("工作表「Sheet1」→ 监督计划（表头在第3行）");
    }

    @Test
    void aPlanItemAcrossUnitsHasNoTargetUnit() throws Exception {
        TestWorkbook.create().sheet("年度监督计划").row("计划编号", "年度", "监督事项", "监督类型", "计划完成日期")
                .row("JH2023-02", 2023, "全县政法单位涉企案件办理专项监督", "专项工作", "2023-12-15")
                .writeXlsx(h.inbox("计划.xlsx"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.jdbc.queryForMap("SELECT unit_code, methods FROM supervision_plan"))
                .containsEntry("unit_code", null).containsEntry("methods", null);
    }

    // ---------------------------------------------------------------- errors and warnings

    @Test
    void anUnknownMethodIsAnErrorNamingFileSheetRowColumnAndTheAllowedValues() throws Exception {
        TestWorkbook.create().sheet("监督计划").row(PLAN_HEADER)
                .row("JH2025-01", 2025, "执行难综合治理专项监督", "专项工作", "FY01", "查、听、评", "人大", "2025-09-30", null, null)
                .row("JH2025-02", 2025, "对县公安局受案立案工作的监督", "单位", "GAJ01", "查、看、评", "政法委", "2025-11-30", null, null)
                .writeXlsx(h.inbox("计划有误.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(h.db.count("SELECT COUNT(*) FROM supervision_plan")).isZero();
        String expected = "监督计划 第3行 监督方式「查、看、评」含有不允许的值「看」"
                + "（允许：查、听、谈、测、评、议，可填多个，用顿号、逗号或空格分隔）";
        assertThat(messages()).contains(expected);
        ImportMessage m = messages(Level.ERROR).get(0);
        assertThat(m.sheet()).isEqualTo("监督计划");
        assertThat(m.rowNumber()).isEqualTo(3);
        assertThat(m.column()).isEqualTo("监督方式");
        assertThat(m.columnLetter()).isEqualTo("F");
        assertThat(h.db.jdbc.queryForObject("SELECT file_name FROM import_file WHERE id = ?", String.class, lastFile()))
                .isEqualTo("计划有误.xlsx");

        // the error workbook beside the rejected original names the file and marks the cell
        try (InputStream in = Files.newInputStream(Path.of(r.errorWorkbook())); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(text(wb.getSheet("汇总"))).contains("计划有误.xlsx").contains(expected)
                    .contains("\n含有不允许的值「看」（允许："); // the 问题 column alone reads as a sentence
            Sheet rows = wb.getSheet("监督计划");
            Row bad = rows.getRow(1);
            assertThat(bad.getCell(0).getNumericCellValue()).isEqualTo(3);
            Cell methods = bad.getCell(6); // column F of the original, after the 原行号 column
            assertThat(methods.getStringCellValue()).isEqualTo("查、看、评");
            assertThat(methods.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(bad.getCell(bad.getLastCellNum() - 1).getStringCellValue()).contains("含有不允许的值「看」");
        }
    }

    @Test
    void anUnknownTargetUnitIsAnError() throws Exception {
        TestWorkbook.create().sheet("监督计划").row(PLAN_HEADER)
                .row("JH2025-01", 2025, "执行难综合治理专项监督", "专项工作", "邻县法院", "查", "人大", "2025-09-30", null, null)
                .writeXlsx(h.inbox("计划.xlsx"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(messages()).anySatisfy(t -> assertThat(t)
                .isEqualTo("监督计划 第2行 对象单位「邻县法院」不在单位名录中（可填单位编码、名称或别名；单位名录须先导入）"));
    }

    @Test
    void rowRules() throws Exception {
        h.properties.getImport().setOnRowError(lianjian.config.LianjianProperties.OnRowError.SKIP_ROW);
        TestWorkbook.create().sheet("监督计划").row(PLAN_HEADER)
                // a unit plan without its unit
                .row("JH-1", 2025, "对单位的监督", "单位", null, "查", "人大", "2025-09-30", null, null)
                // due before the plan year begins: the year or the date is mistyped
                .row("JH-2", 2025, "执行难专项监督", "专项工作", "FY01", "查", "人大", "2024-12-31", null, null)
                // finished before the plan year: unusual, kept with a warning
                .row("JH-3", 2025, "涉企案件专项监督", "专项工作", null, "查", "联合", "2025-06-30", "2024-12-20", null)
                // a bad year
                .row("JH-4", "25年", "社区矫正专项监督", "专项工作", "SFJ01", "查", "联合", "2025-06-30", null, null)
                // finished late: not a rule, just data
                .row("JH-5", 2025, "认罪认罚专项监督", "专项工作", "JCY01", "查", "联合", "2025-06-30", "2025-08-15", null)
                .writeXlsx(h.inbox("规则.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(h.db.jdbc.queryForList("SELECT plan_no FROM supervision_plan ORDER BY plan_no", String.class))
                .containsExactly("JH-3", "JH-5");
        List<String> texts = messages();
        assertThat(texts).contains("监督计划 第2行 对象单位 监督类型为“单位”时必须填写对象单位");
        assertThat(texts).contains("监督计划 第3行 计划完成日期「2024-12-31」计划完成日期早于计划年度（年度 2025）");
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("监督计划 第5行 年度「25年」不是有效年度"));
        assertThat(messages(Level.WARNING)).singleElement().satisfies(w -> {
            assertThat(w.rowNumber()).isEqualTo(4);
            assertThat(w.text()).isEqualTo("监督计划 第4行 完成日期「2024-12-20」完成日期早于计划年度（年度 2025）");
        });
    }

    @Test
    void anUnknownPlanNumberInAnActivityIsAWarningAndTheActivityIsImported() throws Exception {
        TestWorkbook.create().sheet("监督活动").row(ACTIVITY_HEADER)
                .row("HD2025-09", "2025-06-01", "专题调研", "关于诉源治理工作的专题调研", "FY01", "JH2025-09")
                .row("HD2025-10", "2025-06-02", "专题调研", "关于社区矫正工作的专题调研", "SFJ01", null)
                .writeXlsx(h.inbox("活动.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.rowsImported()).isEqualTo(2);
        assertThat(r.warnings()).isEqualTo(1);
        assertThat(messages()).contains("监督活动 第2行 计划编号「JH2025-09」在监督计划中不存在（监督活动记录已保留）");
        assertThat(h.db.jdbc.queryForList("SELECT activity_no || ':' || COALESCE(plan_no, '-') FROM activity ORDER BY activity_no",
                String.class)).containsExactly("HD2025-09:JH2025-09", "HD2025-10:-");
    }

    @Test
    void aPlanImportedInAnEarlierRunIsKnown() throws Exception {
        planSheet(TestWorkbook.create()).writeXlsx(h.inbox("计划.xlsx"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.IMPORTED);
        activitySheet(TestWorkbook.create()).writeXlsx(h.inbox("活动.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.warnings()).isZero();
        assertLinked();
    }

    // ---------------------------------------------------------------- ordering within a workbook and a run

    @Test
    void planSheetAfterTheActivitySheetInOneWorkbook() throws Exception {
        planSheet(activitySheet(TestWorkbook.create())).writeXlsx(h.inbox("台账.xlsx"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.warnings()).as(messages().toString()).isZero();
        assertThat(r.rowsImported()).isEqualTo(5);
        assertLinked();
    }

    @Test
    void planSheetBeforeTheActivitySheetInOneWorkbook() throws Exception {
        activitySheet(planSheet(TestWorkbook.create())).writeXls(h.inbox("台账.xls"));
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.warnings()).as(messages().toString()).isZero();
        assertLinked();
    }

    @Test
    void aPlanFileDroppedWithTheActivitiesIsImportedFirst() throws Exception {
        Path plan = planSheet(TestWorkbook.create()).writeXlsx(h.inbox("监督计划（后保存）.xlsx"));
        Path activities = activitySheet(TestWorkbook.create()).writeXlsx(h.inbox("活动（先保存）.xlsx"));
        Files.setLastModifiedTime(activities, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        Files.setLastModifiedTime(plan, FileTime.from(Instant.parse("2025-02-01T00:00:00Z")));
        List<ImportResult> results = h.runImport();
        assertThat(results).extracting(ImportResult::fileName)
                .containsExactly("监督计划（后保存）.xlsx", "活动（先保存）.xlsx");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
            assertThat(r.warnings()).isZero();
        });
        assertLinked();
    }

    @Test
    void aLedgerHoldingThePlanAndCaseReviewsWaitsForTheCaseListsOfTheRun() throws Exception {
        // The 工作台账 holds the plan (reference data for 监督活动) and case reviews: it must not jump ahead of a
        // case list saved after it, or its reviews would not find their cases.
        TestWorkbook ledger = planSheet(TestWorkbook.create());
        ledger.sheet("案件评查").row("评查编号", "案号", "评查日期", "评查等次")
                .row("PC-1", "（2025）示0123民初7号", "2025-05-01", "合格");
        Path l = ledger.writeXlsx(h.inbox("工作台账.xlsx"));
        Path cases = TestWorkbook.create().sheet("法院案件").row("案号", "案件类型", "审判程序", "立案日期")
                .row("（2025）示0123民初7号", "民事", "一审", "2025-01-06").writeXlsx(h.inbox("法院案件（后保存）.xlsx"));
        Files.setLastModifiedTime(l, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        Files.setLastModifiedTime(cases, FileTime.from(Instant.parse("2025-02-01T00:00:00Z")));
        List<ImportResult> results = h.runImport();
        assertThat(results).extracting(ImportResult::fileName).containsExactly("法院案件（后保存）.xlsx", "工作台账.xlsx");
        assertThat(results).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED));
        assertThat(h.db.jdbc.queryForObject("SELECT COUNT(*) FROM case_review", Integer.class)).isEqualTo(1);
    }

    /** The activities of {@link #activitySheet} point at the items of {@link #planSheet}, however typed. */
    private void assertLinked() {
        assertThat(h.db.jdbc.queryForList("SELECT a.activity_no || '→' || p.plan_no || ' ' || p.methods FROM activity a"
                + " JOIN supervision_plan p ON p.plan_no = a.plan_no ORDER BY a.activity_no", String.class))
                .containsExactly("HD2025-01→JH2025-01 查、听、评", "HD2025-02→JH2025-02 查、谈、测");
        assertThat(h.db.jdbc.queryForObject("SELECT plan_no FROM activity WHERE activity_no = 'HD2025-03'", String.class))
                .isNull();
    }

    // ---------------------------------------------------------------- the template

    @Test
    void theTemplateHasDropDownsForSingleValuesAndAnInputMessageForTheMethods() throws Exception {
        Path file = new TemplateWriter().write(ImportHarness.KINDS.require("supervision_plan"), dir, List.of("示例县人民法院"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet data = wb.getSheet("监督计划");
            List<String> lists = new ArrayList<>();
            DataValidation methods = null;
            for (DataValidation v : data.getDataValidations()) {
                String[] list = v.getValidationConstraint().getExplicitListValues();
                if (list != null) lists.add(String.join(",", list));
                if (v.getRegions().getCellRangeAddress(0).getFirstColumn() == 5) methods = v;
            }
            assertThat(lists).contains("专项工作,单位", "人大,政法委,联合");
            assertThat(lists).noneMatch(l -> l.startsWith("查"));
            assertThat(methods).isNotNull();
            assertThat(methods.getValidationConstraint().getValidationType())
                    .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.ANY);
            assertThat(methods.getShowPromptBox()).isTrue();
            assertThat(methods.getPromptBoxTitle()).isEqualTo("监督方式");
            assertThat(methods.getPromptBoxText()).contains("查、听、谈、测、评、议").contains("顿号").contains("逗号")
                    .contains("空格").contains("听取汇报→听").hasSizeLessThanOrEqualTo(255);
            StringBuilder help = new StringBuilder();
            for (Row r : wb.getSheet("填写说明")) r.forEach(c -> help.append(c.toString()).append('\n'));
            assertThat(help).contains("监督方式").contains("听（听取汇报、").contains("评（评议、")
                    .contains("计划完成日期早于计划年度").contains("监督类型为“单位”时必须填写对象单位");
        }
    }

    @Test
    void aFilledTemplateImports() throws Exception {
        Path file = new TemplateWriter().write(ImportHarness.KINDS.require("supervision_plan"), h.workspace.inbox(), List.of());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet("监督计划");
            Object[][] rows = {
                {"JH2026-01", 2026, "执行难综合治理专项监督", "专项工作", "县法院", "评议、听取汇报，查", "人大", LocalDate.of(2026, 10, 31), null},
                {"JH2026-02", 2026, "对县公安局受案立案工作的监督", "单位", "GAJ01", "查 谈", "联合", LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 1)},
            };
            for (int i = 0; i < rows.length; i++) {
                Row r = sh.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    Object v = rows[i][c];
                    if (v instanceof String s) r.createCell(c).setCellValue(s);
                    else if (v instanceof Integer n) r.createCell(c).setCellValue(n);
                    else if (v instanceof LocalDate d) r.createCell(c).setCellValue(d);
                }
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.rowsImported()).isEqualTo(2);
        assertThat(h.db.jdbc.queryForList("SELECT plan_no || '|' || plan_year || '|' || unit_code || '|' || methods || '|'"
                + " || due_on || '|' || COALESCE(done_on, '-') FROM supervision_plan ORDER BY plan_no", String.class))
                .containsExactly("JH2026-01|2026|FY01|查、听、评|2026-10-31|-", "JH2026-02|2026|GAJ01|查、谈|2026-12-15|2026-12-01");
    }

    private static String text(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) for (Cell c : row) cells.add(c.toString());
        return String.join("\n", cells);
    }
}
