package lianjian.site.view;

/** One entry of the period selector: the same page in another period ({@code path} from the site root). */
public record PeriodOption(String code, String label, String path, boolean current) {}
