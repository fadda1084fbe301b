package lianjian.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lianjian.indicators.Formats;
import lianjian.indicators.ListCode;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.Period;
import lianjian.readmodel.Evaluation;
import lianjian.readmodel.Hearing;
import lianjian.readmodel.Person;
import lianjian.readmodel.Review;
import lianjian.readmodel.Unit;
import lianjian.reporting.data.FigureSet;
import lianjian.reporting.data.ReportContext;
import lianjian.reporting.pdf.Document;
import lianjian.reporting.table.EvaluationRow;
import lianjian.reporting.table.FactRow;
import lianjian.reporting.table.HearingRow;
import lianjian.reporting.table.MatrixRow;
import lianjian.reporting.table.ReviewRow;
import lianjian.reporting.text.Cells;
import lianjian.reporting.text.Labels;
import lianjian.reporting.text.Prose;

/**
 * 个人履职档案 (issue #4, report 5) of a judge or prosecutor, for the 人大常委会's evaluation
 * meeting: appointment, cases by year with the person's figures beside the unit's, case-review
 * results, hearing scores, earlier evaluations. Only the person and their unit appear: never a
 * colleague, never a rank (DOMAIN §1).
 */
final class DossierReport {

    static final String TITLE = "个人履职档案";

    static final List<String> COURT = List.of("C01", "C02", "C03", "C04", "C05", "C06", "C07", "C09", "C10", "C11", "C12",
            "C13", "C14", "C15", "C16");
    static final List<String> PROCURATORATE = List.of("J01", "J02", "J03", "J04", "J05", "J06", "J07", "J08", "J09", "J10");
    static final List<String> REVIEW = List.of("R01", "R02", "R03", "R04", "R05", "R06");

    /** What every dossier of one publication shares: the years shown, the coverage lists, unit figures. */
    static final class Batch {
        final ReportContext ctx;
        final LocalDate asOf;
        final String coveragePeriod;
        /** Four year labels, oldest first; codes null where the year was not computed. */
        final List<String> yearCodes = new ArrayList<>();
        final List<String> yearLabels = new ArrayList<>();
        final Map<String, Map<String, Object>> latestEvaluation = new HashMap<>();
        final Set<String> notEvaluated = new HashSet<>();

        Batch(ReportContext ctx, PeriodRow coverage) {
            this.ctx = ctx;
            this.asOf = coverage.end();
            this.coveragePeriod = coverage.code();
            List<PeriodRow> years = ctx.periods().stream()
                    .filter(p -> p.kind() == Period.Kind.YEAR && !p.end().isAfter(asOf)).toList();
            int last = years.isEmpty() ? asOf.getYear() : years.get(years.size() - 1).start().getYear();
            for (int y = last - 3; y <= last; y++) {
                final int year = y;
                yearLabels.add(y + "年");
                yearCodes.add(years.stream().anyMatch(p -> p.code().equals(String.valueOf(year))) ? String.valueOf(y) : null);
            }
            for (Map<String, Object> item : ctx.list(ListCode.E_LATEST, coveragePeriod, "ALL")) {
                latestEvaluation.put(ListItems.text(item, "personId"), item);
            }
            for (Map<String, Object> item : ctx.list(ListCode.E04, coveragePeriod, "ALL")) {
                notEvaluated.add(ListItems.text(item, "personId"));
            }
        }

        FigureSet unit(String year, String unit) {
            return ctx.unit(year, unit);
        }
    }

    private final ReportContext ctx;
    private final Batch batch;
    private final Person person;
    private final Unit unit;
    /** The person's and the unit's figures for each of the four years (null where not computed). */
    private final List<FigureSet> own = new ArrayList<>();
    private final List<FigureSet> units = new ArrayList<>();

    DossierReport(Batch batch, Person person) {
        this.ctx = batch.ctx;
        this.batch = batch;
        this.person = person;
        this.unit = ctx.model().unit(person.unitCode());
    }

    /** Who gets a dossier: the persons in the scope of 履职评议 at the date ({@link Person#inEvaluationScopeAt}), by unit and name. */
    static List<Person> subjects(ReportContext ctx, LocalDate asOf) {
        return ctx.model().evaluationScopeAt(asOf);
    }

    String title() {
        return TITLE + "：" + person.name() + "（" + unitName() + "）";
    }

    private String unitName() {
        return ctx.model().unitName(person.unitCode());
    }

    Document build() {
        for (String year : batch.yearCodes) {
            own.add(year == null ? null : ctx.person(year, person.id()));
            units.add(year == null ? null : batch.unit(year, person.unitCode()));
        }
        Document doc = ReportFrame.asOf(ctx, TITLE + "（" + person.name() + "）", title(), batch.asOf);
        doc.title(TITLE, unitName() + "　" + person.category() + "　" + person.name() + "\n截至" + Formats.chineseDate(batch.asOf)
                + "，供县人大常委会履职评议参考");
        Numbering n = new Numbering();
        basics(doc, n);
        cases(doc, n);
        reviews(doc, n);
        hearings(doc, n);
        evaluations(doc, n);
        doc.note("说明：本档案只列示本人数据和所在单位的整体数据（本单位），供评议时参照，不与其他人员比较或排名。"
                + "“—”表示当年无相关案件或分母为零；“本期无数据”表示该年度早于本单位该类数据报送的起始时间。"
                + "数据来源于联监系统，口径见联席会议综合报告附件1。");
        return doc;
    }

