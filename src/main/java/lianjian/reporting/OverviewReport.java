package lianjian.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lianjian.charts.ChartSpec;
import lianjian.indicators.Formats;
import lianjian.indicators.ListCode;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.IndicatorRepository.BreakdownRow;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.Period;
import lianjian.indicators.Selections;
import lianjian.reporting.data.DomainRecords;
import lianjian.readmodel.Unit;
import lianjian.reporting.data.FigureSet;
import lianjian.reporting.data.ReportContext;
import lianjian.reporting.pdf.Chart;
import lianjian.reporting.pdf.Document;
import lianjian.reporting.table.ActivityRow;
import lianjian.reporting.table.Grid;
import lianjian.reporting.text.Cells;
import lianjian.reporting.text.Labels;
import lianjian.reporting.text.Prose;

/**
 * 联席会议综合报告 (issue #4, report 1) for a half-year or a year: cover; a summary in sentences;
 * per-unit indicator tables with 环比, 同比 and 达标; trends of key indicators over eight quarters;
 * 履职评议 coverage with the lists and the yearly quota; 问题整改 with the overdue list; the
 * period's supervision activities by method; satisfaction by unit and respondent group; appendices
 * with every definition and the data's provenance.
 */
final class OverviewReport {

    static final String TITLE = "联席会议综合报告";

    /** The six methods of the policy, always listed (0 when none happened), then any others found. */
    static final List<String> METHODS = List.of("明察暗访", "案件评查", "个案督查", "社会调查", "执法检查", "履职评议");

    private final ReportContext ctx;
    private final PeriodRow period;
    private final Period p;
    private final FigureSet county;

    OverviewReport(ReportContext ctx, PeriodRow period) {
        this.ctx = ctx;
        this.period = period;
        this.p = period.period();
        this.county = ctx.county(period.code());
    }

    String title() {
        return ctx.county() + TITLE + "（" + Labels.period(p) + "）";
    }

    Document build() {
        Document doc = ReportFrame.forPeriod(ctx, TITLE, title(), p, true,
                "人大司法监督与政法委执法监督\n" + TITLE);
        summary(doc);
        doc.pageBreak();
        units(doc);
        doc.pageBreak(); // the trend section is a page of charts: start it on its own page
        trends(doc);
        coverage(doc);
        rectification(doc);
        activities(doc);
        satisfaction(doc);
        Appendix.definitions(doc, ctx, "附件1　指标说明");
        Appendix.provenance(doc, ctx, "附件2　数据来源");
        return doc;
    }

    private void summary(Document doc) {
        doc.h1("一、总体情况");
        SummaryProse w = new SummaryProse(county);
        List<Unit> courts = ctx.model().unitsOfType(Unit.COURT);
        List<Unit> procuratorates = ctx.model().unitsOfType(Unit.PROCURATORATE);
        doc.paragraph("本期（" + Labels.range(p) + "），全县政法单位运行情况如下。");
        if (!courts.isEmpty()) doc.paragraph(w.court(courts.size() == 1 ? courts.get(0).name() : "全县法院"));
        if (!procuratorates.isEmpty()) {
            doc.paragraph(w.procuratorate(procuratorates.size() == 1 ? procuratorates.get(0).name() : "全县检察院"));
        }
        doc.paragraph(w.coverage("履职评议方面，", p.end()));
        doc.paragraph(w.review("案件评查方面，本期"));
        doc.paragraph(w.rectification("问题整改方面，本期"));
        doc.paragraph(w.activities("监督活动方面，本期"));
        doc.paragraph(w.satisfaction("社会评价方面，本期"));
        doc.paragraph(w.suggestionsAndPetitions());
        doc.h2("需要关注的事项");
        List<String> notMet = new ArrayList<>();
        List<String> codes = ctx.catalog().all().stream().map(IndicatorDef::code).toList();
        for (String unit : ctx.figures().unitsWithFigures(period.code())) {
            notMet.addAll(new SummaryProse(ctx.unit(period.code(), unit)).notMet(ctx.model().unitName(unit), codes));
        }
        // Judged against the intervals stored with the figures (those of the computation).
        boolean anyInterval = county.isEmpty() ? false : codes.stream().map(county::get)
                .anyMatch(x -> x != null && (x.referenceLow() != null || x.referenceHigh() != null));
        if (!anyInterval) {
            doc.paragraph("尚未配置指标参考区间，本报告只列示数值及其同比、环比变化，不作达标评价。");
        } else if (notMet.isEmpty()) {
            doc.paragraph("本期各单位已配置参考区间的指标均在区间之内。");
        } else {
            doc.paragraph("以下指标未达到参考区间：" + String.join("；", notMet) + "。");
        }
        String overdue = county.has("Z04") && county.value("Z04") > 0
                ? "逾期未整改问题 " + Formats.integer(county.value("Z04")) + " 个，清单见第五部分" : null;
        String missing = county.has("E04") && county.value("E04") > 0
                ? "本届尚未评议 " + Formats.integer(county.value("E04")) + " 人，名单见第四部分" : null;
        doc.paragraph(Prose.clauses(java.util.Arrays.asList(overdue, missing)));
    }

