package lianjian.reporting;

import java.time.LocalDate;
import java.util.Map;

import lianjian.indicators.Formats;

/** Typed reads of the stored list items (indicator_list JSON: strings, numbers, booleans, nulls). */
final class ListItems {

    private ListItems() {}

    static String text(Map<String, Object> item, String key) {
        Object o = item.get(key);
        return o == null || o.toString().isBlank() ? null : o.toString();
    }

    /** The text, or "—" when blank. */
    static String shown(Map<String, Object> item, String key) {
        String s = text(item, key);
        return s == null ? Formats.NONE : s;
    }

    static Double number(Map<String, Object> item, String key) {
        Object o = item.get(key);
        return o instanceof Number n ? n.doubleValue() : null;
    }

    /** 1,234 or "—". */
    static String integer(Map<String, Object> item, String key) {
        Double v = number(item, key);
        return v == null ? Formats.NONE : Formats.integer(v);
    }

    /** The number with n decimals, or "—". */
    static String fixed(Map<String, Object> item, String key, int decimals) {
        Double v = number(item, key);
        return v == null ? Formats.NONE : Formats.fixed(v, decimals);
    }

    static LocalDate date(Map<String, Object> item, String key) {
        String s = text(item, key);
        return s == null ? null : LocalDate.parse(s);
    }

    static Boolean bool(Map<String, Object> item, String key) {
        Object o = item.get(key);
        return o instanceof Boolean b ? b : null;
    }
}
