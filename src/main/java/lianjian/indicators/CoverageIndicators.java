package lianjian.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lianjian.indicators.IndicatorContext.Person;

/**
 * 履职评议覆盖 E01–E10 (DOMAIN §5.6), county-wide and per 法院/检察院, as of each period's end,
 * with the lists E04 (not yet evaluated), E08 (left without evaluation), the evaluated persons'
 * latest results, and the term's progress year by year.
 */
final class CoverageIndicators extends UnitFamily {

    static final String LIST_NOT_EVALUATED = "E04";
    static final String LIST_LEFT_NOT_EVALUATED = "E08";
    static final String LIST_LATEST_RESULT = "E-LATEST";
    static final String LIST_TERM_PROGRESS = "E-PROGRESS";

    record Evaluation(String no, String person, long day, String method, long satisfied, long basic, long unsatisfied,
                      Double score, String result) {
        long votes() { return satisfied + basic + unsatisfied; }
    }

    @Override
    void compute(IndicatorContext ctx, FigureSink out) {
        List<Evaluation> evaluations = new ArrayList<>();
        ctx.jdbc.query("SELECT evaluation_no, person_id, evaluated_on, method, votes_satisfied, votes_basic,"
                + " votes_unsatisfied, score, result FROM evaluation ORDER BY evaluated_on, evaluation_no", rs -> {
            Object score = rs.getObject(8);
            evaluations.add(new Evaluation(rs.getString(1), rs.getString(2), IndicatorContext.day(rs.getString(3)),
                    rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                    score == null ? null : ((Number) score).doubleValue(), rs.getString(9)));
        });
        Map<String, List<Evaluation>> byPerson = new HashMap<>();
        for (Evaluation e : evaluations) byPerson.computeIfAbsent(e.person(), k -> new ArrayList<>()).add(e);
        List<String> units = ctx.unitsOfType(List.of("法院", "检察院")).stream().map(IndicatorContext.Unit::code).toList();
        long termStart = ctx.termStart.toEpochDay(), termEnd = ctx.termEnd.toEpochDay();

        for (Period p : ctx.periods) {
            long s = p.start().toEpochDay(), end = p.end().toEpochDay();
            List<Person> persons = new ArrayList<>(ctx.persons.values());
            forEachScope(units, persons, Person::unitCode, (unit, people) -> {
                long inScope = 0, evaluated = 0, leftNotEvaluated = 0;
                for (Person person : people) {
                    List<Evaluation> own = byPerson.getOrDefault(person.id(), List.of());
                    if (person.inScopeAt(end)) {
                        inScope++;
                        if (evaluatedBetween(own, termStart, end)) evaluated++;
                        else if (FigureSink.ALL.equals(unit)) {
                            // Lists are stored once, under the person's own unit; the county list is all of them.
                            out.listItem(LIST_NOT_EVALUATED, p.code(), person.unitCode(), person.id(), personItem(ctx, person));
                        }
                    }
                    if (person.isJudgeOrProsecutor() && person.left() != IndicatorContext.NO_DATE
                            && person.left() >= termStart && person.left() <= end
                            && !evaluatedBetween(own, termStart, person.left())) {
                        leftNotEvaluated++;
                        if (FigureSink.ALL.equals(unit)) {
                            out.listItem(LIST_LEFT_NOT_EVALUATED, p.code(), person.unitCode(), person.id(), personItem(ctx, person));
                        }
                    }
                }
                String code = p.code();
                out.count(code, unit, "", "E01", inScope);
                out.count(code, unit, "", "E02", evaluated);
                out.ratio(code, unit, "", "E03", evaluated, inScope);
                long notEvaluated = inScope - evaluated;
                out.count(code, unit, "", "E04", notEvaluated);
                double remainingYears = Math.max(0, termEnd - end) / 365.25;
                out.value(code, unit, "", "E05", null, null, remainingYears);
                double perYear = Math.ceil(notEvaluated / (double) Math.max(1, (long) Math.ceil(remainingYears)));
                out.value(code, unit, "", "E06", null, null, perYear);
                double elapsedYears = (end - termStart) / 365.25;
                double rate = elapsedYears > 0 ? evaluated / elapsedYears : 0;
                double projected = evaluated + rate * remainingYears;
                out.value(code, unit, "", "E07", projected, (double) inScope, inScope == 0 ? null : Math.min(1, projected / inScope));
                out.count(code, unit, "", "E08", leftNotEvaluated);

                long votesGood = 0, votesAll = 0;
                Map<String, Long> byResult = new LinkedHashMap<>();
                for (String r : List.of("满意", "基本满意", "不满意")) byResult.put(r, 0L);
                long count = 0;
                for (Person person : people) {
                    for (Evaluation e : byPerson.getOrDefault(person.id(), List.of())) {
                        if (e.day() < s || e.day() > end) continue;
                        count++;
                        votesGood += e.satisfied() + e.basic();
                        votesAll += e.votes();
                        byResult.merge(e.result(), 1L, Long::sum);
                    }
                }
                out.ratio(code, unit, "", "E09", votesGood, votesAll);
                out.count(code, unit, "", "E10", count);
                byResult.forEach((result, n) -> out.breakdownCount(code, unit, "E10", result, n));
            });
            latestResults(ctx, p, byPerson, out);
        }
        termProgress(ctx, byPerson, out);
    }

