package lianjian.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small hand-built workbooks for tests: sheets with optional title rows, a header row and data
 * rows whose cells may be text, numbers, real Excel dates (LocalDate), booleans, formulas
 * ({@link Formula}) or blanks (null). Written with POI as .xlsx or .xls.
 */
public final class TestWorkbook {

    /** A formula cell; {@code cached} is the value Excel would have stored (null: none stored). */
    public record Formula(String formula, Object cached) {}

    private record SheetSpec(String name, boolean hidden, List<List<Object>> rows) {}

    private final List<SheetSpec> sheets = new ArrayList<>();
    private SheetSpec current;

    public static TestWorkbook create() { return new TestWorkbook(); }

    public TestWorkbook sheet(String name) {
        current = new SheetSpec(name, false, new ArrayList<>());
        sheets.add(current);
        return this;
    }

    public TestWorkbook hiddenSheet(String name) {
        current = new SheetSpec(name, true, new ArrayList<>());
        sheets.add(current);
        return this;
    }

    /** Appends a row; use row() with no values for a blank row. */
    public TestWorkbook row(Object... cells) {
        current.rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    public Path writeXlsx(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            return write(wb, file);
        }
    }

    public Path writeXls(Path file) throws IOException {
        try (Workbook wb = new HSSFWorkbook()) {
            return write(wb, file);
        }
    }

    private Path write(Workbook wb, Path file) throws IOException {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        for (SheetSpec spec : sheets) {
            Sheet sh = wb.createSheet(spec.name());
            if (spec.hidden()) wb.setSheetHidden(wb.getSheetIndex(sh), true);
            int r = 0;
            for (List<Object> cells : spec.rows()) {
                Row row = sh.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v == null) continue;
                    Cell cell = row.createCell(c);
                    set(cell, v, date);
                }
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    private static void set(Cell cell, Object v, CellStyle date) {
        if (v instanceof String s) cell.setCellValue(s);
        else if (v instanceof Number n) cell.setCellValue(n.doubleValue());
        else if (v instanceof Boolean b) cell.setCellValue(b);
        else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (v instanceof Formula f) {
            cell.setCellFormula(f.formula());
            // POI stores no cached value unless we set one after the formula.
            if (f.cached() instanceof Number n) cell.setCellValue(n.doubleValue());
            else if (f.cached() instanceof String s) cell.setCellValue(s);
        } else {
            throw new IllegalArgumentException("unsupported cell value " + v);
        }
    }
}
