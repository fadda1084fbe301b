package lianjian.importing.parse;

import java.text.Normalizer;

/**
 * Normalises header and enumeration text the way DOMAIN §3.2 says headers match: trimmed, line
 * breaks and '*' removed, full-width characters folded (NFKC turns （ into ( and ５ into 5).
 * Inner spaces are removed too: "案  号" is how people centre short headers.
 */
public final class HeaderText {

    private HeaderText() {}

    public static String normalize(String s) {
        if (s == null) return "";
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '*' || c == '\n' || c == '\r' || c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
            sb.append(c);
        }
        return sb.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
