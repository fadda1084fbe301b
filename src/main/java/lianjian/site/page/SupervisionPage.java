package lianjian.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.Period;
import lianjian.readmodel.ReadModel;
import lianjian.site.data.SiteData;
import lianjian.site.render.Page;
import lianjian.site.render.SitePaths;
import lianjian.site.view.ReportLink;
import lianjian.site.view.TableView;
import lianjian.site.view.TableView.Cell;
import lianjian.site.view.TableView.Column;
import lianjian.supervision.FollowUpLevel;
import lianjian.supervision.SupervisionRepository.FollowUpItem;

/**
 * 督办台账 (DOMAIN §8.4, art. 12): every overdue problem, suggestion, petition and plan item as of the
 * run's as-of date with its level, each unit's 督办通知单 where the reports step wrote one, and the
 * 临期提醒 of problems due within 20 days. A work list: by unit (customary order), then level (提请专题报告
 * first), then overdue days; the units' counts are shown, never sortable, so it is not a ranking.
 */
public final class SupervisionPage {

    static final List<FollowUpLevel> LEVEL_ORDER = List.of(FollowUpLevel.SPECIAL_REPORT, FollowUpLevel.PRIORITY,
            FollowUpLevel.GENERAL);

    private final SiteContext ctx;

    public SupervisionPage(SiteContext ctx) { this.ctx = ctx; }

    public Page page() {
        SiteData data = ctx.data();
        Map<String, Object> m = ctx.layout().page(SitePaths.SUPERVISION, Layout.NAV_SUPERVISION, "督办台账");
        String asOf = data.asOf() == null ? null : data.asOf().toString();
        // Items are as of the run's as-of date: the latest quarter ends on it, so its pages and lists are the ones to open.
        PeriodRow p = data.latest(Period.Kind.QUARTER).orElse(data.defaultPeriod());
        List<FollowUpItem> overdue = data.followUps.stream().filter(FollowUpItem::overdue).sorted(order()).toList();
        List<FollowUpItem> dueSoon = data.followUps.stream().filter(i -> !i.overdue())
                .sorted(Comparator.comparingInt((FollowUpItem i) -> data.unitRank(i.unitCode())).thenComparingLong(FollowUpItem::days)
                        .thenComparing(FollowUpItem::key)).toList();
        Map<String, ReportLink> notices = new LinkedHashMap<>();
        for (FollowUpItem i : data.followUps) {
            notices.computeIfAbsent(i.unitCode(), u -> ctx.reports().notice(u, data.unitName(u), asOf));
        }
        m.put("asOfText", data.asOf() == null ? Formats.NONE : Formats.chineseDate(data.asOf()));
        m.put("overdueCount", overdue.size());
        m.put("dueCount", dueSoon.size());
        m.put("unitTable", units(p, overdue, dueSoon, notices));
        m.put("itemTable", items(p, overdue, notices));
        m.put("dueTable", due(p, dueSoon));
        List<Integer> esc = data.supervision.getEscalationDays();
        m.put("levels", List.of(
                "一般督办：逾期不超过 " + esc.get(0) + " 天。",
                "重点督办：逾期 " + (esc.get(0) + 1) + "—" + esc.get(1) + " 天。",
                "提请专题报告：逾期超过 " + esc.get(1) + " 天，或共性问题逾期超过 " + esc.get(0) + " 天；由责任单位向主任会议和政法委专题报告。"));
        m.put("deadlines", "期限：问题为整改时限；代表建议为交办日期后 " + data.supervision.getSuggestionReplyDays()
                + " 天；信访为收到日期后 " + data.supervision.getPetitionCloseDays() + " 天；监督计划事项为计划完成日期。逾期天数 = 数据截止日 − 期限。");
        m.put("periodLabel", p.period().chineseName());
        m.put("notices", notices());
        return new Page(SitePaths.SUPERVISION, "supervision.ftlh", m, "督办台账");
    }

    /** The 督办通知单 are internal documents (addressed to a unit, with its items' texts): the 公开版 neither has nor names them. */
    private boolean notices() { return ctx.showsFreeText(); }

    /** By unit (customary order), level (提请专题报告 first), overdue days (most first), key. */
    private Comparator<FollowUpItem> order() {
        SiteData data = ctx.data();
        return Comparator.comparingInt((FollowUpItem i) -> data.unitRank(i.unitCode()))
                .thenComparingInt(i -> LEVEL_ORDER.indexOf(i.level()))
                .thenComparing(Comparator.comparingLong(FollowUpItem::days).reversed())
                .thenComparing(FollowUpItem::key);
    }

