package lianjian.indicators;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.readmodel.Unit;

/**
 * 法院 indicators C01–C17 (DOMAIN §5.2, §5.8a) with the lists C07, C17, C11 and C16. The cases are read
 * once, as a stream: each case adds to the counters of every period it touches and joins the lists it
 * belongs to there, so a province's ten million cases never sit in memory.
 */
final class CourtIndicators extends PerPersonFamily {

    // counters
    private static final int FILED = 0, CLOSED = 1, OPEN = 2, WITHIN_YES = 3, WITHIN_KNOWN = 4, DAYS = 5,
            OPEN_OVER_YEAR = 6, FIRST = 7, FIRST_APPEALED = 8, FIRST_REVERSED = 9, CIVIL_FIRST = 10,
            CIVIL_FIRST_SETTLED = 11, FIRST_JUDGMENT = 12, FIRST_JUDGMENT_IN_COURT = 13, EXEC_RECOVERED = 14,
            EXEC_APPLIED = 15, EXEC = 16, EXEC_DONE = 17, COMPLAINED = 18, OVER_LIMIT = 19, WIDTH = 20;

    // flags per case
    private static final int F_FIRST = 1, F_CIVIL = 2, F_EXEC = 4, F_JUDGMENT = 8, F_IN_COURT = 16, F_APPEALED = 32,
            F_REVERSED = 64, F_SETTLED = 128, F_EXEC_DONE = 256, F_COMPLAINED = 512, F_BOTH_AMOUNTS = 1024,
            F_WITHIN_KNOWN = 2048, F_WITHIN = 4096;

    @Override
    String family() { return "court"; }

    @Override
    int width() { return WIDTH; }

    @Override
    boolean coversPerson(IndicatorContext ctx, String personId) {
        return Unit.COURT.equals(ctx.unitTypeOfPerson(personId));
    }

    @Override
    List<String> unitsWithRows(IndicatorContext ctx) {
        return ctx.unitCodesOfType(Unit.COURT);
    }

    /** One case as read, dates as epoch days (closed = Long.MAX_VALUE while open). */
    private static final class Case {
        String caseNo, unit, personId, judge, type, cause;
        long filed, closed, days, deducted, extended;
        Integer statutory;
        double applied, recovered;
        int flags, u, p;
        Map<String, Object> details;
    }

    @Override
    void tally(IndicatorContext ctx, FigureSink out) {
        open(ctx, null);
        int n = ctx.periods.size();
        String[] codes = new String[n];
        long[] starts = new long[n], ends = new long[n];
        Tally[] t = new Tally[n];
        for (int i = 0; i < n; i++) {
            Period p = ctx.periods.get(i);
            codes[i] = p.code();
            starts[i] = p.start().toEpochDay();
            ends[i] = p.end().toEpochDay();
            t[i] = tallies.get(p.code());
        }
        Case c = new Case();
        streaming(ctx.jdbc).query("SELECT unit_code, person_id, case_type, procedure, filed_on, closed_on, statutory_days,"
                + " extended_days, deducted_days, within_limit, closing_method, verdict_in_court, appealed, appeal_result,"
                + " exec_applied, exec_recovered, complaints, case_no, judge_name, cause FROM court_case ORDER BY row_key", rs -> {
            read(ctx, rs, c);
            for (int i = 0; i < n; i++) {
                long s = starts[i], e = ends[i];
                boolean filedIn = c.filed >= s && c.filed <= e;
                boolean closedIn = c.closed >= s && c.closed <= e;
                boolean open = c.filed <= e && c.closed > e;
                if (!filedIn && !closedIn && !open) continue;
                add(t[i], c, filedIn, closedIn, open, e);
                lists(ctx, out, c, codes[i], closedIn, open, e);
            }
        });
    }

