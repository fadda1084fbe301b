package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/** An imported file (回执) for the appendix (provenance-list.jrxml); {@code alert} marks a rejected file. */
public record ProvenanceRow(String file, String time, String read, String imported, String rejected, String outcome,
                            Boolean alert) {

    public static Table table(List<ProvenanceRow> rows) {
        return new Table(Template.PROVENANCE, rows, Map.of());
    }
}
