package lianjian.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import lianjian.config.LianjianProperties;
import lianjian.indicators.Figure;
import lianjian.indicators.IndicatorCatalog;

/**
 * The period workbook from a small hand-built set of stored figures: sheets per family, the stored values as
 * numbers under the display's format, 达标/未达标 with 示例, frozen headers, and no person sheet in the 公开版.
 */
class IndicatorWorkbookTest {

    private static final IndicatorCatalog CATALOG = IndicatorCatalog.load(new LianjianProperties());

    private static Figure figure(String unit, String person, String code, Double value, Boolean meets) {
        return new Figure("2025H1", unit, person, code, null, null, value, null, null, null, null, meets, false);
    }

    /** County and court: 收案 12,345 and 987 件; 法定审限内结案率 93.46% (未达标 against the shipped [95%, 100%]) and 97.0%. */
    private static List<IndicatorWorkbook.Scope> units() {
        return List.of(
                new IndicatorWorkbook.Scope("全县", "ALL", Map.of("C01", figure("ALL", null, "C01", 12345.0, null),
                        "C05", figure("ALL", null, "C05", 0.9346, false))),
                new IndicatorWorkbook.Scope("示例县人民法院", "FY01", Map.of("C01", figure("FY01", null, "C01", 987.0, null),
                        "C05", figure("FY01", null, "C05", 0.97, true),
                        "C02", new Figure("2025H1", "FY01", null, "C02", null, null, null, null, null, null, null, null, true))),
                new IndicatorWorkbook.Scope("示例县公安局", "GAJ01", Map.of()));
    }

    private static List<IndicatorWorkbook.Scope> persons() {
        return List.of(new IndicatorWorkbook.Scope("示例县人民法院 张三（P001）", "P001",
                Map.of("C01", figure("FY01", "P001", "C01", 1234.0, null))));
    }

    private static Workbook reopen(Workbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The column of an indicator in the first header row (its value column; 评价 is the next). */
    private static int column(Sheet s, String header) {
        for (var c : s.getRow(0)) if (c.getStringCellValue().equals(header)) return c.getColumnIndex();
        throw new AssertionError("no column " + header + " in " + s.getSheetName());
    }

    private static Row row(Sheet s, String label) {
        for (Row r : s) if (r.getRowNum() >= 2 && r.getCell(0).getStringCellValue().equals(label)) return r;
        throw new AssertionError("no row " + label);
    }

    @Test
    void storedValuesUnderTheDisplayFormatWithVerdictsAndFrozenHeaders() throws Exception {
        try (Workbook wb = reopen(new IndicatorWorkbook(CATALOG, "示例县2025年上半年").build(units(), persons(), "2025-01-01 至 2025-06-30"))) {
            List<String> names = new ArrayList<>();
            wb.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            // Only the court family has figures here; the person sheet (内部版) and the notes come after.
            assertThat(names).containsExactly("审判执行", "个人指标", "说明");
            Sheet court = wb.getSheet("审判执行");
            DataFormatter fmt = new DataFormatter(java.util.Locale.CHINA);
            int c01 = column(court, "收案数（件）"), c05 = column(court, "法定审限内结案率");
            assertThat(court.getRow(1).getCell(c01).getStringCellValue()).isEqualTo("数值");
            assertThat(court.getRow(1).getCell(c01 + 1).getStringCellValue()).isEqualTo("评价");
            // Units in the order given (county first); the police without any court figure has no row.
            assertThat(court.getLastRowNum()).isEqualTo(3);
            assertThat(court.getRow(2).getCell(0).getStringCellValue()).isEqualTo("全县");
            Row all = row(court, "全县"), fy = row(court, "示例县人民法院");
            // The stored values, unrounded, as numbers
            assertThat(all.getCell(c01).getNumericCellValue()).isEqualTo(12345.0);
            assertThat(all.getCell(c05).getNumericCellValue()).isEqualTo(0.9346);
            // ... shown with thousands separators and as a percentage with one decimal
            assertThat(all.getCell(c01).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(fmt.formatCellValue(all.getCell(c01))).isEqualTo("12,345");
            assertThat(fmt.formatCellValue(all.getCell(c05))).isEqualTo("93.5%");
            assertThat(fmt.formatCellValue(fy.getCell(c05))).isEqualTo("97.0%");
            // C05's interval is the catalog's shipped example: the verdicts say so
            assertThat(all.getCell(c05 + 1).getStringCellValue()).isEqualTo("未达标（示例）");
            assertThat(fy.getCell(c05 + 1).getStringCellValue()).isEqualTo("达标（示例）");
            // 收案数 has no interval: no verdict
            assertThat(all.getCell(c01 + 1).getStringCellValue()).isEmpty();
            // a figure of a period before the data reads 本期无数据, a missing one —
            int c02 = column(court, "结案数（件）");
            assertThat(fy.getCell(c02).getStringCellValue()).isEqualTo("本期无数据");
            assertThat(all.getCell(c02).getStringCellValue()).isEqualTo("—");
            PaneInformation pane = court.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
            Sheet people = wb.getSheet("个人指标");
            assertThat(fmt.formatCellValue(row(people, "示例县人民法院 张三（P001）").getCell(column(people, "收案数（件）"))))
                    .isEqualTo("1,234");
        }
    }

    @Test
    void thePublicWorkbookHasNoPersonSheet() throws Exception {
        try (Workbook wb = reopen(new IndicatorWorkbook(CATALOG, "示例县2025年上半年").build(units(), List.of(), "2025-01-01 至 2025-06-30"))) {
            assertThat(wb.getSheet("个人指标")).isNull();
            assertThat(wb.getSheet("审判执行")).isNotNull();
        }
    }
}
