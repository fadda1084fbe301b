package lianjian.reporting.pdf;

import lianjian.charts.ChartSpec;

/**
 * A chart to print: the shared chart data, and how its value labels are written so that they
 * round like the tables (0.0% for rates, #,##0.0 for days, 0.00 for 结收比, #,##0 for counts).
 */
public record Chart(ChartSpec spec, String valuePattern) {

    /** Rates as 0.0%, anything else as whole numbers. */
    public static Chart of(ChartSpec spec) {
        return new Chart(spec, spec.percent() ? "0.0%" : "#,##0");
    }
}
