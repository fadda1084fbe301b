package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/**
 * A row of the indicator comparison table (indicator-table.jrxml): the figure of the period, the
 * previous period and the change (环比), the same period a year earlier and the change (同比), the
 * reference interval and 达标 / 未达标. All text, formatted with lianjian.indicators.Formats.
 *
 * @param group the family the indicator belongs to (审判执行, 案件评查 …), printed as a group row
 * @param alert the value is 未达标
 */
public record IndicatorRow(String group, String name, String value, String previous, String changePrevious,
                           String yearEarlier, String changeYearEarlier, String reference, String verdict,
                           Boolean alert) {

    /**
     * @param year the period is a year: its previous period and its same period a year earlier are both the
     *             year before, so the table has one comparison column (上年, 较上年) instead of two identical ones
     */
    public static Table table(List<IndicatorRow> rows, boolean year) {
        return new Table(year ? Template.INDICATORS_YEAR : Template.INDICATORS, rows, Map.of());
    }
}
