package lianjian.reporting.text;

import java.time.LocalDate;

import lianjian.indicators.Formats;
import lianjian.indicators.Period;

/** How periods and dates are named in reports (DOMAIN §1: 2025年3月1日 in prose, 2025-03-01 in tables). */
public final class Labels {

    private Labels() {}

    /** 2025年上半年, or 2025年下半年（截至2025年11月15日） when the as-of date cuts the period short. */
    public static String period(Period p) {
        String name = p.chineseName();
        return p.end().isBefore(p.lastDay()) ? name + "（截至" + Formats.chineseDate(p.end()) + "）" : name;
    }

    /** 2025年1月1日至2025年6月30日 */
    public static String range(Period p) {
        return Formats.chineseDate(p.start()) + "至" + Formats.chineseDate(p.end());
    }

    /** Quarter labels for charts and trend tables: 2025年一季度. */
    public static String quarter(Period q) {
        int n = Integer.parseInt(q.code().substring(5));
        return q.start().getYear() + "年" + "一二三四".charAt(n - 1) + "季度";
    }

    /** Two lines for narrow table headers: 2025年 / 一季度. */
    public static String quarterTwoLines(Period q) {
        int n = Integer.parseInt(q.code().substring(5));
        return q.start().getYear() + "年\n" + "一二三四".charAt(n - 1) + "季度";
    }

    public static String date(LocalDate d) {
        return Formats.isoDate(d);
    }

    public static String chineseDate(LocalDate d) {
        return Formats.chineseDate(d);
    }
}
