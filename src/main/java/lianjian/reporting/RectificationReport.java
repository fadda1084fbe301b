package lianjian.reporting;

import lianjian.indicators.Formats;
import lianjian.indicators.ListCode;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.reporting.data.FigureSet;
import lianjian.reporting.data.ReportContext;
import lianjian.reporting.pdf.Document;
import lianjian.reporting.text.Labels;

/**
 * 问题整改清单 (issue #4, report 4) of a period, as of its end: the open problems grouped by unit with
 * their deadlines, overdue ones marked; those due within 10 and 11–20 days; and those found and completed
 * in the period (本期). One per period of the overviews (half-year and year, issue #14 part 8), so the
 * year's page and report link a list that counts the year, not the half-year that ends on the same day.
 * For 跟踪督办 at the joint meeting.
 */
final class RectificationReport {

    static final String TITLE = "问题整改清单";

    private final ReportContext ctx;
    private final PeriodRow period;
    private final FigureSet county;

    RectificationReport(ReportContext ctx, PeriodRow period) {
        this.ctx = ctx;
        this.period = period;
        this.county = ctx.county(period.code());
    }

    String title() {
        return ctx.county() + TITLE + "（" + period.period().chineseName() + "，截至" + Formats.chineseDate(period.end()) + "）";
    }

    Document build() {
        Document doc = ReportFrame.asOf(ctx, TITLE, title(), period.end());
        doc.title(ctx.county() + "执法司法监督" + TITLE, "截至" + Formats.chineseDate(period.end()) + "\n本期为"
                + Labels.period(period.period()) + "（" + Labels.range(period.period()) + "）");
        Numbering n = new Numbering();
        String code = period.code();

        doc.h1(n.chapter("总体情况"));
        String s = new SummaryProse(county).rectification("本期");
        doc.paragraph(s != null ? s : "截至" + Formats.chineseDate(period.end()) + "，问题清单中没有问题。");
        doc.table(ProblemTables.status(ctx, code, ProblemTables.units(ctx, code)));
        doc.note("注：逾期未整改指整改时限早于截止日期且尚未完成整改；到期天数自截止日期起算。");

        doc.h1(n.chapter("逾期未整改问题"));
        doc.table(ProblemTables.open(ctx, ctx.list(ListCode.Z04, code, "ALL"), "没有逾期未整改的问题"));
        doc.h1(n.chapter("临期问题"));
        doc.h2(n.section("10天内到期"));
        doc.table(ProblemTables.open(ctx, ctx.list(ListCode.Z06A, code, "ALL"), "没有10天内到期的问题"));
        doc.h2(n.section("11—20天到期"));
        doc.table(ProblemTables.open(ctx, ctx.list(ListCode.Z06B, code, "ALL"), "没有11—20天内到期的问题"));
        doc.h1(n.chapter("未完成整改问题清单（按责任单位）"));
        doc.table(ProblemTables.open(ctx, ctx.list(ListCode.Z_OPEN, code, "ALL"), "所有问题均已完成整改"));
        doc.note("注：逾期问题以红色标示。");
        doc.h1(n.chapter("本期完成整改的问题"));
        doc.table(ProblemTables.closed(ctx, ctx.list(ListCode.Z_CLOSED, code, "ALL"), "本期没有完成整改的问题"));
        doc.note("注：整改用时 = 完成日期 − 发现日期；晚于整改时限完成的以红色标示。");
        return doc;
    }
}
