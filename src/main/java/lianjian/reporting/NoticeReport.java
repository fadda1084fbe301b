package lianjian.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lianjian.indicators.Formats;
import lianjian.readmodel.ReadModel;
import lianjian.reporting.data.ReportContext;
import lianjian.reporting.pdf.Document;
import lianjian.reporting.table.FollowUpRow;
import lianjian.reporting.text.Labels;
import lianjian.supervision.FollowUpItems;
import lianjian.supervision.FollowUpLevel;
import lianjian.supervision.SupervisionRepository.FollowUpItem;

/**
 * 督办通知单 (DOMAIN §8.4, art. 12) of one responsible unit as of the run's as-of date: a formal notice
 * the two offices sign. 版头 with both offices, title, 编号; the recipient; a body citing the 实施办法;
 * the overdue items grouped by level (提请专题报告, 重点督办, 一般督办) with their kind, key, what they
 * are, start date, deadline and overdue days, 共性问题 marked; the 临期提醒 of the unit's problems due
 * within 20 days; what the unit must do and by when; the offices and the date; a reply slip.
 *
 * <p>Items, levels and days are the stored ones ({@code SupervisionRepository}): the notice computes
 * nothing. Only units with at least one overdue item get a notice.
 */
final class NoticeReport {

    static final String TITLE = "督办通知单";

    /** Levels in the order a notice lists them: the most serious first. */
    static final List<FollowUpLevel> LEVELS = List.of(FollowUpLevel.SPECIAL_REPORT, FollowUpLevel.PRIORITY,
            FollowUpLevel.GENERAL);

    /** Kinds of item in the order a level lists them. */
    private static final List<String> SOURCES = List.of(FollowUpItems.OVERDUE_PROBLEM, FollowUpItems.OVERDUE_SUGGESTION,
            FollowUpItems.OVERDUE_PETITION, FollowUpItems.OVERDUE_PLAN);

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private final ReportContext ctx;
    private final String unitCode;
    private final String unitName;
    private final LocalDate asOf;
    private final List<FollowUpItem> overdue;
    private final List<FollowUpItem> dueSoon;

    private NoticeReport(ReportContext ctx, String unitCode, List<FollowUpItem> items) {
        this.ctx = ctx;
        this.unitCode = unitCode;
        this.unitName = ctx.model().unitName(unitCode);
        this.asOf = items.get(0).asOf();
        this.overdue = items.stream().filter(FollowUpItem::overdue).sorted(Comparator
                .comparingInt((FollowUpItem i) -> LEVELS.indexOf(i.level()))
                .thenComparingInt(i -> SOURCES.indexOf(i.source()))
                .thenComparing(Comparator.comparingLong(FollowUpItem::days).reversed())
                .thenComparing(FollowUpItem::key)).toList();
        this.dueSoon = items.stream().filter(i -> !i.overdue()).sorted(Comparator.comparingLong(FollowUpItem::days)
                .thenComparing(FollowUpItem::key)).toList();
    }

    /**
     * The notices of a publication: one per responsible unit with at least one overdue item, by unit
     * code. Items without a responsible unit (a plan item without 对象单位) have no recipient.
     */
    static List<NoticeReport> all(ReportContext ctx) {
        Map<String, List<FollowUpItem>> byUnit = new TreeMap<>();
        for (FollowUpItem i : ctx.followUps()) byUnit.computeIfAbsent(i.unitCode(), k -> new ArrayList<>()).add(i);
        List<NoticeReport> out = new ArrayList<>();
        byUnit.forEach((unit, items) -> {
            if (!ReadModel.ALL.equals(unit) && items.stream().anyMatch(FollowUpItem::overdue)) {
                out.add(new NoticeReport(ctx, unit, items));
            }
        });
        return out;
    }

    /**
     * 编号: 联监督〔2025〕FY01-20251231号 — the year and date of the as-of date and the unit code, so
     * that the number is stable across runs of the same data and names its file (notice-FY01-2025-12-31.pdf).
     */
    static String number(String unitCode, LocalDate asOf) {
        return "联监督〔" + asOf.getYear() + "〕" + unitCode + "-" + asOf.format(COMPACT) + "号";
    }

