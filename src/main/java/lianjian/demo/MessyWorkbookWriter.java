package lianjian.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a {@link WorkbookSpec}: .xlsx through {@link MinimalXlsxWriter} (POI's shared-strings
 * table makes even a 12,000-row file take seconds), .xls through POI HSSF. Output is byte-for-byte
 * reproducible: fixed document properties and zip times, a fixed HSSF "last saved by" user, and
 * column widths computed from the data rather than autosized (which depends on installed fonts).
 */
final class MessyWorkbookWriter {

    /** Excel 97–2003 sheets hold 65,536 rows. */
    static final int XLS_MAX_ROWS = 65_536;

    private MessyWorkbookWriter() {
    }

    static Path write(Path dir, WorkbookSpec spec) throws IOException {
        Path file = dir.resolve(spec.fileName());
        if (spec.isXls()) {
            Files.write(file, xls(spec));
        } else {
            xlsx(file, spec);
        }
        return file;
    }

    // ---------------------------------------------------------------- .xlsx

    private static void xlsx(Path file, WorkbookSpec spec) throws IOException {
        MinimalXlsxWriter.StringMode mode = spec.inlineStrings()
                ? MinimalXlsxWriter.StringMode.INLINE_STRINGS : MinimalXlsxWriter.StringMode.SHARED_STRINGS;
        try (MinimalXlsxWriter w = new MinimalXlsxWriter(file, mode)) {
            w.setDocumentProperties(spec.author(), spec.savedAt().atOffset(ZoneOffset.ofHours(8)));
            for (SheetSpec s : spec.sheets()) {
                int frozen = s.headers().isEmpty() ? 0 : s.headerRowIndex() + 1;
                w.startSheet(s.name(), s.hidden(), frozen, columnWidths(s));
                w.setDateFormat(s.dateFormat());
                int width = Math.max(1, s.headers().size());
                for (String title : s.titleRows()) {
                    w.writeTitle(title, width);
                }
                w.skipRows(s.blankRowsBeforeHeader());
                if (!s.headers().isEmpty()) {
                    w.writeHeader(s.headers());
                }
                List<Object> cells = new ArrayList<>();
                for (List<Object> row : s.rows()) {
                    cells.clear();
                    for (Object v : row) {
                        cells.add(v instanceof SheetSpec.Money m ? BigDecimal.valueOf(m.cents(), 2) : v);
                    }
                    w.writeRow(cells);
                }
            }
        }
    }

    // ---------------------------------------------------------------- .xls

    private static byte[] xls(WorkbookSpec spec) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            // HSSF records the OS user name as "last saved by"; that would vary between machines.
            wb.getInternalWorkbook().getWriteAccess().setUsername("lianjian");
            Styles styles = new Styles(wb);
            for (SheetSpec sheetSpec : spec.sheets()) {
                for (SheetSpec part : splitForRowLimit(sheetSpec)) {
                    Sheet sheet = wb.createSheet(part.name());
                    writeSheet(sheet, part, styles);
                    if (part.hidden()) {
                        wb.setSheetHidden(wb.getSheetIndex(sheet), true);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Longer tables continue on 续 sheets with the title and header repeated. */
    static List<SheetSpec> splitForRowLimit(SheetSpec spec) {
        int room = XLS_MAX_ROWS - spec.headerRowIndex() - 1;
        if (spec.rows().size() <= room) {
            return List.of(spec);
        }
        List<SheetSpec> parts = new ArrayList<>();
        int from = 0;
        int part = 0;
        while (from < spec.rows().size()) {
            int to = Math.min(spec.rows().size(), from + room);
            String name = part == 0 ? spec.name() : spec.name() + "（续" + part + "）";
            parts.add(spec.withRows(spec.rows().subList(from, to)).withName(name));
            from = to;
            part++;
        }
        return parts;
    }

    private static void writeSheet(Sheet sheet, SheetSpec spec, Styles styles) {
        int width = Math.max(1, spec.headers().size());
        int r = 0;
        for (String title : spec.titleRows()) {
            Cell cell = sheet.createRow(r).createCell(0);
            cell.setCellValue(title);
            cell.setCellStyle(r == 0 ? styles.title : styles.subtitle);
            if (width > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
            }
            r++;
        }
        r += spec.blankRowsBeforeHeader();
        if (!spec.headers().isEmpty()) {
            Row header = sheet.createRow(r++);
            for (int c = 0; c < spec.headers().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(spec.headers().get(c));
                cell.setCellStyle(styles.header);
            }
            sheet.createFreezePane(0, r);
        }
        CellStyle dateStyle = styles.date(spec.dateFormat());
        for (List<Object> values : spec.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                } else if (v instanceof SheetSpec.Money m) {
                    cell.setCellValue(m.cents() / 100.0);
                    cell.setCellStyle(styles.money);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    throw new IllegalArgumentException("unsupported cell value " + v.getClass());
                }
            }
        }
        int[] widths = columnWidths(spec);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** Width in characters from the header and the first rows; CJK characters count double. */
    static int[] columnWidths(SheetSpec spec) {
        if (spec.headers().isEmpty()) {
            return new int[] {80};
        }
        int[] widths = new int[spec.headers().size()];
        int sample = Math.min(200, spec.rows().size());
        for (int c = 0; c < widths.length; c++) {
            int units = displayWidth(spec.headers().get(c)) + 2;
            for (int i = 0; i < sample; i++) {
                List<Object> row = spec.rows().get(i);
                Object v = c < row.size() ? row.get(c) : null;
                int w = v instanceof LocalDate ? 11 : v instanceof SheetSpec.Money ? 14 : v == null ? 0
                        : displayWidth(v.toString());
                units = Math.max(units, w + 2);
            }
            widths[c] = Math.min(60, units);
        }
        return widths;
    }

    private static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E7F ? 2 : 1;
        }
        return w;
    }

    /** Cell styles are a limited resource in .xls: create each once per workbook. */
    private static final class Styles {
        private final HSSFWorkbook wb;
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle money;
        private final Map<String, CellStyle> dates = new HashMap<>();

        Styles(HSSFWorkbook wb) {
            this.wb = wb;
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            subtitle = wb.createCellStyle();
            subtitle.setAlignment(HorizontalAlignment.RIGHT);
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setBorderTop(BorderStyle.THIN);
            header.setBorderLeft(BorderStyle.THIN);
            header.setBorderRight(BorderStyle.THIN);
            money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        }

        CellStyle date(String format) {
            return dates.computeIfAbsent(format, f -> {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(wb.createDataFormat().getFormat(f));
                return s;
            });
        }
    }
}
