package lianjian.demo;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A workbook to write: its file name (".xls" means Excel 97–2003 via HSSF), its sheets, who saved
 * it and when (Beijing time; used for the document properties and zip entries instead of the
 * clock, so the bytes depend only on the seed), and for .xlsx whether strings are inline (as
 * exports of some case-management systems are) rather than in a shared-strings table (as Excel
 * and WPS write them).
 */
record WorkbookSpec(String fileName, List<SheetSpec> sheets, String author, LocalDateTime savedAt,
                    boolean inlineStrings) {

    boolean isXls() {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xls");
    }
}
