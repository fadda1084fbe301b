package lianjian.indicators;

import java.util.List;

/**
 * 法院 indicators C01–C16 (DOMAIN §5.2). Cases are loaded once into arrays (dates as epoch days,
 * categories as flags); each period is one pass over them.
 */
final class CourtIndicators extends PerPersonFamily {

    // counters
    private static final int FILED = 0, CLOSED = 1, OPEN = 2, WITHIN_YES = 3, WITHIN_KNOWN = 4, DAYS = 5,
            OPEN_OVER_YEAR = 6, FIRST = 7, FIRST_APPEALED = 8, FIRST_REVERSED = 9, CIVIL_FIRST = 10,
            CIVIL_FIRST_SETTLED = 11, FIRST_JUDGMENT = 12, FIRST_JUDGMENT_IN_COURT = 13, EXEC_RECOVERED = 14,
            EXEC_APPLIED = 15, EXEC = 16, EXEC_DONE = 17, COMPLAINED = 18, WIDTH = 19;

    // flags per case
    private static final int F_FIRST = 1, F_CIVIL = 2, F_EXEC = 4, F_JUDGMENT = 8, F_IN_COURT = 16, F_APPEALED = 32,
            F_REVERSED = 64, F_SETTLED = 128, F_EXEC_DONE = 256, F_COMPLAINED = 512, F_BOTH_AMOUNTS = 1024,
            F_WITHIN_KNOWN = 2048, F_WITHIN = 4096;

    static final String LIST_LONG_PENDING = "C07";

    /** Cases that were pending more than a year at some point: the only ones C07's list can name. */
    private record LongPending(String caseNo, String unit, String person, String judge, String type, String cause,
                               long filed, long closed) {}

    private final java.util.List<LongPending> longPending = new java.util.ArrayList<>();

    @Override
    int width() { return WIDTH; }

    @Override
    void lists(IndicatorContext ctx, FigureSink out) {
        for (Period p : ctx.periods) {
            long e = p.end().toEpochDay();
            for (LongPending c : longPending) {
                if (c.filed() > e || c.closed() <= e || e - c.filed() <= 365) continue;
                java.util.Map<String, Object> item = new java.util.LinkedHashMap<>();
                item.put("caseNo", c.caseNo());
                item.put("unitCode", c.unit());
                item.put("unitName", ctx.model.unit(c.unit()) == null ? c.unit() : ctx.model.unitName(c.unit()));
                item.put("personId", c.person());
                item.put("judge", c.judge() != null ? c.judge()
                        : ctx.model.person(c.person()) != null ? ctx.model.person(c.person()).name() : null);
                item.put("caseType", c.type());
                item.put("cause", c.cause());
                item.put("filedOn", java.time.LocalDate.ofEpochDay(c.filed()).toString());
                item.put("daysPending", e - c.filed());
                out.listItem(LIST_LONG_PENDING, p.code(), c.unit() == null ? FigureSink.ALL : c.unit(), c.caseNo(), item);
            }
        }
    }

    @Override
    boolean coversPerson(IndicatorContext ctx, String personId) {
        return lianjian.readmodel.Unit.COURT.equals(ctx.unitTypeOfPerson(personId));
    }

    @Override
    List<String> unitsWithRows(IndicatorContext ctx) {
        return ctx.unitCodesOfType(lianjian.readmodel.Unit.COURT);
    }

