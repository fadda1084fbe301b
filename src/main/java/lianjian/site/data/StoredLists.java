package lianjian.site.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lianjian.indicators.IndicatorRepository;

/**
 * The named lists the indicators step stored (E04, E08, E-LATEST, Z04, Z06-10, Z06-20, Z-OPEN, Z-CLOSED,
 * C07, E-PROGRESS) and breakdowns, read once per (list, period) and shared by every page that shows them. Items are
 * stored under their own unit, so a unit's part is the county list filtered by the item's unitCode.
 */
public final class StoredLists {

    public static final String NOT_EVALUATED = "E04";
    public static final String LEFT_NOT_EVALUATED = "E08";
    public static final String LATEST_EVALUATION = "E-LATEST";
    public static final String TERM_PROGRESS = "E-PROGRESS";
    public static final String OVERDUE = "Z04";
    public static final String DUE_10 = "Z06-10";
    public static final String DUE_20 = "Z06-20";
    public static final String OPEN_PROBLEMS = "Z-OPEN";
    public static final String CLOSED_PROBLEMS = "Z-CLOSED";
    public static final String LONG_PENDING = "C07";

    private final IndicatorRepository repository;
    private final Map<String, List<Map<String, Object>>> cache = new HashMap<>();
    private final Map<String, List<IndicatorRepository.BreakdownRow>> breakdowns = new HashMap<>();

    public StoredLists(IndicatorRepository repository) {
        this.repository = repository;
    }

    /** A stored breakdown (E10 by 评议结果, Z06 by window, A01 by 监督方式 …) of a unit or "ALL". */
    public synchronized List<IndicatorRepository.BreakdownRow> breakdown(String period, String unit, String code) {
        return breakdowns.computeIfAbsent(period + "|" + unit + "|" + code,
                k -> List.copyOf(repository.breakdown(period, unit, code)));
    }

    /** The whole county's list for a period. */
    public synchronized List<Map<String, Object>> county(String list, String period) {
        return cache.computeIfAbsent(list + "|" + period, k -> List.copyOf(repository.list(list, period, null)));
    }

    /** The part of the county list that belongs to one unit (items carry unitCode). */
    public List<Map<String, Object>> unit(String list, String period, String unitCode) {
        return county(list, period).stream().filter(i -> unitCode.equals(i.get("unitCode"))).toList();
    }

    /** The term's progress year by year for one scope ("ALL" or a unit). */
    public synchronized List<Map<String, Object>> termProgress(String year, String scope) {
        return cache.computeIfAbsent(TERM_PROGRESS + "|" + year + "|" + scope,
                k -> List.copyOf(repository.scopedList(TERM_PROGRESS, year, scope)));
    }
}