    String unitCode() { return unitCode; }

    LocalDate asOf() { return asOf; }

    String number() { return number(unitCode, asOf); }

    List<FollowUpItem> overdue() { return overdue; }

    List<FollowUpItem> dueSoon() { return dueSoon; }

    /** Overdue items per level, every level present (0 when none). */
    Map<FollowUpLevel, Integer> countByLevel() {
        Map<FollowUpLevel, Integer> m = new EnumMap<>(FollowUpLevel.class);
        for (FollowUpLevel l : LEVELS) m.put(l, 0);
        for (FollowUpItem i : overdue) m.merge(i.level(), 1, Integer::sum);
        return m;
    }

    String title() {
        return unitName + TITLE + "（截至" + Formats.chineseDate(asOf) + "）";
    }

    Document build() {
        Document doc = ReportFrame.notice(ctx, TITLE + "（" + unitName + "）", title(), asOf, number());
        doc.letterhead(ctx.congressOffice() + "\n" + ctx.politicalLegalCommittee(), TITLE, number());
        doc.address(unitName + "：");
        doc.paragraph(body());
        Numbering n = new Numbering();

        doc.h1(n.chapter("督办事项"));
        doc.table(FollowUpRow.table(overdueRows(), "类别", "起算日期", "办理期限", "逾期天数"));
        doc.note(levelNote());

        doc.h1(n.chapter("临期提醒"));
        if (dueSoon.isEmpty()) {
            doc.paragraph("截至" + Formats.chineseDate(asOf) + "，你单位没有将在20天内到达整改时限的问题。");
        } else {
            doc.paragraph("下列问题将在20天内到达整改时限，尚未逾期，请抓紧整改，避免逾期：");
            doc.table(FollowUpRow.table(dueSoonRows(), "整改状态", "发现日期", "整改时限", "剩余天数"));
        }

        doc.h1(n.chapter("办理要求"));
        doc.paragraph("请于收到本通知之日起十五日内，将上述督办事项的办理和整改情况书面反馈" + ctx.congressOffice() + "和"
                + ctx.politicalLegalCommittee() + "（执法监督科）；确因客观原因不能办结的，请说明原因、整改措施和预计完成时间。"
                + (countByLevel().get(FollowUpLevel.SPECIAL_REPORT) > 0
                        ? "列为“提请专题报告”的事项，请你单位主要负责同志向县人大常委会主任会议和县委政法委作专题报告。" : "")
                + "督办事项的办理情况将提交联席会议，跟踪督办至整改到位。");

        doc.signature(ctx.congressOffice() + "\n" + ctx.politicalLegalCommittee(),
                Labels.chineseDate(ctx.generatedAt().toLocalDate()));
        doc.replySlip("请签收后将本回执连同书面反馈材料一并送" + ctx.congressOffice() + "。整改情况另附书面材料。", unitName,
                number());
        return doc;
    }

    private String body() {
        Map<FollowUpLevel, Integer> byLevel = countByLevel();
        long present = byLevel.values().stream().filter(c -> c > 0).count();
        String split = present == 1 ? "，均为" + overdue.get(0).level().chinese() : "，其中" + levels(byLevel);
        return "根据《关于建立人大司法监督与政法委执法监督衔接机制的实施办法》关于跟踪督办、形成监督闭环的规定，经核查，截至"
                + Formats.chineseDate(asOf) + "，你单位有 " + overdue.size() + " 项事项超过办理期限尚未办结" + split
                + "。现予督办，请逐项落实整改。";
    }

    private List<FollowUpRow> overdueRows() {
        Map<FollowUpLevel, Integer> byLevel = countByLevel();
        List<FollowUpRow> rows = new ArrayList<>();
        for (FollowUpItem i : overdue) {
            String group = i.level().chinese() + "（" + byLevel.get(i.level()) + " 项）";
            rows.add(new FollowUpRow(group, i.key(), describe(i), kindName(i), Labels.date(i.date()), Labels.date(i.deadline()),
                    Formats.integer(i.days()), true));
        }
        return rows;
    }

