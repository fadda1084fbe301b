package lianjian.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinimalXlsxWriterTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(MinimalXlsxWriter.StringMode.class)
    void roundTripsValuesLayoutAndAwkwardText(MinimalXlsxWriter.StringMode mode) throws Exception {
        Path file = tmp.resolve(mode + ".xlsx");
        String awkward = "A&B <c> \"d\" 'e' _x0041_ tab\tend\u0001 （全角）";
        try (MinimalXlsxWriter w = new MinimalXlsxWriter(file, mode)) {
            w.setDocumentProperties("示例县人民法院", OffsetDateTime.of(2026, 1, 6, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
            w.startSheet("案件", false, 3, 20, 12, 12);
            w.setDateFormat("yyyy/m/d");
            w.writeTitle("示例县人民法院收结案清单", 3);
            w.skipRows(1);
            w.writeHeader(List.of("案号", "立案日期", "金额"));
            w.writeRow("（2024）浙0123民初1号", LocalDate.of(2024, 3, 1), new BigDecimal("1234.50"));
            w.writeRow(awkward, null, 7L);
            w.writeRow(" leading space", null, 2.5, true);
            w.startSheet("下拉选项", true, 0);
            w.writeRow("是", "否");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.isSheetHidden(1)).isTrue();
            assertThat(wb.isSheetHidden(0)).isFalse();
            assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("示例县人民法院");
            Sheet s = wb.getSheet("案件");
            assertThat(s.getMergedRegions()).containsExactly(new CellRangeAddress(0, 0, 0, 2));
            assertThat(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero(); assertThat(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(s.getRow(1)).isNull();
            assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("立案日期");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("（2024）浙0123民初1号");
            assertThat(DateUtil.isCellDateFormatted(s.getRow(3).getCell(1))).isTrue();
            assertThat(s.getRow(3).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy/m/d");
            assertThat(s.getRow(3).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(s.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo(awkward);
            assertThat(s.getRow(4).getCell(1)).isNull();
            assertThat(s.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(7.0);
            assertThat(s.getRow(5).getCell(0).getStringCellValue()).isEqualTo(" leading space");
            assertThat(s.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(2.5);
            assertThat(s.getRow(5).getCell(3).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(wb.getSheet("下拉选项").getRow(0).getCell(1).getStringCellValue()).isEqualTo("否");
        }
        // (XSSFWorkbook adds an empty shared-strings part in memory when there is none: look at the package)
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            boolean hasSst = !pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType()).isEmpty();
            assertThat(hasSst).isEqualTo(mode == MinimalXlsxWriter.StringMode.SHARED_STRINGS);
        }
    }

    @Test
    void rejectsWhatExcelCannotOpen() throws IOException {
        try (MinimalXlsxWriter w = new MinimalXlsxWriter(tmp.resolve("x.xlsx"), MinimalXlsxWriter.StringMode.SHARED_STRINGS)) {
            assertThatThrownBy(() -> w.startSheet("a/b")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> w.writeRow("too early")).isInstanceOf(IllegalStateException.class);
            w.startSheet("ok");
            assertThatThrownBy(() -> w.startSheet("OK")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> w.writeRow(new Object())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> w.writeRow(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
