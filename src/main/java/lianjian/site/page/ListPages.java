package lianjian.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import lianjian.indicators.Figure;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.ListCode;
import lianjian.readmodel.ReadModel;
import lianjian.site.data.SiteData;
import lianjian.site.render.Page;
import lianjian.site.render.SitePaths;
import lianjian.site.view.TableView;
import lianjian.site.view.TableView.Cell;
import lianjian.site.view.TableView.Column;

/**
 * The lists behind figures (DOMAIN §8.1, §8.2): {@code <period>/list-<code>.html}, one section per unit
 * (id unit-FY01, which the unit's figure links to), each a table that can be sorted, searched and
 * downloaded, with the columns a county analyst expects of that list. Every case, problem, suggestion
 * and petition links to its unit's page, every person to their page. Lists of people are in unit and
 * name order and have no sortable figure; cases are listed by date. Members come from the stored lists
 * only — the same rows as data/lists.csv.
 */
public final class ListPages {

    private final SiteContext ctx;

    public ListPages(SiteContext ctx) { this.ctx = ctx; }

    /** A unit's part of a list page. */
    public record Section(String anchor, String title, String unitPath, String figureText, int count, TableView table,
                          String note) {}

    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (PeriodRow p : ctx.data().periods) {
            for (ListPagePlan.Spec s : ListPagePlan.SPECS) {
                if (ctx.lists().exists(p.code(), s.code())) pages.add(page(p, s));
            }
        }
        return pages;
    }

    Page page(PeriodRow p, ListPagePlan.Spec spec) {
        SiteData data = ctx.data();
        String path = SitePaths.list(p.code(), spec.code());
        IndicatorDef def = data.catalog.get(spec.code());
        Map<String, Object> m = ctx.layout().periodPage(path, Layout.NAV_NONE, p, spec.title() + " · " + p.period().chineseName(),
                ctx.lists().periodsOf(spec.code()), code -> SitePaths.list(code, spec.code()));
        List<Map<String, Object>> all = new ArrayList<>();
        for (ListCode l : spec.lists()) all.addAll(data.lists.county(l, p.code()));
        List<Section> sections = new ArrayList<>();
        for (String unit : ctx.lists().sections(p.code(), spec.code())) {
            List<Map<String, Object>> items = all.stream().filter(i -> unit.equals(ListTables.str(i, "unitCode"))).toList();
            boolean noUnit = ListPagePlan.NO_UNIT.equals(unit);
            String name = noUnit ? "未指明单位" : data.unitName(unit);
            Figure f = noUnit ? null : data.figures.unit(p.code(), unit, spec.code());
            String figureText = f == null ? null : def.name() + " " + ctx.figures().value(spec.code(), f);
            TableView table = table(spec, p, unit, name, items);
            String note = items.isEmpty() ? "清单中没有" + name + "的条目，但指标值大于零：请核对报送的数据。" : null;
            sections.add(new Section(ListPagePlan.anchor(unit), name,
                    noUnit || data.unit(unit).isEmpty() ? null : SitePaths.unit(p.code(), unit), figureText, items.size(), table, note));
        }
        m.put("spec", spec);
        m.put("def", def);
        m.put("countyFigure", ctx.figures().value(spec.code(), data.figures.unit(p.code(), ReadModel.ALL, spec.code())));
        m.put("sections", sections);
        m.put("total", all.size());
        m.put("people", spec.lists().get(0).personMembers());
        m.put("note", note(spec));
        m.put("csvPath", "data/lists.csv");
        return new Page(path, "list.ftlh", m, "清单");
    }

    /** What the list is, in one sentence, beside the indicator's formula. */
    private String note(ListPagePlan.Spec spec) {
        int reply = ctx.data().supervision.getSuggestionReplyDays(), close = ctx.data().supervision.getPetitionCloseDays();
        return switch (spec.code()) {
            case "C07" -> "期末仍未结案、且立案已超过365天的案件；已审理天数 = 期末 − 立案日期。";
            case "C17" -> "期末仍未结案、且已超过法定审限（含延长，扣除不计入审限的天数）的案件；超审限天数为超出的天数。";
            case "C11" -> "本期结案的一审案件中，二审改判或发回重审的案件。";
            case "C16" -> "本期结案、且有信访投诉的案件。";
            case "J07" -> "本期办结的审查起诉案件中，已逮捕而作出不起诉决定的案件。";
            case "J09" -> "本期办结、提起公诉后判决无罪的案件。";
            case "R05" -> "本期评查等次为不合格的案件评查记录。";
            case "E04" -> "期末在任、本届尚未接受履职评议的员额法官、检察官，按单位和姓名排列。";
            case "E08" -> "本届内离任、离任前未接受履职评议的法官、检察官，按单位和姓名排列。";
            case "E12" -> "本期接受履职评议、但评议前365天内没有其承办案件被评查的人员，按单位和姓名排列。";
            case "Z04" -> "期末尚未完成整改、且已过整改时限的问题；逾期天数 = 期末 − 整改时限。";
            case "Z06" -> "期末尚未完成整改、整改时限在20天内的问题；剩余天数 = 整改时限 − 期末。";
            case "D05" -> "期末尚未答复、且交办已超过" + reply + "天的代表建议；逾期天数 = 期末 − 答复期限（交办日期 + " + reply + "天）。";
            case "X05" -> "期末尚未办结、且收到已超过" + close + "天的信访；逾期天数 = 期末 − 办结期限（收到日期 + " + close + "天）。";
            case "A06" -> "计划完成日期已过、期末尚未完成的监督计划事项；逾期天数 = 期末 − 计划完成日期。";
            default -> "";
        };
    }

    private TableView table(ListPagePlan.Spec spec, PeriodRow p, String unit, String unitName, List<Map<String, Object>> items) {
        String id = "list-" + (ListPagePlan.NO_UNIT.equals(unit) ? "none" : SitePaths.fileName(unit));
        TableView.Builder t = TableView.builder(id, unitName + " · " + spec.title()).untitled()
                .csvName(spec.code() + "-" + unit + "-" + p.code()).empty("无");
        switch (spec.code()) {
            case "C07", "C17", "C11", "C16" -> courtCases(t, spec.code(), p, items);
            case "J07", "J09" -> procuratorateCases(t, spec.code(), p, items);
            case "R05" -> reviews(t, p, items);
            case "E04", "E08", "E12" -> persons(t, spec.code(), p, items);
            case "Z04", "Z06" -> problems(t, spec.code(), p, items);
            case "D05" -> suggestions(t, p, items);
            case "X05" -> petitions(t, p, items);
            case "A06" -> plans(t, p, items);
            default -> generic(t, p, items);
        }
        return t.build();
    }

    // ------------------------------------------------------------------ the lists

    private void courtCases(TableView.Builder t, String code, PeriodRow p, List<Map<String, Object>> items) {
        boolean open = code.equals("C07") || code.equals("C17");
        boolean people = ctx.showsPeople();
        t.columns(Column.code("案号"), Column.text("承办单位"));
        if (people) t.column(Column.text("承办人"));
        t.columns(Column.text("案件类型"), Column.text("案由"), Column.code("立案日期"));
        if (open) t.column(Column.number(code.equals("C07") ? "已审理天数" : "超审限天数"));
        else t.column(Column.code("结案日期"));
        for (Map<String, Object> i : byDate(items, open ? "filedOn" : "closedOn")) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(str(i, "key")), unitCell(p, i)));
            if (people) cells.add(personCell(p, i, "judge"));
            cells.addAll(List.of(Cell.of(dash(str(i, "caseType"))), Cell.of(dash(str(i, "cause"))), Cell.of(dash(str(i, "filedOn")))));
            cells.add(open ? days(i) : Cell.of(dash(str(i, "closedOn"))));
            t.row(cells);
        }
    }

    private void procuratorateCases(TableView.Builder t, String code, PeriodRow p, List<Map<String, Object>> items) {
        // 案件名称 names the suspect ("张某盗窃案"): free text, like the prosecutor's name not in the 公开版.
        boolean people = ctx.showsPeople(), text = ctx.showsFreeText();
        t.columns(Column.code("部门受案号"), Column.text("承办单位"));
        if (people) t.column(Column.text("承办检察官"));
        if (text) t.column(Column.longText("案件名称"));
        t.columns(Column.text("案件类别"), Column.code("受理日期"), Column.code("办结日期"), Column.text("审查起诉结果"));
        if (code.equals("J09")) t.column(Column.text("判决结果"));
        for (Map<String, Object> i : byDate(items, "closedOn")) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(str(i, "key")), unitCell(p, i)));
            if (people) cells.add(personCell(p, i, "prosecutor"));
            if (text) cells.add(Cell.of(dash(str(i, "caseName"))));
            cells.addAll(List.of(Cell.of(dash(str(i, "category"))), Cell.of(dash(str(i, "receivedOn"))),
                    Cell.of(dash(str(i, "closedOn"))), Cell.of(dash(str(i, "result")))));
            if (code.equals("J09")) cells.add(Cell.of(dash(str(i, "judgment"))));
            t.row(cells);
        }
    }

    /** R05. The score is shown, not sortable: sorting reviews by score would rank the judges behind them. */
    private void reviews(TableView.Builder t, PeriodRow p, List<Map<String, Object>> items) {
        boolean people = ctx.showsPeople(), text = ctx.showsFreeText();
        t.columns(Column.code("评查编号"), Column.code("案号"), Column.text("承办单位"));
        if (people) t.column(Column.text("承办人"));
        t.columns(Column.text("评查类型"), Column.code("评查日期"), Column.figure("评查得分"), Column.text("评查等次"));
        if (text) t.column(Column.wideText("主要问题"));
        for (Map<String, Object> i : byDate(items, "date")) {
            Object score = i.get("score");
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(str(i, "key")), Cell.of(dash(str(i, "caseNo"))), unitCell(p, i)));
            if (people) cells.add(personCell(p, i, "handler"));
            cells.addAll(List.of(Cell.of(dash(str(i, "reviewType"))), Cell.of(dash(str(i, "date"))),
                    Cell.of(score == null ? Formats.NONE : Formats.fixed(((Number) score).doubleValue(), 1)),
                    Cell.of(dash(str(i, "grade")))));
            if (text) cells.add(Cell.of(dash(str(i, "issues"))));
            t.row(cells);
        }
    }

    /** E04, E08, E12: by unit and name, nothing sortable by a figure (DOMAIN §1). */
    private void persons(TableView.Builder t, String code, PeriodRow p, List<Map<String, Object>> items) {
        t.columns(Column.text("姓名"), Column.code("人员编号"), Column.text("单位"), Column.text("类别"), Column.text("职务"),
                Column.code("任命日期"));
        if (code.equals("E08")) t.columns(Column.code("离任日期"), Column.text("离任原因"));
        if (code.equals("E12")) t.column(Column.code("本期最近一次评议日期"));
        for (Map<String, Object> i : new ListTables(ctx).sortByUnitAndName(items)) {
            String pid = str(i, "personId");
            List<Cell> cells = new ArrayList<>(List.of(Cell.link(dash(str(i, "name")), ctx.people().pathFor(p.code(), pid)),
                    Cell.of(pid), unitCell(p, i), Cell.of(dash(str(i, "category"))), Cell.of(dash(str(i, "position"))),
                    Cell.of(dash(str(i, "appointedOn")))));
            if (code.equals("E08")) {
                cells.add(Cell.of(dash(str(i, "leftOn"))));
                cells.add(Cell.of(dash(str(i, "leaveReason"))));
            }
            if (code.equals("E12")) cells.add(Cell.of(dash(str(i, "date"))));
            t.row(cells);
        }
    }

    private void problems(TableView.Builder t, String code, PeriodRow p, List<Map<String, Object>> items) {
        boolean overdue = code.equals("Z04");
        boolean text = ctx.showsFreeText();
        t.columns(Column.code("问题编号"), Column.text("责任单位"), Column.code("发现日期"), Column.text("来源 · 类别"));
        if (text) t.column(Column.longText("问题描述"));
        t.columns(Column.code("整改时限"), Column.text("整改状态"), Column.text("共性问题"), Column.number(overdue ? "逾期天数" : "剩余天数"));
        if (!overdue) t.column(Column.text("临期"));
        List<Map<String, Object>> sorted = byDate(items, "deadline");
        for (Map<String, Object> i : sorted) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(str(i, "key")), unitCell(p, i), Cell.of(dash(str(i, "foundOn"))),
                    Cell.of(ListTables.joinDot(str(i, "source"), str(i, "category")))));
            if (text) cells.add(Cell.of(dash(str(i, "description"))));
            cells.addAll(List.of(Cell.of(dash(str(i, "deadline"))), Cell.of(dash(str(i, "status"))),
                    Cell.of(Boolean.TRUE.equals(i.get("common")) ? "是" : "否"), days(i)));
            if (!overdue) {
                Number d = (Number) i.get("days");
                cells.add(Cell.of(d != null && d.longValue() <= 10 ? "10天内到期" : "11—20天内到期"));
            }
            t.row(overdue ? "row-overdue" : "row-due-soon", cells);
        }
    }

    private void suggestions(TableView.Builder t, PeriodRow p, List<Map<String, Object>> items) {
        // The deputy is a person and the title free text: neither is in the 公开版.
        boolean text = ctx.showsFreeText() && ctx.showsPeople();
        t.columns(Column.code("建议编号"), Column.text("承办单位"));
        if (text) t.columns(Column.text("代表"), Column.longText("建议标题"));
        t.columns(Column.code("交办日期"), Column.code("答复期限"), Column.number("逾期天数"));
        for (Map<String, Object> i : byDate(items, "date")) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(str(i, "key")), unitCell(p, i)));
            if (text) cells.addAll(List.of(Cell.of(dash(str(i, "deputy"))), Cell.of(dash(str(i, "title")))));
            cells.addAll(List.of(Cell.of(dash(str(i, "assignedOn"))), Cell.of(dash(str(i, "deadline"))), days(i)));
            t.row(cells);
        }
    }

    private void petitions(TableView.Builder t, PeriodRow p, List<Map<String, Object>> items) {
        t.columns(Column.code("信访编号"), Column.text("责任单位"), Column.text("来源"), Column.code("涉及案号"), Column.code("收到日期"),
                Column.code("办结期限"), Column.text("化解状态"), Column.number("逾期天数"));
        for (Map<String, Object> i : byDate(items, "date")) {
            t.row(Cell.of(str(i, "key")), unitCell(p, i), Cell.of(dash(str(i, "source"))), Cell.of(dash(str(i, "caseNo"))),
                    Cell.of(dash(str(i, "receivedOn"))), Cell.of(dash(str(i, "deadline"))), Cell.of(dash(str(i, "resolution"))),
                    days(i));
        }
    }

    /** A06: plan items past their 计划完成日期. The 监督事项 is written by hand: not in the 公开版. */
    private void plans(TableView.Builder t, PeriodRow p, List<Map<String, Object>> items) {
        boolean text = ctx.showsFreeText();
        t.columns(Column.code("计划编号"), Column.text("对象单位"), Column.code("年度"));
        if (text) t.column(Column.longText("监督事项"));
        t.columns(Column.text("监督类型"), Column.text("监督方式"), Column.code("计划完成日期"), Column.number("逾期天数"));
        for (Map<String, Object> i : byDate(items, "date")) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(str(i, "key")), unitCell(p, i), Cell.of(dash(str(i, "year")))));
            if (text) cells.add(Cell.of(dash(str(i, "subject"))));
            cells.addAll(List.of(Cell.of(dash(str(i, "planType"))), Cell.of(dash(str(i, "methods"))), Cell.of(dash(str(i, "date"))),
                    days(i)));
            t.row(cells);
        }
    }

    /** A list whose details this version does not know: the lists.csv columns (the label only where it may be shown). */
    private void generic(TableView.Builder t, PeriodRow p, List<Map<String, Object>> items) {
        boolean text = ctx.showsFreeText();
        t.columns(Column.code("编号"), Column.text("单位"));
        if (text) t.column(Column.longText("内容"));
        t.columns(Column.code("日期"), Column.number("逾期天数"));
        for (Map<String, Object> i : byDate(items, "date")) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(str(i, "key")), unitCell(p, i)));
            if (text) cells.add(Cell.of(dash(str(i, "label"))));
            cells.addAll(List.of(Cell.of(dash(str(i, "date"))), days(i)));
            t.row(cells);
        }
    }

    // ------------------------------------------------------------------ cells

    private Cell unitCell(PeriodRow p, Map<String, Object> i) {
        String unit = str(i, "unitCode");
        SiteData data = ctx.data();
        if (ListPagePlan.NO_UNIT.equals(unit) || data.unit(unit).isEmpty()) return Cell.of(unit.isEmpty() || ListPagePlan.NO_UNIT.equals(unit)
                ? Formats.NONE : data.unitName(unit));
        return Cell.link(data.unitName(unit), SitePaths.unit(p.code(), unit));
    }

    /** The handler: linked to their page when the roster knows them, else the name as written. */
    private Cell personCell(PeriodRow p, Map<String, Object> i, String nameField) {
        String pid = str(i, "personId");
        String name = str(i, "personName");
        if (name.isEmpty()) name = str(i, nameField);
        String path = pid.isEmpty() ? null : ctx.people().pathFor(p.code(), pid);
        return Cell.link(dash(name), path);
    }

    private static Cell days(Map<String, Object> i) {
        Object d = i.get("days");
        return d == null ? Cell.sorted(Formats.NONE, "")
                : Cell.sorted(Formats.integer(((Number) d).doubleValue()), String.valueOf(((Number) d).longValue()));
    }

    /** By a date field, then key: the order the analyst works through them, never by a person's figure. */
    private static List<Map<String, Object>> byDate(List<Map<String, Object>> items, String field) {
        List<Map<String, Object>> out = new ArrayList<>(items);
        out.sort(Comparator.comparing((Map<String, Object> i) -> str(i, field)).thenComparing(i -> str(i, "key")));
        return out;
    }

    private static String str(Map<String, Object> i, String k) { return ListTables.str(i, k); }

    private static String dash(String s) { return ListTables.dash(s); }
}