    private List<FollowUpRow> dueSoonRows() {
        List<FollowUpRow> rows = new ArrayList<>();
        for (FollowUpItem i : dueSoon) {
            rows.add(new FollowUpRow(null, i.key(), i.label(), ListItems.shown(i.details(), "status"), Labels.date(i.date()),
                    Labels.date(i.deadline()), Formats.integer(i.days()), false));
        }
        return rows;
    }

    /** 问题整改 / 代表建议 / 信访 / 监督计划: short enough for the table's narrow column. */
    static String kindName(FollowUpItem i) {
        return switch (i.source()) {
            case FollowUpItems.OVERDUE_PETITION -> "信访";
            default -> i.kindName();
        };
    }

    /** What the item is: its label, the facts that identify it, 共性问题 where flagged. */
    static String describe(FollowUpItem i) {
        Map<String, Object> d = i.details();
        List<String> facts = new ArrayList<>();
        switch (i.source()) {
            case FollowUpItems.OVERDUE_PROBLEM, FollowUpItems.DUE_10, FollowUpItems.DUE_20 -> {
                facts.add(fact("来源", d, "source"));
                if (i.overdue()) facts.add(fact("状态", d, "status"));
            }
            case FollowUpItems.OVERDUE_SUGGESTION -> facts.add(fact("提出代表", d, "deputy"));
            case FollowUpItems.OVERDUE_PETITION -> facts.add(fact("化解状态", d, "resolution"));
            default -> { }
        }
        String label = i.label() == null || i.label().isBlank() ? Formats.NONE : i.label();
        String extra = String.join("；", facts.stream().filter(f -> f != null).toList());
        return (i.commonIssue() ? "【共性问题】" : "") + label + (extra.isEmpty() ? "" : "\n" + extra);
    }

    private static String fact(String name, Map<String, Object> details, String key) {
        String v = ListItems.text(details, key);
        return v == null ? null : name + "：" + v;
    }

    /** The note under the items: where the deadlines come from and how the levels are set (the settings in force). */
    private String levelNote() {
        var s = ctx.supervision();
        Map<String, String> limits = new LinkedHashMap<>();
        for (FollowUpItem i : overdue) {
            switch (i.source()) {
                case FollowUpItems.OVERDUE_PROBLEM -> limits.put(i.source(), "问题整改为问题清单确定的整改时限");
                case FollowUpItems.OVERDUE_SUGGESTION -> limits.put(i.source(), "代表建议为交办之日起 " + s.getSuggestionReplyDays() + " 天");
                case FollowUpItems.OVERDUE_PETITION -> limits.put(i.source(), "涉法涉诉信访为收到之日起 " + s.getPetitionCloseDays() + " 天");
                case FollowUpItems.OVERDUE_PLAN -> limits.put(i.source(), "监督计划事项为计划完成日期");
                default -> { }
            }
        }
        int a = s.getEscalationDays().get(0), b = s.getEscalationDays().get(1);
        return "注：办理期限：" + String.join("，", limits.values()) + "。逾期天数为截至" + Formats.chineseDate(asOf)
                + "超过办理期限的天数。逾期 " + a + " 天以内为一般督办，" + (a + 1) + "—" + b + " 天为重点督办，超过 " + b
                + " 天或共性问题逾期超过 " + a + " 天的提请专题报告。";
    }

    /** "提请专题报告 1 项、重点督办 2 项" for the levels that have items, or null. */
    static String levels(Map<FollowUpLevel, Integer> byLevel) {
        List<String> parts = new ArrayList<>();
        for (FollowUpLevel l : LEVELS) if (byLevel.getOrDefault(l, 0) > 0) parts.add(l.chinese() + " " + byLevel.get(l) + " 项");
        return parts.isEmpty() ? null : String.join("、", parts);
    }
}
