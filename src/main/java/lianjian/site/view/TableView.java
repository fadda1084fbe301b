package lianjian.site.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A data table as the {@code dataTable} macro renders it ({@code <table class="data">}: tables.js adds
 * sorting, search and CSV download). Cells hold display text, never markup: the template escapes it.
 *
 * <p>DOMAIN §1 (不得通报排名): a column holding a figure of a person or unit is created with
 * {@link Column#figure}, which makes it not sortable, so no page lets users rank people or units.
 *
 * @param tools        "all" (search + CSV), "csv" (download only, for small tables beside charts), "none"
 * @param titleVisible the caption is also shown above the table (off where a heading already says it)
 * @param workbook     the period's Excel workbook holding the table's figures (path from the site root), which
 *                     tables.js links as 下载Excel beside 下载CSV; null for tables that are not indicator tables
 */
public record TableView(String id, String caption, String csvName, List<Column> columns, List<Row> rows, String tools,
                        String emptyText, boolean titleVisible, String workbook) {

    /**
     * A column header. {@code cls}: "num" right-aligned numbers, "wrap" long text, "wide" long text
     * that needs room (several lines per cell), "nowrap" codes, dates and times kept on one line.
     */
    public record Column(String label, boolean sortable, String cls) {

        public static Column text(String label) { return new Column(label, true, ""); }

        public static Column number(String label) { return new Column(label, true, "num"); }

        public static Column longText(String label) { return new Column(label, true, "wrap"); }

        public static Column wideText(String label) { return new Column(label, true, "wide"); }

        /** Codes, dates and times: one line. */
        public static Column code(String label) { return new Column(label, true, "nowrap"); }

        /** A figure of a person or unit: shown, not sortable (no league tables). */
        public static Column figure(String label) { return new Column(label, false, "num"); }

        /** Any other column that must not be sortable. */
        public static Column fixed(String label, String cls) { return new Column(label, false, cls); }
    }

    /** A cell: text, an optional link ({@code path} from the site root) and an optional sort key. */
    public record Cell(String text, String path, String sortKey) {

        public static Cell of(String text) { return new Cell(text == null ? "" : text, null, null); }

        public static Cell link(String text, String path) { return new Cell(text == null ? "" : text, path, null); }

        public static Cell sorted(String text, String sortKey) { return new Cell(text == null ? "" : text, null, sortKey); }
    }

    /** A row; {@code cls} highlights it (row-overdue, row-due-soon, row-due-later, row-rejected …). */
    public record Row(List<Cell> cells, String cls) {
        public Row {
            cells = List.copyOf(cells);
            cls = cls == null ? "" : cls;
        }
    }

    public TableView {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Builds a table row by row. */
    public static Builder builder(String id, String caption) { return new Builder(id, caption); }

    public static final class Builder {
        private final String id;
        private final String caption;
        private String csvName;
        private String tools = "all";
        private String emptyText = "无";
        private boolean titleVisible = true;
        private String workbook;
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();

        private Builder(String id, String caption) {
            this.id = id;
            this.caption = caption;
            this.csvName = id;
        }

        public Builder csvName(String name) { csvName = name; return this; }

        public Builder tools(String t) { tools = t; return this; }

        public Builder empty(String text) { emptyText = text; return this; }

        /** The section's heading already names the table: no visible title (the caption stays for screen readers). */
        public Builder untitled() { titleVisible = false; return this; }

        /** An indicator table: 下载Excel beside 下载CSV opens the period's workbook ({@code SitePaths.workbook}). */
        public Builder workbook(String path) { workbook = path; return this; }

        public Builder columns(Column... cs) { columns.addAll(List.of(cs)); return this; }

        public Builder column(Column c) { columns.add(c); return this; }

        public Builder row(String cls, List<Cell> cells) {
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException(id + ": row has " + cells.size() + " cells for " + columns.size() + " columns");
            }
            rows.add(new Row(cells, cls));
            return this;
        }

        public Builder row(List<Cell> cells) { return row("", cells); }

        public Builder row(Cell... cells) { return row("", List.of(cells)); }

        public int rowCount() { return rows.size(); }

        public TableView build() { return new TableView(id, caption, csvName, columns, rows, tools, emptyText, titleVisible, workbook); }
    }
}
