package lianjian.reporting.table;

import java.util.List;
import java.util.Map;

import lianjian.reporting.pdf.Table;
import lianjian.reporting.pdf.Template;

/**
 * A 督办 item, or an item past or near its deadline (followup-list.jrxml): the 督办通知单's items and
 * 临期提醒, a unit's overdue suggestions (D05) and petitions (X05).
 *
 * @param group    the level (提请专题报告 …) with its count, printed as a group row; null without groups
 * @param no       the item's key (问题编号, 建议编号, 信访编号)
 * @param label    what the item is
 * @param kind     the descriptor column: 类别 in a notice, 代表 (D05), 来源 (X05)
 * @param from     the date the deadline runs from (发现日期, 交办日期, 收到日期)
 * @param deadline the deadline
 * @param days     overdue days, or days left
 * @param alert    overdue
 */
public record FollowUpRow(String group, String no, String label, String kind, String from, String deadline, String days,
                          Boolean alert) {

    public static Table table(List<FollowUpRow> rows, String kindHeader, String fromHeader, String deadlineHeader,
                              String daysHeader) {
        return new Table(Template.FOLLOW_UPS, rows, Map.of("H_KIND", kindHeader, "H_FROM", fromHeader, "H_DEADLINE",
                deadlineHeader, "H_DAYS", daysHeader));
    }
}
