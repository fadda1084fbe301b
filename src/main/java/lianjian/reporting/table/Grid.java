package lianjian.reporting.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/**
 * Builds a grid table: a label column and 1–8 value columns, laid out by grid-N.jrxml (N = 1…8:
 * JRXML widths are fixed, so there is one template per column count and every grid spans the text
 * width like the other tables of a report).
 */
public final class Grid {

    private final String labelHeader;
    private final List<String> headers;
    private final List<GridRow> rows = new ArrayList<>();
    private String group;

    public Grid(String labelHeader, String... valueHeaders) {
        if (valueHeaders.length == 0 || valueHeaders.length > 8) {
            throw new IllegalArgumentException("a grid has 1 to 8 value columns, not " + valueHeaders.length);
        }
        this.labelHeader = labelHeader;
        this.headers = List.of(valueHeaders);
    }

    /** Rows added after this call belong to this group (a group row is printed when it changes). */
    public Grid group(String group) {
        this.group = group;
        return this;
    }

    public Grid row(String label, String... values) {
        return add(label, false, false, values);
    }

    /** A total row. */
    public Grid total(String label, String... values) {
        return add(label, true, false, values);
    }

    /** A row whose values are marked. */
    public Grid row(String label, boolean alert, String... values) {
        return add(label, false, alert, values);
    }

    public int size() {
        return rows.size();
    }

    private Grid add(String label, boolean strong, boolean alert, String... values) {
        if (values.length != headers.size()) {
            throw new IllegalArgumentException(label + ": " + values.length + " values for " + headers.size() + " columns");
        }
        String[] v = Arrays.copyOf(values, 8);
        rows.add(new GridRow(group, label, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], strong, alert));
        return this;
    }

    public Table table() {
        int n = headers.size();
        Template t = switch (n) {
            case 1 -> Template.GRID_1;
            case 2 -> Template.GRID_2;
            case 3 -> Template.GRID_3;
            case 4 -> Template.GRID_4;
            case 5 -> Template.GRID_5;
            case 6 -> Template.GRID_6;
            case 7 -> Template.GRID_7;
            default -> Template.GRID_8;
        };
        Map<String, Object> params = new HashMap<>();
        params.put("H0", labelHeader);
        for (int i = 0; i < n; i++) params.put("H" + (i + 1), headers.get(i));
        return new Table(t, rows, params);
    }
}
