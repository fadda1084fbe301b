package lianjian.indicators;

import static lianjian.indicators.CourtIndicators.intOrNull;
import static lianjian.indicators.CourtIndicators.longOr0;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lianjian.readmodel.Unit;

/** 检察院 indicators J01–J10 (DOMAIN §5.3) with the lists J07 and J09, the cases read once as a stream. */
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
    String family() { return "procuratorate"; }

    @Override
    int width() { return WIDTH; }

    @Override
    boolean coversPerson(IndicatorContext ctx, String personId) {
        return Unit.PROCURATORATE.equals(ctx.unitTypeOfPerson(personId));
    }

    @Override
    List<String> unitsWithRows(IndicatorContext ctx) {
        return ctx.unitCodesOfType(Unit.PROCURATORATE);
    }

    @Override
    void tally(IndicatorContext ctx, FigureSink out) {
        open(ctx, null);
        int n = ctx.periods.size();
        long[] starts = new long[n], ends = new long[n];
        Tally[] tallyOf = new Tally[n];
        for (int i = 0; i < n; i++) {
            starts[i] = ctx.periods.get(i).start().toEpochDay();
            ends[i] = ctx.periods.get(i).end().toEpochDay();
            tallyOf[i] = tallies.get(ctx.periods.get(i).code());
        }
        CourtIndicators.streaming(ctx.jdbc).query("SELECT unit_code, person_id, category, received_on, closed_on, arrested,"
                + " prosecution_result, returned_count, extension_count, other_procedures, plea_accepted, sentencing_type,"
                + " sentencing_adopted, withdrawn, judgment, prosecutor_name, case_no, case_name FROM prosecution_case ORDER BY row_key", rs -> {
            String unit = rs.getString(1), name = rs.getString(16);
            String personId = ctx.personOf(unit, rs.getString(2), name);
            int u = units.find(unit), pr = persons.find(personId);
            long received = IndicatorContext.day(rs.getString(4));
            long c = IndicatorContext.day(rs.getString(5));
            long closed = c == IndicatorContext.NO_DATE ? Long.MAX_VALUE : c;
            long returned = longOr0(rs.getObject(8));
            long extra = returned + longOr0(rs.getObject(9)) + longOr0(rs.getObject(10));
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
            Map<String, Object> details = null;
            for (int i = 0; i < n; i++) {
                long s = starts[i], e = ends[i];
                boolean receivedIn = received >= s && received <= e;
                boolean closedIn = closed >= s && closed <= e;
                boolean open = received <= e && closed > e;
                if (!receivedIn && !closedIn && !open) continue;
                add(tallyOf[i], u, pr, f, extra, receivedIn, closedIn, open);
                if (!closedIn) continue;
                boolean j07 = (f & F_PROSECUTION) != 0 && (f & F_ARRESTED) != 0 && (f & F_NOT_PROSECUTED) != 0;
                boolean j09 = (f & F_INDICTED) != 0 && (f & F_ACQUITTED) != 0;
                if (!j07 && !j09) continue;
                if (details == null) details = details(ctx, rs.getString(17), rs.getString(18), unit, personId, name,
                        rs.getString(3), received, closed, result, judgment);
                String period = ctx.periods.get(i).code();
                String key = rs.getString(17), label = rs.getString(18) != null ? rs.getString(18) : rs.getString(3);
                String who = ctx.model.handlerName(personId, name);
                String owner = unit == null ? FigureSink.ALL : unit;
                if (j07) out.listItem(new ListItem(ListCode.J07, period, owner, key, label, personId, who,
                        LocalDate.ofEpochDay(closed), null, details));
                if (j09) out.listItem(new ListItem(ListCode.J09, period, owner, key, label, personId, who,
                        LocalDate.ofEpochDay(closed), null, details));
            }
        });
    }

    private static void add(Tally t, int u, int pr, int f, long extra, boolean receivedIn, boolean closedIn, boolean open) {
        boolean prosecution = (f & F_PROSECUTION) != 0;
        t.touch(pr);
        if (open) t.add(u, pr, OPEN, 1);
        if (receivedIn) {
            t.add(u, pr, RECEIVED, 1);
            t.add(u, pr, EXTRA_PROCEDURES, extra);
            if (prosecution) {
                t.add(u, pr, PROSECUTION_RECEIVED, 1);
                if ((f & F_RETURNED) != 0) t.add(u, pr, RETURNED, 1);
            }
        }
        if (!closedIn) return;
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

    private static Map<String, Object> details(IndicatorContext ctx, String caseNo, String caseName, String unit,
                                               String personId, String name, String category, long received, long closed,
                                               String result, String judgment) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("caseNo", caseNo);
        d.put("caseName", caseName);
        d.put("unitCode", unit);
        d.put("unitName", ctx.model.unit(unit) == null ? unit : ctx.model.unitName(unit));
        d.put("personId", personId);
        d.put("prosecutor", ctx.model.handlerName(personId, name));
        d.put("category", category);
        d.put("receivedOn", LocalDate.ofEpochDay(received).toString());
        d.put("closedOn", LocalDate.ofEpochDay(closed).toString());
        d.put("result", result);
        d.put("judgment", judgment);
        return d;
    }

    @Override
    void emit(String period, String unit, String person, double[] c, FigureTarget out) {
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
