package lianjian.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Working days, roughly as a Chinese county office sees them: no weekends, and the long holidays
 * (春节, 劳动节, 国庆) are closed. Cases are filed and closed, meetings held, on working days only;
 * this is what makes a month-by-month chart of the sample look like a real one (the dip in
 * February). Make-up working weekends (调休) are ignored.
 */
final class WorkCalendar {

    private WorkCalendar() {
    }

    static boolean isWorkday(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        if (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY) {
            return false;
        }
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        if (m == 1 && day == 1) {
            return false;
        }
        if (m == 5 && day <= 5) {
            return false;
        }
        if (m == 10 && day <= 7) {
            return false;
        }
        LocalDate springFestival = springFestival(d.getYear());
        return d.isBefore(springFestival.minusDays(1)) || d.isAfter(springFestival.plusDays(6));
    }

    /** 春节 (first day of the lunar year); a table, because the generator only needs a few years. */
    static LocalDate springFestival(int year) {
        return switch (year) {
            case 2018 -> LocalDate.of(2018, 2, 16);
            case 2019 -> LocalDate.of(2019, 2, 5);
            case 2020 -> LocalDate.of(2020, 1, 25);
            case 2021 -> LocalDate.of(2021, 2, 12);
            case 2022 -> LocalDate.of(2022, 2, 1);
            case 2023 -> LocalDate.of(2023, 1, 22);
            case 2024 -> LocalDate.of(2024, 2, 10);
            case 2025 -> LocalDate.of(2025, 1, 29);
            case 2026 -> LocalDate.of(2026, 2, 17);
            case 2027 -> LocalDate.of(2027, 2, 6);
            default -> LocalDate.of(year, 2, 5);
        };
    }

    static List<LocalDate> workdays(LocalDate fromInclusive, LocalDate toInclusive) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = fromInclusive; !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkday(d)) {
                days.add(d);
            }
        }
        return days;
    }

    static List<LocalDate> workdaysOfYear(int year) {
        return workdays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The working day on or before d, unless that falls before notBefore; then the one after. */
    static LocalDate onOrBefore(LocalDate d, LocalDate notBefore) {
        LocalDate x = d;
        while (!isWorkday(x)) {
            x = x.minusDays(1);
        }
        if (x.isBefore(notBefore)) {
            x = d;
            while (!isWorkday(x)) {
                x = x.plusDays(1);
            }
        }
        return x;
    }

    static LocalDate onOrAfter(LocalDate d) {
        LocalDate x = d;
        while (!isWorkday(x)) {
            x = x.plusDays(1);
        }
        return x;
    }

    /** A random working day in [from, to]; falls back to from when the range has none. */
    static LocalDate randomWorkday(Rng rng, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        if (span < 0) {
            return from;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            LocalDate d = from.plusDays(rng.nextInt((int) span + 1));
            if (isWorkday(d)) {
                return d;
            }
        }
        return onOrAfter(from).isAfter(to) ? from : onOrAfter(from);
    }
}
