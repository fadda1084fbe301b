package lianjian.site.view;

import java.util.List;

/** A titled row of KPI cards, optionally linking to the page with the details ({@code path} from the site root). */
public record KpiGroup(String title, List<KpiCard> cards, String path, String linkText) {}
