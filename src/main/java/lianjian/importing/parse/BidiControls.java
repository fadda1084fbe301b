package lianjian.importing.parse;

import java.util.TreeSet;

/**
 * Unicode bidirectional control characters: U+202A–U+202E (embeddings, overrides), U+2066–U+2069
 * (isolates), U+200E, U+200F (marks) and U+061C (Arabic letter mark). Invisible, they make a
 * dashboard page, a PDF or a CSV show text in another order than it has (U+202E reverses what
 * follows), so a name or a file name can pretend to be something else. Chinese text never needs
 * them: the importer removes them from every value it stores, with a warning naming the cell, and
 * from the names and messages it records.
 */
public final class BidiControls {

    private BidiControls() {}

    public static boolean isControl(int c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }

    /** Whether {@code s} holds any (cheap: most characters are rejected by one comparison). */
    public static boolean contains(String s) {
        if (s == null) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '\u061C' || c > '\u2069') continue;
            if (isControl(c)) return true;
        }
        return false;
    }

    /** {@code s} without them; the same instance when there are none; null stays null. */
    public static String strip(String s) {
        if (!contains(s)) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isControl(c)) b.append(c);
        }
        return b.toString();
    }

    /** The ones {@code s} holds, e.g. "U+202E、U+2066", for a message. */
    public static String named(String s) {
        TreeSet<String> names = new TreeSet<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) names.add(String.format("U+%04X", (int) c));
        }
        return String.join("、", names);
    }
}