    @Override
    void tally(IndicatorContext ctx) {
        Cases c = load(ctx);
        for (Period p : ctx.periods) {
            Tally t = newTally();
            long s = p.start().toEpochDay(), e = p.end().toEpochDay();
            for (int i = 0; i < c.n; i++) {
                long filed = c.filed[i], closed = c.closed[i];
                boolean filedIn = filed >= s && filed <= e;
                boolean closedIn = closed >= s && closed <= e;
                boolean open = filed <= e && closed > e;
                if (!filedIn && !closedIn && !open) continue;
                int u = c.unit[i], pr = c.person[i], f = c.flags[i];
                t.touch(u, pr);
                if (filedIn) t.add(u, pr, FILED, 1);
                if (open) {
                    t.add(u, pr, OPEN, 1);
                    if (e - filed > 365) t.add(u, pr, OPEN_OVER_YEAR, 1);
                }
                if (!closedIn) continue;
                t.add(u, pr, CLOSED, 1);
                t.add(u, pr, DAYS, c.days[i]);
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
                        t.add(u, pr, EXEC_RECOVERED, c.recovered[i]);
                        t.add(u, pr, EXEC_APPLIED, c.applied[i]);
                    }
                }
                if ((f & F_COMPLAINED) != 0) t.add(u, pr, COMPLAINED, 1);
            }
            tallies.put(p.code(), t);
        }
    }

    @Override
    void emit(String period, String unit, String person, double[] c, FigureSink out) {
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
    }

    /** The court cases as arrays. */
    private static final class Cases {
        int n;
        long[] filed, closed, days;
        double[] applied, recovered; // yuan, unrounded (§5.1: values are stored unrounded)
        int[] unit, person, flags;

        Cases(int capacity) {
            filed = new long[capacity];
            closed = new long[capacity];
            days = new long[capacity];
            applied = new double[capacity];
            recovered = new double[capacity];
            unit = new int[capacity];
            person = new int[capacity];
            flags = new int[capacity];
        }
    }

    private Cases load(IndicatorContext ctx) {
        // The latest end any period uses: a case can be on a C07 list only up to there.
        long asOf = ctx.periods.stream().mapToLong(p -> p.end().toEpochDay()).max().orElse(ctx.asOf.toEpochDay());
        Integer count = ctx.jdbc.queryForObject("SELECT COUNT(*) FROM court_case", Integer.class);
        Cases c = new Cases(count == null ? 0 : count);
        ctx.jdbc.query("SELECT unit_code, person_id, case_type, procedure, filed_on, closed_on, statutory_days,"
                + " extended_days, deducted_days, within_limit, closing_method, verdict_in_court, appealed, appeal_result,"
                + " exec_applied, exec_recovered, complaints, case_no, judge_name, cause FROM court_case", rs -> {
            int i = c.n;
            if (i >= c.filed.length) return; // rows added since the count; next run will see them
            c.unit[i] = units.of(rs.getString(1));
            c.person[i] = persons.of(ctx.personOf(rs.getString(1), rs.getString(2), rs.getString(19)));
            String type = rs.getString(3);
            String procedure = rs.getString(4);
            long filed = IndicatorContext.day(rs.getString(5));
            long closed = IndicatorContext.day(rs.getString(6));
            Integer statutory = intOrNull(rs.getObject(7));
            long extended = longOr0(rs.getObject(8));
            long deducted = longOr0(rs.getObject(9));
            Integer within = intOrNull(rs.getObject(10));
            String method = rs.getString(11);
            int f = 0;
            if ("一审".equals(procedure)) f |= F_FIRST;
            if ("民事".equals(type)) f |= F_CIVIL;
            if ("执行".equals(type)) f |= F_EXEC;
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
                c.applied[i] = ((Number) applied).doubleValue();
                c.recovered[i] = ((Number) recovered).doubleValue();
            }
            if (longOr0(rs.getObject(17)) > 0) f |= F_COMPLAINED;
            boolean isClosed = closed != IndicatorContext.NO_DATE;
            if (isClosed) {
                long days = closed - filed - deducted;
                c.days[i] = days;
                // §5.2 C05: 是否审限内结案 when given; else computed from the statutory limit; else unknown.
                if (within != null) {
                    f |= F_WITHIN_KNOWN;
                    if (within == 1) f |= F_WITHIN;
                } else if (statutory != null) {
                    f |= F_WITHIN_KNOWN;
                    if (days <= statutory + extended) f |= F_WITHIN;
                }
            }
            c.filed[i] = filed;
            c.closed[i] = isClosed ? closed : Long.MAX_VALUE;
            long lastOpenDay = isClosed ? closed - 1 : asOf;
            if (lastOpenDay - filed > 365) {
                longPending.add(new LongPending(rs.getString(18), rs.getString(1), rs.getString(2), rs.getString(19),
                        type, rs.getString(20), filed, c.closed[i]));
            }
            c.flags[i] = f;
            c.n++;
        });
        return c;
    }

    static Integer intOrNull(Object o) { return o == null ? null : ((Number) o).intValue(); }

    static long longOr0(Object o) { return o == null ? 0 : ((Number) o).longValue(); }
}
