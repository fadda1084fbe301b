package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/** A law-related petition (petition-list.jrxml); {@code alert} marks one still being handled. */
public record PetitionRow(String no, String receivedOn, String source, String caseNo, String closedOn, String status,
                          Boolean alert) {

    public static Table table(List<PetitionRow> rows) {
        return new Table(Template.PETITIONS, rows, Map.of());
    }
}
