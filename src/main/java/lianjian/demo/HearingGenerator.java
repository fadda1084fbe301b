package lianjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * 旁听庭审: ≈20 hearings a year attended by 3–15 deputies. Each names a first-instance case that
 * was really pending on the hearing day, mostly 普通程序 cases (the ones worth inviting deputies to).
 */
final class HearingGenerator {

    record Hearing(String recordNo, LocalDate on, String caseNo, int deputies, double score, String comments) {
    }

    private static final List<String> COMMENTS = List.of("庭审程序规范，法官驾驭庭审能力强", "建议进一步加强庭审中的释法说理",
            "法庭调查重点突出，当事人权利保障到位", "建议合理安排开庭时间，减少当事人等待",
            "庭审秩序良好，建议加强庭审直播宣传", "审判长归纳争议焦点准确");

    private HearingGenerator() {
    }

    static List<Hearing> generate(Rng rng, List<CourtCase> courtCases, int firstYear, int lastYear) {
        List<Hearing> out = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            int n = rng.between(18, 22);
            List<Hearing> drafts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDate day = WorkCalendar.randomWorkday(rng, LocalDate.of(year, 3, 1), LocalDate.of(year, 12, 20));
                CourtCase c = pendingOn(rng, courtCases, day);
                drafts.add(new Hearing(null, day, c == null ? null : c.caseNo(), rng.between(3, 15),
                        Math.round(rng.uniform(80, 98) * 10) / 10.0, rng.pick(COMMENTS)));
            }
            drafts.sort(Comparator.comparing(Hearing::on));
            int seq = 1;
            for (Hearing h : drafts) {
                out.add(new Hearing(String.format(Locale.ROOT, "PT%d-%02d", year, seq++), h.on(), h.caseNo(), h.deputies(),
                        h.score(), h.comments()));
            }
        }
        return out;
    }

    private static CourtCase pendingOn(Rng rng, List<CourtCase> cases, LocalDate day) {
        for (int attempt = 0; attempt < 400; attempt++) {
            CourtCase c = rng.pick(cases);
            boolean firstInstance = "一审".equals(c.procedure()) && (attempt > 200 || "普通".equals(c.trialProcedure()));
            boolean pending = c.filedOn().isBefore(day.minusDays(7)) && (c.isOpen() || c.closedOn().isAfter(day));
            if (firstInstance && pending) {
                return c;
            }
        }
        return null;
    }
}
