package lianjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the sample county contains, in canonical form, before any workbook decides how to
 * spell it. Each part draws from its own random stream (see {@link Rng#derive}).
 */
record CountyDataset(
        SampleCountyOptions options,
        StaffRoster roster,
        Map<Integer, List<CourtCase>> courtCasesByYear,
        List<CourtCase> courtCarryOver,
        Map<Integer, List<ProsecutionCase>> procuratorateCasesByYear,
        List<CaseReviewGenerator.Review> reviews,
        List<EvaluationGenerator.Evaluation> evaluations,
        List<SurveyGenerator.SurveyRow> surveys,
        List<SupervisionGenerator.Activity> activities,
        List<SupervisionGenerator.Problem> problems,
        SupervisionPlanGenerator.Result plan,
        List<SuggestionGenerator.Suggestion> suggestions,
        List<PetitionGenerator.Petition> petitions,
        List<HearingGenerator.Hearing> hearings) {

    static CountyDataset generate(SampleCountyOptions o) {
        long seed = o.seed();
        LocalDate dataEnd = LocalDate.of(o.lastYear(), 12, 31);
        StaffRoster roster = StaffRoster.generate(Rng.derive(seed, "roster"), dataEnd);

        CourtCaseGenerator court = new CourtCaseGenerator(Rng.derive(seed, "court"), roster, o.firstYear(), o.lastYear());
        ProcuratorateCaseGenerator procuratorate =
                new ProcuratorateCaseGenerator(Rng.derive(seed, "procuratorate"), roster, o.lastYear());
        // TreeMap: iteration in year order, never in hash order
        // The year before the data: its still-pending cases are listed (旧存, so the first year's
        // 结收比 is not distorted by an empty start); the rest is in no file at all.
        List<CourtCase> prior = court.generateYear(o.firstYear() - 1, o.courtCasesPerYear());
        List<CourtCase> carryOver = new ArrayList<>();
        List<CourtCase> priorClosed = new ArrayList<>();
        for (CourtCase c : prior) {
            (c.isOpen() || c.closedOn().getYear() >= o.firstYear() ? carryOver : priorClosed).add(c);
        }
        Map<Integer, List<CourtCase>> courtByYear = new TreeMap<>();
        Map<Integer, List<ProsecutionCase>> procuratorateByYear = new TreeMap<>();
        for (int year = o.firstYear(); year <= o.lastYear(); year++) {
            courtByYear.put(year, court.generateYear(year, o.courtCasesPerYear()));
            procuratorateByYear.put(year, procuratorate.generateYear(year, o.procuratorateCasesPerYear()));
        }
        List<CourtCase> allCourt = new ArrayList<>(carryOver);
        allCourt.addAll(flatten(courtByYear));
        List<ProsecutionCase> allProcuratorate = flatten(procuratorateByYear);

        SupervisionGenerator.Result supervision =
                SupervisionGenerator.generate(Rng.derive(seed, "supervision"), o.firstYear(), o.lastYear());
        return new CountyDataset(o, roster, courtByYear, carryOver, procuratorateByYear,
                CaseReviewGenerator.generate(Rng.derive(seed, "reviews"), allCourt, allProcuratorate, priorClosed,
                        roster, o.firstYear(), o.lastYear()),
                EvaluationGenerator.generate(Rng.derive(seed, "evaluations"), roster, dataEnd),
                SurveyGenerator.generate(Rng.derive(seed, "surveys"), o.firstYear(), o.lastYear()),
                supervision.activities(),
                supervision.problems(),
                // its own stream: linking activities to the plan must not change any activity
                SupervisionPlanGenerator.generate(Rng.derive(seed, "plan"), supervision.activities(),
                        o.firstYear(), o.lastYear()),
                SuggestionGenerator.generate(Rng.derive(seed, "suggestions"), o.firstYear(), o.lastYear()),
                PetitionGenerator.generate(Rng.derive(seed, "petitions"), allCourt, allProcuratorate,
                        o.firstYear(), o.lastYear()),
                HearingGenerator.generate(Rng.derive(seed, "hearings"), allCourt, o.firstYear(), o.lastYear()));
    }

    private static <T> List<T> flatten(Map<Integer, List<T>> byYear) {
        List<T> all = new ArrayList<>();
        for (List<T> list : byYear.values()) {
            all.addAll(list);
        }
        return all;
    }
}
