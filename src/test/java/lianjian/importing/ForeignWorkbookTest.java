package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.importing.receipt.Outcome;
import lianjian.importing.validate.ImportMessage;
import lianjian.testsupport.HandMadeXlsx;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;
import lianjian.testsupport.TestWorkbook.Formula;

/** Workbooks not written by POI, and formula cells (cached values) from any writer. */
class ForeignWorkbookTest {

    @TempDir
    Path dir;
    ImportHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new ImportHarness(dir);
        h.loadReferenceData();
    }

    /**
     * A minimal .xlsx as some export tools write it: no styles part, no shared strings (inline
     * strings), no r attributes on cells, a boolean cell and a formula string cell.
     */
    @Test
    void handMadeXlsxWithInlineStrings() throws Exception {
        Path file = h.inbox("导出.xlsx");
        String row1 = row("<c t=\"inlineStr\"><is><t>建议编号</t></is></c><c t=\"inlineStr\"><is><t>建议标题</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>承办单位</t></is></c><c t=\"inlineStr\"><is><t>交办日期</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>答复日期</t></is></c>");
        String row2 = row("<c t=\"inlineStr\"><is><r><t>JY-</t></r><r><rPr><b/></rPr><t>001</t></r></is></c>"
                + "<c t=\"inlineStr\"><is><t>  规范执行  </t></is></c><c t=\"str\"><f>\"FY\"&amp;\"01\"</f><v>FY01</v></c>"
                + "<c><v>20250310</v></c><c t=\"inlineStr\"><is><t>2025年4月1日</t></is></c>");
        HandMadeXlsx.write(file, "代表建议", row1 + row2);
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM suggestion"))
                .containsEntry("suggestion_no", "JY-001").containsEntry("title", "规范执行").containsEntry("unit_code", "FY01")
                .containsEntry("assigned_on", "2025-03-10").containsEntry("replied_on", "2025-04-01");
    }

    @Test
    void formulaCellsUseTheirCachedValueAndAFormulaWithoutOneIsAnError() throws Exception {
        TestWorkbook.create().sheet("满意度调查")
                .row("调查编号", "被评单位", "调查开始日期", "调查结束日期", "调查对象", "满意", "基本满意", "不满意")
                .row("S-1", "FY01", "2025-01-01", "2025-01-31", "群众", new Formula("100+20", 120), 30, 4)
                .row("S-1", "FY01", "2025-01-01", "2025-01-31", "律师", new Formula("10+2", null), 3, 0)
                .writeXlsx(h.inbox("满意度.xlsx"));
        h.properties.getImport().setOnRowError(lianjian.config.LianjianProperties.OnRowError.SKIP_ROW);
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(h.db.jdbc.queryForObject("SELECT satisfied FROM survey", Integer.class)).isEqualTo(120);
        assertThat(h.receipts.messages(h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class), 5))
                .extracting(ImportMessage::text)
                .anySatisfy(t -> assertThat(t).startsWith("满意度调查 第3行 满意").contains("没有计算结果"));
    }

    @Test
    void formulaCellsInXls() throws Exception {
        TestWorkbook.create().sheet("满意度调查")
                .row("调查编号", "被评单位", "调查开始日期", "调查结束日期", "满意", "基本满意", "不满意")
                .row(new Formula("\"S-\"&\"9\"", "S-9"), "FY01", "2025-01-01", "2025-01-31", new Formula("40+2", 42), 8, 1)
                .writeXls(h.inbox("满意度.xls"));
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.jdbc.queryForMap("SELECT survey_no, satisfied FROM survey"))
                .containsEntry("survey_no", "S-9").containsEntry("satisfied", 42);
    }

    private static String row(String cells) { return "<row>" + cells + "</row>"; }

}
