package lianjian.site.view;

import java.util.List;

/**
 * An SVG trend chart ({@code path} from the site root) and the same numbers as a table beside it,
 * so every value can be read, copied and downloaded.
 */
public record ChartView(String id, String path, String caption, String alt, List<String> columns, List<ChartRow> rows,
                        int width, int height) {

    /** One period of the chart: its label and the values of each series, formatted. */
    public record ChartRow(String periodCode, String label, List<String> values, List<String> sortKeys) {}
}
