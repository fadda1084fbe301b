package lianjian.site.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lianjian.indicators.IndicatorRepository;
import lianjian.indicators.ListCode;
import lianjian.publish.Audience;
import lianjian.publish.PublicFields;

/**
 * The lists the indicators step stored ({@link ListCode}) and breakdowns, read once per (list, period)
 * and shared by every page that shows them. Items are stored under their own unit, so a unit's part is
 * the county list filtered by the item's unitCode. For the 公开版 every member passes {@link PublicFields}: lists
 * of people are empty and members keep only their public fields, so no page can show more by mistake.
 */
public final class StoredLists {

    private final IndicatorRepository repository;
    private final Audience audience;
    private final Map<String, List<Map<String, Object>>> cache = new HashMap<>();
    private final Map<String, List<IndicatorRepository.BreakdownRow>> breakdowns = new HashMap<>();

    public StoredLists(IndicatorRepository repository) {
        this(repository, Audience.INTERNAL);
    }

    public StoredLists(IndicatorRepository repository, Audience audience) {
        this.repository = repository;
        this.audience = audience;
    }

    /** A stored breakdown (E10 by 评议结果, Z06 by window, A01 by 监督方式 …) of a unit or "ALL". */
    public synchronized List<IndicatorRepository.BreakdownRow> breakdown(String period, String unit, String code) {
        return breakdowns.computeIfAbsent(period + "|" + unit + "|" + code,
                k -> List.copyOf(repository.breakdown(period, unit, code)));
    }

    /** The whole county's list for a period. */
    public synchronized List<Map<String, Object>> county(ListCode list, String period) {
        return cache.computeIfAbsent(list.code() + "|" + period, k -> shown(list, repository.list(list, period, null)));
    }

    /** The part of the county list that belongs to one unit (items carry unitCode). */
    public List<Map<String, Object>> unit(ListCode list, String period, String unitCode) {
        return county(list, period).stream().filter(i -> unitCode.equals(i.get("unitCode"))).toList();
    }

    /** The term's progress year by year for one scope ("ALL" or a unit). */
    public synchronized List<Map<String, Object>> termProgress(String year, String scope) {
        return cache.computeIfAbsent(ListCode.E_PROGRESS.code() + "|" + year + "|" + scope,
                k -> shown(ListCode.E_PROGRESS, repository.scopedList(ListCode.E_PROGRESS, year, scope)));
    }

    private List<Map<String, Object>> shown(ListCode list, List<Map<String, Object>> items) {
        if (!PublicFields.showsMembers(list, audience)) return List.of();
        return items.stream().map(i -> PublicFields.item(list, i, audience)).toList();
    }
}
