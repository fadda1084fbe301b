package lianjian.site.page;

import java.util.Optional;

import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.publish.ReportEntry;
import lianjian.publish.ReportIndex;
import lianjian.publish.ReportKind;
import lianjian.site.render.SitePaths;
import lianjian.site.view.ReportLink;

/**
 * Links from pages to the PDFs of the reports step, or a plain note saying there is none: a period
 * without PDFs (a quarter the reports step does not print, a run without reports) must not show a
 * dead link.
 */
public final class ReportLinks {

    static final String NO_REPORTS = "本次发布没有生成 PDF 报告。";

    private final ReportIndex index;

    public ReportLinks(ReportIndex index) { this.index = index; }

    public ReportLink overview(PeriodRow p) {
        return link(index.overview(p.code()), "总览报告（PDF）", "本期间没有总览 PDF 报告。");
    }

    public ReportLink unit(PeriodRow p, String unitCode, String unitName) {
        return link(index.unit(p.code(), unitCode), unitName + "报告（PDF）", "本期间没有" + unitName + "的 PDF 报告。");
    }

    public ReportLink coverage(PeriodRow p) {
        return link(index.asOf(ReportKind.COVERAGE, p.code(), p.end().toString()), "履职评议覆盖报告（PDF）",
                "截至本期末没有履职评议覆盖 PDF 报告。");
    }

    /**
     * The 问题整改清单 of the period itself: the reports step writes one per half-year and year, each counting its own
     * period, so a year's page never links the half-year's list that ends on the same day (nor a quarter's page).
     */
    public ReportLink rectification(PeriodRow p) {
        return link(index.asOf(ReportKind.RECTIFICATION, p.code(), p.end().toString()), "问题整改清单（PDF）",
                "本期间没有问题整改清单 PDF（整改清单随半年度、年度报告生成）。");
    }

    /** A unit's 督办通知单 as of the run's as-of date (DOMAIN §8.4). */
    public ReportLink notice(String unitCode, String unitName, String asOf) {
        return link(index.notice(unitCode, asOf), unitName + "督办通知单（PDF）", "没有" + unitName + "的督办通知单 PDF。");
    }

    public ReportLink dossier(PeriodRow p, String personId, String name) {
        return link(index.dossier(personId, p.code(), p.end().toString()), name + "履职档案（PDF）", "没有" + name + "的履职档案 PDF。");
    }

    private ReportLink link(Optional<ReportEntry> entry, String fallbackTitle, String missing) {
        if (entry.isEmpty()) return new ReportLink(fallbackTitle, null, null, index.present() ? missing : NO_REPORTS);
        ReportEntry e = entry.get();
        return new ReportLink(e.title() == null ? fallbackTitle : e.title(), SitePaths.report(e.file()), meta(e), null);
    }

    /** "PDF · 12 页 · 345 KB · 截至 2025-12-31" */
    static String meta(ReportEntry e) {
        StringBuilder sb = new StringBuilder("PDF");
        if (e.pages() != null) sb.append(" · ").append(e.pages()).append(" 页");
        if (e.bytes() != null) sb.append(" · ").append(size(e.bytes()));
        if (e.asOf() != null) sb.append(" · 截至 ").append(e.asOf());
        return sb.toString();
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        return lianjian.indicators.Formats.fixed(bytes / (1024.0 * 1024.0), 1) + " MB";
    }
}
