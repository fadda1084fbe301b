package lianjian.reporting;

import lianjian.indicators.Formats;
import lianjian.indicators.Period;
import lianjian.reporting.data.ReportContext;
import lianjian.reporting.pdf.CoverPage;
import lianjian.reporting.pdf.Document;
import lianjian.reporting.pdf.DocumentInfo;
import lianjian.reporting.text.Labels;

/**
 * The frame every report shares: running header (county, title, period), footer (generation time,
 * as-of date; the page numbers are in the template), PDF metadata, and the cover page of the
 * reports that have one. Issued jointly by the 人大常委会's 监察和司法工委 and the 政法委.
 */
final class ReportFrame {

    private ReportFrame() {}

    /** A report about a period (统计期间 in the header). */
    static Document forPeriod(ReportContext ctx, String headerTitle, String pdfTitle, Period period, boolean cover,
                              String coverTitle) {
        String periodLabel = "统计期间：" + Labels.period(period);
        CoverPage page = cover ? new CoverPage(ctx.showsPeople() ? "内部资料　注意保存" : "公开版", organs(ctx), coverTitle, "（" + Labels.period(period) + "）",
                ctx.congressOffice() + "\n" + ctx.politicalLegalCommittee(), Labels.chineseDate(ctx.generatedAt().toLocalDate()),
                "统计期间" + Labels.range(period) + "，数据截至" + Formats.chineseDate(period.end()) + "。")
                : null;
        return new Document(info(ctx, headerTitle, pdfTitle, periodLabel, Formats.isoDate(period.end()), page));
    }

    /** A report as of a date (截至 in the header). */
    static Document asOf(ReportContext ctx, String headerTitle, String pdfTitle, java.time.LocalDate asOf) {
        return new Document(info(ctx, headerTitle, pdfTitle, "截至" + Formats.chineseDate(asOf), Formats.isoDate(asOf), null));
    }

    /**
     * A formal notice as of a date: page 1 opens with the notice's own 版头 (no running header); later
     * pages carry the header with the notice's number on the right.
     */
    static Document notice(ReportContext ctx, String headerTitle, String pdfTitle, java.time.LocalDate asOf, String number) {
        DocumentInfo i = info(ctx, headerTitle, pdfTitle, number, Formats.isoDate(asOf), null);
        return new Document(new DocumentInfo(i.county(), i.headerTitle(), i.periodLabel(), i.asOfText(), i.generatedAt(),
                i.pdfTitle(), i.author(), null, true));
    }

    private static DocumentInfo info(ReportContext ctx, String headerTitle, String pdfTitle, String periodLabel,
                                     String asOfText, CoverPage cover) {
        return new DocumentInfo(ctx.county(), headerTitle, periodLabel, asOfText, ctx.generatedAtText(), pdfTitle,
                ctx.congressOffice() + "；" + ctx.politicalLegalCommittee(), cover);
    }

    /** "（公开版）" after the title of a public variant (overview, unit report); "" for the 内部版. */
    static String edition(ReportContext ctx) {
        return ctx.showsPeople() ? "" : "（公开版）";
    }

    /** The red 版头 of the cover: the two supervising bodies of the joint mechanism. */
    private static String organs(ReportContext ctx) {
        return ctx.county() + "人大常委会\n" + "中共" + ctx.county() + "委政法委员会";
    }
}
