package lianjian.importing.parse;

/**
 * Canonical form of a 案号 / 部门受案号 (DOMAIN §3.3): brackets of every width and shape folded to
 * the full-width （ ）, spaces removed, full-width digits and letters made ASCII — so
 * "(2024)浙0102民初1234号" and "（２０２４）浙0102民初1234号" are the same case.
 */
public final class CaseNumbers {

    private CaseNumbers() {}

    public static String canonical(String raw) {
        if (raw == null) return null;
        if (isCanonical(raw)) return raw; // the usual case: nothing to fold, no copy
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
            switch (c) {
                case '(', '（', '〔', '[', '［', '【', '﹙' -> sb.append('（');
                case ')', '）', '〕', ']', '］', '】', '﹚' -> sb.append('）');
                default -> {
                    if (c >= '\uFF01' && c <= '\uFF5E') sb.append((char) (c - 0xFEE0)); // full-width ASCII
                    else sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    private static boolean isCanonical(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '(' || c == ')' || c == '[' || c == ']' || c == '\u3000' || Character.isWhitespace(c)) return false;
            if (c >= '\uFF01' && c <= '\uFF5E' && c != '（' && c != '）') return false;
            if (c == '〔' || c == '〕' || c == '［' || c == '］' || c == '【' || c == '】' || c == '﹙' || c == '﹚') return false;
        }
        return true;
    }
}
