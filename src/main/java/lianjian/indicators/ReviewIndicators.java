package lianjian.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import lianjian.readmodel.GradeClass;
import lianjian.readmodel.Review;

/**
 * 案件评查 indicators R01–R06 (DOMAIN §5.4), per unit of the case and per 承办人, with the list R05
 * (reviews of class 不合格). Unit and person as the read model attributes them: from the case when its
 * 案号 is in a case list (court or procuratorate), else from the review.
 */
final class ReviewIndicators extends PerPersonFamily {

    // counters
    private static final int REVIEWS = 0, NOT_FAILED = 1, N_EXCELLENT = 2, N_FLAWED = 3, N_FAILED = 4, SCORE_SUM = 5,
            SCORED = 6, WIDTH = 7;

    private final List<String> unitsWithReviews = new ArrayList<>();

    @Override
    String family() { return "review"; }

    @Override
    int width() { return WIDTH; }

    @Override
    boolean coversPerson(IndicatorContext ctx, String personId) { return true; }

    @Override
    List<String> unitsWithRows(IndicatorContext ctx) { return unitsWithReviews; }

    @Override
    void tally(IndicatorContext ctx, FigureSink out) {
        TreeSet<String> reviewed = new TreeSet<>();
        for (Review r : ctx.model.reviews()) if (r.unitCode() != null) reviewed.add(r.unitCode());
        unitsWithReviews.addAll(reviewed);
        open(ctx, reviewed);
        for (Period p : ctx.periods) {
            Tally t = tallies.get(p.code());
            for (Review r : ctx.model.reviews()) {
                if (!r.within(p.start(), p.end())) continue;
                int u = units.find(r.unitCode()), pr = persons.find(r.personId());
                t.touch(pr);
                t.add(u, pr, REVIEWS, 1);
                switch (r.gradeClass()) {
                    case EXCELLENT -> t.add(u, pr, N_EXCELLENT, 1);
                    case FLAWED -> t.add(u, pr, N_FLAWED, 1);
                    case FAILED -> t.add(u, pr, N_FAILED, 1);
                    case PASS -> { }
                }
                if (r.gradeClass() != GradeClass.FAILED) t.add(u, pr, NOT_FAILED, 1);
                if (r.score() != null) {
                    t.add(u, pr, SCORE_SUM, r.score());
                    t.add(u, pr, SCORED, 1);
                }
                if (r.gradeClass() == GradeClass.FAILED) out.listItem(failed(ctx, r, p.code()));
            }
        }
    }

    /** R05's member: a review of class 不合格, under the unit it counts for. */
    private static ListItem failed(IndicatorContext ctx, Review r, String period) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("reviewNo", r.no());
        d.put("caseNo", r.caseNo());
        d.put("unitCode", r.unitCode());
        d.put("unitName", ctx.model.unitName(r.unitCode()));
        d.put("personId", r.personId());
        d.put("handler", r.handler());
        d.put("reviewType", r.type());
        d.put("score", r.score());
        d.put("grade", r.grade());
        d.put("issues", r.issues());
        return new ListItem(ListCode.R05, period, r.unitCode() == null ? FigureSink.ALL : r.unitCode(), r.no(), r.caseNo(),
                r.personId(), r.handler(), r.date(), null, d);
    }

    @Override
    void emit(String period, String unit, String person, double[] c, FigureTarget out) {
        out.count(period, unit, person, "R01", c[REVIEWS]);
        out.ratio(period, unit, person, "R02", c[NOT_FAILED], c[REVIEWS]);
        out.ratio(period, unit, person, "R03", c[N_EXCELLENT], c[REVIEWS]);
        out.ratio(period, unit, person, "R04", c[N_FLAWED], c[REVIEWS]);
        out.ratio(period, unit, person, "R05", c[N_FAILED], c[REVIEWS]);
        out.ratio(period, unit, person, "R06", c[SCORE_SUM], c[SCORED]);
    }
}
