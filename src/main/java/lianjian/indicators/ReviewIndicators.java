package lianjian.indicators;

import java.util.ArrayList;
import java.util.List;

import lianjian.readmodel.GradeClass;
import lianjian.readmodel.Review;

/**
 * 案件评查 indicators R01–R06 (DOMAIN §5.4), per unit of the case and per 承办人. Unit and person
 * come from the case when its 案号 is in a case list (court or procuratorate), else from the review.
 */
final class ReviewIndicators extends PerPersonFamily {

    // counters
    private static final int REVIEWS = 0, NOT_FAILED = 1, N_EXCELLENT = 2, N_FLAWED = 3, N_FAILED = 4, SCORE_SUM = 5,
            SCORED = 6, WIDTH = 7;

    private final List<String> unitsWithReviews = new ArrayList<>();

    @Override
    int width() { return WIDTH; }

    @Override
    boolean coversPerson(IndicatorContext ctx, String personId) { return true; }

    @Override
    List<String> unitsWithRows(IndicatorContext ctx) { return unitsWithReviews; }

    @Override
    void tally(IndicatorContext ctx) {
        record Tallied(long day, int unit, int person, GradeClass gradeClass, Double score) {}
        List<Tallied> reviews = new ArrayList<>();
        // Unit and person as the read model attributes them (DOMAIN §4.5: from the case when it is known).
        for (Review r : ctx.model.reviews()) {
            reviews.add(new Tallied(r.date().toEpochDay(), units.of(r.unitCode()), persons.of(r.personId()), r.gradeClass(),
                    r.score()));
        }
        for (int i = 0; i < units.size(); i++) unitsWithReviews.add(units.name(i));
        unitsWithReviews.sort(null);
        for (Period p : ctx.periods) {
            Tally t = newTally();
            long s = p.start().toEpochDay(), e = p.end().toEpochDay();
            for (Tallied r : reviews) {
                if (r.day() < s || r.day() > e) continue;
                int u = r.unit(), pr = r.person();
                t.touch(u, pr);
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
            }
            tallies.put(p.code(), t);
        }
    }

    @Override
    void emit(String period, String unit, String person, double[] c, FigureSink out) {
        out.count(period, unit, person, "R01", c[REVIEWS]);
        out.ratio(period, unit, person, "R02", c[NOT_FAILED], c[REVIEWS]);
        out.ratio(period, unit, person, "R03", c[N_EXCELLENT], c[REVIEWS]);
        out.ratio(period, unit, person, "R04", c[N_FLAWED], c[REVIEWS]);
        out.ratio(period, unit, person, "R05", c[N_FAILED], c[REVIEWS]);
        out.ratio(period, unit, person, "R06", c[SCORE_SUM], c[SCORED]);
    }
}
