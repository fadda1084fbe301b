package lianjian.office;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a line of mixed Chinese and Latin text to a width: a break may fall between any two Chinese characters,
 * but a run of Latin letters and digits ("95.0%", "2025H2", "C05"), a change with its arrow ("▲2.1") and 个百分点
 * stay whole unless wider than a line; closing punctuation (，。、）％ …) never starts a line and an opening bracket
 * never ends one — the character before goes down with it, so a line never runs past its width.
 */
final class OfdLines {

    /** Marks that never start a line: closing punctuation, and the direction marks after an indicator's name. */
    private static final List<String> NO_LINE_START = List.of("，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "”",
            "’", "％", "…", "·", ",", ".", ";", ":", "!", "?", ")", "]", "%", "↑", "↓", "◎", "ⓘ");
    /** Words kept whole: 个百分点 after a change ("▲2.1 个百分点"). */
    private static final List<String> WHOLE = List.of("个百分点");
    /** Marks that never end a line: opening brackets and quotes. */
    private static final List<String> NO_LINE_END = List.of("（", "《", "「", "『", "“", "‘", "(", "[");

    private OfdLines() {}

    /** A function from a character to its advance in mm. */
    interface Advance extends ToDoubleFunction<Character> {}

    static List<String> wrap(String text, Advance advance, double firstWidth, double width) {
        List<String> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        double max = firstWidth;
        for (String token : words(text)) {
            double used = width(String.join("", line), advance), w = width(token, advance);
            if (line.isEmpty() && w > max) {
                // a run wider than the line: broken by character
                for (char c : token.toCharArray()) {
                    if (!line.isEmpty() && width(String.join("", line), advance) + advance.applyAsDouble(c) > max + 1e-6) {
                        lines.add(String.join("", line));
                        line.clear();
                        max = width;
                    }
                    line.add(String.valueOf(c));
                }
                continue;
            }
            if (line.isEmpty() || used + w <= max + 1e-6 || token.isBlank()) {
                line.add(token); // a space may hang past the edge: it is dropped at the end of a line
                continue;
            }
            // A closing mark may not start the next line, nor an opening one end this line: the words before it go
            // down with it (the line stays within its width, which a table cell needs).
            List<String> carry = new ArrayList<>();
            if (NO_LINE_START.contains(token)) {
                while (line.size() > 1 && line.get(line.size() - 1).isBlank()) line.remove(line.size() - 1);
                // take the word before down; when that is itself a closing mark (件）ⓘ), the one before it too
                while (line.size() > 1) {
                    carry.add(0, line.remove(line.size() - 1));
                    if (!NO_LINE_START.contains(carry.get(0))) break;
                }
            }
            while (line.size() > 1 && NO_LINE_END.contains(line.get(line.size() - 1))) carry.add(0, line.remove(line.size() - 1));
            lines.add(String.join("", line).stripTrailing());
            line.clear();
            max = width;
            line.addAll(carry);
            line.add(token);
        }
        if (!line.isEmpty() || lines.isEmpty()) lines.add(String.join("", line).stripTrailing());
        return lines;
    }

    /**
     * The runs a line is never broken inside: Latin runs, 个百分点, and an arrow with the figure after it ("▲2.1");
     * every other character alone.
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        List<String> t = tokens(text);
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i);
            while ((w.equals("▲") || w.equals("▼")) && i + 1 < t.size()) w += t.get(++i);
            out.add(w);
        }
        return out;
    }

    /** Latin runs (letters, digits and the signs inside numbers) and 个百分点 as one token, every other character alone. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        outer:
        while (i < text.length()) {
            for (String whole : WHOLE) {
                if (text.startsWith(whole, i)) {
                    out.add(whole);
                    i += whole.length();
                    continue outer;
                }
            }
            int j = i;
            while (j < text.length() && latin(text.charAt(j))) j++;
            if (j > i) {
                out.add(text.substring(i, j));
                i = j;
            } else {
                out.add(text.substring(i, i + 1));
                i++;
            }
        }
        return out;
    }

    private static boolean latin(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || ".,%+-/:_#*".indexOf(c) >= 0;
    }

    private static double width(String s, Advance advance) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) w += advance.applyAsDouble(s.charAt(i));
        return w;
    }

}