    private void basics(Document doc, Numbering n) {
        doc.h1(n.chapter("基本情况"));
        Map<String, Object> latest = batch.latestEvaluation.get(person.id());
        String evaluated;
        if (latest != null) {
            evaluated = "已评议（最近一次：" + ListItems.shown(latest, "evaluatedOn") + "，" + ListItems.shown(latest, "result") + "）";
        } else if (batch.notEvaluated.contains(person.id())) {
            evaluated = "本届尚未评议";
        } else {
            evaluated = Formats.NONE;
        }
        doc.table(FactRow.table("姓名", person.name(), "人员编号", person.id(),
                "所属单位", unitName(), "人员类别", person.category(),
                "职务", Cells.text(person.position()), "是否员额", Formats.quota(person),
                "任命日期", Labels.date(person.appointedOn()), "任职状态", person.leftOn() == null ? "在任" : "离任",
                "本届评议", evaluated, "届次", ctx.run().termName()));
    }

    private void cases(Document doc, Numbering n) {
        boolean court = unit != null && unit.isCourt();
        boolean procuratorate = unit != null && unit.isProcuratorate();
        if (!court && !procuratorate) return;
        List<String> codes = court ? COURT : PROCURATORATE;
        doc.h1(n.chapter("办案情况"));
        String lastYear = batch.yearCodes.get(3);
        if (lastYear != null) {
            FigureSet latest = own.get(3);
            SummaryProse w = new SummaryProse(latest);
            String subject = lastYear + "年，本人";
            String s = court ? Prose.sentence(subject + Cells.text(w.figure("收案", "C01", false, false)),
                    w.figure("结案", "C02", false, false), w.figure("法定审限内结案率", "C05", false, false),
                    w.figure("平均审理天数", "C06", false, false), w.figure("期末未结", "C04", false, false))
                    : Prose.sentence(subject + Cells.text(w.figure("受理", "J01", false, false)),
                    w.figure("办结", "J02", false, false), w.figure("认罪认罚适用率", "J05", false, false),
                    w.figure("量刑建议采纳率", "J06", false, false));
            doc.paragraph(latest.isEmpty() ? lastYear + "年本人没有承办案件的记录。" : s);
        }
        doc.table(matrix(codes));
    }

    private void reviews(Document doc, Numbering n) {
        doc.h1(n.chapter("案件评查"));
        doc.table(matrix(REVIEW));
        LocalDate from = ctx.run().termStart();
        List<ReviewRow> rows = new ArrayList<>();
        for (Review r : ctx.model().reviewsOf(person.id())) {
            if (!r.within(from, batch.asOf)) continue;
            rows.add(UnitReport.reviewRow(r));
        }
        doc.h2(n.section("本届以来被评查的案件"));
        doc.table(ReviewRow.table(rows).whenEmpty("本届以来本人承办的案件未被评查"));
    }

    private void hearings(Document doc, Numbering n) {
        LocalDate from = ctx.run().termStart();
        List<HearingRow> rows = new ArrayList<>();
        for (Hearing h : ctx.model().hearingsOf(person.id())) {
            if (!h.within(from, batch.asOf)) continue;
            rows.add(UnitReport.hearingRow(h));
        }
        if (rows.isEmpty() && !(unit != null && unit.isCourt())) return;
        doc.h1(n.chapter("人大代表旁听庭审"));
        doc.table(HearingRow.table(rows).whenEmpty("本届以来没有人大代表旁听本人承办案件的庭审记录"));
    }

    private void evaluations(Document doc, Numbering n) {
        doc.h1(n.chapter("履职评议情况"));
        Map<String, Object> latest = batch.latestEvaluation.get(person.id());
        if (latest != null) {
            Double ratio = ListItems.number(latest, "satisfactionRatio");
            Boolean passed = ListItems.bool(latest, "passed");
            doc.paragraph(Prose.sentence("本届最近一次评议于" + Formats.chineseDate(ListItems.date(latest, "evaluatedOn")) + "进行",
                    "评议结果为" + ListItems.shown(latest, "result"),
                    ratio == null ? null : "满意率 " + Formats.percent(ratio) + (Boolean.TRUE.equals(passed) ? "，超过三分之二" : "，未超过三分之二")));
        } else if (batch.notEvaluated.contains(person.id())) {
            doc.paragraph("本人在本届任期内尚未接受履职评议，应在届内安排评议。");
        }
        List<EvaluationRow> rows = new ArrayList<>();
        for (Evaluation e : ctx.model().evaluationsOf(person.id())) {
            rows.add(new EvaluationRow(Labels.date(e.date()), Cells.text(e.method()), votes(e),
                    e.score() == null ? Formats.NONE : Formats.fixed(e.score(), 1), e.result(), Cells.text(e.opinion())));
        }
        doc.table(EvaluationRow.table(rows).whenEmpty("没有履职评议记录"));
    }

    private static String votes(Evaluation e) {
        if (!e.hasVotes()) return Formats.NONE;
        return n(e.votesSatisfied()) + " / " + n(e.votesBasic()) + " / " + n(e.votesUnsatisfied());
    }

    private static String n(Long v) {
        return v == null ? Formats.NONE : Formats.integer(v);
    }

    /** Indicators by year: the person's figure beside the unit's. */
    private lianjian.reporting.pdf.Table matrix(List<String> codes) {
        List<MatrixRow> rows = new ArrayList<>();
        for (String code : codes) {
            IndicatorDef def = ctx.catalog().get(code);
            String[] v = new String[8];
            for (int i = 0; i < 4; i++) {
                v[2 * i] = own.get(i) == null ? Formats.NONE : own.get(i).bare(code);
                v[2 * i + 1] = units.get(i) == null ? Formats.NONE : units.get(i).bare(code);
            }
            rows.add(new MatrixRow(def.name() + Formats.unitSuffix(def.display()), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
        }
        return MatrixRow.table(batch.yearLabels, "本人", "本单位", rows);
    }
}
