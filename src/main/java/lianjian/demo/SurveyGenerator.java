package lianjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 满意度调查 (社会调查): twice a year, every unit, four respondent groups. Satisfaction sits in the
 * 85–97% band typical of such county surveys, a little lower among 律师 and 当事人, slightly rising
 * over the years; 群众 often answer 不了解 about units they never dealt with.
 */
final class SurveyGenerator {

    record SurveyRow(String surveyNo, String surveyName, SampleCounty.Unit unit, LocalDate startedOn,
                     LocalDate endedOn, String group, int satisfied, int basic, int unsatisfied, int unknown) {
    }

    static final List<String> GROUPS = List.of("群众", "当事人", "律师", "人大代表");

    private SurveyGenerator() {
    }

    static List<SurveyRow> generate(Rng rng, int firstYear, int lastYear) {
        List<SurveyRow> out = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            for (int half = 1; half <= 2; half++) {
                LocalDate start = WorkCalendar.onOrAfter(LocalDate.of(year, half == 1 ? 5 : 11, rng.between(6, 12)));
                LocalDate end = WorkCalendar.onOrBefore(start.plusDays(rng.between(30, 38)), start);
                String no = String.format(Locale.ROOT, "MYD%d-%02d", year, half);
                String name = year + "年" + (half == 1 ? "上半年" : "下半年") + "政法单位满意度测评";
                for (SampleCounty.Unit unit : SampleCounty.UNITS) {
                    double unitBase = switch (unit.code()) {
                        case "FY01" -> 0.910;
                        case "JCY01" -> 0.935;
                        case "GAJ01" -> 0.900;
                        default -> 0.925;
                    };
                    for (String group : GROUPS) {
                        double groupShift = switch (group) {
                            case "律师" -> -0.03;
                            case "当事人" -> -0.02;
                            case "人大代表" -> 0.02;
                            default -> 0.0;
                        };
                        double rate = unitBase + groupShift + 0.005 * (year - firstYear) + rng.uniform(-0.015, 0.015);
                        rate = Math.max(0.85, Math.min(0.97, rate));
                        int valid = switch (group) {
                            case "群众" -> rng.between(180, 420);
                            case "当事人" -> rng.between(60, 180);
                            case "律师" -> rng.between(15, 60);
                            default -> rng.between(20, 45);
                        };
                        int content = (int) Math.round(valid * rate);
                        int satisfied = (int) Math.round(content * rng.uniform(0.65, 0.8));
                        int unknown = "群众".equals(group)
                                ? (int) Math.round(valid * rng.uniform(0.05, 0.12))
                                : rng.between(0, Math.max(1, valid / 25));
                        out.add(new SurveyRow(no, name, unit, start, end, group, satisfied, content - satisfied,
                                valid - content, unknown));
                    }
                }
            }
        }
        return out;
    }
}
