package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/** A deputy's suggestion handled by a unit (suggestion-list.jrxml). */
public record SuggestionRow(String no, String title, String deputy, String assignedOn, String repliedOn, String result,
                            String feedback) {

    public static Table table(List<SuggestionRow> rows) {
        return new Table(Template.SUGGESTIONS, rows, Map.of());
    }
}
