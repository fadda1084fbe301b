package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/** A court case of a list (case-list.jrxml): C17 超审限未结; {@code days} under a header named by the caller. */
public record CaseRow(String group, String caseNo, String type, String cause, String handler, String filedOn, String days,
                      Boolean alert) {

    public static Table table(List<CaseRow> rows, String daysHeader) {
        return new Table(Template.CASES, rows, Map.of("H_DAYS", daysHeader));
    }
}
