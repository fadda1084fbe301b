package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/**
 * A problem of the 问题清单 (problem-list.jrxml).
 *
 * @param group the responsible unit with its count, printed as a group row
 * @param date  the deadline (open problems) or the completion date (closed ones)
 * @param last  days overdue / days left (open) or days taken (closed)
 * @param alert overdue
 */
public record ProblemRow(String group, String no, String description, String source, String foundOn, String date,
                         String status, String last, Boolean alert) {

    public static Table table(List<ProblemRow> rows, String dateHeader, String lastHeader) {
        return new Table(Template.PROBLEMS, rows, Map.of("H_DATE", dateHeader, "H_LAST", lastHeader));
    }
}
