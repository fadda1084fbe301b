package lianjian.site.view;

/**
 * A comparison with an earlier period (环比 / 同比 / 较上年).
 *
 * @param arrow  ▲ ▼ ＝ or "" (no comparison); decorative: {@code word} says it in words for screen readers
 * @param amount the size of the change as Formats prints it (1.2 个百分点), or "—"
 * @param base   the earlier value, e.g. "上期 95.1%"
 */
public record Change(String label, String arrow, String word, String amount, String base) {}
