package lianjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * 履职评议 of appointed 法官 and 检察官. The county is deliberately behind on 届内全覆盖: about 60%
 * of the people in scope at the end of the data have been evaluated in the current term, about
 * half of those who left during the term were evaluated before leaving, and a few people carry only
 * an evaluation from the previous term (2020–2021), which must not count.
 */
final class EvaluationGenerator {

    record Evaluation(String evaluationNo, Person person, LocalDate evaluatedOn, String method, int satisfied,
                      int basic, int unsatisfied, double score, String result, String opinion) {
    }

    private record Session(LocalDate day, String method, int voters) {
    }

    /** Share of the people in scope at the end who get an evaluation in the current term. */
    static final double COVERAGE = 0.60;

    private static final Weighted<String> RESULTS = Weighted.of("满意", 0.80).or("基本满意", 0.185).or("不满意", 0.015);
    private static final List<String> GOOD_OPINIONS = List.of("政治立场坚定，办案质效较好", "业务能力强，群众认可度高",
            "履职尽责，廉洁自律", "办案规范，释法说理到位", "工作作风扎实，服务意识较强");
    private static final List<String> FAIR_OPINIONS = List.of("办案效率有待提高", "释法说理需进一步加强",
            "群众工作能力有待提升", "案件质量总体合格，个别案件存在瑕疵");

    private EvaluationGenerator() {
    }

    static List<Evaluation> generate(Rng rng, StaffRoster roster, LocalDate dataEnd) {
        List<Session> current = sessions(rng, SampleCounty.TERM_START.getYear(), dataEnd.getYear(), dataEnd);
        int previousYear = SampleCounty.TERM_START.getYear() - 2;
        List<Session> previous = sessions(rng, previousYear, previousYear + 1, SampleCounty.TERM_START.minusDays(1));

        List<Evaluation> drafts = new ArrayList<>();
        Set<String> evaluatedInTerm = new HashSet<>();
        for (String unit : List.of("FY01", "JCY01")) {
            List<Person> inScope = new ArrayList<>();
            for (Person p : roster.ofUnit(unit)) {
                if (p.inEvaluationScope(dataEnd)) {
                    inScope.add(p);
                }
            }
            rng.shuffle(inScope);
            int target = (int) Math.round(COVERAGE * inScope.size());
            int covered = 0;
            for (Person p : inScope) {
                if (covered >= target) {
                    break;
                }
                List<Session> possible = eligible(current, p, p.appointedOn().plusDays(180), dataEnd);
                if (possible.isEmpty()) {
                    continue;
                }
                Session first = rng.pick(possible);
                drafts.add(evaluate(rng, p, first));
                evaluatedInTerm.add(p.id());
                covered++;
                if (possible.size() > 1 && rng.chance(0.08)) {
                    Session second;
                    do {
                        second = rng.pick(possible);
                    } while (second == first);
                    drafts.add(evaluate(rng, p, second)); // evaluated again, e.g. after a complaint
                }
            }
            // people who left during the term: about half were evaluated before leaving
            for (Person p : roster.ofUnit(unit)) {
                boolean leftInTerm = p.leftOn() != null && !p.leftOn().isBefore(SampleCounty.TERM_START)
                        && !p.leftOn().isAfter(dataEnd) && p.isQuota() && !"其他".equals(p.category());
                if (leftInTerm && rng.chance(0.5)) {
                    List<Session> possible = eligible(current, p, p.appointedOn().plusDays(180), p.leftOn());
                    if (!possible.isEmpty()) {
                        drafts.add(evaluate(rng, p, rng.pick(possible)));
                    }
                }
            }
            // previous term: a few not (yet) evaluated in this term, so the old date must not count
            int old = 0;
            for (Person p : inScope) {
                if (old >= 3) {
                    break;
                }
                List<Session> possible = eligible(previous, p, p.appointedOn().plusDays(180),
                        SampleCounty.TERM_START.minusDays(1));
                if (!evaluatedInTerm.contains(p.id()) && !possible.isEmpty()) {
                    drafts.add(evaluate(rng, p, rng.pick(possible)));
                    old++;
                }
            }
        }

        drafts.sort(Comparator.comparing(Evaluation::evaluatedOn).thenComparing(e -> e.person().id()));
        List<Evaluation> out = new ArrayList<>();
        int year = -1;
        int seq = 0;
        for (Evaluation e : drafts) {
            if (e.evaluatedOn().getYear() != year) {
                year = e.evaluatedOn().getYear();
                seq = 0;
            }
            out.add(new Evaluation(String.format(Locale.ROOT, "PY%d-%03d", year, ++seq), e.person(), e.evaluatedOn(), e.method(),
                    e.satisfied(), e.basic(), e.unsatisfied(), e.score(), e.result(), e.opinion()));
        }
        return out;
    }

    /** Four evaluation sittings a year, each attended by 30–50 voting members and deputies. */
    private static List<Session> sessions(Rng rng, int fromYear, int toYear, LocalDate notAfter) {
        String[] methods = {"常委会评议", "专项评议", "述职评议", "联合评议"};
        List<Session> out = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            for (int n = 0; n < 4; n++) {
                LocalDate day = StaffRoster.sessionDate(year, n + 2);
                if (!day.isAfter(notAfter)) {
                    out.add(new Session(day, methods[n], rng.between(30, 50)));
                }
            }
        }
        return out;
    }

    private static List<Session> eligible(List<Session> sessions, Person p, LocalDate from, LocalDate to) {
        List<Session> out = new ArrayList<>();
        for (Session s : sessions) {
            if (!s.day().isBefore(from) && !s.day().isAfter(to)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Votes consistent with the result: 满意/基本满意 pass (more than two thirds), 不满意 does not. */
    private static Evaluation evaluate(Rng rng, Person p, Session s) {
        String result = RESULTS.pick(rng);
        int voters = s.voters();
        int unsatisfied;
        int satisfied;
        double score;
        switch (result) {
            case "满意" -> {
                unsatisfied = (int) Math.floor(voters * rng.uniform(0, 0.03));
                satisfied = (int) Math.round(voters * rng.uniform(0.80, 0.97));
                score = rng.uniform(90, 98);
            }
            case "基本满意" -> {
                unsatisfied = (int) Math.round(voters * rng.uniform(0.03, 0.15));
                satisfied = (int) Math.round(voters * rng.uniform(0.45, 0.70));
                score = rng.uniform(78, 89.9);
            }
            default -> {
                unsatisfied = (int) Math.ceil(voters * rng.uniform(0.34, 0.50));
                satisfied = (int) Math.round(voters * rng.uniform(0.20, 0.40));
                score = rng.uniform(58, 70);
            }
        }
        satisfied = Math.min(satisfied, voters - unsatisfied);
        int basic = voters - satisfied - unsatisfied;
        String opinion = "满意".equals(result) ? rng.pick(GOOD_OPINIONS) : rng.pick(FAIR_OPINIONS);
        return new Evaluation(null, p, s.day(), s.method(), satisfied, basic, unsatisfied,
                Math.round(score * 10) / 10.0, result, opinion);
    }
}
