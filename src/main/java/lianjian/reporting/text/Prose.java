package lianjian.reporting.text;

import java.util.ArrayList;
import java.util.List;

import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorDef;

/**
 * Sentences for leaders, written from stored figures: values in their display form (Formats) and
 * changes in words — 同比上升 0.03, 较上期提高 12.1 个百分点, 同比持平. The amounts are rounded
 * exactly as the tables round them, so prose and tables never disagree.
 */
public final class Prose {

    private Prose() {}

    /**
     * A change in words, or null when either side has no value.
     *
     * @param against 同比 or 较上期
     */
    public static String change(IndicatorDef def, Double change, String against) {
        if (change == null || change.isNaN()) return null;
        String amount;
        String up, down;
        switch (def.display()) {
            case PERCENT -> { amount = Formats.fixed(Math.abs(change) * 100, 1) + " 个百分点"; up = "提高"; down = "下降"; }
            case COUNT -> { amount = Formats.integer(Math.abs(change)) + " 件"; up = "增加"; down = "减少"; }
            case PERSONS -> { amount = Formats.integer(Math.abs(change)) + " 人"; up = "增加"; down = "减少"; }
            case DAYS -> { amount = Formats.fixed(Math.abs(change), 1) + " 天"; up = "增加"; down = "减少"; }
            case RATIO_PLAIN, RATIO_1X -> { amount = Formats.fixed(Math.abs(change), 2); up = "上升"; down = "下降"; }
            case SCORE -> { amount = Formats.fixed(Math.abs(change), 1) + " 分"; up = "提高"; down = "下降"; }
            default -> { amount = Formats.fixed(Math.abs(change), 1); up = "上升"; down = "下降"; }
        }
        // Equal when the rounded amount is zero: the reader would see the same two numbers.
        if (amount.replaceAll("[^0-9]", "").chars().allMatch(c -> c == '0')) return against + "持平";
        return against + (change > 0 ? up : down) + " " + amount;
    }

    /** Joins clauses with "，" and ends with "。"; null and blank clauses are skipped. */
    public static String sentence(String... clauses) {
        return sentence(java.util.Arrays.asList(clauses));
    }

    public static String sentence(List<String> clauses) {
        List<String> parts = new ArrayList<>();
        for (String c : clauses) if (c != null && !c.isBlank()) parts.add(c);
        if (parts.isEmpty()) return null;
        return String.join("，", parts) + "。";
    }

    /** Joins parts with "；" into one sentence ending with "。". */
    public static String clauses(List<String> parts) {
        List<String> kept = new ArrayList<>();
        for (String c : parts) if (c != null && !c.isBlank()) kept.add(c);
        if (kept.isEmpty()) return null;
        return String.join("；", kept) + "。";
    }

    /** 一、二、三 … for headings (up to 二十). */
    public static String ordinal(int n) {
        String[] d = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        if (n <= 10) return d[n];
        if (n < 20) return "十" + d[n - 10];
        if (n == 20) return "二十";
        return String.valueOf(n);
    }
}
