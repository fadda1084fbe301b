package lianjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * 案件评查: ≈300 reviews a year, run in five batches, each picking cases closed in the twelve
 * months before the batch (70% court, 30% procuratorate). A handful reference cases from before
 * the data (a 2021 案号) — the importer must warn about those and then rely on 承办单位.
 */
final class CaseReviewGenerator {

    record Review(String reviewNo, String caseNo, LocalDate reviewedOn, String reviewType, String reviewers,
                  double score, String grade, String issues, String unitCode, Person handler, boolean caseKnown) {
    }

    private record Target(String caseNo, String unitCode, Person handler, LocalDate closedOn, boolean execution) {
    }

    private static final Weighted<String> GRADES = Weighted.of("优秀", 0.08).or("优质", 0.12).or("合格", 0.55)
            .or("基本合格", 0.12).or("瑕疵", 0.10).or("不合格", 0.03);

    private static final List<String> COURT_ISSUES = List.of(
            "送达程序不规范，送达回证填写不全", "裁判文书说理不充分", "审限变更手续不完备", "庭审笔录未经当事人签字确认",
            "证据认定表述不严谨", "卷宗材料归档不及时、排列不规范", "执行财产调查不全面，未穷尽查控措施",
            "终结本次执行程序前未约谈申请执行人", "执行款发放不及时", "法律文书存在文字错误",
            "未依法告知当事人诉讼权利义务", "调解协议内容表述不清");
    private static final List<String> PROCURATORATE_ISSUES = List.of(
            "量刑建议说理不充分", "认罪认罚具结书签署程序不规范", "审查报告证据分析不全面",
            "退回补充侦查提纲针对性不强", "未及时告知被害人诉讼权利", "不起诉决定书释法说理不足",
            "案件流程监控提示未及时处理", "法律文书存在文字错误", "卷宗材料归档不规范");

    private CaseReviewGenerator() {
    }

    /**
     * @param unlistedCourtCases cases closed before the data starts (in no case list): the source
     *                           of the handful of reviews whose 案号 the importer cannot resolve
     */
    static List<Review> generate(Rng rng, List<CourtCase> courtCases, List<ProsecutionCase> procuratorateCases,
                                 List<CourtCase> unlistedCourtCases, StaffRoster roster, int firstYear,
                                 int lastYear) {
        List<Target> court = new ArrayList<>();
        for (CourtCase c : courtCases) {
            if (!c.isOpen()) {
                court.add(new Target(c.caseNo(), "FY01", c.judge(), c.closedOn(), c.isExecution()));
            }
        }
        List<Target> procuratorate = new ArrayList<>();
        for (ProsecutionCase c : procuratorateCases) {
            if (!c.isOpen()) {
                procuratorate.add(new Target(c.caseNo(), "JCY01", c.prosecutor(), c.closedOn(), false));
            }
        }
        court.sort(Comparator.comparing(Target::closedOn));
        procuratorate.sort(Comparator.comparing(Target::closedOn));
        List<String> reviewers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            reviewers.add(ChineseNames.next(rng));
        }

