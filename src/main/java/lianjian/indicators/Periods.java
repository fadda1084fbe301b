package lianjian.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which periods to compute (DOMAIN §5.1): every year, half-year and quarter between the earliest and
 * the latest event date in the data, except those starting after the as-of date. Event dates are the
 * dates things happened (立案, 结案, 评查, 评议, 调查结束, 发现, 完成, 交办, 答复, 收到, 办结, 开庭, 活动);
 * roster dates and deadlines are not events.
 */
public final class Periods {

    private static final String[][] EVENT_COLUMNS = {
            {"court_case", "filed_on"}, {"court_case", "closed_on"},
            {"prosecution_case", "received_on"}, {"prosecution_case", "closed_on"},
            {"case_review", "reviewed_on"}, {"evaluation", "evaluated_on"}, {"survey", "ended_on"},
            {"problem", "found_on"}, {"problem", "done_on"}, {"suggestion", "assigned_on"}, {"suggestion", "replied_on"},
            {"petition", "received_on"}, {"petition", "closed_on"}, {"hearing", "hearing_on"}, {"activity", "activity_on"}};

    private Periods() {}

    /** Earliest and latest event date, or null when there is no data. */
    public static LocalDate[] eventRange(JdbcTemplate jdbc) {
        String min = null, max = null;
        for (String[] tc : EVENT_COLUMNS) {
            String[] mm = jdbc.queryForObject("SELECT MIN(" + tc[1] + "), MAX(" + tc[1] + ") FROM " + tc[0],
                    (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
            if (mm[0] != null && (min == null || mm[0].compareTo(min) < 0)) min = mm[0];
            if (mm[1] != null && (max == null || mm[1].compareTo(max) > 0)) max = mm[1];
        }
        return min == null ? null : new LocalDate[] {LocalDate.parse(min), LocalDate.parse(max)};
    }

    /**
     * The run's default as-of date (for the reports "as of a date"): the last day of the latest
     * quarter the data touch, but never after today (a quarter still running is as of today). It
     * does not cap the periods: each is computed as of its own end (§5.1).
     */
    public static LocalDate defaultAsOf(LocalDate[] range, LocalDate today) {
        if (range == null) return today;
        LocalDate last = range[1];
        LocalDate quarterEnd = LocalDate.of(last.getYear(), ((last.getMonthValue() - 1) / 3 + 1) * 3, 1)
                .plusMonths(1).minusDays(1);
        return quarterEnd.isAfter(today) ? today : quarterEnd;
    }

    /**
     * Years first, then halves, then quarters, each in time order, for the data range [from, to];
     * periods starting after {@code asOf} are left out, and the others end at {@code asOf} at the latest.
     */
    public static List<Period> between(LocalDate from, LocalDate to, LocalDate asOf) {
        List<Period> years = new ArrayList<>(), halves = new ArrayList<>(), quarters = new ArrayList<>();
        LocalDate last = to.isAfter(asOf) ? asOf : to;
        for (int y = from.getYear(); y <= last.getYear(); y++) {
            add(years, Period.year(y, asOf), from, last);
            for (int h = 1; h <= 2; h++) add(halves, Period.half(y, h, asOf), from, last);
            for (int q = 1; q <= 4; q++) add(quarters, Period.quarter(y, q, asOf), from, last);
        }
        List<Period> all = new ArrayList<>(years);
        all.addAll(halves);
        all.addAll(quarters);
        return all;
    }

    private static void add(List<Period> list, Period p, LocalDate from, LocalDate to) {
        boolean overlaps = !p.lastDay().isBefore(from) && !p.start().isAfter(to);
        if (overlaps) list.add(p);
    }
}
