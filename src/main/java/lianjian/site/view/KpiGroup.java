package lianjian.site.view;

import java.util.List;

/**
 * A titled row of KPI cards, optionally linking to the page with the details ({@code path} from the site root).
 *
 * @param noDataNote when every card of the group is before its data (DOMAIN §5.1): the sentence shown
 *                   instead of the cards ("本期无数据：…")
 * @param staleNote  the group's data is marked 可能不全 (DOMAIN §8.5): a short tag, else null
 */
public record KpiGroup(String title, List<KpiCard> cards, String path, String linkText, String noDataNote, String staleNote) {

    public KpiGroup(String title, List<KpiCard> cards, String path, String linkText) {
        this(title, cards, path, linkText, null, null);
    }
}
