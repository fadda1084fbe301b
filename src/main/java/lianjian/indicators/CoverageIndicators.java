package lianjian.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lianjian.readmodel.Evaluation;
import lianjian.readmodel.Person;
import lianjian.readmodel.ReadModel;
import lianjian.readmodel.Unit;

/**
 * 履职评议覆盖 E01–E12 (DOMAIN §5.6, §5.8a), county-wide and per 法院/检察院, as of each period's end,
 * with the lists E04 (not yet evaluated), E08 (left without evaluation), E12 (evaluated without a
 * reviewed case), the evaluated persons' latest results, and the term's progress year by year. Who is
 * in scope is {@link Person#inEvaluationScopeAt}; whose reviews are whose, the read model's attribution.
 */
final class CoverageIndicators extends UnitFamily {

    @Override
    void compute(IndicatorContext ctx, FigureSink out) {
        ReadModel model = ctx.model;
        List<String> units = ctx.unitCodesOfType(Unit.COURT, Unit.PROCURATORATE);
        LocalDate termStart = ctx.termStart;
        long termEnd = ctx.termEnd.toEpochDay();
        List<Person> persons = model.persons();

        for (Period p : ctx.periods) {
            LocalDate start = p.start(), endDate = p.end();
            long end = endDate.toEpochDay();
            forEachScope(units, persons, Person::unitCode, (unit, people) -> {
                long inScope = 0, evaluated = 0, leftNotEvaluated = 0;
                for (Person person : people) {
                    List<Evaluation> own = model.evaluationsOf(person.id());
                    if (person.inEvaluationScopeAt(endDate)) {
                        inScope++;
                        if (evaluatedBetween(own, termStart, endDate)) evaluated++;
                        else if (FigureSink.ALL.equals(unit)) {
                            // Lists are stored once, under the person's own unit; the county list is all of them.
                            out.listItem(personItem(model, ListCode.E04, p.code(), person, person.appointedOn()));
                        }
                    }
                    if (person.isJudgeOrProsecutor() && person.leftBetween(termStart, endDate)
                            && !evaluatedBetween(own, termStart, person.leftOn())) {
                        leftNotEvaluated++;
                        if (FigureSink.ALL.equals(unit)) {
                            out.listItem(personItem(model, ListCode.E08, p.code(), person, person.leftOn()));
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
                double elapsedYears = (end - termStart.toEpochDay()) / 365.25;
                double rate = elapsedYears > 0 ? evaluated / elapsedYears : 0;
                double projected = evaluated + rate * remainingYears;
                out.value(code, unit, "", "E07", projected, (double) inScope, inScope == 0 ? null : Math.min(1, projected / inScope));
                out.count(code, unit, "", "E08", leftNotEvaluated);

                long votesGood = 0, votesAll = 0;
                Map<String, Long> byResult = new LinkedHashMap<>();
                for (String r : List.of("满意", "基本满意", "不满意")) byResult.put(r, 0L);
                long count = 0;
                for (Person person : people) {
                    for (Evaluation e : model.evaluationsOf(person.id())) {
                        if (!e.within(start, endDate)) continue;
                        count++;
                        votesGood += e.satisfied() + e.basic();
                        votesAll += e.votes();
                        byResult.merge(e.result(), 1L, Long::sum);
                    }
                }
                out.ratio(code, unit, "", "E09", votesGood, votesAll);
                out.count(code, unit, "", "E10", count);
                byResult.forEach((result, n) -> out.breakdownCount(code, unit, "E10", result, n));
                reviewedBeforeEvaluation(model, p, unit, people, out);
            });
            latestResults(ctx, p, out);
        }
        termProgress(ctx, out);
    }

    /**
     * E11 and E12 (DOMAIN §5.8a, art. 8(2)): of the persons evaluated in the period, those with a review of
     * a case they handled dated within the 365 days up to one of those evaluations (both ends included),
     * and the list of the others, dated by their latest evaluation in the period.
     */
    private static void reviewedBeforeEvaluation(ReadModel model, Period p, String unit, List<Person> people, FigureSink out) {
        long evaluated = 0, covered = 0;
        for (Person person : people) {
            List<Evaluation> inPeriod = model.evaluationsOf(person.id()).stream().filter(e -> e.within(p.start(), p.end())).toList();
            if (inPeriod.isEmpty()) continue;
            evaluated++;
            boolean reviewed = false;
            for (Evaluation e : inPeriod) {
                for (var r : model.reviewsOf(person.id())) {
                    if (r.within(e.date().minusDays(365), e.date())) reviewed = true;
                }
            }
            if (reviewed) covered++;
            else if (FigureSink.ALL.equals(unit)) {
                out.listItem(personItem(model, ListCode.E12, p.code(), person, inPeriod.get(inPeriod.size() - 1).date()));
            }
        }
        out.ratio(p.code(), unit, "", "E11", covered, evaluated);
        out.count(p.code(), unit, "", "E12", evaluated - covered);
    }

    private static boolean evaluatedBetween(List<Evaluation> own, LocalDate from, LocalDate to) {
        for (Evaluation e : own) if (e.within(from, to)) return true;
        return false;
    }

    /** Each judge's and prosecutor's latest evaluation in the term as of the period's end, including staff who have since left (coverage report). */
    private static void latestResults(IndicatorContext ctx, Period p, FigureSink out) {
        for (Person person : ctx.model.persons()) {
            if (!person.isJudgeOrProsecutor()) continue;
            Evaluation latest = null;
            for (Evaluation e : ctx.model.evaluationsOf(person.id())) if (e.within(ctx.termStart, p.end())) latest = e;
            if (latest == null) continue;
            Map<String, Object> item = details(ctx.model, person);
            item.put("evaluationNo", latest.no());
            item.put("evaluatedOn", latest.date().toString());
            item.put("method", latest.method());
            item.put("result", latest.result());
            item.put("score", latest.score());
            item.put("votesSatisfied", latest.satisfied());
            item.put("votesBasic", latest.basic());
            item.put("votesUnsatisfied", latest.unsatisfied());
            item.put("satisfactionRatio", latest.satisfactionRatio());
            item.put("passed", latest.passed());
            out.listItem(new ListItem(ListCode.E_LATEST, p.code(), person.unitCode(), person.id(), person.name(), person.id(),
                    person.name(), latest.date(), null, item));
        }
    }

    /**
     * The term year by year (as of each year's end, or the as-of date for the current year): in scope,
     * evaluated so far, coverage, and the quota still needed per remaining year.
     */
    private static void termProgress(IndicatorContext ctx, FigureSink out) {
        long termEnd = ctx.termEnd.toEpochDay();
        List<String> scopes = new ArrayList<>();
        scopes.add(FigureSink.ALL);
        scopes.addAll(ctx.unitCodesOfType(Unit.COURT, Unit.PROCURATORATE));
        for (int y = ctx.termStart.getYear(); y <= ctx.termEnd.getYear(); y++) {
            LocalDate yearEnd = LocalDate.of(y, 12, 31);
            LocalDate at = yearEnd.isAfter(ctx.asOf) ? ctx.asOf : yearEnd;
            if (at.getYear() < y) break; // years entirely after the as-of date are not known yet
            LocalDate yearStart = LocalDate.of(y, 1, 1).isAfter(ctx.termStart) ? LocalDate.of(y, 1, 1) : ctx.termStart;
            for (String scope : scopes) {
                long inScope = 0, evaluated = 0, evaluatedThisYear = 0;
                for (Person person : ctx.model.persons()) {
                    if (!FigureSink.ALL.equals(scope) && !scope.equals(person.unitCode())) continue;
                    if (!person.inEvaluationScopeAt(at)) continue;
                    inScope++;
                    List<Evaluation> own = ctx.model.evaluationsOf(person.id());
                    if (evaluatedBetween(own, ctx.termStart, at)) evaluated++;
                    if (evaluatedBetween(own, yearStart, at)) evaluatedThisYear++;
                }
                double remaining = Math.max(0, termEnd - at.toEpochDay()) / 365.25;
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("year", y);
                item.put("asOf", at.toString());
                item.put("inScope", inScope);
                item.put("evaluated", evaluated);
                item.put("evaluatedThisYear", evaluatedThisYear);
                item.put("coverage", inScope == 0 ? null : evaluated / (double) inScope);
                item.put("remainingYears", remaining);
                item.put("quotaPerYear", Math.ceil((inScope - evaluated) / (double) Math.max(1, (long) Math.ceil(remaining))));
                out.listItem(new ListItem(ListCode.E_PROGRESS, String.valueOf(y), scope, String.valueOf(y), null, null, null, at,
                        null, item));
            }
        }
    }

    /** A person as a list member (E04, E08, E12), under their own unit, dated as the list says. */
    static ListItem personItem(ReadModel model, ListCode list, String period, Person p, LocalDate date) {
        return new ListItem(list, period, p.unitCode(), p.id(), p.name(), p.id(), p.name(), date, null, details(model, p));
    }

    static Map<String, Object> details(ReadModel model, Person p) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("personId", p.id());
        item.put("name", p.name());
        item.put("unitCode", p.unitCode());
        item.put("unitName", model.unitName(p.unitCode()));
        item.put("category", p.category());
        item.put("position", p.position());
        item.put("appointedOn", p.appointedOn() == null ? null : p.appointedOn().toString());
        item.put("leftOn", p.leftOn() == null ? null : p.leftOn().toString());
        item.put("leaveReason", p.leaveReason());
        return item;
    }
}
