package lianjian.importing.read;

import java.time.LocalDate;

/** Excel serial day numbers (1900 date system, with Excel's fictitious 1900-02-29). */
public final class ExcelDates {

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private ExcelDates() {}

    /** The calendar day of a serial number; the time of day is dropped. Null when out of range. */
    public static LocalDate toDate(double serial, boolean use1904) {
        if (Double.isNaN(serial) || serial < 1 || serial > 2_958_465) return null;
        long days = (long) Math.floor(serial);
        if (use1904) return EPOCH_1904.plusDays(days);
        // Excel counts 1900-02-29, which never existed: serials before 61 are one day later.
        return days < 61 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
    }

    static String toIsoOrNumber(double serial) {
        LocalDate d = toDate(serial, false);
        return d == null ? NumberText.plain(serial) : d.toString();
    }
}
