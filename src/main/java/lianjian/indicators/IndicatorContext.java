package lianjian.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.config.LianjianProperties;
import lianjian.readmodel.ReadModel;
import lianjian.readmodel.Unit;

/**
 * What every family calculator needs besides its own table: the periods, the read model (units,
 * staff, attribution), the term and the settings. Made once per computation.
 */
public final class IndicatorContext {

    public static final long NO_DATE = Long.MIN_VALUE;

    public final JdbcTemplate jdbc;
    public final ReadModel model;
    public final List<Period> periods;
    public final LocalDate asOf;
    public final LocalDate termStart;
    public final LocalDate termEnd;
    public final double[] satisfactionScores;
    /** Deadlines of the supervision follow-up (D05, X05). */
    public final LianjianProperties.Supervision settings;

    public IndicatorContext(JdbcTemplate jdbc, ReadModel model, List<Period> periods, LocalDate asOf, LocalDate termStart,
                            LocalDate termEnd, double[] satisfactionScores, LianjianProperties.Supervision settings) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.model = model;
        this.periods = periods;
        this.asOf = asOf;
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.satisfactionScores = satisfactionScores;
    }

    /** Who handled a row: see {@link ReadModel#attribute}. */
    public String personOf(String unitCode, String personId, String name) {
        return model.attribute(unitCode, personId, name);
    }

    /** Codes of the units of the given types, in the customary order. */
    public List<String> unitCodesOfType(String... types) {
        return model.unitsOfType(types).stream().map(Unit::code).toList();
    }

    public String unitTypeOfPerson(String personId) {
        return model.unitTypeOfPerson(personId);
    }

    /** Epoch day of an ISO date, or NO_DATE. */
    public static long day(String iso) {
        return iso == null || iso.isEmpty() ? NO_DATE : LocalDate.parse(iso).toEpochDay();
    }

    public static long day(LocalDate d) { return d.toEpochDay(); }

    /** Interns strings such as unit codes into small ints for array-indexed tallies. */
    public static final class Index {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        public int of(String key) {
            if (key == null) return -1;
            Integer i = ids.get(key);
            if (i != null) return i;
            ids.put(key, names.size());
            names.add(key);
            return names.size() - 1;
        }

        /** The index of a key seen before, or -1. */
        public int find(String key) {
            Integer i = key == null ? null : ids.get(key);
            return i == null ? -1 : i;
        }

        public String name(int i) { return names.get(i); }
        public int size() { return names.size(); }
    }
}
