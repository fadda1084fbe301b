package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/** A joint supervision activity (activity-list.jrxml). */
public record ActivityRow(String date, String method, String title, String unit, String lead, String deputies,
                          String problems) {

    public static Table table(List<ActivityRow> rows) {
        return new Table(Template.ACTIVITIES, rows, Map.of());
    }
}
