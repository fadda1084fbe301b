package lianjian.site.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.Period;
import lianjian.readmodel.ReadModel;
import lianjian.site.data.SiteData;
import lianjian.supervision.SupervisionRepository.Currency;

/**
 * The sentences that say a page's figures are not to be read as they stand: 本期无数据 (the period ends
 * before the data, DOMAIN §5.1) and 可能不全 (a unit's case lists stopped arriving, §8.5).
 */
final class DataNotes {

    private DataNotes() {}

    /** The event date each sheet kind's currency is judged by (§8.5), as a word. */
    static String eventName(String kind) {
        return switch (kind) {
            case "法院案件" -> "立案日期";
            case "检察案件" -> "受理日期";
            case "案件评查" -> "评查日期";
            case "履职评议" -> "评议日期";
            case "满意度调查" -> "调查结束日期";
            case "问题清单" -> "发现日期";
            case "代表建议" -> "交办日期";
            case "涉法涉诉信访" -> "收到日期";
            case "旁听庭审" -> "开庭日期";
            case "监督活动" -> "活动日期";
            default -> "事件日期";
        };
    }

    /** The indicator family whose figures a stale sheet kind makes doubtful. */
    static String family(String kind) {
        return "法院案件".equals(kind) ? "court" : "检察案件".equals(kind) ? "procuratorate" : null;
    }

    /** Why the data is marked 可能不全, in one sentence: 最近一次立案日期 …，已超过 N 天没有新数据. */
    static String staleReason(SiteData data, Currency c) {
        LocalDate asOf = data.asOf();
        long days = asOf == null || c.latestEvent() == null ? 0 : asOf.toEpochDay() - c.latestEvent().toEpochDay();
        return "最近一次" + eventName(c.kind()) + "是" + Formats.chineseDate(c.latestEvent()) + "，到数据截止日"
                + Formats.chineseDate(asOf) + "已有 " + days + " 天没有新的" + c.kind() + "数据（超过 "
                + data.supervision.getStaleDays() + " 天即标记）";
    }

    /**
     * The 可能不全 notes for a page of period {@code p} about {@code units}: one per unit whose case data
     * ends before the period does (its figures for the period miss whatever came after).
     */
    static List<String> staleNotes(SiteData data, PeriodRow p, Collection<String> units) {
        List<String> notes = new ArrayList<>();
        for (Currency c : data.staleCases()) {
            if (!units.contains(c.unitCode()) || c.latestEvent() == null || !p.end().isAfter(c.latestEvent())) continue;
            String family = data.catalog.familyTitle(family(c.kind()));
            notes.add(data.unitName(c.unitCode()) + "报送的" + c.kind() + "，" + staleReason(data, c) + "。本期"
                    + family + "指标可能偏低，请核实该单位是否按时报送。");
        }
        return notes;
    }

    /** The family of {@code unit} whose data is marked 可能不全 for period {@code p}, or null. */
    static boolean staleFamily(SiteData data, PeriodRow p, String unit, String family) {
        return data.staleCases().stream().anyMatch(c -> c.unitCode().equals(unit) && family.equals(family(c.kind()))
                && c.latestEvent() != null && p.end().isAfter(c.latestEvent()));
    }

    /** Whether any figure of the family has data for the scope in the period (DOMAIN §5.1). */
    static boolean hasData(SiteData data, PeriodRow p, String scope, String family) {
        return data.figures.anyData(p.code(), scope, data.catalog.family(family).stream().map(d -> d.code()).toList());
    }

    /** What an empty list says: that there is nothing on it, or — before the data — that there is no data. */
    static String emptyText(SiteData data, PeriodRow p, String scope, String family, String nothing) {
        return hasData(data, p, scope, family) ? nothing : Formats.NO_DATA + "。";
    }

    /**
     * 本期无数据 and since when there is data: "本期无数据：本期结束时还没有示例县人民法院的审判执行数据（自2022年第一季度起才有）"
     * — the first quarter in which any of {@code codes} (null = any) has data for the scope; {@code what}
     * null names the families of the codes.
     */
    static String noData(SiteData data, String scope, Collection<String> codes, String what) {
        if (what == null) {
            what = String.join("、", codes.stream().map(c -> data.catalog.familyTitle(data.catalog.get(c).family())).distinct().toList());
        }
        String who = ReadModel.ALL.equals(scope) ? "全县" : data.unitName(scope);
        for (PeriodRow q : data.periodsOf(Period.Kind.QUARTER)) {
            if (data.figures.anyData(q.code(), scope, codes)) {
                return "本期无数据：本期结束时还没有" + who + "的" + what + "数据（自" + q.period().chineseName() + "起才有）。";
            }
        }
        return "本期无数据：还没有" + who + "的" + what + "数据。";
    }
}
