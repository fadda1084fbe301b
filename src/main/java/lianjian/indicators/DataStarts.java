package lianjian.indicators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.readmodel.ReadModel;
import lianjian.readmodel.Review;

/**
 * Where each family's data begins, per unit and over all units (DOMAIN §5.1 "before the data"): a
 * period that ends before it has every value of the family empty, counts included, and pages say
 * 本期无数据 instead of 0 件. For cases the first closing marks when reporting began (a unit's first
 * case list usually carries older pending cases), the first filing where nothing is closed yet; the
 * 履职评议 family begins with the term. A unit without any data of a family has none in any period.
 */
public final class DataStarts {

    private final Map<String, LocalDate> starts = new HashMap<>();
    private final LocalDate termStart;

    private DataStarts(LocalDate termStart) { this.termStart = termStart; }

    public static DataStarts load(JdbcTemplate jdbc, ReadModel model, LocalDate termStart) {
        DataStarts d = new DataStarts(termStart);
        d.cases(jdbc, "court", "court_case", "closed_on", "filed_on");
        d.cases(jdbc, "procuratorate", "prosecution_case", "closed_on", "received_on");
        for (Review r : model.reviews()) d.earliest("review", r.unitCode(), r.date());
        d.simple(jdbc, "satisfaction", "survey", "ended_on");
        d.simple(jdbc, "rectification", "problem", "found_on");
        d.simple(jdbc, "suggestion", "suggestion", "assigned_on");
        d.simple(jdbc, "petition", "petition", "received_on");
        d.simple(jdbc, "activity", "activity", "activity_on");
        d.simple(jdbc, "hearing", "hearing", "hearing_on");
        d.simple(jdbc, "plan", "supervision_plan", "due_on");
        return d;
    }

    /** The first date of the family's data for the unit ("ALL": over all units), or null when there is none. */
    public LocalDate start(String family, String unit) {
        if ("coverage".equals(family)) return termStart;
        return starts.get(family + "|" + unit);
    }

    /** The family has no data for the unit by the end of the period. */
    public boolean before(String family, String unit, Period p) {
        LocalDate s = start(family, unit);
        return s == null || p.end().isBefore(s);
    }

    /** Per unit: the first closing, else the first filing; ALL: the first closing anywhere, else the first filing. */
    private void cases(JdbcTemplate jdbc, String family, String table, String closed, String opened) {
        LocalDate[] all = new LocalDate[2];
        jdbc.query("SELECT unit_code, MIN(" + closed + "), MIN(" + opened + ") FROM " + table + " GROUP BY unit_code", rs -> {
            LocalDate c = date(rs.getString(2)), o = date(rs.getString(3));
            if (rs.getString(1) != null) starts.put(family + "|" + rs.getString(1), c != null ? c : o);
            all[0] = min(all[0], c);
            all[1] = min(all[1], o);
        });
        LocalDate a = all[0] != null ? all[0] : all[1];
        if (a != null) starts.put(family + "|" + FigureSink.ALL, a);
    }

    private void simple(JdbcTemplate jdbc, String family, String table, String column) {
        jdbc.query("SELECT unit_code, MIN(" + column + ") FROM " + table + " GROUP BY unit_code",
                rs -> { earliest(family, rs.getString(1), date(rs.getString(2))); });
    }

    private void earliest(String family, String unit, LocalDate d) {
        if (d == null) return;
        if (unit != null) starts.merge(family + "|" + unit, d, DataStarts::min);
        starts.merge(family + "|" + FigureSink.ALL, d, DataStarts::min);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }
}