    private void add(Tally t, Case c, boolean filedIn, boolean closedIn, boolean open, long e) {
        int u = c.u, pr = c.p, f = c.flags;
        t.touch(pr);
        if (filedIn) t.add(u, pr, FILED, 1);
        if (open) {
            t.add(u, pr, OPEN, 1);
            if (e - c.filed > 365) t.add(u, pr, OPEN_OVER_YEAR, 1);
            if (overLimit(c, e) > 0) t.add(u, pr, OVER_LIMIT, 1);
        }
        if (!closedIn) return;
        t.add(u, pr, CLOSED, 1);
        t.add(u, pr, DAYS, c.days);
        if ((f & F_WITHIN_KNOWN) != 0) {
            t.add(u, pr, WITHIN_KNOWN, 1);
            if ((f & F_WITHIN) != 0) t.add(u, pr, WITHIN_YES, 1);
        }
        if ((f & F_FIRST) != 0) {
            t.add(u, pr, FIRST, 1);
            if ((f & F_APPEALED) != 0) t.add(u, pr, FIRST_APPEALED, 1);
            if ((f & F_REVERSED) != 0) t.add(u, pr, FIRST_REVERSED, 1);
            if ((f & F_JUDGMENT) != 0) {
                t.add(u, pr, FIRST_JUDGMENT, 1);
                if ((f & F_IN_COURT) != 0) t.add(u, pr, FIRST_JUDGMENT_IN_COURT, 1);
            }
            if ((f & F_CIVIL) != 0) {
                t.add(u, pr, CIVIL_FIRST, 1);
                if ((f & F_SETTLED) != 0) t.add(u, pr, CIVIL_FIRST_SETTLED, 1);
            }
        }
        if ((f & F_EXEC) != 0) {
            t.add(u, pr, EXEC, 1);
            if ((f & F_EXEC_DONE) != 0) t.add(u, pr, EXEC_DONE, 1);
            if ((f & F_BOTH_AMOUNTS) != 0) {
                t.add(u, pr, EXEC_RECOVERED, c.recovered);
                t.add(u, pr, EXEC_APPLIED, c.applied);
            }
        }
        if ((f & F_COMPLAINED) != 0) t.add(u, pr, COMPLAINED, 1);
    }

    /**
     * C17: days beyond the time limit of a case open at e — (e − 立案日期 − 扣除审限天数) − (法定审限天数 +
     * 延长审限天数), blank extra days counting 0; 0 or less when within it or the limit is not given.
     */
    private static long overLimit(Case c, long e) {
        if (c.statutory == null) return 0;
        return (e - c.filed - c.deducted) - (c.statutory + c.extended);
    }

    /** The lists of §6 a case belongs to in one period. */
    private static void lists(IndicatorContext ctx, FigureSink out, Case c, String period, boolean closedIn, boolean open,
                              long e) {
        if (open && e - c.filed > 365) out.listItem(item(ctx, c, ListCode.C07, period, c.filed, e - c.filed));
        if (open && overLimit(c, e) > 0) out.listItem(item(ctx, c, ListCode.C17, period, c.filed, overLimit(c, e)));
        if (closedIn && (c.flags & F_FIRST) != 0 && (c.flags & F_REVERSED) != 0) {
            out.listItem(item(ctx, c, ListCode.C11, period, c.closed, null));
        }
        if (closedIn && (c.flags & F_COMPLAINED) != 0) out.listItem(item(ctx, c, ListCode.C16, period, c.closed, null));
    }

    private static ListItem item(IndicatorContext ctx, Case c, ListCode list, String period, long date, Long days) {
        if (c.details == null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("caseNo", c.caseNo);
            d.put("unitCode", c.unit);
            d.put("unitName", ctx.model.unit(c.unit) == null ? c.unit : ctx.model.unitName(c.unit));
            d.put("personId", c.personId);
            d.put("judge", ctx.model.handlerName(c.personId, c.judge));
            d.put("caseType", c.type);
            d.put("cause", c.cause);
            d.put("filedOn", LocalDate.ofEpochDay(c.filed).toString());
            d.put("closedOn", c.closed == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(c.closed).toString());
            c.details = d;
        }
        return new ListItem(list, period, c.unit == null ? FigureSink.ALL : c.unit, c.caseNo,
                c.cause != null ? c.cause : c.type, c.personId, ctx.model.handlerName(c.personId, c.judge),
                LocalDate.ofEpochDay(date), days, c.details);
    }

