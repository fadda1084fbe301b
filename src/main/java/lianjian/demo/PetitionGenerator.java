package lianjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * 涉法涉诉信访: ≈80 a year, mostly about court cases. A petition about a court case names a case
 * that was really closed before the petition, preferring the cases whose 信访投诉次数 is above
 * zero, so the two sheets tell the same story.
 */
final class PetitionGenerator {

    record Petition(String petitionNo, LocalDate receivedOn, String source, SampleCounty.Unit unit, String caseNo,
                    LocalDate closedOn, String resolution) {
    }

    private static final Weighted<String> SOURCES = Weighted.of("人大转交", 0.15).or("来信", 0.25).or("来访", 0.35)
            .or("网上", 0.25);
    private static final Weighted<String> RESOLUTIONS = Weighted.of("息诉罢访", 0.55).or("依法终结", 0.25)
            .or("导入司法程序", 0.15).or("其他", 0.05);

    private PetitionGenerator() {
    }

    static List<Petition> generate(Rng rng, List<CourtCase> courtCases, List<ProsecutionCase> procuratorateCases,
                                   int firstYear, int lastYear) {
        LocalDate dataEnd = LocalDate.of(lastYear, 12, 31);
        List<CourtCase> complained = new ArrayList<>();
        List<CourtCase> closedCourt = new ArrayList<>();
        for (CourtCase c : courtCases) {
            if (!c.isOpen()) {
                closedCourt.add(c);
                if (c.complaints() != null && c.complaints() > 0) {
                    complained.add(c);
                }
            }
        }
        List<ProsecutionCase> closedProcuratorate = new ArrayList<>();
        for (ProsecutionCase c : procuratorateCases) {
            if (!c.isOpen()) {
                closedProcuratorate.add(c);
            }
        }
        Weighted<SampleCounty.Unit> units = Weighted.of(SampleCounty.COURT, 0.55).or(SampleCounty.PROCURATORATE, 0.15)
                .or(SampleCounty.POLICE, 0.20).or(SampleCounty.JUSTICE, 0.10);
        List<Petition> out = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            int n = rng.between(72, 88);
            List<Petition> drafts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                SampleCounty.Unit unit = units.pick(rng);
                LocalDate received = WorkCalendar.randomWorkday(rng, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                String caseNo = null;
                if ("FY01".equals(unit.code()) && rng.chance(0.7)) {
                    CourtCase c = closedBefore(rng, rng.chance(0.6) ? complained : closedCourt, received);
                    caseNo = c == null ? null : c.caseNo();
                } else if ("JCY01".equals(unit.code()) && rng.chance(0.4)) {
                    ProsecutionCase c = rng.pick(closedProcuratorate);
                    caseNo = c.closedOn().isBefore(received) ? c.caseNo() : null;
                }
                LocalDate closed = WorkCalendar.onOrBefore(received.plusDays(rng.between(10, 90)), received);
                String resolution;
                if (closed.isAfter(dataEnd)) {
                    closed = null;
                    resolution = "办理中";
                } else {
                    resolution = RESOLUTIONS.pick(rng);
                }
                drafts.add(new Petition(null, received, SOURCES.pick(rng), unit, caseNo, closed, resolution));
            }
            drafts.sort(Comparator.comparing(Petition::receivedOn));
            int seq = 1;
            for (Petition p : drafts) {
                out.add(new Petition(String.format(Locale.ROOT, "XF%d-%04d", year, seq++), p.receivedOn(), p.source(), p.unit(),
                        p.caseNo(), p.closedOn(), p.resolution()));
            }
        }
        return out;
    }

    private static CourtCase closedBefore(Rng rng, List<CourtCase> pool, LocalDate day) {
        for (int attempt = 0; attempt < 30 && !pool.isEmpty(); attempt++) {
            CourtCase c = rng.pick(pool);
            if (c.closedOn().isBefore(day)) {
                return c;
            }
        }
        return null;
    }
}
