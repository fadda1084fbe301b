package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import lianjian.config.LianjianProperties.OnRowError;
import lianjian.importing.receipt.Outcome;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;
import lianjian.testsupport.Backend;

/** DOMAIN §3.4: reject-file and skip-row, the error workbook, and nothing half-written. */
@ParameterizedClass
@EnumSource(Backend.class)
class RowErrorPolicyTest {

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

    /** Two good petitions, then an impossible date (row 4) and an unknown enumeration value (row 5). */
    private Path mixedFile() throws Exception {
        return TestWorkbook.create()
                .sheet("单位与说明").row("本表由县司法局报送")
                .sheet("涉法涉诉信访")
                .row("县司法局信访台账")
                .row("信访编号", "收到日期", "来源", "责任单位", "办结日期", "化解状态")
                .row("X-1", "2025-01-05", "来信", "SFJ01", "2025-01-20", "息诉罢访")
                .row("X-2", "2025-02-30", "来访", "SFJ01", null, "办理中")
                .row("X-3", "2025-03-01", "电话", "SFJ01", null, "办理中")
                .row("X-4", "2025-03-02", "网上", "SFJ01", null, "办理中")
                .writeXlsx(h.inbox("信访台账.xlsx"));
    }

    @Test
    void rejectFileImportsNothingAndWritesAnErrorWorkbookBesideTheOriginal() throws Exception {
        Path original = mixedFile();
        byte[] bytes = Files.readAllBytes(original);
        ImportResult r = h.runImport().get(0);

        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.rowsRead()).isEqualTo(4);
        assertThat(r.rowsRejected()).isEqualTo(2);
        assertThat(h.db.count("SELECT COUNT(*) FROM petition")).as("nothing half-written").isZero();
        Path moved = Path.of(r.movedTo());
        assertThat(moved.getParent()).isEqualTo(h.workspace.rejectedFor(java.time.LocalDate.now()));
        assertThat(Files.readAllBytes(moved)).as("the original is moved unmodified").isEqualTo(bytes);
        assertThat(Path.of(r.errorWorkbook())).isEqualTo(moved.resolveSibling("信访台账.xlsx.错误报告.xlsx")).exists();

        try (InputStream in = Files.newInputStream(Path.of(r.errorWorkbook())); Workbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("汇总");
            assertThat(text(summary)).contains("信访台账.xlsx").contains("已拒绝")
                    .contains("涉法涉诉信访 第4行 收到日期「2025-02-30」不是有效日期（该日不存在）")
                    .contains("涉法涉诉信访 第5行 来源「电话」不是允许的值（允许：人大转交、来信、来访、网上、其他）");
            Sheet rows = wb.getSheet("涉法涉诉信访");
            assertThat(rows.getRow(0).getCell(0).getStringCellValue()).isEqualTo("原行号");
            assertThat(rows.getRow(0).getCell(2).getStringCellValue()).isEqualTo("收到日期");
            assertThat(rows.getRow(0).getCell(7).getStringCellValue()).isEqualTo("错误说明");
            Row bad = rows.getRow(1);
            assertThat(bad.getCell(0).getNumericCellValue()).isEqualTo(4);
            assertThat(bad.getCell(1).getStringCellValue()).isEqualTo("X-2");
            Cell badDate = bad.getCell(2);
            assertThat(badDate.getStringCellValue()).isEqualTo("2025-02-30");
            assertThat(badDate.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(badDate.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(bad.getCell(3).getCellStyle().getFillPattern()).as("a correct cell is not highlighted")
                    .isEqualTo(FillPatternType.NO_FILL);
            assertThat(bad.getCell(7).getStringCellValue()).contains("收到日期「2025-02-30」不是有效日期");
            assertThat(rows.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(5);
            assertThat(rows.getRow(3)).as("only the rows with problems are listed").isNull();
        }
        assertThat(h.workspace.inbox()).isEmptyDirectory();
    }

    @Test
    void skipRowImportsTheGoodRowsAndListsTheBadOnes() throws Exception {
        h.properties.getImport().setOnRowError(OnRowError.SKIP_ROW);
        mixedFile();
        ImportResult r = h.runImport().get(0);
        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.PARTIAL);
        assertThat(r.rowsImported()).isEqualTo(2);
        assertThat(h.db.jdbc.queryForList("SELECT petition_no FROM petition ORDER BY petition_no", String.class))
                .containsExactly("X-1", "X-4");
        assertThat(Path.of(r.movedTo()).getParent()).isEqualTo(h.workspace.archiveFor(java.time.LocalDate.now()));
        assertThat(Path.of(r.errorWorkbook())).exists();
        try (InputStream in = Files.newInputStream(Path.of(r.errorWorkbook())); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(text(wb.getSheet("汇总"))).contains("部分导入");
            assertThat(wb.getSheet("涉法涉诉信访").getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void receiptRecordsFileShaSheetsAndCounts() throws Exception {
        Path original = mixedFile();
        String sha = lianjian.workspace.OriginalFiles.sha256(original);
        h.runImport();
        var row = h.db.jdbc.queryForMap("SELECT * FROM import_file WHERE file_name = '信访台账.xlsx'");
        assertThat(row).containsEntry("sha256", sha).containsEntry("outcome", "REJECTED").containsEntry("rows_read", 4)
                .containsEntry("rows_imported", 0).containsEntry("rows_rejected", 2);
        assertThat((String) row.get("sheets")).contains("工作表「单位与说明」").contains("工作表「涉法涉诉信访」→ 涉法涉诉信访（表头在第2行）");
        assertThat(row.get("finished_at")).isNotNull();
    }

    private static String text(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) for (Cell c : row) cells.add(c.toString());
        return String.join("\n", cells);
    }
}
