package lianjian.indicators;

import java.util.ArrayList;
import java.util.List;

/**
 * 案件评查 indicators R01–R06 (DOMAIN §5.4), per unit of the case and per 承办人. Unit and person
 * come from the case when its 案号 is in a case list (court or procuratorate), else from the review.
 */
final class ReviewIndicators extends PerPersonFamily {

    private static final int REVIEWS = 0, NOT_FAILED = 1, EXCELLENT = 2, FLAWED = 3, FAILED = 4, SCORE_SUM = 5,
            SCORED = 6, WIDTH = 7;

    private final List<String> unitsWithReviews = new ArrayList<>();

    @Override
    int width() { return WIDTH; }

    @Override
    boolean coversPerson(IndicatorContext ctx, String personId) { return true; }

    @Override
    List<String> unitsWithRows(IndicatorContext ctx) { return unitsWithReviews; }

    /** The grade classes of §4.5: 优秀,优质 → 优秀; 合格; 基本合格,瑕疵 → 瑕疵; 不合格. */
    static String gradeClass(String grade) {
        return switch (grade) {
            case "优秀", "优质" -> "优秀";
            case "基本合格", "瑕疵" -> "瑕疵";
            case "不合格" -> "不合格";
            default -> "合格";
        };
    }

    @Override
    void tally(IndicatorContext ctx) {
        record Review(long day, int unit, int person, String gradeClass, Double score) {}
        List<Review> reviews = new ArrayList<>();
        // Unit and person from the case when its 案号 is in a case list, else from the review itself.
        ctx.jdbc.query("SELECT r.reviewed_on, r.grade, r.score, cc.row_key, cc.unit_code, cc.person_id, cc.judge_name,"
                + " pc.row_key, pc.unit_code, pc.person_id, pc.prosecutor_name, r.unit_code, r.person_id, r.handler_name"
                + " FROM case_review r"
                + " LEFT JOIN court_case cc ON cc.row_key = r.case_no"
                + " LEFT JOIN prosecution_case pc ON pc.row_key = r.case_no", rs -> {
            int from = rs.getString(4) != null ? 5 : rs.getString(8) != null ? 9 : 12;
            String unit = rs.getString(from);
            String person = ctx.personOf(unit, rs.getString(from + 1), rs.getString(from + 2));
            Object score = rs.getObject(3);
            reviews.add(new Review(IndicatorContext.day(rs.getString(1)), units.of(unit), persons.of(person),
                    gradeClass(rs.getString(2)), score == null ? null : ((Number) score).doubleValue()));
        });
        for (int i = 0; i < units.size(); i++) unitsWithReviews.add(units.name(i));
        unitsWithReviews.sort(null);
        for (Period p : ctx.periods) {
            Tally t = newTally();
            long s = p.start().toEpochDay(), e = p.end().toEpochDay();
            for (Review r : reviews) {
                if (r.day() < s || r.day() > e) continue;
                int u = r.unit(), pr = r.person();
                t.touch(u, pr);
                t.add(u, pr, REVIEWS, 1);
                switch (r.gradeClass()) {
                    case "优秀" -> t.add(u, pr, EXCELLENT, 1);
                    case "瑕疵" -> t.add(u, pr, FLAWED, 1);
                    case "不合格" -> t.add(u, pr, FAILED, 1);
                    default -> { }
                }
                if (!"不合格".equals(r.gradeClass())) t.add(u, pr, NOT_FAILED, 1);
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
        out.ratio(period, unit, person, "R03", c[EXCELLENT], c[REVIEWS]);
        out.ratio(period, unit, person, "R04", c[FLAWED], c[REVIEWS]);
        out.ratio(period, unit, person, "R05", c[FAILED], c[REVIEWS]);
        out.ratio(period, unit, person, "R06", c[SCORE_SUM], c[SCORED]);
    }
}
