package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/**
 * A judge or prosecutor in a name list (person-list.jrxml): E04 未评议, E08 离任未评议, E12 评议前未评查.
 *
 * @param appointedOn the date column: 任命日期, or the date named by {@link #table(List, String, String)}
 */
public record PersonRow(String unitName, String name, String category, String position, String appointedOn,
                        String remark) {

    /** @param remarkHeader the header of the last column (备注, 离任情况 …) */
    public static Table table(List<PersonRow> rows, String remarkHeader) {
        return new Table(Template.PERSONS, rows, Map.of("H_REMARK", remarkHeader));
    }

    /** @param dateHeader the header of the date column when it is not 任命日期 (评议日期 …) */
    public static Table table(List<PersonRow> rows, String dateHeader, String remarkHeader) {
        return new Table(Template.PERSONS, rows, Map.of("H_DATE", dateHeader, "H_REMARK", remarkHeader));
    }
}
