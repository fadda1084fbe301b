package lianjian.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.indicators.Formats;
import lianjian.indicators.ListCode;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.IndicatorRepository.BreakdownRow;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.IndicatorRepository.StoredItem;
import lianjian.indicators.Period;
import lianjian.indicators.Selections;
import lianjian.readmodel.Hearing;
import lianjian.readmodel.Review;
import lianjian.readmodel.Unit;
import lianjian.reporting.data.DomainRecords;
import lianjian.reporting.data.FigureSet;
import lianjian.reporting.data.ReportContext;
import lianjian.reporting.pdf.Document;
import lianjian.reporting.table.ActivityRow;
import lianjian.reporting.table.CaseRow;
import lianjian.reporting.table.FollowUpRow;
import lianjian.reporting.table.Grid;
import lianjian.reporting.table.HearingRow;
import lianjian.reporting.table.PetitionRow;
import lianjian.reporting.table.ReviewRow;
import lianjian.reporting.table.SuggestionRow;
import lianjian.reporting.text.Cells;
import lianjian.reporting.text.Labels;

/**
 * 单位监督报告 (issue #4, report 2) of one unit for a half-year or a year: its indicators and
 * trends, case-review results, satisfaction, its problems and their status, deputies' suggestions and
 * those overdue (D05), petitions and those overdue (X05), the supervision it received, for courts and
 * procuratorates 履职评议 coverage, and for courts the cases beyond their time limit (C17). A unit
 * whose case data is stale (DOMAIN §8.5) says so under the title, and its case figures carry the mark.
 */
final class UnitReport {

    static final String TITLE = "单位监督报告";

    private final ReportContext ctx;
    private final PeriodRow period;
    private final Period p;
    private final Unit unit;
    private final FigureSet f;
    private final Numbering n = new Numbering();

    UnitReport(ReportContext ctx, PeriodRow period, Unit unit) {
        this.ctx = ctx;
        this.period = period;
        this.p = period.period();
        this.unit = unit;
        this.f = ctx.unit(period.code(), unit.code());
    }

    String title() {
        return unit.name() + "监督报告（" + Labels.period(p) + "）" + ReportFrame.edition(ctx);
    }

    Document build() {
        Document doc = ReportFrame.forPeriod(ctx, TITLE + "（" + unit.name() + "）" + ReportFrame.edition(ctx), title(), p, false,
                null);
        doc.title(unit.name() + "监督报告" + ReportFrame.edition(ctx), Labels.period(p) + "\n统计期间" + Labels.range(p)
                + "，数据截至" + Formats.chineseDate(p.end()));
        doc.alert(StaleData.sentence(ctx, unit.code()));
        summary(doc);
        doc.h1(n.chapter("主要指标"));
        IndicatorTables.add(doc, ctx, period, unit.code());
        trends(doc);
        reviews(doc);
        satisfaction(doc);
        problems(doc);
        suggestions(doc);
        petitions(doc);
        supervision(doc);
        if (unit.hasAppointedStaff()) coverage(doc);
        if (unit.isCourt()) overLimit(doc);
        return doc;
    }

    private void summary(Document doc) {
        doc.h1(n.chapter("总体情况"));
        SummaryProse w = new SummaryProse(f);
        doc.paragraph("本期（" + Labels.range(p) + "），" + unit.name() + "接受人大司法监督和政法委执法监督的主要情况如下。");
        if (unit.isCourt()) doc.paragraph(w.court("本院"));
        if (unit.isProcuratorate()) doc.paragraph(w.procuratorate("本院"));
        doc.paragraph(w.review("案件评查方面，本期"));
        if (unit.hasAppointedStaff()) doc.paragraph(w.coverage("履职评议方面，", p.end()));
        doc.paragraph(w.rectification("问题整改方面，本期"));
        doc.paragraph(w.satisfaction("社会评价方面，本期"));
        doc.paragraph(w.suggestionsAndPetitions());
        doc.paragraph(w.activities("接受监督方面，本期"));
    }

