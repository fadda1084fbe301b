package lianjian.indicators;

import java.util.ArrayList;
import java.util.List;

/** 涉法涉诉信访 X01–X04 (DOMAIN §5.8), per 责任单位 and county-wide. */
final class PetitionIndicators extends UnitFamily {

    private record Petition(String unit, long received, long closed, String source, String resolution) {}

    @Override
    void compute(IndicatorContext ctx, FigureSink out) {
        List<Petition> petitions = new ArrayList<>();
        ctx.jdbc.query("SELECT unit_code, received_on, closed_on, source, resolution FROM petition", rs -> {
            petitions.add(new Petition(rs.getString(1), IndicatorContext.day(rs.getString(2)),
                    IndicatorContext.day(rs.getString(3)), rs.getString(4), rs.getString(5)));
        });
        List<String> units = unitsOf(petitions, Petition::unit);
        for (Period p : ctx.periods) {
            long s = p.start().toEpochDay(), e = p.end().toEpochDay();
            String code = p.code();
            forEachScope(units, petitions, Petition::unit, (unit, list) -> {
                long received = 0, closed = 0, resolved = 0, fromCongress = 0;
                for (Petition r : list) {
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
            });
        }
    }
}
