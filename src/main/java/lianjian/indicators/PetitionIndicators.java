package lianjian.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 涉法涉诉信访 X01–X05 (DOMAIN §5.8, §5.8a), per 责任单位 and county-wide, with the list X05 (not closed
 * more than {@code petition-close-days} after 收到日期 at the period's end).
 */
final class PetitionIndicators extends UnitFamily {

    private record Petition(String no, String unit, long received, long closed, String source, String caseNo,
                            String resolution) {}

    @Override
    void compute(IndicatorContext ctx, FigureSink out) {
        List<Petition> petitions = new ArrayList<>();
        ctx.jdbc.query("SELECT petition_no, unit_code, received_on, closed_on, source, case_no, resolution FROM petition"
                + " ORDER BY received_on, petition_no", rs -> {
            petitions.add(new Petition(rs.getString(1), rs.getString(2), IndicatorContext.day(rs.getString(3)),
                    IndicatorContext.day(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)));
        });
        long limit = ctx.settings.getPetitionCloseDays();
        List<String> units = unitsOf(petitions, Petition::unit);
        for (Period p : ctx.periods) {
            long s = p.start().toEpochDay(), e = p.end().toEpochDay();
            String code = p.code();
            forEachScope(units, petitions, Petition::unit, (unit, list) -> {
                long received = 0, closed = 0, resolved = 0, fromCongress = 0, overdue = 0;
                for (Petition r : list) {
                    boolean open = r.received() <= e && (r.closed() == IndicatorContext.NO_DATE || r.closed() > e);
                    if (open && e - r.received() > limit) {
                        overdue++;
                        if (FigureSink.ALL.equals(unit)) out.listItem(overdue(ctx, code, r, e, limit));
                    }
                    if (!in(r.received(), s, e)) continue;
                    received++;
                    if (r.closed() != IndicatorContext.NO_DATE && r.closed() <= e) closed++;
                    if ("息诉罢访".equals(r.resolution()) || "依法终结".equals(r.resolution())) resolved++;
                    if ("人大转交".equals(r.source())) fromCongress++;
                }
                out.count(code, unit, "", "X01", received);
                out.ratio(code, unit, "", "X02", closed, received);
                out.ratio(code, unit, "", "X03", resolved, received);
                out.count(code, unit, "", "X04", fromCongress);
                out.count(code, unit, "", "X05", overdue);
            });
        }
    }

    /** X05's member: days overdue = e − (收到日期 + limit). */
    private static ListItem overdue(IndicatorContext ctx, String period, Petition r, long e, long limit) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("petitionNo", r.no());
        d.put("source", r.source());
        d.put("caseNo", r.caseNo());
        d.put("unitCode", r.unit());
        d.put("unitName", ctx.model.unitName(r.unit()));
        d.put("receivedOn", LocalDate.ofEpochDay(r.received()).toString());
        d.put("deadline", LocalDate.ofEpochDay(r.received() + limit).toString());
        d.put("resolution", r.resolution());
        String label = r.caseNo() != null ? r.caseNo() : r.source();
        return new ListItem(ListCode.X05, period, r.unit(), r.no(), label, null, null, LocalDate.ofEpochDay(r.received()),
                e - (r.received() + limit), d);
    }
}