    private void trends(Document doc) {
        TrendCharts t = new TrendCharts(ctx, unit.code(), p.end());
        if (!t.hasQuarters()) return;
        doc.h1(n.chapter("主要指标趋势"));
        doc.paragraph("以下为本单位主要指标近" + lianjian.reporting.text.Prose.ordinal(t.quarters().size()) + "个季度（" + t.span()
                + "）的走势，图中纵轴均从0开始，各季度数值见图后表格。");
        t.addCharts(doc, Selections.unitTrends(unit));
        Grid g = t.table(Selections.unitTrendTable(unit));
        if (g.size() > 0) doc.table(g.table());
    }

    private void reviews(Document doc) {
        doc.h1(n.chapter("案件评查"));
        String summary = new SummaryProse(f).review("本期");
        doc.paragraph(summary != null ? summary : "本期没有评查本单位的案件。");
        if (summary == null || f.noData("R01")) return;
        Grid grades = new Grid("评查等次", "件数", "占评查案件比例");
        grades.row("优秀（含优质）", count("R03"), f.bare("R03"));
        grades.row("瑕疵（含基本合格）", count("R04"), f.bare("R04"));
        grades.row("不合格", count("R05"), f.bare("R05"));
        grades.total("合格及以上（评查合格率）", count("R02"), f.bare("R02"));
        doc.h2(n.section("评查结果"));
        doc.table(grades.table());
        doc.note("注：等次按评查标准归类：优秀、优质计为优秀；基本合格、瑕疵计为瑕疵；评查合格率为等次不是“不合格”的案件所占比例。");
        List<Review> below = ctx.model().reviews().stream()
                .filter(r -> unit.code().equals(r.unitCode()) && r.within(p.start(), p.end()) && r.gradeClass().belowPass()).toList();
        doc.h2(n.section("评查发现问题的案件"));
        if (ctx.showsFreeText()) {
            List<ReviewRow> rows = new ArrayList<>();
            for (Review r : below) rows.add(reviewRow(r));
            doc.table(ReviewRow.table(rows).whenEmpty("本期评查的案件均为合格及以上等次"));
        } else {
            // The 公开版: no 承办人, no 主要问题 (free text).
            Grid g = new Grid("评查日期", "案号", "评查类型", "评查得分", "评查等次");
            for (Review r : below) {
                g.row(Labels.date(r.date()), r.gradeClass() == lianjian.readmodel.GradeClass.FAILED, r.caseNo(),
                        Cells.text(r.type()), r.score() == null ? Formats.NONE : Formats.fixed(r.score(), 1), r.grade());
            }
            doc.table(g.table().whenEmpty("本期评查的案件均为合格及以上等次"));
        }
    }

    static ReviewRow reviewRow(Review r) {
        return new ReviewRow(Labels.date(r.date()), r.caseNo(), Cells.text(r.handler()), Cells.text(r.type()),
                r.score() == null ? Formats.NONE : Formats.fixed(r.score(), 1), r.grade(), Cells.text(r.issues()),
                r.gradeClass() == lianjian.readmodel.GradeClass.FAILED);
    }

    /** The numerator of a review rate: how many reviews it counts. */
    private String count(String code) {
        Double v = f.numerator(code);
        return v == null ? Formats.NONE : Formats.integer(v);
    }

    private void satisfaction(Document doc) {
        if (f.get("S01") == null) return;
        doc.h1(n.chapter("满意度"));
        String s = new SummaryProse(f).satisfaction("本期");
        doc.paragraph(s != null ? s : "本期没有以本单位为对象的满意度调查。");
        Map<String, String[]> groups = new java.util.LinkedHashMap<>();
        for (BreakdownRow b : ctx.figures().breakdown(period.code(), unit.code(), "S01")) {
            groups.put(b.category(), new String[] {Formats.bare(IndicatorDef.Display.PERSONS, b.value()), Formats.NONE, Formats.NONE});
        }
        for (BreakdownRow b : ctx.figures().breakdown(period.code(), unit.code(), "S02")) {
            if (groups.containsKey(b.category())) groups.get(b.category())[1] = Formats.bare(IndicatorDef.Display.PERCENT, b.value());
        }
        for (BreakdownRow b : ctx.figures().breakdown(period.code(), unit.code(), "S03")) {
            if (groups.containsKey(b.category())) groups.get(b.category())[2] = Formats.bare(IndicatorDef.Display.INDEX, b.value());
        }
        if (groups.isEmpty()) return;
        Grid g = new Grid("调查对象", "有效样本（人）", "满意率（含基本满意）", "满意度指数");
        groups.keySet().stream().sorted(java.util.Comparator.comparingInt(OverviewReport::groupOrder))
                .forEach(k -> g.row(k, groups.get(k)));
        g.total("合计", f.bare("S01"), f.bare("S02"), f.bare("S03"));
        doc.table(g.table());
    }

