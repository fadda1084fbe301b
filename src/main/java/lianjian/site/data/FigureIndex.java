package lianjian.site.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lianjian.indicators.Figure;
import lianjian.indicators.IndicatorRepository;

/**
 * Every stored figure held in memory, by period, unit or person, and indicator. A site build asks for
 * tens of thousands of (period, unit, indicator) triples; one pass over indicator_value is far cheaper
 * than a query per page (about 150 persons × 30 periods).
 */
public final class FigureIndex {

    private final Map<String, Map<String, Map<String, Figure>>> byUnit = new HashMap<>();
    private final Map<String, Map<String, Map<String, Figure>>> byPerson = new HashMap<>();
    private int size;

    public static FigureIndex load(IndicatorRepository repository) {
        return load(repository, true);
    }

    /** @param perPerson false for the 公开版: the per-person figures are not even held */
    public static FigureIndex load(IndicatorRepository repository, boolean perPerson) {
        FigureIndex index = new FigureIndex();
        repository.forEachFigure(f -> {
            if (perPerson || f.personId() == null || f.personId().isEmpty()) index.add(f);
        });
        return index;
    }

    void add(Figure f) {
        boolean person = f.personId() != null && !f.personId().isEmpty();
        Map<String, Map<String, Map<String, Figure>>> target = person ? byPerson : byUnit;
        target.computeIfAbsent(f.period(), k -> new HashMap<>())
                .computeIfAbsent(person ? f.personId() : f.unitCode(), k -> new HashMap<>())
                .put(f.code(), f);
        size++;
    }

    /** The unit's (or "ALL") figures of a period by indicator code; empty when there are none. */
    public Map<String, Figure> unit(String period, String unit) {
        return byUnit.getOrDefault(period, Map.of()).getOrDefault(unit, Map.of());
    }

    public Figure unit(String period, String unit, String code) {
        return unit(period, unit).get(code);
    }

    public Map<String, Figure> person(String period, String person) {
        return byPerson.getOrDefault(period, Map.of()).getOrDefault(person, Map.of());
    }

    /** Value of one indicator of a unit over the given periods, null where there is none (trend charts). */
    public List<Double> series(String code, String unit, List<String> periods) {
        return periods.stream().map(p -> {
            Figure f = unit(p, unit, code);
            return f == null ? null : f.value();
        }).toList();
    }

    /**
     * Whether the unit ("ALL" = county) has any figure of {@code codes} (null = any code) in the period that
     * is not before its family's data (DOMAIN §5.1). A period where this is false has nothing to show but
     * 本期无数据.
     */
    public boolean anyData(String period, String unit, java.util.Collection<String> codes) {
        for (Figure f : unit(period, unit).values()) {
            if (!f.noData() && (codes == null || codes.contains(f.code()))) return true;
        }
        return false;
    }

    public int size() { return size; }
}
