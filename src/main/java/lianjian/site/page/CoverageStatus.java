package lianjian.site.page;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import lianjian.indicators.ListCode;
import lianjian.site.data.StoredLists;

/**
 * A person's 届内履职评议 standing at a period's end, in words, read from the stored lists E04 (not
 * yet evaluated), E08 (left without evaluation) and E-LATEST (latest evaluation in the term).
 */
final class CoverageStatus {

    private final Set<String> notEvaluated = new HashSet<>();
    private final Set<String> leftNotEvaluated = new HashSet<>();
    private final Map<String, Map<String, Object>> latest = new HashMap<>();

    CoverageStatus(StoredLists lists, String period) {
        for (Map<String, Object> i : lists.county(ListCode.E04, period)) notEvaluated.add(ListTables.str(i, "personId"));
        for (Map<String, Object> i : lists.county(ListCode.E08, period)) leftNotEvaluated.add(ListTables.str(i, "personId"));
        for (Map<String, Object> i : lists.county(ListCode.E_LATEST, period)) latest.put(ListTables.str(i, "personId"), i);
    }

    boolean notEvaluated(String personId) { return notEvaluated.contains(personId); }

    /** 未评议 / 离任未评议 / 已评议（2024-05-10，满意）/ 不在评议范围 */
    String text(String personId) {
        if (notEvaluated.contains(personId)) return "本届尚未评议";
        if (leftNotEvaluated.contains(personId)) return "离任前未评议";
        Map<String, Object> l = latest.get(personId);
        if (l != null) return "已评议（" + ListTables.str(l, "evaluatedOn") + "，" + ListTables.str(l, "result") + "）";
        return "不在评议范围";
    }

    String cls(String personId) {
        return notEvaluated.contains(personId) || leftNotEvaluated.contains(personId) ? "row-due-soon" : "";
    }
}