    private void problems(Document doc) {
        if (f.get("Z02") == null) return;
        doc.h1(n.chapter("问题整改"));
        String s = new SummaryProse(f).rectification("本期");
        doc.paragraph(s != null ? s : "截至期末，本单位没有问题清单记录。");
        if (f.noData("Z02")) return;
        doc.h2(n.section("未完成整改的问题"));
        doc.table(ProblemTables.open(ctx, ctx.list(ListCode.Z_OPEN, period.code(), unit.code()), "截至期末没有未完成整改的问题"));
        doc.note("注：逾期未整改的问题以红色标示；到期天数自期末起算。");
        doc.h2(n.section("本期完成整改的问题"));
        doc.table(ProblemTables.closed(ctx, ctx.list(ListCode.Z_CLOSED, period.code(), unit.code()), "本期没有完成整改的问题"));
        doc.note("注：整改用时 = 完成日期 − 发现日期；晚于整改时限完成的以红色标示。");
    }

    private void suggestions(Document doc) {
        List<DomainRecords.Suggestion> list = ctx.records().suggestions(x -> unit.code().equals(x.unitCode())
                && DomainRecords.within(x.assignedOn(), p.start(), p.end()));
        List<StoredItem> overdue = ctx.items(ListCode.D05, period.code(), unit.code());
        if (f.get("D01") == null && list.isEmpty() && overdue.isEmpty()) return;
        doc.h1(n.chapter("人大代表建议办理"));
        SummaryProse w = new SummaryProse(f);
        doc.paragraph(lianjian.reporting.text.Prose.sentence(w.count("本期交办代表建议", "D01", "件"),
                w.figure("办复率", "D02", false, false), w.figure("解决率", "D03", false, false),
                w.figure("代表满意率", "D04", false, false)));
        // The 公开版 names no deputy and quotes no title: a suggestion is its number, dates and outcome there.
        boolean text = ctx.showsFreeText();
        doc.h2(n.section("本期交办的建议"));
        if (text) {
            List<SuggestionRow> rows = new ArrayList<>();
            for (DomainRecords.Suggestion x : list) {
                rows.add(new SuggestionRow(x.no(), x.title(), Cells.text(x.deputy()), Labels.date(x.assignedOn()),
                        Labels.date(x.repliedOn()), result(x.result()), Cells.text(x.feedback())));
            }
            doc.table(SuggestionRow.table(rows).whenEmpty("本期没有交办本单位的代表建议"));
        } else {
            Grid g = new Grid("建议编号", "交办日期", "答复日期", "办理结果", "代表反馈");
            for (DomainRecords.Suggestion x : list) {
                g.row(x.no(), Labels.date(x.assignedOn()), Labels.date(x.repliedOn()), result(x.result()), Cells.text(x.feedback()));
            }
            doc.table(g.table().whenEmpty("本期没有交办本单位的代表建议"));
        }
        doc.h2(n.section("超期未答复的建议"));
        int limit = ctx.supervision().getSuggestionReplyDays();
        String none = "截至期末没有超过答复期限（交办后 " + limit + " 天）未答复的建议";
        if (text) {
            List<FollowUpRow> late = new ArrayList<>();
            for (StoredItem i : overdue) {
                late.add(new FollowUpRow(null, i.key(), Cells.text(i.label()), ListItems.shown(i.details(), "deputy"),
                        Labels.date(i.date()), ListItems.shown(i.details(), "deadline"), days(i), true));
            }
            doc.table(FollowUpRow.table(late, "代表", "交办日期", "答复期限", "超期天数").whenEmpty(none));
        } else {
            Grid g = new Grid("建议编号", "交办日期", "答复期限", "超期天数");
            for (StoredItem i : overdue) {
                g.row(i.key(), true, Labels.date(i.date()), ListItems.shown(i.details(), "deadline"), days(i));
            }
            doc.table(g.table().whenEmpty(none));
        }
        if (!overdue.isEmpty()) {
            doc.note("注：截至" + Formats.chineseDate(p.end()) + "，交办后超过 " + limit + " 天仍未答复的建议（含以前各期交办的）；"
                    + "超期天数自答复期限次日起算。");
        }
    }