    private static boolean evaluatedBetween(List<Evaluation> own, long from, long to) {
        for (Evaluation e : own) if (e.day() >= from && e.day() <= to) return true;
        return false;
    }

    /** Each judge's and prosecutor's latest evaluation in the term as of the period's end, including staff who have since left (coverage report). */
    private static void latestResults(IndicatorContext ctx, Period p, Map<String, List<Evaluation>> byPerson, FigureSink out) {
        long termStart = ctx.termStart.toEpochDay(), end = p.end().toEpochDay();
        for (Person person : ctx.persons.values()) {
            Evaluation latest = null;
            for (Evaluation e : byPerson.getOrDefault(person.id(), List.of())) {
                if (e.day() >= termStart && e.day() <= end) latest = e;
            }
            if (latest == null || !person.isJudgeOrProsecutor()) continue;
            Map<String, Object> item = personItem(ctx, person);
            item.put("evaluationNo", latest.no());
            item.put("evaluatedOn", LocalDate.ofEpochDay(latest.day()).toString());
            item.put("method", latest.method());
            item.put("result", latest.result());
            item.put("score", latest.score());
            item.put("votesSatisfied", latest.satisfied());
            item.put("votesBasic", latest.basic());
            item.put("votesUnsatisfied", latest.unsatisfied());
            // E09 per evaluation: (满意 + 基本满意) ÷ all votes; passed when above two thirds.
            Double ratio = latest.votes() == 0 ? null : (latest.satisfied() + latest.basic()) / (double) latest.votes();
            item.put("satisfactionRatio", ratio);
            item.put("passed", ratio == null ? null : ratio > 2.0 / 3.0);
            out.listItem(LIST_LATEST_RESULT, p.code(), person.unitCode(), person.id(), item);
        }
    }

    /**
     * The term year by year (as of each year's end, or the as-of date for the current year): in scope,
     * evaluated so far, coverage, and the quota still needed per remaining year.
     */
    private static void termProgress(IndicatorContext ctx, Map<String, List<Evaluation>> byPerson, FigureSink out) {
        long termStart = ctx.termStart.toEpochDay(), termEnd = ctx.termEnd.toEpochDay();
        for (int y = ctx.termStart.getYear(); y <= ctx.termEnd.getYear(); y++) {
            LocalDate yearEnd = LocalDate.of(y, 12, 31);
            LocalDate at = yearEnd.isAfter(ctx.asOf) ? ctx.asOf : yearEnd;
            if (at.getYear() < y) break; // years entirely after the as-of date are not known yet
            long d = at.toEpochDay();
            List<String> scopes = new ArrayList<>();
            scopes.add(FigureSink.ALL);
            scopes.addAll(ctx.unitsOfType(List.of("法院", "检察院")).stream().map(IndicatorContext.Unit::code).toList());
            for (String scope : scopes) {
                long inScope = 0, evaluated = 0, evaluatedThisYear = 0;
                for (Person person : ctx.persons.values()) {
                    if (!FigureSink.ALL.equals(scope) && !scope.equals(person.unitCode())) continue;
                    if (!person.inScopeAt(d)) continue;
                    inScope++;
                    List<Evaluation> own = byPerson.getOrDefault(person.id(), List.of());
                    if (evaluatedBetween(own, termStart, d)) evaluated++;
                    if (evaluatedBetween(own, Math.max(termStart, LocalDate.of(y, 1, 1).toEpochDay()), d)) evaluatedThisYear++;
                }
                double remaining = Math.max(0, termEnd - d) / 365.25;
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("year", y);
                item.put("asOf", at.toString());
                item.put("inScope", inScope);
                item.put("evaluated", evaluated);
                item.put("evaluatedThisYear", evaluatedThisYear);
                item.put("coverage", inScope == 0 ? null : evaluated / (double) inScope);
                item.put("remainingYears", remaining);
                item.put("quotaPerYear", Math.ceil((inScope - evaluated) / (double) Math.max(1, (long) Math.ceil(remaining))));
                out.listItem(LIST_TERM_PROGRESS, String.valueOf(y), scope, String.valueOf(y), item);
            }
        }
    }

    static Map<String, Object> personItem(IndicatorContext ctx, Person p) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("personId", p.id());
        item.put("name", p.name());
        item.put("unitCode", p.unitCode());
        IndicatorContext.Unit u = ctx.units.get(p.unitCode());
        item.put("unitName", u == null ? p.unitCode() : u.name());
        item.put("category", p.category());
        item.put("position", p.position());
        item.put("appointedOn", p.appointed() == IndicatorContext.NO_DATE ? null : LocalDate.ofEpochDay(p.appointed()).toString());
        item.put("leftOn", p.left() == IndicatorContext.NO_DATE ? null : LocalDate.ofEpochDay(p.left()).toString());
        item.put("leaveReason", p.leaveReason());
        return item;
    }
}