    private TableView units(PeriodRow p, List<FollowUpItem> overdue, List<FollowUpItem> dueSoon, Map<String, ReportLink> notices) {
        TableView.Builder t = TableView.builder("followup-units", "各责任单位督办事项（件）").csvName("督办台账-各单位").tools("csv")
                .empty("截至数据截止日没有督办事项。")
                .columns(Column.text("单位"), Column.figure("提请专题报告"), Column.figure("重点督办"), Column.figure("一般督办"),
                        Column.figure("临期提醒"));
        if (notices()) t.column(Column.fixed("督办通知单", ""));
        List<String> units = new ArrayList<>(notices.keySet());
        units.sort(Comparator.comparingInt(ctx.data()::unitRank));
        for (String u : units) {
            List<Cell> cells = new ArrayList<>();
            cells.add(unitCell(p, u));
            for (FollowUpLevel l : LEVEL_ORDER) {
                cells.add(Cell.of(Formats.integer(overdue.stream().filter(i -> i.unitCode().equals(u) && i.level() == l).count())));
            }
            cells.add(Cell.of(Formats.integer(dueSoon.stream().filter(i -> i.unitCode().equals(u)).count())));
            if (notices()) cells.add(noticeCell(notices.get(u)));
            t.row(cells);
        }
        return t.build();
    }

    private TableView items(PeriodRow p, List<FollowUpItem> overdue, Map<String, ReportLink> notices) {
        TableView.Builder t = TableView.builder("followups", "逾期督办事项").untitled().csvName("督办台账-" + ctx.data().asOf())
                .empty("截至数据截止日没有逾期的问题、代表建议、信访或监督计划事项。")
                .columns(Column.text("单位"), Column.text("督办级别"), Column.text("事项"), Column.code("编号"));
        // 内容 is the problem's description, the suggestion's title …: free text, not in the 公开版.
        boolean text = ctx.showsFreeText();
        if (text) t.column(Column.longText("内容"));
        t.columns(Column.code("起算日期"), Column.code("期限"), Column.figure("逾期天数"));
        if (notices()) t.column(Column.fixed("督办通知单", ""));
        for (FollowUpItem i : overdue) {
            String level = i.level().chinese() + (i.commonIssue() ? "（共性问题）" : "");
            List<Cell> cells = new ArrayList<>(List.of(unitCell(p, i.unitCode()), Cell.of(level), Cell.of(i.kindName()),
                    Cell.link(i.key(), listLink(p, i))));
            if (text) cells.add(Cell.of(ListTables.dash(i.label())));
            cells.addAll(List.of(Cell.of(Formats.isoDate(i.date())), Cell.of(Formats.isoDate(i.deadline())),
                    Cell.of(Formats.integer(i.days()))));
            if (notices()) cells.add(noticeCell(notices.get(i.unitCode())));
            t.row(rowClass(i.level()), cells);
        }
        return t.build();
    }

    private TableView due(PeriodRow p, List<FollowUpItem> dueSoon) {
        TableView.Builder t = TableView.builder("due-soon", "临期提醒（20天内到期的问题）").untitled().csvName("临期提醒-" + ctx.data().asOf())
                .empty("截至数据截止日没有20天内到期的未完成问题。")
                .columns(Column.text("单位"), Column.code("问题编号"));
        boolean text = ctx.showsFreeText();
        if (text) t.column(Column.longText("问题描述"));
        t.columns(Column.code("发现日期"), Column.code("整改时限"), Column.figure("剩余天数"), Column.text("临期"));
        for (FollowUpItem i : dueSoon) {
            boolean within10 = "Z06A".equals(i.source());
            List<Cell> cells = new ArrayList<>(List.of(unitCell(p, i.unitCode()), Cell.link(i.key(), listLink(p, i))));
            if (text) cells.add(Cell.of(ListTables.dash(i.label())));
            cells.addAll(List.of(Cell.of(Formats.isoDate(i.date())), Cell.of(Formats.isoDate(i.deadline())),
                    Cell.of(Formats.integer(i.days())), Cell.of(within10 ? "10天内到期" : "11—20天内到期")));
            t.row(within10 ? "row-due-soon" : "row-due-later", cells);
        }
        return t.build();
    }

    private static String rowClass(FollowUpLevel level) {
        return switch (level) {
            case SPECIAL_REPORT -> "row-overdue";
            case PRIORITY -> "row-due-soon";
            default -> "";
        };
    }

    private Cell unitCell(PeriodRow p, String unit) {
        SiteData data = ctx.data();
        if (ReadModel.ALL.equals(unit) || data.unit(unit).isEmpty()) return Cell.of(ReadModel.ALL.equals(unit) ? "未指明单位" : unit);
        return Cell.link(data.unitName(unit), SitePaths.unit(p.code(), unit));
    }

    /** The item's list in the period ending on the as-of date (Z06A/Z06B: the Z06 list), at its unit's section. */
    private String listLink(PeriodRow p, FollowUpItem i) {
        String figure = i.source().startsWith("Z06") ? "Z06" : i.source();
        if (!p.end().equals(ctx.data().asOf())) return null;
        return ctx.lists().link(ctx.data().figures.unit(p.code(), i.unitCode(), figure));
    }

    private static Cell noticeCell(ReportLink r) {
        return r != null && r.available() ? Cell.link("督办通知单", r.path()) : Cell.of("未生成");
    }

}
