package lianjian.indicators;

import static lianjian.indicators.CourtIndicators.intOrNull;
import static lianjian.indicators.CourtIndicators.longOr0;

import java.util.List;
import java.util.Set;

/** 检察院 indicators J01–J10 (DOMAIN §5.3). */
final class ProcuratorateIndicators extends PerPersonFamily {

    private static final int RECEIVED = 0, CLOSED = 1, OPEN = 2, EXTRA_PROCEDURES = 3, PROSECUTION_CLOSED = 4,
            PLEA = 5, SENTENCING_KNOWN = 6, SENTENCING_ADOPTED = 7, ARRESTED_CLOSED = 8, ARRESTED_NOT_PROSECUTED = 9,
            INDICTED = 10, WITHDRAWN = 11, JUDGED = 12, ACQUITTED = 13, PROSECUTION_RECEIVED = 14, RETURNED = 15,
            WIDTH = 16;

    private static final int F_PROSECUTION = 1, F_PLEA = 2, F_SENTENCING = 4, F_ADOPTED_KNOWN = 8, F_ADOPTED = 16,
            F_ARRESTED = 32, F_NOT_PROSECUTED = 64, F_INDICTED = 128, F_WITHDRAWN = 256, F_JUDGED = 512,
            F_ACQUITTED = 1024, F_RETURNED = 2048;

    private static final Set<String> NOT_PROSECUTED = Set.of("法定不起诉", "相对不起诉", "存疑不起诉", "附条件不起诉");

    @Override
    int width() { return WIDTH; }

    @Override
    boolean coversPerson(IndicatorContext ctx, String personId) {
        return lianjian.readmodel.Unit.PROCURATORATE.equals(ctx.unitTypeOfPerson(personId));
    }

    @Override
    List<String> unitsWithRows(IndicatorContext ctx) {
        return ctx.unitCodesOfType(lianjian.readmodel.Unit.PROCURATORATE);
    }

