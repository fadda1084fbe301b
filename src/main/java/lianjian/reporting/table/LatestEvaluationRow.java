package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/** A person's latest evaluation in the term (latest-evaluation-list.jrxml, list E-LATEST). */
public record LatestEvaluationRow(String unitName, String name, String date, String method, String votes, String ratio,
                                  String result, Boolean alert) {

    public static Table table(List<LatestEvaluationRow> rows) {
        return new Table(Template.LATEST_EVALUATIONS, rows, Map.of());
    }
}
