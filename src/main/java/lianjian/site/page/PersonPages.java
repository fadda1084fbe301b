package lianjian.site.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.indicators.Figure;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.Period;
import lianjian.indicators.Selections;
import lianjian.readmodel.Evaluation;
import lianjian.readmodel.Person;
import lianjian.readmodel.Review;
import lianjian.site.data.SiteData;
import lianjian.readmodel.Unit;
import lianjian.site.render.Page;
import lianjian.site.render.SitePaths;
import lianjian.site.view.TableView;
import lianjian.site.view.TableView.Cell;
import lianjian.site.view.TableView.Column;

/**
 * One page per appointed person and period of {@link PersonPagePlan}: the person's figures beside
 * their unit's, their figures year by year, their 履职评议 and the 案件评查 of their cases. No rank and
 * no comparison with colleagues: only with their own unit (DOMAIN §1).
 */
public final class PersonPages {

    private final SiteContext ctx;

    public PersonPages(SiteContext ctx) { this.ctx = ctx; }

    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (PeriodRow p : ctx.people().personPeriods()) {
            CoverageStatus coverage = new CoverageStatus(ctx.data().lists, p.code());
            for (Person person : ctx.data().persons) {
                if (ctx.people().exists(p.code(), person.id())) pages.add(page(p, person, coverage));
            }
        }
        return pages;
    }

    Page page(PeriodRow p, Person person, CoverageStatus coverage) {
        SiteData data = ctx.data();
        String path = SitePaths.person(p.code(), person.id());
        Map<String, Object> m = ctx.layout().periodPage(path, Layout.NAV_PEOPLE, p, person.name() + " · " + p.period().chineseName(),
                ctx.people().periodsOf(person.id()), code -> SitePaths.person(code, person.id()));
        Unit unit = data.unit(person.unitCode()).orElse(null);
        m.put("person", person);
        m.put("unitName", data.unitName(person.unitCode()));
        m.put("unitPath", unit == null ? null : SitePaths.unit(p.code(), unit.code()));
        m.put("appointedText", Formats.chineseDate(person.appointedOn()));
        m.put("officeText", office(person));
        m.put("quotaText", Formats.quota(person));
        m.put("coverageText", coverage.text(person.id()));
        m.put("figureTable", figures(p, person));
        m.put("yearTable", years(p, person, unit));
        m.put("evaluationTable", evaluations(person));
        m.put("reviewTable", reviews(p, person));
        m.put("report", ctx.reports().dossier(p, person.id(), person.name()));
        return new Page(path, "person.ftlh", m, "人员");
    }

    private static String office(Person person) {
        if (person.leftOn() == null) return "在任";
        String reason = person.leaveReason() == null || person.leaveReason().isBlank() ? "" : "（" + person.leaveReason() + "）";
        return Formats.chineseDate(person.leftOn()) + "离任" + reason;
    }

    /** The person's figures of the period beside the unit's, in catalog order. */
    private TableView figures(PeriodRow p, Person person) {
        Map<String, Figure> own = ctx.data().figures.person(p.code(), person.id());
        Map<String, Figure> unit = ctx.data().figures.unit(p.code(), person.unitCode());
        TableView.Builder t = TableView.builder("person-figures", "本期指标（本人与所在单位）")
                .csvName(person.id() + "-指标-" + p.code()).tools("csv").workbook(SitePaths.workbook(p.code()))
                .empty("本期没有本人承办案件或被评查案件的数据。")
                .columns(Column.fixed("指标", ""), Column.fixed("方向", ""), Column.figure("本人"), Column.fixed("本人计算", "num"),
                        Column.figure("所在单位"));
        for (IndicatorDef d : ctx.data().catalog.all()) {
            Figure f = own.get(d.code());
            if (f == null) continue;
            t.row(List.of(Cell.of(d.name()), Cell.of(d.direction().symbol() + " " + d.direction().chinese()),
                    Cell.of(Formats.value(d.display(), f)), Cell.of(ListTables.dash(FigureViews.basis(d, f))),
                    Cell.of(Formats.value(d.display(), unit.get(d.code())))));
        }
        return t.build();
    }

    /** The main figures of every year: the person's record over time (also for years without a page). */
    private TableView years(PeriodRow p, Person person, Unit unit) {
        List<String> codes = Selections.personYears(unit);
        TableView.Builder t = TableView.builder("person-years", "历年主要指标（本人）").csvName(person.id() + "-历年指标").tools("csv")
                .empty("没有本人的年度数据。").column(Column.text("年度"));
        for (String c : codes) t.column(Column.figure(ctx.figures().name(c) + Formats.unitSuffix(ctx.figures().def(c).display())));
        for (PeriodRow y : ctx.data().periodsOf(Period.Kind.YEAR)) {
            Map<String, Figure> own = ctx.data().figures.person(y.code(), person.id());
            if (own.isEmpty()) continue;
            List<Cell> cells = new ArrayList<>();
            String label = y.period().chineseName() + (y.end().isBefore(y.period().lastDay()) ? "（截至" + y.end() + "）" : "");
            cells.add(ctx.people().exists(y.code(), person.id()) && !y.code().equals(p.code())
                    ? Cell.link(label, SitePaths.person(y.code(), person.id())) : Cell.of(label));
            for (String c : codes) cells.add(Cell.of(ctx.figures().bare(c, own.get(c))));
            t.row(y.code().equals(p.code()) ? "row-current" : "", cells);
        }
        return t.build();
    }

    private TableView evaluations(Person person) {
        TableView.Builder t = TableView.builder("evaluations", "履职评议记录（全部）").csvName(person.id() + "-履职评议")
                .empty("没有履职评议记录。")
                .columns(Column.code("评议编号"), Column.code("评议日期"), Column.text("评议方式"), Column.fixed("满意/基本满意/不满意票", "num"),
                        Column.fixed("满意率", "num"), Column.fixed("综合得分", "num"), Column.text("评议结果"), Column.longText("评议意见"));
        for (Evaluation e : ctx.data().evaluationsOf(person.id())) {
            Double ratio = e.satisfactionRatio();
            t.row(List.of(Cell.of(e.no()), Cell.of(Formats.isoDate(e.date())), Cell.of(ListTables.dash(e.method())),
                    Cell.of(n(e.votesSatisfied()) + " / " + n(e.votesBasic()) + " / " + n(e.votesUnsatisfied())),
                    Cell.of(ratio == null ? Formats.NONE : Formats.percent(ratio)),
                    Cell.of(e.score() == null ? Formats.NONE : Formats.fixed(e.score(), 1)), Cell.of(ListTables.dash(e.result())),
                    Cell.of(ListTables.dash(e.opinion()))));
        }
        return t.build();
    }

    /** Reviews of the person's cases with 评查日期 in the period (what R01–R06 count). */
    private TableView reviews(PeriodRow p, Person person) {
        TableView.Builder t = TableView.builder("reviews", "本期案件评查（本人承办的案件）").csvName(person.id() + "-案件评查-" + p.code())
                .empty("本期没有本人承办案件的评查记录。")
                .columns(Column.code("评查编号"), Column.code("案号"), Column.code("评查日期"), Column.text("评查类型"),
                        Column.text("评查人"), Column.fixed("评查得分", "num"), Column.text("评查等次"), Column.longText("主要问题"));
        for (Review r : ctx.data().reviewsOf(person.id())) {
            if (r.date() == null || r.date().isBefore(p.start()) || r.date().isAfter(p.end())) continue;
            t.row(List.of(Cell.of(r.no()), Cell.of(r.caseNo()), Cell.of(Formats.isoDate(r.date())), Cell.of(ListTables.dash(r.type())),
                    Cell.of(ListTables.dash(r.reviewer())), Cell.of(r.score() == null ? Formats.NONE : Formats.fixed(r.score(), 1)),
                    Cell.of(ListTables.dash(r.grade())), Cell.of(ListTables.dash(r.issues()))));
        }
        return t.build();
    }

    private static String n(Long v) { return v == null ? "0" : Formats.integer(v); }
}
