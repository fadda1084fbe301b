package lianjian.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 预警 (DOMAIN §8.3), per period and unit, "ALL" included — never per person, and never a ranking:
 * <ul>
 *   <li>未达标 — the value is outside the reference interval in force (configured, or the shipped example,
 *       which every reader labels 示例);</li>
 *   <li>连续变差 — an indicator with direction ↑ or ↓ whose value exists in the period and in the two
 *       previous periods of the same length, and moved strictly the bad way both times;</li>
 *   <li>清单 — one of the lists C07, C17, E08, Z04, D05, X05, A06 is not empty at the end of the period.</li>
 * </ul>
 * Derived from the stored county and unit figures only.
 */
final class Warnings {

    static final String NOT_MET = "未达标";
    static final String WORSENING = "连续变差";
    static final String LISTED = "清单";

    private Warnings() {}

    /** Stores the warnings of every stored county/unit figure; returns how many. */
    static int store(JdbcTemplate jdbc, IndicatorCatalog catalog, Map<String, Period> periods, FigureSink sink,
                     FigureStore.UnitValues stored) {
        List<Object[]> rows = new ArrayList<>();
        for (FigureSink.Value v : sink.values()) {
            Period p = periods.get(v.period());
            IndicatorDef def = catalog.get(v.code());
            Double value = stored.get(v.period(), v.unit(), v.code());
            if (value == null) continue;
            String prevCode = p.previousCode();
            Double previous = stored.get(prevCode, v.unit(), v.code());
            Period prev = Period.parse(prevCode, null);
            Double beforePrevious = stored.get(prev.previousCode(), v.unit(), v.code());
            Object[] base = {v.period(), v.unit(), v.code(), null, value, previous, beforePrevious, def.referenceLow(),
                    def.referenceHigh(), def.example() ? 1 : 0};
            if (Boolean.FALSE.equals(def.meets(value))) rows.add(with(base, NOT_MET));
            if (worsened(def.direction(), value, previous, beforePrevious)) rows.add(with(base, WORSENING));
            if (listed(v.code()) && value > 0) rows.add(with(base, LISTED));
        }
        jdbc.batchUpdate("INSERT INTO indicator_warning (period, unit_code, indicator, rule, value, previous, before_previous,"
                + " reference_low, reference_high, example) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return rows.size();
    }

    /** Strictly the bad way twice running: P−2 → P−1 → P. */
    static boolean worsened(IndicatorDef.Direction direction, Double value, Double previous, Double beforePrevious) {
        if (value == null || previous == null || beforePrevious == null) return false;
        return switch (direction) {
            case UP -> previous < beforePrevious && value < previous;
            case DOWN -> previous > beforePrevious && value > previous;
            case BAND, INFO -> false;
        };
    }

    /** The figure's list warns when it is not empty (the count is the list's size). */
    private static boolean listed(String code) {
        for (ListCode l : ListCode.values()) if (l.warnsWhenNotEmpty() && code.equals(l.figure())) return true;
        return false;
    }

    private static Object[] with(Object[] base, String rule) {
        Object[] row = base.clone();
        row[3] = rule;
        return row;
    }
}