    /** Overdue or over-limit days of a stored list member, or "—". */
    private static String days(StoredItem i) {
        return i.days() == null ? Formats.NONE : Formats.integer(i.days());
    }

    private static String result(String code) {
        if (code == null) return Formats.NONE;
        return switch (code) {
            case "A" -> "A 已解决";
            case "B" -> "B 正在解决";
            case "C" -> "C 列入规划";
            case "D" -> "D 留作参考";
            default -> code;
        };
    }

    private void petitions(Document doc) {
        List<DomainRecords.Petition> list = ctx.records().petitions(x -> unit.code().equals(x.unitCode())
                && DomainRecords.within(x.receivedOn(), p.start(), p.end()));
        List<StoredItem> overdue = ctx.items(ListCode.X05, period.code(), unit.code());
        if (f.get("X01") == null && list.isEmpty() && overdue.isEmpty()) return;
        doc.h1(n.chapter("涉法涉诉信访"));
        SummaryProse w = new SummaryProse(f);
        doc.paragraph(lianjian.reporting.text.Prose.sentence(w.count("本期收到涉法涉诉信访", "X01", "件"),
                w.count("其中人大转交", "X04", "件"), w.figure("办结率", "X02", false, false),
                w.figure("化解率", "X03", false, false)));
        List<PetitionRow> rows = new ArrayList<>();
        for (DomainRecords.Petition x : list) {
            boolean open = x.closedOn() == null || x.closedOn().isAfter(p.end());
            rows.add(new PetitionRow(x.no(), Labels.date(x.receivedOn()), Cells.text(x.source()), Cells.text(x.caseNo()),
                    open ? "未办结" : Labels.date(x.closedOn()), Cells.text(x.resolution()), open));
        }
        doc.h2(n.section("本期收到的信访"));
        doc.table(PetitionRow.table(rows).whenEmpty("本期没有涉及本单位的信访"));
        doc.h2(n.section("超期未办结的信访"));
        int limit = ctx.supervision().getPetitionCloseDays();
        List<FollowUpRow> late = new ArrayList<>();
        for (StoredItem i : overdue) {
            String caseNo = ListItems.text(i.details(), "caseNo");
            String resolution = ListItems.text(i.details(), "resolution");
            String what = (caseNo == null ? "未涉及具体案件" : "涉及" + caseNo) + (resolution == null ? "" : "\n化解状态：" + resolution);
            late.add(new FollowUpRow(null, i.key(), what, ListItems.shown(i.details(), "source"), Labels.date(i.date()),
                    ListItems.shown(i.details(), "deadline"), days(i), true));
        }
        doc.table(FollowUpRow.table(late, "来源", "收到日期", "办结期限", "超期天数")
                .whenEmpty("截至期末没有超过办结期限（收到后 " + limit + " 天）未办结的信访"));
        if (!late.isEmpty()) {
            doc.note("注：截至" + Formats.chineseDate(p.end()) + "，收到后超过 " + limit + " 天仍未办结的信访（含以前各期收到的）；"
                    + "超期天数自办结期限次日起算。");
        }
    }

