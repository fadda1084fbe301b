package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.importing.kind.ColumnDef;
import lianjian.importing.kind.ColumnType;
import lianjian.importing.kind.SheetKind;
import lianjian.importing.receipt.Outcome;
import lianjian.importing.template.TemplateWriter;
import lianjian.testsupport.ImportHarness;

/** Issue 2 point 7: the blank templates, and that a filled template imports. */
class TemplateWriterTest {

    @TempDir
    Path dir;

    @Test
    void everyKindHasARequiredMarkedHeaderDropDownsAndInstructions() throws Exception {
        for (SheetKind kind : ImportHarness.KINDS.kinds()) {
            Path file = new TemplateWriter().write(kind, dir, List.of("示例县人民法院", "示例县人民检察院"));
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFSheet data = wb.getSheet(kind.name());
                Row head = data.getRow(0);
                for (ColumnDef c : kind.columns()) {
                    assertThat(head.getCell(c.index()).getStringCellValue()).isEqualTo(c.required() ? c.header() + "*" : c.header());
                }
                Set<String> lists = data.getDataValidations().stream()
                        .filter(v -> v.getValidationConstraint().getExplicitListValues() != null)
                        .map(v -> String.join(",", v.getValidationConstraint().getExplicitListValues()))
                        .collect(Collectors.toSet());
                for (ColumnDef c : kind.columns()) {
                    if (c.type() == ColumnType.ENUM) assertThat(lists).contains(String.join(",", c.values().keySet()));
                    if (c.type() == ColumnType.BOOL) assertThat(lists).contains("是,否");
                }
                for (DataValidation v : data.getDataValidations()) {
                    assertThat(v.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(1);
                }
                XSSFSheet help = wb.getSheet("填写说明");
                assertThat(help).isNotNull();
                StringBuilder text = new StringBuilder();
                for (Row r : help) r.forEach(cell -> text.append(cell.toString()).append('\n'));
                for (ColumnDef c : kind.columns()) assertThat(text).contains(c.header());
                assertThat(text).contains("2025年3月1日");
            }
            // Excel shows the in-cell arrow only when showDropDown is absent or false (the attribute is inverted).
            try (ZipFile zip = new ZipFile(file.toFile())) {
                String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes());
                assertThat(xml).contains("type=\"list\"".length() > 0 ? "<dataValidation" : "");
                assertThat(xml).doesNotContain("showDropDown=\"1\"").doesNotContain("showDropDown=\"true\"");
            }
        }
    }

    @Test
    void aFilledTemplateImports() throws Exception {
        ImportHarness h = new ImportHarness(dir.resolve("ws"));
        h.loadReferenceData();
        Path file = new TemplateWriter().write(ImportHarness.KINDS.require("hearing"), h.workspace.inbox(), List.of());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row r = wb.getSheet("旁听庭审").createRow(1);
            r.createCell(0).setCellValue("H-9");
            r.createCell(1).setCellValue(java.time.LocalDate.of(2025, 5, 6));
            r.createCell(2).setCellValue("县法院");
            r.createCell(4).setCellValue(7);
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.jdbc.queryForMap("SELECT * FROM hearing")).containsEntry("hearing_on", "2025-05-06").containsEntry("deputies", 7);
    }
}
