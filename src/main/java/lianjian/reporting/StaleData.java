package lianjian.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import lianjian.indicators.Formats;
import lianjian.reporting.data.ReportContext;
import lianjian.supervision.SupervisionRepository.Currency;

/**
 * 数据时效 in the reports (DOMAIN §8.5): a unit whose court or procuratorate cases have had no new event
 * for more than stale-days is marked 可能不全 — a visible sentence under its report's title and a mark on
 * its case figures, so that a court that stopped sending its case lists does not read as a court with
 * few cases.
 */
final class StaleData {

    /** The sheet kinds whose staleness is marked (DataCurrency.KINDS with cases), with their family and event. */
    static final String COURT_CASES = "法院案件", PROSECUTION_CASES = "检察案件";

    /** The mark on the figures of the families concerned. */
    static final String MARK = "案件数据可能不全";

    private StaleData() {}

    /** The case families (court, procuratorate) of the unit whose data is marked 可能不全. */
    static Set<String> families(ReportContext ctx, String unit) {
        Set<String> out = new HashSet<>();
        for (Currency c : ctx.staleCases(unit)) {
            if (COURT_CASES.equals(c.kind())) out.add("court");
            if (PROSECUTION_CASES.equals(c.kind())) out.add("procuratorate");
        }
        return out;
    }

    /**
     * "本单位案件数据可能不全（最近一次立案日期为2025年10月31日，截至2025年12月31日已有 61 天没有新数据）。…",
     * or null when the unit's case data is current. Days are counted to the run's as-of date, which the
     * staleness was judged at.
     */
    static String sentence(ReportContext ctx, String unit) {
        List<String> parts = new ArrayList<>();
        LocalDate asOf = ctx.run().asOf();
        for (Currency c : ctx.staleCases(unit)) {
            if (c.latestEvent() == null) continue;
            String event = COURT_CASES.equals(c.kind()) ? "立案日期" : PROSECUTION_CASES.equals(c.kind()) ? "受理日期" : "数据日期";
            long days = ChronoUnit.DAYS.between(c.latestEvent(), asOf);
            parts.add((parts.isEmpty() ? "" : c.kind()) + "最近一次" + event + "为" + Formats.chineseDate(c.latestEvent()) + "，截至"
                    + Formats.chineseDate(asOf) + "已有 " + days + " 天没有新数据");
        }
        if (parts.isEmpty()) return null;
        return "本单位案件数据可能不全（" + String.join("；", parts) + "）。超过 " + ctx.supervision().getStaleDays()
                + " 天没有新的案件数据即作此提示，本报告中的案件指标可能偏低，请核实报送情况后使用。";
    }
}
