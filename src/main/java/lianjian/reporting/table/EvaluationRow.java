package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/** One of a person's evaluations by the 人大常委会 (evaluation-history.jrxml). */
public record EvaluationRow(String date, String method, String votes, String score, String result, String opinion) {

    public static Table table(List<EvaluationRow> rows) {
        return new Table(Template.EVALUATIONS, rows, Map.of());
    }
}
