package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/**
 * A 预警 of a period (warning-list.jrxml), grouped by unit.
 *
 * @param rule           未达标, 未达标（示例）, 连续变差 or 清单
 * @param value          the value of the period, with its unit word
 * @param previous       the value of the previous period of the same length
 * @param beforePrevious the value of the period before that
 * @param remark         what triggered it: below the interval, worse twice running, the list's name
 * @param alert          未达标
 */
public record WarningRow(String group, String indicator, String rule, String value, String previous, String beforePrevious,
                         String reference, String remark, Boolean alert) {

    /** The three value columns are headed by the periods they belong to. */
    public static Table table(List<WarningRow> rows, String valueHeader, String previousHeader, String beforeHeader) {
        return new Table(Template.WARNINGS, rows, Map.of("H_VALUE", valueHeader, "H_PREVIOUS", previousHeader, "H_BEFORE",
                beforeHeader));
    }
}
