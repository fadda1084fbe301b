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
import lianjian.indicators.IndicatorRepository.Warning;
import lianjian.indicators.Period;
import lianjian.indicators.Selections;
import lianjian.reporting.data.DomainRecords;
import lianjian.readmodel.ReadModel;
import lianjian.readmodel.PlanItem;
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
import lianjian.supervision.FollowUpLevel;
import lianjian.supervision.SupervisionRepository.FollowUpItem;

/**
 * 联席会议综合报告 (issue #4, report 1) for a half-year or a year: cover; a summary in sentences with
 * the matters needing attention; the period's 预警 (DOMAIN §8.3) by unit; the 督办 items by level and
 * unit with the numbers of the notices (§8.4); per-unit indicator tables with 环比, 同比 and 达标;
 * trends of key indicators over eight quarters;
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
        return ctx.county() + TITLE + "（" + Labels.period(p) + "）" + ReportFrame.edition(ctx);
    }

    Document build() {
        Document doc = ReportFrame.forPeriod(ctx, TITLE + ReportFrame.edition(ctx), title(), p, true,
                "人大司法监督与政法委执法监督\n" + TITLE);
        TrendCharts trends = new TrendCharts(ctx, "ALL", p.end());
        chapters = new ArrayList<>(List.of(SUMMARY, WARNINGS, FOLLOW_UP, UNITS));
        if (trends.hasQuarters()) chapters.add(TRENDS);
        chapters.addAll(List.of(COVERAGE, RECTIFICATION, ACTIVITIES));
        if (!planItems().isEmpty()) chapters.add(PLAN);
        chapters.add(SATISFACTION);
        summary(doc);
        doc.pageBreak();
        warnings(doc);
        followUp(doc);
        units(doc);
        doc.pageBreak(); // the trend section is a page of charts: start it on its own page
        trends(doc, trends);
        coverage(doc);
        rectification(doc);
        activities(doc);
        if (chapters.contains(PLAN)) plan(doc);
        satisfaction(doc);
        Appendix.definitions(doc, ctx, "附件1　指标说明");
        Appendix.provenance(doc, ctx, "附件2　数据来源");
        return doc;
    }

    static final String SUMMARY = "总体情况", WARNINGS = "预警", FOLLOW_UP = "督办事项", UNITS = "各单位主要指标",
            TRENDS = "主要指标趋势", COVERAGE = "履职评议", RECTIFICATION = "问题整改", ACTIVITIES = "监督活动", PLAN = "监督计划",
            SATISFACTION = "满意度";

    /** The chapters this report prints, in order (the trend chapter only when quarters were computed). */
    private List<String> chapters = List.of();

    /** 一、总体情况 */
    private String chapter(String name) {
        return Prose.ordinal(chapters.indexOf(name) + 1) + "、" + name;
    }

    /** 第七部分 */
    private String part(String name) {
        return "第" + Prose.ordinal(chapters.indexOf(name) + 1) + "部分";
    }

    private void summary(Document doc) {
        doc.h1(chapter(SUMMARY));
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
        attention(doc);
        String overdue = county.has("Z04") && county.value("Z04") > 0
                ? "逾期未整改问题 " + Formats.integer(county.value("Z04")) + " 个，清单见" + part(RECTIFICATION) : null;
        String missing = county.has("E04") && county.value("E04") > 0
                ? "本届尚未评议 " + Formats.integer(county.value("E04")) + " 人，" + (ctx.showsPeople() ? "名单" : "情况") + "见"
                + part(COVERAGE) : null;
        List<NoticeReport> notices = NoticeReport.all(ctx);
        // The 督办通知单 are internal documents: the 公开版 names the items, not the notices.
        long overdueItems = ctx.followUps().stream().filter(FollowUpItem::overdue).count();
        String followUp = notices.isEmpty() ? null : ctx.showsFreeText()
                ? "已对 " + notices.size() + " 个单位制发督办通知单，督办事项见" + part(FOLLOW_UP)
                : "逾期督办事项 " + Formats.integer(overdueItems) + " 项，见" + part(FOLLOW_UP);
        doc.paragraph(Prose.clauses(java.util.Arrays.asList(overdue, missing, followUp)));
    }

    /**
     * The 未达标 of the period's warnings, by unit: those against a configured interval as fact, those
     * against a shipped example interval separately and labelled 示例 (the tables mark them with *).
     */
    private void attention(Document doc) {
        List<String> configured = new ArrayList<>(), example = new ArrayList<>();
        for (Warning w : WarningTables.of(ctx, period.code())) {
            if (!WarningTables.NOT_MET.equals(w.rule()) || ReadModel.ALL.equals(w.unitCode())) continue;
            IndicatorDef def = ctx.catalog().get(w.indicator());
            String interval = Cells.interval(def, w.referenceLow(), w.referenceHigh());
            String text = ctx.model().unitName(w.unitCode()) + def.name() + " " + Formats.value(def.display(), w.value());
            if (w.example()) example.add(text + "（示例区间 " + interval + "）");
            else configured.add(text + "（参考区间 " + interval + "）");
        }
        // Judged against the intervals stored with the figures (those of the computation).
        List<String> codes = ctx.catalog().all().stream().map(IndicatorDef::code).toList();
        boolean anyInterval = !county.isEmpty() && codes.stream().map(county::get)
                .anyMatch(x -> x != null && (x.referenceLow() != null || x.referenceHigh() != null));
        if (!anyInterval) {
            doc.paragraph("尚未配置指标参考区间，本报告只列示数值及其同比、环比变化，不作达标评价。");
            return;
        }
        if (configured.isEmpty() && example.isEmpty()) {
            doc.paragraph("本期各单位设有参考区间的指标均在区间之内。");
            return;
        }
        if (!configured.isEmpty()) doc.paragraph("以下指标未达到参考区间：" + String.join("；", configured) + "。");
        if (!example.isEmpty()) {
            doc.paragraph("以下指标未达到示例参考区间（系统自带的示例值，尚未配置上级机关公布的正式区间，仅供参考）："
                    + String.join("；", example) + "。");
        }
        doc.paragraph("全部预警（含连续变差和清单预警）见" + part(WARNINGS) + "。");
    }

    private void warnings(Document doc) {
        doc.h1(chapter(WARNINGS));
        List<Warning> all = WarningTables.of(ctx, period.code());
        if (all.isEmpty()) {
            doc.paragraph("本期没有预警：设有参考区间的指标均在区间之内，没有连续两期变差的指标，需跟踪的清单均为空。");
            return;
        }
        long notMet = all.stream().filter(w -> WarningTables.NOT_MET.equals(w.rule())).count();
        long example = all.stream().filter(w -> WarningTables.NOT_MET.equals(w.rule()) && w.example()).count();
        long worse = all.stream().filter(w -> WarningTables.WORSENING.equals(w.rule())).count();
        long listed = all.stream().filter(w -> WarningTables.LISTED.equals(w.rule())).count();
        List<String> parts = new ArrayList<>();
        if (notMet > 0) parts.add("未达标 " + notMet + " 条" + (example > 0 ? "（其中对照示例区间 " + example + " 条）" : ""));
        if (worse > 0) parts.add("连续变差 " + worse + " 条");
        if (listed > 0) parts.add("清单 " + listed + " 条");
        Period previous = Period.parse(p.previousCode(), null);
        doc.paragraph("本期全县及各单位共有预警 " + all.size() + " 条：" + String.join("、", parts) + "。下表按单位列示每条预警的本期数值、"
                + "前两期（" + previous.chineseName() + "、" + Period.parse(previous.previousCode(), null).chineseName()
                + "）数值和参考区间。");
        doc.table(WarningTables.table(ctx, p, all));
        doc.note(WarningTables.NOTE);
    }

    private void followUp(Document doc) {
        doc.h1(chapter(FOLLOW_UP));
        List<FollowUpItem> items = ctx.followUps();
        List<NoticeReport> notices = NoticeReport.all(ctx);
        java.time.LocalDate asOf = items.isEmpty() ? ctx.run().asOf() : items.get(0).asOf();
        List<FollowUpItem> overdue = items.stream().filter(FollowUpItem::overdue).toList();
        long dueSoon = items.size() - overdue.size();
        if (overdue.isEmpty()) {
            doc.paragraph("截至" + Formats.chineseDate(asOf) + "，各单位没有超过办理期限的问题整改、代表建议和涉法涉诉信访事项，本期不制发督办通知单"
                    + (dueSoon > 0 ? "；另有 " + dueSoon + " 个问题将在20天内到达整改时限" : "") + "。");
            return;
        }
        Map<FollowUpLevel, Integer> byLevel = new java.util.EnumMap<>(FollowUpLevel.class);
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (FollowUpItem i : overdue) {
            byLevel.merge(i.level(), 1, Integer::sum);
            byKind.merge(NoticeReport.kindName(i), 1, Integer::sum);
        }
        List<String> kinds = new ArrayList<>();
        byKind.forEach((k, c) -> kinds.add(k + " " + c + " 项"));
        doc.paragraph("依照实施办法关于跟踪督办、形成监督闭环的规定，截至" + Formats.chineseDate(asOf) + "，各单位超过办理期限尚未办结的事项共 "
                + overdue.size() + " 项（" + String.join("、", kinds) + "），其中" + NoticeReport.levels(byLevel) + "。"
                + (dueSoon > 0 ? "另有 " + dueSoon + " 个问题将在20天内到达整改时限，列入临期提醒。" : "")
                + (ctx.showsFreeText() ? "已对 " + notices.size() + " 个单位分别制发督办通知单，逐项列明督办事项、逾期天数和办理要求，"
                + "要求自收到之日起十五日内书面反馈。" : ""));
        Grid g = new Grid("责任单位", "提请\n专题报告", "重点督办", "一般督办", "督办事项\n合计", "临期提醒");
        Map<String, int[]> perUnit = new java.util.TreeMap<>();
        for (FollowUpItem i : items) {
            int[] c = perUnit.computeIfAbsent(i.unitCode(), k -> new int[5]);
            if (i.overdue()) {
                c[NoticeReport.LEVELS.indexOf(i.level())]++;
                c[3]++;
            } else {
                c[4]++;
            }
        }
        int[] total = new int[5];
        perUnit.forEach((unit, c) -> {
            for (int k = 0; k < 5; k++) total[k] += c[k];
            g.row(ReadModel.ALL.equals(unit) ? "未明确责任单位" : ctx.model().unitName(unit), counts(c));
        });
        g.total("全县合计", counts(total));
        doc.table(g.table());
        if (!ctx.showsFreeText()) {
            doc.note("注：督办层级按逾期天数确定。");
            return;
        }
        List<String> numbers = new ArrayList<>();
        for (NoticeReport r : notices) numbers.add(ctx.model().unitName(r.unitCode()) + " " + r.number());
        doc.note("注：督办层级按逾期天数确定。督办通知单与本报告同时生成，可在看板“报告下载”页下载：" + String.join("；", numbers) + "。");
    }

    private static String[] counts(int[] c) {
        String[] out = new String[5];
        for (int k = 0; k < 5; k++) out[k] = Formats.integer(c[k]);
        return out;
    }

    private void units(Document doc) {
        doc.h1(chapter(UNITS));
        doc.paragraph("下表列示各单位本期指标及其与" + (period.kind() == Period.Kind.YEAR ? "上年" : "上期、上年同期")
                + "的比较；设有参考区间的指标同时标明是否达标。各单位指标不作排名。");
        int n = 1;
        doc.h2("（" + Prose.ordinal(n++) + "）全县汇总");
        IndicatorTables.add(doc, ctx, period, "ALL");
        for (String unit : ctx.figures().unitsWithFigures(period.code())) {
            doc.h2("（" + Prose.ordinal(n++) + "）" + ctx.model().unitName(unit));
            IndicatorTables.add(doc, ctx, period, unit);
        }
    }

    private void trends(Document doc, TrendCharts t) {
        if (!t.hasQuarters()) return;
        doc.h1(chapter(TRENDS));
        doc.paragraph("以下为全县主要指标近" + Prose.ordinal(t.quarters().size()) + "个季度（" + t.span() + "）的走势，"
                + "图中纵轴均从0开始，各季度数值见图后表格。");
        t.addCharts(doc, Selections.countyTrends());
        doc.table(t.table(Selections.countyTrendTable()).table());
    }

    private void coverage(Document doc) {
        doc.h1(chapter(COVERAGE));
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
        if (!ctx.showsPeople()) {
            doc.paragraph(CoverageTables.peopleCounts(county));
            return;
        }
        doc.h2("（" + (progress != null ? "三" : "二") + "）本届尚未评议人员名单");
        doc.table(CoverageTables.notEvaluated(ctx, period.code(), "ALL"));
        doc.h2("（" + (progress != null ? "四" : "三") + "）离任未评议人员名单");
        doc.table(CoverageTables.leftNotEvaluated(ctx, period.code(), "ALL"));
    }

    private void rectification(Document doc) {
        doc.h1(chapter(RECTIFICATION));
        doc.paragraph(new SummaryProse(county).rectification("本期"));
        doc.h2("（一）各单位整改情况");
        doc.table(ProblemTables.status(ctx, period.code(), ProblemTables.units(ctx, period.code())));
        doc.h2("（二）逾期未整改问题清单");
        doc.table(ProblemTables.open(ctx, ctx.list(ListCode.Z04, period.code(), "ALL"), "截至期末没有逾期未整改的问题"));
    }

    private void activities(Document doc) {
        doc.h1(chapter(ACTIVITIES));
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
        doc.table(activities(ctx, ctx.records().activities(x -> DomainRecords.within(x.date(), p.start(), p.end())),
                "本期没有监督活动记录"));
    }

    /** A list of activities; the 公开版 leaves out the 活动名称 (written by hand, it may name people). */
    static lianjian.reporting.pdf.Table activities(ReportContext ctx, List<DomainRecords.Activity> acts, String whenEmpty) {
        if (ctx.showsFreeText()) {
            List<ActivityRow> rows = new ArrayList<>();
            for (DomainRecords.Activity a : acts) rows.add(activityRow(ctx, a));
            return ActivityRow.table(rows).whenEmpty(whenEmpty);
        }
        Grid g = new Grid("活动日期", "监督方式", "对象单位", "牵头方", "参加代表\n人数", "发现\n问题数");
        for (DomainRecords.Activity a : acts) {
            g.row(Labels.date(a.date()), a.method(), a.unitCode() == null ? Formats.NONE : ctx.model().unitName(a.unitCode()),
                    Cells.text(a.lead()), a.deputies() == null ? Formats.NONE : Formats.integer(a.deputies()),
                    a.problemsFound() == null ? Formats.NONE : Formats.integer(a.problemsFound()));
        }
        return g.table().whenEmpty(whenEmpty);
    }

    /** The plan items the period is about: due in it, or past their 计划完成日期 and not done at its end. */
    private List<PlanItem> planItems() {
        return ctx.model().plan().stream()
                .filter(i -> DomainRecords.within(i.due(), p.start(), p.end()) || i.overdueAt(p.end())).toList();
    }

    /**
     * Art. 7: the joint supervision plan — A04–A06, and each item with the ways planned and carried out (the
     * 公开版 without the 监督事项's text, as {@link lianjian.publish.PublicFields} leaves out every free text).
     */
    private void plan(Document doc) {
        doc.h1(chapter(PLAN));
        doc.paragraph(Prose.sentence("本期计划完成的联合监督事项 " + count("A04") + " 项",
                county.has("A05") ? "完成率 " + county.text("A05") : null,
                county.has("A06") && county.value("A06") > 0 ? "截至期末逾期未完成 " + count("A06") + " 项" : null));
        Grid g = new Grid(ctx.showsFreeText() ? "监督事项" : "计划编号", "对象单位", "计划方式", "已开展方式", "计划完成", "截至期末");
        for (PlanItem i : planItems()) {
            String state = i.doneBy(p.end())
                    ? (i.done().isAfter(i.due()) ? "已完成（逾期 " + (i.done().toEpochDay() - i.due().toEpochDay()) + " 天）" : "已完成")
                    : i.overdueAt(p.end()) ? "逾期未完成 " + (p.end().toEpochDay() - i.due().toEpochDay()) + " 天" : "进行中";
            // The 公开版 names an item by its number only: the 监督事项 is written by hand and may name people.
            g.row(ctx.showsFreeText() ? i.no() + " " + i.subject() : i.no(), i.overdueAt(p.end()),
                    i.unitCode() == null ? "跨单位专项" : ctx.model().unitName(i.unitCode()), ways(i.plannedWays()),
                    ways(i.doneWays()), Labels.date(i.due()), state);
        }
        doc.table(g.table());
        doc.note("注：“已开展方式”按计划编号关联的监督活动认定：明察暗访、执法检查、个案督查为“查”，听取审议报告为“听”，"
                + "专题调研为“谈”，社会调查为“测”，履职评议为“评”，案件评查为“查”“评”，联席会议为“议”。");
    }

    private static String ways(List<String> ways) {
        return ways.isEmpty() ? Formats.NONE : String.join("、", ways);
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
        doc.h1(chapter(SATISFACTION));
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
        return new String[] {f.bare("S01"), f.bare("S02"), Cells.change(f.def("S02"), f.value("S02"), yearEarlier(f, "S02")),
                f.bare("S03"), Cells.change(f.def("S03"), f.value("S03"), yearEarlier(f, "S03"))};
    }

    private static Double yearEarlier(FigureSet f, String code) {
        return f.get(code) == null ? null : f.get(code).yearEarlier();
    }
}
