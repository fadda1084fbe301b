package lianjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * 代表建议 handled by the 政法单位: most are assigned after the annual 人代会 (March–April), the
 * rest during the year; answers come within three months, so the last ones are still open.
 */
final class SuggestionGenerator {

    record Suggestion(String suggestionNo, String deputy, String title, SampleCounty.Unit unit, LocalDate assignedOn,
                      LocalDate repliedOn, String result, String feedback) {
    }

    private static final Weighted<String> RESULTS = Weighted.of("A", 0.55).or("B", 0.25).or("C", 0.12).or("D", 0.08);
    private static final Weighted<String> FEEDBACK = Weighted.of("满意", 0.80).or("基本满意", 0.17).or("不满意", 0.03);
    private static final List<String> COURT_TITLES = List.of("关于加大涉企案件执行力度的建议", "关于推进诉源治理、减少诉讼增量的建议",
            "关于加强人民法庭建设的建议", "关于规范终结本次执行程序的建议", "关于提升诉讼服务便民水平的建议");
    private static final List<String> PROCURATORATE_TITLES = List.of("关于加强未成年人检察工作的建议",
            "关于拓展公益诉讼检察办案领域的建议", "关于加强电信网络诈骗犯罪预防宣传的建议", "关于做好司法救助工作的建议");
    private static final List<String> POLICE_TITLES = List.of("关于加强农村道路交通安全管理的建议", "关于优化户籍办理流程的建议",
            "关于加强校园周边治安防控的建议", "关于增设城区交通信号灯的建议", "关于打击电信网络诈骗犯罪的建议");
    private static final List<String> JUSTICE_TITLES = List.of("关于加强基层司法所建设的建议", "关于扩大法律援助覆盖面的建议",
            "关于加强人民调解员队伍建设的建议", "关于深化乡村“法律明白人”培养的建议");

    private SuggestionGenerator() {
    }

    static List<Suggestion> generate(Rng rng, int firstYear, int lastYear) {
        LocalDate dataEnd = LocalDate.of(lastYear, 12, 31);
        List<String> deputies = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            deputies.add(ChineseNames.next(rng));
        }
        Weighted<SampleCounty.Unit> units = Weighted.of(SampleCounty.COURT, 0.4).or(SampleCounty.PROCURATORATE, 0.2)
                .or(SampleCounty.POLICE, 0.25).or(SampleCounty.JUSTICE, 0.15);
        List<Suggestion> out = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            int n = rng.between(26, 34);
            List<Suggestion> drafts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                SampleCounty.Unit unit = units.pick(rng);
                LocalDate assigned = rng.chance(0.6)
                        ? WorkCalendar.randomWorkday(rng, LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30))
                        : WorkCalendar.randomWorkday(rng, LocalDate.of(year, 5, 1), LocalDate.of(year, 12, 20));
                LocalDate replied = WorkCalendar.onOrBefore(assigned.plusDays(rng.between(20, 90)), assigned);
                String result = null;
                String feedback = null;
                if (replied.isAfter(dataEnd)) {
                    replied = null;
                } else {
                    result = RESULTS.pick(rng);
                    feedback = rng.chance(0.9) ? FEEDBACK.pick(rng) : null;
                }
                drafts.add(new Suggestion(null, rng.pick(deputies), title(rng, unit), unit, assigned, replied, result,
                        feedback));
            }
            drafts.sort(Comparator.comparing(Suggestion::assignedOn));
            int seq = 1;
            for (Suggestion s : drafts) {
                out.add(new Suggestion(String.format(Locale.ROOT, "JY%d-%03d", year, seq++), s.deputy(), s.title(), s.unit(),
                        s.assignedOn(), s.repliedOn(), s.result(), s.feedback()));
            }
        }
        return out;
    }

    private static String title(Rng rng, SampleCounty.Unit unit) {
        return switch (unit.code()) {
            case "FY01" -> rng.pick(COURT_TITLES);
            case "JCY01" -> rng.pick(PROCURATORATE_TITLES);
            case "GAJ01" -> rng.pick(POLICE_TITLES);
            default -> rng.pick(JUSTICE_TITLES);
        };
    }
}
