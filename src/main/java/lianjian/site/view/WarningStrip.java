package lianjian.site.view;

/**
 * "本期 N 项预警" at the top of 总览 and of a unit's page (DOMAIN §8.3).
 *
 * @param count  the rows of warnings.csv for the page's period and unit (ALL on 总览)
 * @param path   the warnings of that period, at the unit's section, from the site root
 * @param detail the count by rule, e.g. "未达标 3 项、连续变差 1 项"
 * @param noData the period ends before the data of the page's unit (DOMAIN §5.1): "no warning" would read
 *               as good news, so the strip says there was nothing to judge
 */
public record WarningStrip(int count, String path, String detail, boolean noData) {}
