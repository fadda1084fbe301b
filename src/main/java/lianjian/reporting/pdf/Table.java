package lianjian.reporting.pdf;

import java.util.List;
import java.util.Map;

/**
 * A table to print: the precompiled subreport that lays it out, its rows (records whose components
 * are the template's fields, already formatted as text) and its parameters (header labels, the
 * text for an empty list).
 */
public record Table(Template template, List<? extends Record> rows, Map<String, Object> params) {

    public Table {
        rows = List.copyOf(rows);
        params = Map.copyOf(params);
    }

    /** The same table with a different text for an empty list (default （无）). */
    public Table whenEmpty(String text) {
        java.util.Map<String, Object> p = new java.util.HashMap<>(params);
        p.put("NO_DATA_TEXT", text);
        return new Table(template, rows, p);
    }
}
