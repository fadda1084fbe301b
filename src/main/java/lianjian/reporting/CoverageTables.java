package lianjian.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.indicators.Formats;
import lianjian.indicators.ListCode;
import lianjian.reporting.data.FigureSet;
import lianjian.reporting.data.ReportContext;
import lianjian.reporting.pdf.Table;
import lianjian.reporting.table.Grid;
import lianjian.reporting.table.LatestEvaluationRow;
import lianjian.reporting.table.PersonRow;

/**
 * 履职评议 coverage tables (DOMAIN §5.6) from the stored figures E01–E08 and lists E04, E08,
 * E-LATEST, E-PROGRESS. Names are listed by unit, then name, as stored: never by a result.
 */
final class CoverageTables {

    private CoverageTables() {}

    /** County and per-unit coverage: E01, E02, E03, E04, E08, E05, E06, E07. */
    static Table coverage(ReportContext ctx, String period, List<String> units, boolean withTotal) {
        Grid g = new Grid("单位", "应评议\n人数", "已评议\n人数", "届内\n覆盖率", "未评议\n人数", "离任\n未评议", "届内剩余\n年数",
                "每年需\n评议人数", "届末预计\n覆盖率");
        for (String u : units) {
            FigureSet f = ctx.unit(period, u);
            g.row(ctx.model().unitName(u), cells(f));
        }
        if (withTotal) g.total("全县合计", cells(ctx.county(period)));
        return g.table();
    }

    private static String[] cells(FigureSet f) {
        return new String[] {f.bare("E01"), f.bare("E02"), f.bare("E03"), f.bare("E04"), f.bare("E08"), f.bare("E05"),
                f.bare("E06"), f.bare("E07")};
    }

    /**
     * The term year by year (E-PROGRESS), for the county and each unit, keeping only the years whose
     * as-of date is not after {@code upTo} (a report on a past period does not show later progress).
     */
    static Table progress(ReportContext ctx, List<String> scopes, LocalDate upTo) {
        Grid g = new Grid("年度", "应评议人数", "累计已评议人数", "当年评议人数", "届内覆盖率", "届内剩余年数",
                "此后每年需\n评议人数");
        int years = 0;
        for (String scope : scopes) {
            g.group(ctx.model().unitName(scope));
            for (int y = ctx.run().termStart().getYear(); y <= ctx.run().termEnd().getYear(); y++) {
                for (Map<String, Object> item : progressItems(ctx, String.valueOf(y), scope)) {
                    LocalDate at = ListItems.date(item, "asOf");
                    if (at == null || at.isAfter(upTo)) continue;
                    // Each year as of its 31 December, the current one as of the data's as-of date.
                    boolean yearEnd = at.getMonthValue() == 12 && at.getDayOfMonth() == 31;
                    g.row(yearEnd ? y + "年" : y + "年（截至" + at.getMonthValue() + "月" + at.getDayOfMonth() + "日）",
                            ListItems.integer(item, "inScope"),
                            ListItems.integer(item, "evaluated"), ListItems.integer(item, "evaluatedThisYear"),
                            pct(ListItems.number(item, "coverage")),
                            ListItems.fixed(item, "remainingYears", 1), ListItems.integer(item, "quotaPerYear"));
                    years++;
                }
            }
        }
        return years == 0 ? null : g.table();
    }

    /** The E-PROGRESS items of one scope ("ALL" or a unit) and year: stored per scope. */
    static List<Map<String, Object>> progressItems(ReportContext ctx, String year, String scope) {
        return ctx.figures().scopedList(ListCode.E_PROGRESS, year, scope);
    }

    /** The 公开版's stand-in for the lists of people E04 and E08: how many, never who. */
    static String peopleCounts(FigureSet f) {
        if (f.noData("E04")) return "本届尚未评议人员：本期无数据。";
        return "截至期末，本届尚未评议 " + f.text("E04") + "，离任未评议 " + f.text("E08") + "。公开版不列人员名单。";
    }

    /** E04: in scope and not yet evaluated in the term. */
    static Table notEvaluated(ReportContext ctx, String period, String unit) {
        requirePeople(ctx);
        List<PersonRow> rows = new ArrayList<>();
        for (Map<String, Object> item : ctx.list(ListCode.E04, period, unit)) {
            rows.add(new PersonRow(ListItems.shown(item, "unitName"), ListItems.shown(item, "name"),
                    ListItems.shown(item, "category"), ListItems.shown(item, "position"), ListItems.shown(item, "appointedOn"),
                    null));
        }
        return PersonRow.table(rows, "备注").whenEmpty("应评议人员均已在本届内接受履职评议");
    }

    /** E08: left office in the term without an evaluation. */
    static Table leftNotEvaluated(ReportContext ctx, String period, String unit) {
        requirePeople(ctx);
        List<PersonRow> rows = new ArrayList<>();
        for (Map<String, Object> item : ctx.list(ListCode.E08, period, unit)) {
            String reason = ListItems.text(item, "leaveReason");
            rows.add(new PersonRow(ListItems.shown(item, "unitName"), ListItems.shown(item, "name"),
                    ListItems.shown(item, "category"), ListItems.shown(item, "position"), ListItems.shown(item, "appointedOn"),
                    ListItems.shown(item, "leftOn") + (reason == null ? "" : "（" + reason + "）")));
        }
        return PersonRow.table(rows, "离任日期（原因）").whenEmpty("本届内没有离任未评议人员");
    }

    /** E-LATEST: each evaluated person's latest evaluation in the term, by unit and name. */
    static Table latestResults(ReportContext ctx, String period, String unit) {
        requirePeople(ctx);
        List<LatestEvaluationRow> rows = new ArrayList<>();
        for (Map<String, Object> item : ctx.list(ListCode.E_LATEST, period, unit)) {
            Boolean passed = ListItems.bool(item, "passed");
            String result = ListItems.shown(item, "result");
            rows.add(new LatestEvaluationRow(ListItems.shown(item, "unitName"), ListItems.shown(item, "name"),
                    ListItems.shown(item, "evaluatedOn"), ListItems.shown(item, "method"), votes(item),
                    pct(ListItems.number(item, "satisfactionRatio")), result,
                    "不满意".equals(result) || Boolean.FALSE.equals(passed)));
        }
        return LatestEvaluationRow.table(rows).whenEmpty("本届内尚无履职评议记录");
    }

    /** The lists of people are never printed for the 公开版: a caller that asks is a bug, not an empty list. */
    private static void requirePeople(ReportContext ctx) {
        if (!ctx.showsPeople()) throw new IllegalStateException("公开版不列人员名单");
    }

    static String votes(Map<String, Object> item) {
        Double a = ListItems.number(item, "votesSatisfied"), b = ListItems.number(item, "votesBasic"),
                c = ListItems.number(item, "votesUnsatisfied");
        if (a == null && b == null && c == null) return Formats.NONE;
        return Formats.integer(a == null ? 0 : a) + " / " + Formats.integer(b == null ? 0 : b) + " / "
                + Formats.integer(c == null ? 0 : c);
    }

    static String pct(Double v) {
        return v == null ? Formats.NONE : Formats.percent(v);
    }
}
