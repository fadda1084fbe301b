package lianjian.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Test helper: reads a generated workbook back with POI's usermodel the way the importer is
 * specified to (DOMAIN §3.2–3.3): kind by sheet name or by a header row in the top 10 rows,
 * values by the column's declared type. Only for the county's small and medium workbooks.
 */
final class WorkbookReadBack {

    /** One cell as read: a String, a LocalDate (real Excel date), a Double, or null. */
    record ReadRow(int rowIndex, Map<String, Object> byField, Map<String, String> headerByField) {

        Object raw(String field) {
            return byField.get(field);
        }

        String text(String field) {
            Object v = byField.get(field);
            if (v == null) {
                return null;
            }
            if (v instanceof Double d && d == Math.rint(d)) {
                return String.valueOf(d.longValue());
            }
            String s = v.toString().trim();
            return s.isEmpty() ? null : s;
        }

        LocalDate date(String field) {
            return Values.date(byField.get(field));
        }

        Boolean bool(String field) {
            return Values.bool(byField.get(field));
        }

        Double number(String field) {
            return Values.number(byField.get(field));
        }
    }

    record ReadSheet(String file, String name, boolean hidden, SheetKindsCatalog.Kind kind, int headerRowIndex,
                     List<String> headers, List<ReadRow> rows) {

        boolean recognised() {
            return kind != null;
        }
    }

    private WorkbookReadBack() {
    }

    static List<ReadSheet> read(Path file, SheetKindsCatalog catalog) throws IOException {
        List<ReadSheet> out = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                boolean hidden = wb.isSheetHidden(s) || wb.isSheetVeryHidden(s);
                out.add(readSheet(file.getFileName().toString(), sheet, hidden, catalog));
            }
        }
        return out;
    }

    private static ReadSheet readSheet(String file, Sheet sheet, boolean hidden, SheetKindsCatalog catalog) {
        SheetKindsCatalog.Kind byName = catalog.kindByName(sheet.getSheetName());
        int headerRow = -1;
        SheetKindsCatalog.Kind kind = null;
        for (int r = 0; r < 10 && headerRow < 0; r++) {
            List<String> cells = texts(sheet.getRow(r));
            if (byName != null) {
                if (byName.headerRowMatches(cells)) {
                    kind = byName;
                    headerRow = r;
                }
                continue;
            }
            for (SheetKindsCatalog.Kind k : catalog.kinds()) {
                if (k.headerRowMatches(cells)) {
                    kind = k;
                    headerRow = r;
                    break;
                }
            }
        }
        if (kind == null) {
            return new ReadSheet(file, sheet.getSheetName(), hidden, null, -1, List.of(), List.of());
        }
        List<String> headers = texts(sheet.getRow(headerRow));
        List<ReadRow> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, String> headerByField = new LinkedHashMap<>();
            boolean any = false;
            for (int c = 0; c < headers.size(); c++) {
                String h = headers.get(c);
                SheetKindsCatalog.Column col = h == null ? null : kind.columnForHeader(h);
                if (col == null) {
                    continue;
                }
                Object v = value(row.getCell(c));
                values.put(col.field(), v);
                headerByField.put(col.field(), h);
                any |= v != null;
            }
            if (any) {
                rows.add(new ReadRow(r, values, headerByField));
            }
        }
        return new ReadSheet(file, sheet.getSheetName(), hidden, kind, headerRow, headers, rows);
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        if (row == null) {
            return out;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Object v = value(row.getCell(c));
            out.add(v == null ? null : v.toString());
        }
        return out;
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> {
                String s = cell.getStringCellValue();
                yield s.isBlank() ? null : s;
            }
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate() : (Object) cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> null;
        };
    }

    /** Value conversions of DOMAIN §3.3, strict: anything else throws. */
    static final class Values {
        private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
        private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
        private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

        private Values() {
        }

        static LocalDate date(Object v) {
            if (v == null) {
                return null;
            }
            if (v instanceof LocalDate d) {
                return d;
            }
            String s = SheetKindsCatalog.normalize(v instanceof Double d ? String.valueOf(d.longValue()) : v.toString());
            for (Pattern p : List.of(YMD, CHINESE, COMPACT)) {
                Matcher m = p.matcher(s);
                if (m.matches()) {
                    try {
                        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)));
                    } catch (java.time.DateTimeException e) {
                        throw new DateTimeParseException("not a valid date", s, 0);
                    }
                }
            }
            throw new DateTimeParseException("not a date format of DOMAIN §3.3", s, 0);
        }

        static Boolean bool(Object v) {
            if (v == null) {
                return null;
            }
            String s = SheetKindsCatalog.normalize(v instanceof Double d ? String.valueOf(d.longValue()) : v.toString());
            return switch (s.toUpperCase(java.util.Locale.ROOT)) {
                case "是", "Y", "√", "1", "TRUE" -> Boolean.TRUE;
                case "否", "N", "×", "0", "FALSE" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("not a yes/no value: " + s);
            };
        }

        static Double number(Object v) {
            if (v == null) {
                return null;
            }
            if (v instanceof Double d) {
                return d;
            }
            return Double.parseDouble(SheetKindsCatalog.normalize(v.toString()).replace(",", ""));
        }

        /** 案号 folded to full-width brackets, spaces removed (DOMAIN §3.3). */
        static String caseNo(String s) {
            return s == null ? null : s.replace('(', '（').replace(')', '）').replace(" ", "");
        }
    }
}
