package lianjian.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** 满意度 S01–S03 (DOMAIN §5.5), per 被评单位 and county-wide, also by 调查对象. */
final class SatisfactionIndicators extends UnitFamily {

    private record Survey(String unit, String group, long ended, long satisfied, long basic, long unsatisfied) {}

    @Override
    void compute(IndicatorContext ctx, FigureSink out) {
        List<Survey> rows = new ArrayList<>();
        ctx.jdbc.query("SELECT unit_code, respondent_group, ended_on, satisfied, basic, unsatisfied FROM survey", rs -> {
            rows.add(new Survey(rs.getString(1), rs.getString(2) == null ? "未注明" : rs.getString(2),
                    IndicatorContext.day(rs.getString(3)), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
        });
        double[] pts = ctx.satisfactionScores;
        for (Period p : ctx.periods) {
            long s = p.start().toEpochDay(), e = p.end().toEpochDay();
            List<Survey> inP = rows.stream().filter(r -> in(r.ended(), s, e)).toList();
            forEachScope(unitsOf(rows, Survey::unit), inP, Survey::unit, (unit, list) -> {
                emit(out, p.code(), unit, list, pts);
                TreeMap<String, List<Survey>> byGroup = new TreeMap<>();
                for (Survey r : list) byGroup.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r);
                byGroup.forEach((group, g) -> {
                    double[] t = totals(g, pts);
                    out.breakdownCount(p.code(), unit, "S01", group, t[0]);
                    out.breakdownRatio(p.code(), unit, "S02", group, t[1], t[0]);
                    out.breakdownRatio(p.code(), unit, "S03", group, t[2], t[0]);
                });
            });
        }
    }

    private static void emit(FigureSink out, String period, String unit, List<Survey> list, double[] pts) {
        double[] t = totals(list, pts);
        out.count(period, unit, "", "S01", t[0]);
        out.ratio(period, unit, "", "S02", t[1], t[0]);
        out.ratio(period, unit, "", "S03", t[2], t[0]);
    }

    /** {valid sample, satisfied + basic, weighted points}. */
    private static double[] totals(List<Survey> list, double[] pts) {
        double valid = 0, good = 0, points = 0;
        for (Survey r : list) {
            valid += r.satisfied() + r.basic() + r.unsatisfied();
            good += r.satisfied() + r.basic();
            points += pts[0] * r.satisfied() + pts[1] * r.basic() + pts[2] * r.unsatisfied();
        }
        return new double[] {valid, good, points};
    }
}