    /** C17 (DOMAIN §5.8a): the court's cases open at the period's end beyond their legal time limit. */
    private void overLimit(Document doc) {
        if (f.get("C17") == null) return;
        doc.h1(n.chapter("超审限未结案件"));
        if (f.noData("C17")) {
            doc.paragraph(SummaryProse.noDataSentence("本期"));
            return;
        }
        List<StoredItem> items = ctx.items(ListCode.C17, period.code(), unit.code());
        doc.paragraph(items.isEmpty() ? "截至" + Formats.chineseDate(p.end()) + "，本院没有超过审限未结的案件。"
                : "截至" + Formats.chineseDate(p.end()) + "，本院超过审限未结的案件 " + f.text("C17") + "，清单如下，请逐案核查审限变更情况，督促依法及时审结。");
        if (items.isEmpty()) return;
        if (ctx.showsPeople()) {
            List<CaseRow> rows = new ArrayList<>();
            for (StoredItem i : items) {
                rows.add(new CaseRow(null, i.key(), ListItems.shown(i.details(), "caseType"), ListItems.shown(i.details(), "cause"),
                        Cells.text(i.personName()), Labels.date(i.date()), days(i), false));
            }
            doc.table(CaseRow.table(rows, "超审限\n天数"));
        } else {
            // The 公开版: the same cases without 承办人.
            Grid g = new Grid("案号", "案件类型", "案由", "立案日期", "超审限\n天数");
            for (StoredItem i : items) {
                g.row(i.key(), ListItems.shown(i.details(), "caseType"), ListItems.shown(i.details(), "cause"), Labels.date(i.date()),
                        days(i));
            }
            doc.table(g.table());
        }
        doc.note("注：超审限天数 = 期末 − 立案日期 − 扣除审限天数 −（法定审限天数 + 延长审限天数），扣除、延长天数未填写按 0 计。");
    }

    private void supervision(Document doc) {
        List<DomainRecords.Activity> acts = ctx.records().activities(x -> unit.code().equals(x.unitCode())
                && DomainRecords.within(x.date(), p.start(), p.end()));
        List<Hearing> hearings = ctx.model().hearings().stream()
                .filter(x -> unit.code().equals(x.unitCode()) && x.within(p.start(), p.end())).toList();
        if (acts.isEmpty() && hearings.isEmpty() && !f.has("A01") && !f.has("A02")) return;
        doc.h1(n.chapter("接受监督情况"));
        String s = new SummaryProse(f).activities("本期");
        doc.paragraph(s != null ? s : "本期没有以本单位为对象的联合监督活动。");
        doc.h2(n.section("联合监督活动"));
        doc.table(OverviewReport.activities(ctx, acts, "本期没有以本单位为对象的联合监督活动"));
        if (!hearings.isEmpty()) {
            doc.h2(n.section("人大代表旁听庭审"));
            if (ctx.showsFreeText()) {
                List<HearingRow> hr = new ArrayList<>();
                for (Hearing h : hearings) hr.add(hearingRow(h));
                doc.table(HearingRow.table(hr));
            } else {
                // The 公开版: without the deputies' comments (free text).
                Grid g = new Grid("开庭日期", "案号", "旁听代表人数", "庭审评分");
                for (Hearing h : hearings) {
                    g.row(Labels.date(h.date()), Cells.text(h.caseNo()), h.deputies() == null ? Formats.NONE : Formats.integer(h.deputies()),
                            h.score() == null ? Formats.NONE : Formats.fixed(h.score(), 1));
                }
                doc.table(g.table());
            }
        }
    }

    static HearingRow hearingRow(Hearing h) {
        return new HearingRow(Labels.date(h.date()), Cells.text(h.caseNo()),
                h.deputies() == null ? Formats.NONE : Formats.integer(h.deputies()),
                h.score() == null ? Formats.NONE : Formats.fixed(h.score(), 1), Cells.text(h.comments()));
    }

    private void coverage(Document doc) {
        doc.h1(n.chapter("履职评议"));
        String s = new SummaryProse(f).coverage("", p.end());
        doc.paragraph(s != null ? s : "本单位没有应评议的员额法官、检察官。");
        doc.table(CoverageTables.coverage(ctx, period.code(), List.of(unit.code()), false));
        if (!ctx.showsPeople()) {
            doc.paragraph(CoverageTables.peopleCounts(f));
            return;
        }
        doc.h2(n.section("本届尚未评议人员名单"));
        doc.table(CoverageTables.notEvaluated(ctx, period.code(), unit.code()));
        doc.h2(n.section("离任未评议人员名单"));
        doc.table(CoverageTables.leftNotEvaluated(ctx, period.code(), unit.code()));
    }
}
