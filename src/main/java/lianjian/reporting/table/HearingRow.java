package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/** A hearing attended by deputies, with their score and comments (hearing-list.jrxml). */
public record HearingRow(String date, String caseNo, String deputies, String score, String comments) {

    public static Table table(List<HearingRow> rows) {
        return new Table(Template.HEARINGS, rows, Map.of());
    }
}
