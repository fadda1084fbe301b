package lianjian.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A family computed per unit and county-wide only (S, E, Z, D, X, A). Small tables, so the rows are
 * simply read into records and each period filters them.
 */
abstract class UnitFamily {

    abstract void compute(IndicatorContext ctx, FigureSink out);

    /** Runs {@code perScope} for the county ("ALL") and for each unit, with the rows of that scope. */
    protected static <T> void forEachScope(List<String> units, List<T> rows, java.util.function.Function<T, String> unitOf,
                                           ScopeAction<T> perScope) {
        perScope.run(FigureSink.ALL, rows);
        Map<String, List<T>> byUnit = new LinkedHashMap<>();
        for (String u : units) byUnit.put(u, new ArrayList<>());
        for (T r : rows) {
            List<T> list = byUnit.get(unitOf.apply(r));
            if (list != null) list.add(r);
        }
        byUnit.forEach(perScope::run);
    }

    /** Units that have rows in the table (sorted), for families whose unitTypes is [any]. */
    protected static <T> List<String> unitsOf(List<T> rows, java.util.function.Function<T, String> unitOf) {
        TreeSet<String> set = new TreeSet<>();
        for (T r : rows) if (unitOf.apply(r) != null) set.add(unitOf.apply(r));
        return new ArrayList<>(set);
    }

    interface ScopeAction<T> {
        void run(String unit, List<T> rows);
    }

    protected static boolean in(long day, long start, long end) {
        return day != IndicatorContext.NO_DATE && day >= start && day <= end;
    }
}