        List<Review> out = new ArrayList<>();
        Set<String> reviewed = new HashSet<>();
        int unknownLeft = 5;
        for (int year = firstYear; year <= lastYear; year++) {
            int perYear = rng.between(285, 315);
            List<Review> yearReviews = new ArrayList<>();
            String[] batchTypes = {"常规", "专项", "常规", "重点", "履职评议"};
            for (int b = 0; b < 5; b++) {
                LocalDate from = LocalDate.of(year, 3 + 2 * b, 1);
                LocalDate batchDay = WorkCalendar.randomWorkday(rng, from, from.plusMonths(2).minusDays(1));
                int n = perYear / 5 + (b < perYear % 5 ? 1 : 0);
                for (int i = 0; i < n; i++) {
                    // a batch runs over about two weeks; never past the year's end
                    LocalDate day = batchDay.plusDays(rng.between(0, 9));
                    day = WorkCalendar.onOrBefore(day.getYear() == year ? day : batchDay, batchDay);
                    String type = rng.chance(0.8) ? batchTypes[b] : "常规";
                    boolean wantExecution = "专项".equals(batchTypes[b]) && rng.chance(0.7);
                    Target t = rng.chance(0.7)
                            ? pick(rng, court, day, reviewed, wantExecution)
                            : pick(rng, procuratorate, day, reviewed, false);
                    if (t == null) {
                        t = pick(rng, court, day, reviewed, false);
                    }
                    if (t == null) {
                        continue;
                    }
                    reviewed.add(t.caseNo());
                    yearReviews.add(review(rng, t, day, type, reviewers, true));
                }
            }
            int unknownThisYear = Math.min(unknownLeft, year == lastYear ? unknownLeft : rng.between(1, 2));
            for (int i = 0; i < unknownThisYear; i++) {
                yearReviews.add(review(rng, unknownTarget(rng, roster, unlistedCourtCases, firstYear, i),
                        WorkCalendar.randomWorkday(rng, LocalDate.of(year, 4, 1), LocalDate.of(year, 11, 30)),
                        "重点", reviewers, false));
            }
            unknownLeft -= unknownThisYear;
            yearReviews.sort(Comparator.comparing(Review::reviewedOn));
            int seq = 1;
            for (Review r : yearReviews) {
                out.add(new Review(String.format(Locale.ROOT, "PC%d-%04d", year, seq++), r.caseNo(), r.reviewedOn(),
                        r.reviewType(), r.reviewers(), r.score(), r.grade(), r.issues(), r.unitCode(), r.handler(),
                        r.caseKnown()));
            }
        }
        return out;
    }

    /** A closed case, closed between a year and two weeks before the review day. */
    private static Target pick(Rng rng, List<Target> pool, LocalDate day, Set<String> reviewed, boolean execution) {
        int lo = firstClosedOnOrAfter(pool, day.minusDays(365));
        int hi = firstClosedOnOrAfter(pool, day.minusDays(14));
        if (hi <= lo) {
            return null;
        }
        for (int attempt = 0; attempt < 40; attempt++) {
            Target t = pool.get(lo + rng.nextInt(hi - lo));
            if (!reviewed.contains(t.caseNo()) && (!execution || t.execution() || attempt > 30)) {
                return t;
            }
        }
        return null;
    }

    private static int firstClosedOnOrAfter(List<Target> pool, LocalDate d) {
        int lo = 0;
        int hi = pool.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pool.get(mid).closedOn().isBefore(d)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A case from the year before the data starts, handled by someone whose name is unambiguous. */
    private static Target unknownTarget(Rng rng, StaffRoster roster, List<CourtCase> unlisted, int firstYear, int i) {
        if (i % 3 != 2) {
            for (int attempt = 0; attempt < 100 && !unlisted.isEmpty(); attempt++) {
                CourtCase c = rng.pick(unlisted);
                if (!roster.nameIsAmbiguous(c.judge())) {
                    return new Target(c.caseNo(), "FY01", c.judge(), c.closedOn(), c.isExecution());
                }
            }
        }
        // the procuratorate's cases before the data are not generated: any number of that year is unknown
        List<Person> handlers = new ArrayList<>();
        for (Person p : roster.ofUnit("JCY01")) {
            if (p.isQuota() && !StaffRoster.LEADERSHIP.equals(p.department())
                    && p.appointedOn().isBefore(LocalDate.of(firstYear - 1, 6, 30)) && !roster.nameIsAmbiguous(p)) {
                handlers.add(p);
            }
        }
        String no = SampleCounty.PROCURATORATE_ABBREVIATION + "刑诉受〔" + (firstYear - 1) + "〕"
                + rng.between(100, 1800) + "号";
        return new Target(no, "JCY01", rng.pick(handlers), null, false);
    }

    private static Review review(Rng rng, Target t, LocalDate day, String type, List<String> reviewers, boolean known) {
        String grade = GRADES.pick(rng);
        double score = switch (grade) {
            case "优秀" -> rng.uniform(92, 99);
            case "优质" -> rng.uniform(88, 92);
            case "合格" -> rng.uniform(78, 88);
            case "基本合格" -> rng.uniform(70, 78);
            case "瑕疵" -> rng.uniform(60, 70);
            default -> rng.uniform(42, 60);
        };
        score = Math.floor(score * 2) / 2.0; // scored in half points
        List<String> pool = "FY01".equals(t.unitCode()) ? COURT_ISSUES : PROCURATORATE_ISSUES;
        String issues = null;
        boolean needsIssue = switch (grade) {
            case "基本合格", "瑕疵", "不合格" -> true;
            case "合格" -> rng.chance(0.3);
            default -> false;
        };
        if (needsIssue) {
            String a = rng.pick(pool);
            String b = rng.pick(pool);
            issues = a.equals(b) || !"不合格".equals(grade) && rng.chance(0.6) ? a : a + "；" + b;
        }
        String a = rng.pick(reviewers);
        String b = rng.pick(reviewers);
        String names = a.equals(b) ? a : a + "、" + b;
        return new Review(null, t.caseNo(), day, type, names, score, grade, issues, t.unitCode(), t.handler(), known);
    }
}