    private void units(Document doc) {
        doc.h1("二、各单位主要指标");
        doc.paragraph("下表列示各单位本期指标及其与上期、上年同期的比较；设有参考区间的指标同时标明是否达标。"
                + "各单位指标不作排名。");
        int n = 1;
        doc.h2("（" + Prose.ordinal(n++) + "）全县汇总");
        IndicatorTables.add(doc, ctx, period, "ALL");
        for (String unit : ctx.figures().unitsWithFigures(period.code())) {
            doc.h2("（" + Prose.ordinal(n++) + "）" + ctx.model().unitName(unit));
            IndicatorTables.add(doc, ctx, period, unit);
        }
    }

    private void trends(Document doc) {
        TrendCharts t = new TrendCharts(ctx, "ALL", p.end());
        if (!t.hasQuarters()) return;
        doc.h1("三、主要指标趋势");
        doc.paragraph("以下为全县主要指标近" + Prose.ordinal(t.quarters().size()) + "个季度（" + t.span() + "）的走势，"
                + "各季度数值见图后表格。");
        t.addCharts(doc, Selections.countyTrends());
        doc.table(t.table(Selections.countyTrendTable()).table());
    }

    private void coverage(Document doc) {
        doc.h1("四、履职评议");
        SummaryProse w = new SummaryProse(county);
        doc.paragraph(w.coverage("", p.end()));
        List<String> units = ctx.model().appointingUnits().stream().map(Unit::code).toList();
        doc.h2("（一）覆盖情况");
        doc.table(CoverageTables.coverage(ctx, period.code(), units, true));
        doc.note("注：届内覆盖率 = 已评议人数 ÷ 应评议人数；每年需评议人数 = 未评议人数 ÷ 届内剩余年数（向上取整）；"
                + "届末预计覆盖率按本届以来的年均评议人数推算。");
        List<String> scopes = new ArrayList<>();
        scopes.add("ALL");
        scopes.addAll(units);
        var progress = CoverageTables.progress(ctx, scopes, p.end());
        if (progress != null) {
            doc.h2("（二）届内逐年进度");
            doc.table(progress);
        }
        doc.h2("（" + (progress != null ? "三" : "二") + "）本届尚未评议人员名单");
        doc.table(CoverageTables.notEvaluated(ctx, period.code(), "ALL"));
        doc.h2("（" + (progress != null ? "四" : "三") + "）离任未评议人员名单");
        doc.table(CoverageTables.leftNotEvaluated(ctx, period.code(), "ALL"));
    }

    private void rectification(Document doc) {
        doc.h1("五、问题整改");
        doc.paragraph(new SummaryProse(county).rectification("本期"));
        doc.h2("（一）各单位整改情况");
        doc.table(ProblemTables.status(ctx, period.code(), ProblemTables.units(ctx, period.code())));
        doc.h2("（二）逾期未整改问题清单");
        doc.table(ProblemTables.open(ctx.figures().list(ListCode.Z04, period.code(), "ALL"), "截至期末没有逾期未整改的问题"));
    }