    @Override
    void emit(String period, String unit, String person, double[] c, FigureTarget out) {
        out.count(period, unit, person, "C01", c[FILED]);
        out.count(period, unit, person, "C02", c[CLOSED]);
        out.ratio(period, unit, person, "C03", c[CLOSED], c[FILED]);
        out.count(period, unit, person, "C04", c[OPEN]);
        out.ratio(period, unit, person, "C05", c[WITHIN_YES], c[WITHIN_KNOWN]);
        out.ratio(period, unit, person, "C06", c[DAYS], c[CLOSED]);
        out.count(period, unit, person, "C07", c[OPEN_OVER_YEAR]);
        out.ratio(period, unit, person, "C08", c[OPEN_OVER_YEAR], c[OPEN]);
        out.ratio(period, unit, person, "C09", c[FIRST_APPEALED], c[FIRST]);
        out.ratio(period, unit, person, "C10", c[FIRST] - c[FIRST_APPEALED], c[FIRST]);
        out.ratio(period, unit, person, "C11", c[FIRST_REVERSED], c[FIRST]);
        out.ratio(period, unit, person, "C12", c[CIVIL_FIRST_SETTLED], c[CIVIL_FIRST]);
        out.ratio(period, unit, person, "C13", c[FIRST_JUDGMENT_IN_COURT], c[FIRST_JUDGMENT]);
        out.ratio(period, unit, person, "C14", c[EXEC_RECOVERED], c[EXEC_APPLIED]);
        out.ratio(period, unit, person, "C15", c[EXEC_DONE], c[EXEC]);
        out.ratio(period, unit, person, "C16", c[COMPLAINED], c[CLOSED]);
        out.count(period, unit, person, "C17", c[OVER_LIMIT]);
    }

    /** Reads one row into {@code c} (reused: the stream allocates nothing per case but its list details). */
    private void read(IndicatorContext ctx, java.sql.ResultSet rs, Case c) throws java.sql.SQLException {
        c.unit = rs.getString(1);
        c.judge = rs.getString(19);
        c.personId = ctx.personOf(c.unit, rs.getString(2), c.judge);
        c.u = units.find(c.unit);
        c.p = persons.find(c.personId);
        c.type = rs.getString(3);
        String procedure = rs.getString(4);
        c.filed = IndicatorContext.day(rs.getString(5));
        long closed = IndicatorContext.day(rs.getString(6));
        c.statutory = intOrNull(rs.getObject(7));
        c.extended = longOr0(rs.getObject(8));
        c.deducted = longOr0(rs.getObject(9));
        Integer within = intOrNull(rs.getObject(10));
        String method = rs.getString(11);
        c.caseNo = rs.getString(18);
        c.cause = rs.getString(20);
        c.details = null;
        int f = 0;
        if ("一审".equals(procedure)) f |= F_FIRST;
        if ("民事".equals(c.type)) f |= F_CIVIL;
        if ("执行".equals(c.type)) f |= F_EXEC;
        if ("判决".equals(method)) f |= F_JUDGMENT;
        if ("调解".equals(method) || "撤诉".equals(method)) f |= F_SETTLED;
        if ("执行完毕".equals(method)) f |= F_EXEC_DONE;
        if (Integer.valueOf(1).equals(intOrNull(rs.getObject(12)))) f |= F_IN_COURT;
        if (Integer.valueOf(1).equals(intOrNull(rs.getObject(13)))) f |= F_APPEALED;
        String appealResult = rs.getString(14);
        if ("改判".equals(appealResult) || "发回重审".equals(appealResult)) f |= F_REVERSED;
        Object applied = rs.getObject(15), recovered = rs.getObject(16);
        if (applied != null && recovered != null) {
            f |= F_BOTH_AMOUNTS;
            c.applied = ((Number) applied).doubleValue();
            c.recovered = ((Number) recovered).doubleValue();
        }
        if (longOr0(rs.getObject(17)) > 0) f |= F_COMPLAINED;
        boolean isClosed = closed != IndicatorContext.NO_DATE;
        c.days = 0;
        if (isClosed) {
            c.days = closed - c.filed - c.deducted;
            // §5.2 C05: 是否审限内结案 when given; else computed from the statutory limit; else unknown.
            if (within != null) {
                f |= F_WITHIN_KNOWN;
                if (within == 1) f |= F_WITHIN;
            } else if (c.statutory != null) {
                f |= F_WITHIN_KNOWN;
                if (c.days <= c.statutory + c.extended) f |= F_WITHIN;
            }
        }
        c.closed = isClosed ? closed : Long.MAX_VALUE;
        c.flags = f;
    }

    /** A template that streams a large result set instead of loading it (PostgreSQL needs a fetch size to do so). */
    static JdbcTemplate streaming(JdbcTemplate jdbc) {
        JdbcTemplate t = new JdbcTemplate(jdbc.getDataSource());
        t.setFetchSize(10_000);
        return t;
    }

    static Integer intOrNull(Object o) { return o == null ? null : ((Number) o).intValue(); }

    static long longOr0(Object o) { return o == null ? 0 : ((Number) o).longValue(); }
}
