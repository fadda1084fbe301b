package lianjian.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lianjian.charts.ChartSpec;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.IndicatorRepository.StoredItem;
import lianjian.indicators.ListCode;
import lianjian.readmodel.Review;
import lianjian.readmodel.Unit;
import lianjian.reporting.data.FigureSet;
import lianjian.reporting.data.ReportContext;
import lianjian.reporting.pdf.Chart;
import lianjian.reporting.pdf.Document;
import lianjian.reporting.table.Grid;
import lianjian.reporting.table.PersonRow;
import lianjian.reporting.text.Cells;
import lianjian.reporting.text.Labels;
import lianjian.reporting.text.Prose;

/**
 * 履职评议覆盖报告 (issue #4, report 3) as of a date: county and per-unit coverage, progress by
 * year of the term, the quota per remaining year, the projection at the current pace, the lists
 * E04 (not yet evaluated) and E08 (left without evaluation), whether the persons evaluated in the
 * year had cases reviewed before their evaluation (E11, and the list E12), and each evaluated person's
 * latest result. The figures are those of the latest year, whose end is the as-of date; names are listed
 * by unit and name.
 */
final class CoverageReport {

    static final String TITLE = "履职评议覆盖报告";

    private final ReportContext ctx;
    private final PeriodRow period;
    private final LocalDate asOf;
    private final FigureSet county;
    private final List<String> units;

    CoverageReport(ReportContext ctx, PeriodRow period) {
        this.ctx = ctx;
        this.period = period;
        this.asOf = period.end();
        this.county = ctx.county(period.code());
        this.units = ctx.model().appointingUnits().stream().map(Unit::code).toList();
    }

    LocalDate asOf() {
        return asOf;
    }

    String title() {
        return ctx.county() + TITLE + "（截至" + Formats.chineseDate(asOf) + "）";
    }

    Document build() {
        var run = ctx.run();
        Document doc = ReportFrame.asOf(ctx, TITLE, title(), asOf);
        doc.title(ctx.county() + "员额法官、检察官" + TITLE, "截至" + Formats.chineseDate(asOf) + "\n" + run.termName() + "人大常委会任期（"
                + Formats.chineseDate(run.termStart()) + "至" + Formats.chineseDate(run.termEnd()) + "）");
        Numbering n = new Numbering();

        doc.h1(n.chapter("总体情况"));
        doc.paragraph("根据届内履职评议全覆盖的要求，本届任期内，人大常委会任命的每名员额法官、检察官至少接受一次履职评议。");
        String s = new SummaryProse(county).coverage("", asOf, "较上年末");
        doc.paragraph(s != null ? s : "截至" + Formats.chineseDate(asOf) + "，没有应评议的员额法官、检察官。");

        doc.h1(n.chapter("各单位覆盖情况"));
        doc.table(CoverageTables.coverage(ctx, period.code(), units, true));
        doc.note("注：应评议人员为期末在任的员额法官、检察官；已评议指本届开始日至期末之间接受过履职评议。");

        doc.h1(n.chapter("届内逐年进度"));
        List<String> scopes = new ArrayList<>();
        scopes.add("ALL");
        scopes.addAll(units);
        ChartSpec chart = progressChart(scopes);
        if (chart != null) doc.chart(Chart.of(chart));
        var progress = CoverageTables.progress(ctx, scopes, asOf);
        if (progress != null) doc.table(progress);
        else doc.paragraph("本届尚无逐年进度数据。");

        doc.h1(n.chapter("剩余年度评议任务"));
        doc.paragraph(quota());
        Grid g = new Grid("单位", "未评议人数", "届内剩余年数", "每年需评议人数", "按当前进度届末\n预计覆盖率");
        for (String u : units) g.row(ctx.model().unitName(u), quotaCells(ctx.unit(period.code(), u)));
        g.total("全县合计", quotaCells(county));
        doc.table(g.table());
        doc.note("注：每年需评议人数 = 未评议人数 ÷ 届内剩余年数（不足一年按一年计，结果向上取整）；"
                + "届末预计覆盖率 =（已评议人数 + 年均评议人数 × 届内剩余年数）÷ 应评议人数，年均评议人数按本届以来的进度计算。");

        reviewedBeforeEvaluation(doc, n);

        doc.h1(n.chapter("本届尚未评议人员名单"));
        doc.table(CoverageTables.notEvaluated(ctx, period.code(), "ALL"));
        doc.h1(n.chapter("离任未评议人员名单"));
        doc.table(CoverageTables.leftNotEvaluated(ctx, period.code(), "ALL"));
        doc.h1(n.chapter("已评议人员最近一次评议结果"));
        doc.table(CoverageTables.latestResults(ctx, period.code(), "ALL"));
        doc.note("注：名单按单位、姓名排列，不作排名。满意率 =（满意票 + 基本满意票）÷ 总票数，超过三分之二为通过；"
                + "评议结果为不满意或满意率未超过三分之二的，以红色标示。");
        return doc;
    }

