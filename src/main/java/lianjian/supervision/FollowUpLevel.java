package lianjian.supervision;

import java.util.List;

/**
 * The level of a 督办 item (DOMAIN §8.4, art. 12), from its overdue days d and the setting
 * {@code lianjian.supervision.escalation-days} [a, b]: 一般督办 when d ≤ a, 重点督办 when a < d ≤ b,
 * 提请专题报告 (the unit reports to the 主任会议 and the 政法委) when d > b, or when a 共性问题 is overdue
 * more than a days.
 */
public enum FollowUpLevel {
    GENERAL("一般督办"), PRIORITY("重点督办"), SPECIAL_REPORT("提请专题报告");

    private final String chinese;

    FollowUpLevel(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }

    public static FollowUpLevel of(long overdueDays, boolean commonIssue, List<Integer> escalationDays) {
        int a = escalationDays.get(0), b = escalationDays.get(1);
        if (overdueDays > b || commonIssue && overdueDays > a) return SPECIAL_REPORT;
        return overdueDays > a ? PRIORITY : GENERAL;
    }

    public static FollowUpLevel fromChinese(String text) {
        for (FollowUpLevel l : values()) if (l.chinese.equals(text)) return l;
        return null;
    }
}
