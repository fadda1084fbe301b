package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.importing.receipt.Outcome;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;

/**
 * Issue 15: the error workbook counts rows and their errors alike (the sentence about the whole
 * file is not a fifth error), shows key columns whole, prints its 汇总 on one page width, and speaks
 * plainly (no setting names such as reject-file).
 */
class ErrorWorkbookLayoutTest {

    @TempDir
    Path dir;

    @Test
    void countsWidthsPrintingAndWords() throws Exception {
        ImportHarness h = new ImportHarness(dir);
        h.loadReferenceData();
        TestWorkbook wb = TestWorkbook.create().sheet("问题清单")
                .row("问题编号", "发现日期", "问题来源", "责任单位", "问题描述", "整改时限", "整改状态");
        for (int i = 1; i <= 6; i++) {
            wb.row("SFJ-BB2025-000" + i, i <= 4 ? "2025-02-30" : "2025-03-01", "执法检查", "SFJ01", "社区矫正档案不全",
                    "2025-06-30", "整改中");
        }
        ImportResult r = h.importOne(wb.writeXlsx(h.inbox("司法局问题清单.xlsx")));
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.rowsRejected()).isEqualTo(4);
        assertThat(r.message()).doesNotContain("reject-file").contains("有 4 行数据有错误，整个文件未导入");

        try (InputStream in = Files.newInputStream(Path.of(r.errorWorkbook())); XSSFWorkbook report = new XSSFWorkbook(in)) {
            XSSFSheet summary = report.getSheet("汇总");
            String text = RefusedFilesTest.text(summary);
            assertThat(text).contains("有错误的行\t4 行（共 4 处错误）").doesNotContain("错误 / 警告")
                    .doesNotContain("reject-file").doesNotContain("skip-row");
            assertThat(summary.getFitToPage()).isTrue();
            assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(summary.getPrintSetup().getFitHeight()).isZero();
            assertThat(summary.getPrintSetup().getLandscape()).isTrue();

            XSSFSheet rows = report.getSheet("问题清单");
            // column B holds 问题编号 (A is 原行号): wide enough for "SFJ-BB2025-0001" (15 characters)
            assertThat(rows.getRow(1).getCell(1).getStringCellValue()).isEqualTo("SFJ-BB2025-0001");
            assertThat(rows.getColumnWidth(1) / 256).isGreaterThanOrEqualTo(15);
            // 问题描述: 8 Chinese characters, two units each
            assertThat(rows.getColumnWidth(5) / 256).isGreaterThanOrEqualTo(16);
            assertThat(rows.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        }
    }
}