    private void activities(Document doc) {
        doc.h1("六、监督活动");
        doc.paragraph(new SummaryProse(county).activities("本期"));
        Map<String, Double> byMethod = new LinkedHashMap<>();
        for (String m : METHODS) byMethod.put(m, 0.0);
        for (BreakdownRow b : ctx.figures().breakdown(period.code(), "ALL", "A01")) byMethod.put(b.category(), b.value());
        Grid g = new Grid("监督方式", "活动次数");
        byMethod.forEach((m, n) -> g.row(m, n == null ? Formats.NONE : Formats.integer(n)));
        g.total("合计", county.bare("A01"));
        doc.h2("（一）按监督方式");
        doc.chart(Chart.of(new ChartSpec(ChartSpec.Type.BAR, "各监督方式活动次数（次）", null, new ArrayList<>(byMethod.keySet()),
                Map.of("活动次数", new ArrayList<>(byMethod.values())), false)));
        doc.table(g.table());
        doc.note("注：旁听庭审属明察暗访，本期组织人大代表旁听庭审 " + count("A02") + " 场、" + count("A03") + " 人次。");
        doc.h2("（二）本期监督活动清单");
        List<ActivityRow> rows = new ArrayList<>();
        for (DomainRecords.Activity a : ctx.records().activities(x -> DomainRecords.within(x.date(), p.start(), p.end()))) {
            rows.add(activityRow(ctx, a));
        }
        doc.table(ActivityRow.table(rows).whenEmpty("本期没有监督活动记录"));
    }

    static ActivityRow activityRow(ReportContext ctx, DomainRecords.Activity a) {
        return new ActivityRow(Labels.date(a.date()), a.method(), a.title(),
                a.unitCode() == null ? Formats.NONE : ctx.model().unitName(a.unitCode()), Cells.text(a.lead()),
                a.deputies() == null ? Formats.NONE : Formats.integer(a.deputies()),
                a.problemsFound() == null ? Formats.NONE : Formats.integer(a.problemsFound()));
    }

    private String count(String code) {
        return county.has(code) ? Formats.integer(county.value(code)) : Formats.NONE;
    }

    private void satisfaction(Document doc) {
        doc.h1("七、满意度");
        doc.paragraph(new SummaryProse(county).satisfaction("本期"));
        Grid byUnit = new Grid("被评单位", "有效样本\n（人）", "满意率\n（含基本满意）", "满意率\n同比", "满意度\n指数", "满意度指数\n同比");
        for (String unit : ctx.figures().unitsWithFigures(period.code())) {
            FigureSet f = ctx.unit(period.code(), unit);
            if (f.get("S01") == null) continue;
            byUnit.row(ctx.model().unitName(unit), satisfactionCells(f));
        }
        byUnit.total("全县", satisfactionCells(county));
        doc.h2("（一）分单位");
        doc.table(byUnit.table());
        Grid byGroup = new Grid("调查对象", "有效样本（人）", "满意率（含基本满意）", "满意度指数");
        Map<String, String[]> groups = new LinkedHashMap<>();
        for (BreakdownRow b : ctx.figures().breakdown(period.code(), "ALL", "S01")) {
            groups.put(b.category(), new String[] {Formats.bare(IndicatorDef.Display.PERSONS, b.value()), Formats.NONE, Formats.NONE});
        }
        for (BreakdownRow b : ctx.figures().breakdown(period.code(), "ALL", "S02")) {
            groups.computeIfAbsent(b.category(), k -> new String[] {Formats.NONE, Formats.NONE, Formats.NONE})[1] =
                    Formats.bare(IndicatorDef.Display.PERCENT, b.value());
        }
        for (BreakdownRow b : ctx.figures().breakdown(period.code(), "ALL", "S03")) {
            groups.computeIfAbsent(b.category(), k -> new String[] {Formats.NONE, Formats.NONE, Formats.NONE})[2] =
                    Formats.bare(IndicatorDef.Display.INDEX, b.value());
        }
        groups.keySet().stream().sorted(java.util.Comparator.comparingInt(OverviewReport::groupOrder))
                .forEach(k -> byGroup.row(k, groups.get(k)));
        doc.h2("（二）分调查对象");
        doc.table(byGroup.table().whenEmpty("本期没有满意度调查数据"));
        doc.note("注：满意率 =（满意 + 基本满意）÷ 有效样本，“不了解”不计入样本；满意度指数的计分方法见附件1。");
    }

    /** 调查对象 in the order of DOMAIN §4.7, others after. */
    static int groupOrder(String group) {
        int i = List.of("群众", "当事人", "律师", "人大代表", "政协委员", "其他", "未注明").indexOf(group);
        return i < 0 ? 99 : i;
    }

    private static String[] satisfactionCells(FigureSet f) {
        return new String[] {f.bare("S01"), f.bare("S02"), Cells.change(f.def("S02"), f.get("S02") == null ? null : f.get("S02").changeFromYearEarlier()),
                f.bare("S03"), Cells.change(f.def("S03"), f.get("S03") == null ? null : f.get("S03").changeFromYearEarlier())};
    }
}
