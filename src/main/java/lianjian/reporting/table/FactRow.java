package lianjian.reporting.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/** Two label / value pairs side by side (fact-list.jrxml), e.g. a person's 基本情况. */
public record FactRow(String k1, String v1, String k2, String v2) {

    /** Lays out label/value pairs two per row: {@code pairs} alternates label, value, label, value … */
    public static Table table(String... pairs) {
        if (pairs.length % 2 != 0) throw new IllegalArgumentException("label/value pairs expected");
        List<FactRow> rows = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 4) {
            rows.add(new FactRow(pairs[i], pairs[i + 1], i + 2 < pairs.length ? pairs[i + 2] : null,
                    i + 3 < pairs.length ? pairs[i + 3] : null));
        }
        return new Table(Template.FACTS, rows, Map.of());
    }
}
