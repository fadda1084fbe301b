package lianjian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessyWorkbookWriterTest {

    @Test
    void anXlsTableLongerThanOneSheetContinuesOnASecondSheetWithTitleAndHeader(@TempDir Path tmp) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            rows.add(List.of("（2023）浙0123民初" + (i + 1) + "号", LocalDate.of(2023, 1, 2).plusDays(i % 300)));
        }
        SheetSpec sheet = new SheetSpec("2023年", List.of("收结案清单"), 0, List.of("案号", "立案日期"), rows, false,
                "yyyy-m-d");
        Path file = MessyWorkbookWriter.write(tmp, new WorkbookSpec("长表.xls", List.of(sheet), "测试",
                LocalDateTime.of(2026, 1, 6, 9, 0), false));

        try (HSSFWorkbook wb = new HSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(1)).isEqualTo("2023年（续1）");
            int first = wb.getSheetAt(0).getLastRowNum() - 1; // minus title and header
            int second = wb.getSheetAt(1).getLastRowNum() - 1;
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(MessyWorkbookWriter.XLS_MAX_ROWS - 1);
            assertThat(first + second).isEqualTo(70_000);
            assertThat(wb.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("案号");
            assertThat(wb.getSheetAt(1).getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("（2023）浙0123民初" + (first + 1) + "号");
            assertThat(DateUtil.isCellDateFormatted(wb.getSheetAt(1).getRow(2).getCell(1))).isTrue();
        }
    }
}
