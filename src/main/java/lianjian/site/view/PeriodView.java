package lianjian.site.view;

/**
 * A statistical period as pages show it.
 *
 * @param partial the as-of date falls inside the period (本期未满)
 */
public record PeriodView(String code, String label, String kindLabel, String startText, String endText, String start,
                         String end, boolean partial) {}
