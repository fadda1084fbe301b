package lianjian.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One sheet as a unit would lay it out: optional title rows above the header (merged across the
 * table), blank rows, the header row, then data. Cell values are String (text cell), Number,
 * {@link Money}, java.time.LocalDate (a real Excel date in {@code dateFormat}) or null (no cell).
 * A sheet with no headers is free text (e.g. 填表说明).
 */
record SheetSpec(
        String name,
        List<String> titleRows,
        int blankRowsBeforeHeader,
        List<String> headers,
        List<List<Object>> rows,
        boolean hidden,
        String dateFormat) {

    /** An amount of money in 分, written as a number with two decimals. */
    record Money(long cents) {
    }

    /** One column: its header as this file spells it, and how to render an item in it. */
    record Column<T>(String header, Function<T, Object> value) {
    }

    static <T> SheetSpec of(String name, List<Column<T>> columns, List<T> items) {
        List<String> headers = new ArrayList<>();
        for (Column<T> c : columns) {
            headers.add(c.header());
        }
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (T item : items) {
            List<Object> row = new ArrayList<>(columns.size());
            for (Column<T> c : columns) {
                row.add(c.value().apply(item));
            }
            rows.add(row);
        }
        return new SheetSpec(name, List.of(), 0, headers, rows, false, "yyyy-mm-dd");
    }

    /** A sheet of free text, one line per row, recognised as no kind at all. */
    static SheetSpec text(String name, List<String> lines) {
        List<List<Object>> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(List.of(line));
        }
        return new SheetSpec(name, List.of(), 0, List.of(), rows, false, "yyyy-mm-dd");
    }

    SheetSpec withTitles(String... titles) {
        return new SheetSpec(name, List.of(titles), blankRowsBeforeHeader, headers, rows, hidden, dateFormat);
    }

    SheetSpec withBlankRows(int n) {
        return new SheetSpec(name, titleRows, n, headers, rows, hidden, dateFormat);
    }

    SheetSpec withDateFormat(String format) {
        return new SheetSpec(name, titleRows, blankRowsBeforeHeader, headers, rows, hidden, format);
    }

    SheetSpec asHidden() {
        return new SheetSpec(name, titleRows, blankRowsBeforeHeader, headers, rows, true, dateFormat);
    }

    SheetSpec withName(String newName) {
        return new SheetSpec(newName, titleRows, blankRowsBeforeHeader, headers, rows, hidden, dateFormat);
    }

    SheetSpec withRows(List<List<Object>> newRows) {
        return new SheetSpec(name, titleRows, blankRowsBeforeHeader, headers, newRows, hidden, dateFormat);
    }

    /** Zero-based index of the header row. */
    int headerRowIndex() {
        return titleRows.size() + blankRowsBeforeHeader;
    }
}