    @Override
    void tally(IndicatorContext ctx) {
        Integer count = ctx.jdbc.queryForObject("SELECT COUNT(*) FROM prosecution_case", Integer.class);
        int cap = count == null ? 0 : count;
        long[] received = new long[cap], closed = new long[cap], extra = new long[cap];
        int[] unit = new int[cap], person = new int[cap], flags = new int[cap];
        int[] n = {0};
        ctx.jdbc.query("SELECT unit_code, person_id, category, received_on, closed_on, arrested, prosecution_result,"
                + " returned_count, extension_count, other_procedures, plea_accepted, sentencing_type, sentencing_adopted,"
                + " withdrawn, judgment, prosecutor_name FROM prosecution_case", rs -> {
            int i = n[0];
            if (i >= cap) return;
            unit[i] = units.of(rs.getString(1));
            person[i] = persons.of(ctx.personOf(rs.getString(1), rs.getString(2), rs.getString(16)));
            received[i] = IndicatorContext.day(rs.getString(4));
            long c = IndicatorContext.day(rs.getString(5));
            closed[i] = c == IndicatorContext.NO_DATE ? Long.MAX_VALUE : c;
            long returned = longOr0(rs.getObject(8));
            extra[i] = returned + longOr0(rs.getObject(9)) + longOr0(rs.getObject(10));
            String result = rs.getString(7);
            String sentencing = rs.getString(12);
            Integer adopted = intOrNull(rs.getObject(13));
            String judgment = rs.getString(15);
            int f = 0;
            if ("审查起诉".equals(rs.getString(3))) f |= F_PROSECUTION;
            if (Integer.valueOf(1).equals(intOrNull(rs.getObject(11)))) f |= F_PLEA;
            if ("确定刑".equals(sentencing) || "幅度刑".equals(sentencing)) f |= F_SENTENCING;
            if (adopted != null) f |= F_ADOPTED_KNOWN;
            if (Integer.valueOf(1).equals(adopted)) f |= F_ADOPTED;
            if (Integer.valueOf(1).equals(intOrNull(rs.getObject(6)))) f |= F_ARRESTED;
            if (result != null && NOT_PROSECUTED.contains(result)) f |= F_NOT_PROSECUTED;
            if ("起诉".equals(result)) f |= F_INDICTED;
            if (Integer.valueOf(1).equals(intOrNull(rs.getObject(14)))) f |= F_WITHDRAWN;
            if (judgment != null) f |= F_JUDGED;
            if ("无罪".equals(judgment)) f |= F_ACQUITTED;
            if (returned > 0) f |= F_RETURNED;
            flags[i] = f;
            n[0]++;
        });
        for (Period p : ctx.periods) {
            Tally t = newTally();
            long s = p.start().toEpochDay(), e = p.end().toEpochDay();
            for (int i = 0; i < n[0]; i++) {
                boolean receivedIn = received[i] >= s && received[i] <= e;
                boolean closedIn = closed[i] >= s && closed[i] <= e;
                boolean open = received[i] <= e && closed[i] > e;
                if (!receivedIn && !closedIn && !open) continue;
                int u = unit[i], pr = person[i], f = flags[i];
                boolean prosecution = (f & F_PROSECUTION) != 0;
                t.touch(u, pr);
                if (open) t.add(u, pr, OPEN, 1);
                if (receivedIn) {
                    t.add(u, pr, RECEIVED, 1);
                    t.add(u, pr, EXTRA_PROCEDURES, extra[i]);
                    if (prosecution) {
                        t.add(u, pr, PROSECUTION_RECEIVED, 1);
                        if ((f & F_RETURNED) != 0) t.add(u, pr, RETURNED, 1);
                    }
                }
                if (!closedIn) continue;
                t.add(u, pr, CLOSED, 1);
                if (prosecution) {
                    t.add(u, pr, PROSECUTION_CLOSED, 1);
                    if ((f & F_PLEA) != 0) t.add(u, pr, PLEA, 1);
                    if ((f & F_ARRESTED) != 0) {
                        t.add(u, pr, ARRESTED_CLOSED, 1);
                        if ((f & F_NOT_PROSECUTED) != 0) t.add(u, pr, ARRESTED_NOT_PROSECUTED, 1);
                    }
                }
                if ((f & F_SENTENCING) != 0 && (f & F_ADOPTED_KNOWN) != 0) {
                    t.add(u, pr, SENTENCING_KNOWN, 1);
                    if ((f & F_ADOPTED) != 0) t.add(u, pr, SENTENCING_ADOPTED, 1);
                }
                if ((f & F_INDICTED) != 0) {
                    t.add(u, pr, INDICTED, 1);
                    if ((f & F_WITHDRAWN) != 0) t.add(u, pr, WITHDRAWN, 1);
                    if ((f & F_JUDGED) != 0) {
                        t.add(u, pr, JUDGED, 1);
                        if ((f & F_ACQUITTED) != 0) t.add(u, pr, ACQUITTED, 1);
                    }
                }
            }
            tallies.put(p.code(), t);
        }
    }

    @Override
    void emit(String period, String unit, String person, double[] c, FigureSink out) {
        out.count(period, unit, person, "J01", c[RECEIVED]);
        out.count(period, unit, person, "J02", c[CLOSED]);
        out.count(period, unit, person, "J03", c[OPEN]);
        out.ratio(period, unit, person, "J04", c[RECEIVED] + c[EXTRA_PROCEDURES], c[RECEIVED]);
        out.ratio(period, unit, person, "J05", c[PLEA], c[PROSECUTION_CLOSED]);
        out.ratio(period, unit, person, "J06", c[SENTENCING_ADOPTED], c[SENTENCING_KNOWN]);
        out.ratio(period, unit, person, "J07", c[ARRESTED_NOT_PROSECUTED], c[ARRESTED_CLOSED]);
        out.ratio(period, unit, person, "J08", c[WITHDRAWN], c[INDICTED]);
        out.ratio(period, unit, person, "J09", c[ACQUITTED], c[JUDGED]);
        out.ratio(period, unit, person, "J10", c[RETURNED], c[PROSECUTION_RECEIVED]);
    }
}
