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
                    if (c.type() == ColumnType.ENUM) assertThat(lists).contains(String.join(",", TemplateWriter.dropDown(c)));
                    if (c.type() == ColumnType.BOOL) assertThat(lists).contains("是,否");
                }
                for (DataValidation v : data.getDataValidations()) {
                    // the whole column below the header, and a value outside the list is questioned, never refused
                    assertThat(v.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(1);
                    assertThat(v.getRegions().getCellRangeAddress(0).getLastRow()).as(kind.name()).isEqualTo(1_048_575);
                    assertThat(v.getErrorStyle()).as(kind.name()).isEqualTo(DataValidation.ErrorStyle.INFO);
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

    /** Issue 15: the drop-downs offer what the importer accepts, and say what else it accepts. */
    @Test
    void dropDownsOfferOnlyAcceptedValuesAndTheirMessagesListOtherSpellings() throws Exception {
        List<TemplateWriter.Unit> units = List.of(new TemplateWriter.Unit("示例县人民法院", "FY01", "法院", "县法院,示例县法院"),
                new TemplateWriter.Unit("示例县人民检察院", "JCY01", "检察院", "县检察院"),
                new TemplateWriter.Unit("示例县公安局", "GAJ01", "公安局", ""),
                new TemplateWriter.Unit("示例县司法局", "SFJ01", "司法局", "县司法局"));
        Path court = new TemplateWriter().writeWithUnits(ImportHarness.KINDS.require("court_case"), dir, units);
        try (InputStream in = Files.newInputStream(court); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet data = wb.getSheet("法院案件");
            int unitCol = ImportHarness.KINDS.require("court_case").columns().stream()
                    .filter(c -> c.header().equals("承办单位")).findFirst().orElseThrow().index();
            DataValidation v = validationOf(data, unitCol);
            assertThat(v.getValidationConstraint().getExplicitListValues()).as("a court's cases: courts only")
                    .containsExactly("示例县人民法院");
            assertThat(v.getPromptBoxText()).contains("FY01").contains("县法院").contains("须是法院");
        }
        Path suggestions = new TemplateWriter().writeWithUnits(ImportHarness.KINDS.require("suggestion"), dir, units);
        try (InputStream in = Files.newInputStream(suggestions); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet data = wb.getSheet("代表建议");
            ColumnDef result = ImportHarness.KINDS.require("suggestion").columns().stream()
                    .filter(c -> c.header().equals("办理结果")).findFirst().orElseThrow();
            assertThat(validationOf(data, result.index()).getValidationConstraint().getExplicitListValues())
                    .containsExactly("A 已解决", "B 正在解决", "C 列入规划", "D 留作参考");
            ColumnDef unit = ImportHarness.KINDS.require("suggestion").columns().stream()
                    .filter(c -> c.header().equals("承办单位")).findFirst().orElseThrow();
            assertThat(validationOf(data, unit.index()).getValidationConstraint().getExplicitListValues())
                    .as("a column without a unit type offers every unit").hasSize(4);
        }
        Path people = new TemplateWriter().writeWithUnits(ImportHarness.KINDS.require("person"), dir, units);
        try (InputStream in = Files.newInputStream(people); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet data = wb.getSheet("人员名册");
            ColumnDef bool = ImportHarness.KINDS.require("person").columns().stream()
                    .filter(c -> c.type() == ColumnType.BOOL).findFirst().orElseThrow();
            DataValidation v = validationOf(data, bool.index());
            assertThat(v.getPromptBoxText()).contains("Y/N").contains("√/×").contains("1/0");
            assertThat(v.getErrorBoxText()).contains("可以保留");
        }
    }

    /** Every item of every drop-down is a value the importer accepts (A 已解决 imports as A). */
    @Test
    void everyDropDownItemImports() throws Exception {
        ImportHarness h = new ImportHarness(dir.resolve("ws"));
        h.loadReferenceData();
        var kind = ImportHarness.KINDS.require("suggestion");
        for (ColumnDef c : kind.columns()) {
            if (c.type() != ColumnType.ENUM) continue;
            for (String item : TemplateWriter.dropDown(c)) {
                String canonical = lianjian.importing.parse.HeaderText.normalize(item);
                boolean known = c.values().entrySet().stream().anyMatch(e -> lianjian.importing.parse.HeaderText.normalize(e.getKey()).equals(canonical)
                        || e.getValue().stream().anyMatch(syn -> lianjian.importing.parse.HeaderText.normalize(syn).equals(canonical)));
                assertThat(known).as(c.header() + " offers " + item).isTrue();
            }
        }
        lianjian.testsupport.TestWorkbook.create().sheet("代表建议")
                .row("建议编号", "代表姓名", "建议标题", "交办日期", "承办单位", "办理结果")
                .row("JY-1", "周敏", "关于执行的建议", "2025-03-01", "县法院", "B 正在解决")
                .writeXlsx(h.inbox("建议.xlsx"));
        var r = h.runImport().get(0);
        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.jdbc.queryForObject("SELECT result FROM suggestion", String.class)).isEqualTo("B");
    }

    private static DataValidation validationOf(XSSFSheet data, int column) {
        return data.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column).findFirst()
                .orElseThrow(() -> new AssertionError("no validation on column " + column));
    }
}
