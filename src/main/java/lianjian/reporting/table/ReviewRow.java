package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/** A case review (review-list.jrxml); {@code alert} marks 不合格. */
public record ReviewRow(String date, String caseNo, String handler, String type, String score, String grade,
                        String issues, Boolean alert) {

    public static Table table(List<ReviewRow> rows) {
        return new Table(Template.REVIEWS, rows, Map.of());
    }
}