    /**
     * E11 / E12 (DOMAIN §5.8a, art. 8(2)): of the persons evaluated in the year, those with a review of a
     * case they handled within the 365 days before an evaluation, and the list of the others, by unit
     * and name, with the latest review of their cases before the evaluation (descriptive, from the
     * read model).
     */
    private void reviewedBeforeEvaluation(Document doc, Numbering n) {
        doc.h1(n.chapter("评议对象所办案件评查情况"));
        String year = Labels.period(period.period());
        var e11 = county.get("E11");
        if (county.noData("E11")) {
            doc.paragraph(year + "评议对象所办案件评查情况" + Formats.NO_DATA + "。");
            return;
        }
        if (e11 == null || e11.denominator() == null || e11.denominator() == 0) {
            doc.paragraph(year + "没有员额法官、检察官接受履职评议。");
            return;
        }
        doc.paragraph(Prose.sentence("履职评议前，应对评议对象承办的案件进行评查，作为评议的依据",
                year + "接受履职评议的 " + Formats.integer(e11.denominator()) + " 人中，评议前365天内有其承办案件被评查的 "
                        + Formats.integer(e11.numerator()) + " 人，评议对象所办案件评查率 " + county.text("E11"),
                county.has("E12") && county.value("E12") > 0
                        ? "其余 " + county.text("E12") + "评议前一年内没有其承办的案件被评查，名单见下表" : "评议对象所办案件均已在评议前评查"));
        Grid g = new Grid("单位", "评议人数", "评议前已评查\n所办案件人数", "评议对象所办\n案件评查率", "评议前未评查\n人数");
        for (String u : units) g.row(ctx.model().unitName(u), reviewCells(ctx.unit(period.code(), u)));
        g.total("全县合计", reviewCells(county));
        doc.table(g.table());
        doc.note("注：评议人数为" + year + "内接受履职评议的人数；其某次评议日期之前365天内（含评议当日）有其承办的案件被评查的，计为已评查。"
                + "承办人按案件清单认定，案号不在案件清单中的按评查表所填。");
        doc.h2("评议前未评查其所办案件的人员名单");
        List<PersonRow> rows = new ArrayList<>();
        for (StoredItem item : ctx.items(ListCode.E12, period.code(), "ALL")) {
            Map<String, Object> d = item.details();
            rows.add(new PersonRow(ListItems.shown(d, "unitName"), item.personName() != null ? item.personName() : item.label(),
                    ListItems.shown(d, "category"), ListItems.shown(d, "position"), Labels.date(item.date()),
                    latestReview(item.personId(), item.date())));
        }
        doc.table(PersonRow.table(rows, "评议日期", "评议前最近一次评查").whenEmpty("评议对象所办案件均已在评议前评查"));
        doc.note("注：评议日期为该人员" + year + "内最近一次评议的日期；名单按单位、姓名排列。");
    }

    /** The latest review of the person's cases up to the evaluation date: "2023-05-10\n距评议 612 天", or none. */
    private String latestReview(String personId, LocalDate evaluatedOn) {
        if (personId == null || evaluatedOn == null) return Formats.NONE;
        LocalDate latest = null;
        for (Review r : ctx.model().reviewsOf(personId)) {
            if (r.date() != null && !r.date().isAfter(evaluatedOn) && (latest == null || r.date().isAfter(latest))) latest = r.date();
        }
        if (latest == null) return "所办案件无评查记录";
        return Labels.date(latest) + "\n距评议 " + java.time.temporal.ChronoUnit.DAYS.between(latest, evaluatedOn) + " 天";
    }

    private static String[] reviewCells(FigureSet f) {
        var e11 = f.get("E11");
        if (e11 != null && e11.noData()) {
            return new String[] {Cells.NO_DATA_CELL, Cells.NO_DATA_CELL, Cells.NO_DATA_CELL, Cells.NO_DATA_CELL};
        }
        String evaluated = e11 == null || e11.denominator() == null ? Formats.NONE : Formats.integer(e11.denominator());
        String covered = e11 == null || e11.numerator() == null ? Formats.NONE : Formats.integer(e11.numerator());
        return new String[] {evaluated, covered, f.bare("E11"), f.bare("E12")};
    }

    private static String[] quotaCells(FigureSet f) {
        return new String[] {f.bare("E04"), f.bare("E05"), f.bare("E06"), f.bare("E07")};
    }

    /** "届内剩余 1.0 年（2026年），尚有 7 人未评议，每年需评议 7 人。" */
    private String quota() {
        if (!county.has("E04")) return "没有需要安排的评议任务。";
        if (county.value("E04") == 0) return "应评议人员已全部评议，本届剩余时间内需对新任命人员及时安排评议。";
        List<String> years = new ArrayList<>();
        for (int y = asOf.getYear() + (asOf.getMonthValue() == 12 && asOf.getDayOfMonth() == 31 ? 1 : 0);
                y <= ctx.run().termEnd().getYear(); y++) {
            years.add(y + "年");
        }
        String when = years.isEmpty() ? "" : "（" + String.join("、", years) + "）";
        return Prose.sentence("届内剩余 " + county.text("E05") + when, "尚有 " + county.text("E04") + "未评议",
                "每年需评议 " + county.text("E06"), county.has("E07") ? "按当前进度届末预计覆盖率 " + county.text("E07") : null);
    }

    /** Coverage at each year's end of the term, county and units (E-PROGRESS), as a line chart. */
    private ChartSpec progressChart(List<String> scopes) {
        List<String> years = new ArrayList<>();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (int y = ctx.run().termStart().getYear(); y <= ctx.run().termEnd().getYear(); y++) {
            boolean any = false;
            for (String scope : scopes) {
                for (Map<String, Object> item : CoverageTables.progressItems(ctx, String.valueOf(y), scope)) {
                    LocalDate at = ListItems.date(item, "asOf");
                    if (at != null && !at.isAfter(asOf)) any = true;
                }
            }
            if (!any) continue;
            years.add(y + "年");
        }
        if (years.isEmpty()) return null;
        for (String scope : scopes) {
            List<Double> values = new ArrayList<>();
            for (String y : years) {
                List<Map<String, Object>> items = CoverageTables.progressItems(ctx, y.substring(0, 4), scope);
                values.add(items.isEmpty() ? null : ListItems.number(items.get(0), "coverage"));
            }
            series.put(ctx.model().unitName(scope), values);
        }
        return new ChartSpec(ChartSpec.Type.LINE, "届内履职评议覆盖率（各年末）", null, years, series, true);
    }
}
