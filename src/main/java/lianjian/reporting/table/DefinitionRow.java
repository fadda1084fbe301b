package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/** An indicator's definition for the appendix (definition-list.jrxml), grouped by family. */
public record DefinitionRow(String group, String code, String name, String direction, String formula,
                            String reference) {

    public static Table table(List<DefinitionRow> rows) {
        return new Table(Template.DEFINITIONS, rows, Map.of());
    }
}
