package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/**
 * A problem of the 问题清单 (problem-list.jrxml).
 *
 * @param description the 问题描述 (with 整改措施), or in the 公开版 the 问题类别 (the column is then headed so)
 * @param group the responsible unit with its count, printed as a group row
 * @param date  the deadline (open problems) or the completion date (closed ones)
 * @param last  days overdue / days left (open) or days taken (closed)
 * @param alert overdue
 */
public record ProblemRow(String group, String no, String description, String source, String foundOn, String date,
                         String status, String last, Boolean alert) {

    public static Table table(List<ProblemRow> rows, String dateHeader, String lastHeader) {
        return table(rows, "问题描述", dateHeader, lastHeader);
    }

    /** @param textHeader the third column's header: 问题描述, or 问题类别 where free text is not shown */
    public static Table table(List<ProblemRow> rows, String textHeader, String dateHeader, String lastHeader) {
        return new Table(Template.PROBLEMS, rows, Map.of("H_TEXT", textHeader, "H_DATE", dateHeader, "H_LAST", lastHeader));
    }
}
