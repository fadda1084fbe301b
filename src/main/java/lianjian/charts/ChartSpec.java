package lianjian.charts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart as data, built once from stored figures and drawn either into a PDF (reporting) or as SVG
 * (site): the same numbers, the same labels.
 *
 * @param categories x-axis labels (e.g. 2024Q1 … 2025Q4, or unit names)
 * @param series     series name → one value per category (null = no value, left as a gap)
 * @param percent    values are fractions shown as percentages
 */
public record ChartSpec(Type type, String title, String valueAxisLabel, List<String> categories,
                        Map<String, List<Double>> series, boolean percent) {

    public enum Type { LINE, BAR }

    public ChartSpec {
        series = new LinkedHashMap<>(series);
        for (Map.Entry<String, List<Double>> e : series.entrySet()) {
            if (e.getValue().size() != categories.size()) {
                throw new IllegalArgumentException("series " + e.getKey() + " has " + e.getValue().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    public boolean hasAnyValue() {
        return series.values().stream().flatMap(List::stream).anyMatch(v -> v != null);
    }
}
