package lianjian.importing.parse;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import lianjian.importing.kind.ColumnDef;
import lianjian.importing.read.ExcelDates;
import lianjian.importing.read.NumberText;
import lianjian.importing.read.RawCell;

/**
 * Turns a raw cell into the column's Java value (DOMAIN §3.3) or says, in Chinese, which rule it
 * breaks. Values: String (text, enumerations, enumeration sets, references), LocalDate, Boolean,
 * Long (counts, years), Double (amounts, scores). A blank cell is null.
 */
public final class CellParser {

    private static final Set<String> YES = Set.of("是", "Y", "YES", "√", "✓", "✔", "1", "TRUE", "T", "对");
    private static final Set<String> NO = Set.of("否", "N", "NO", "×", "✗", "✘", "X", "0", "FALSE", "F", "错");
    private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /**
     * What separates the values of an enumeration set in one cell (after NFKC folding, so full-width
     * ，；／＋ and the ideographic space are included): 、 , ; / + | and any white space or line break.
     */
    private static final java.util.regex.Pattern SET_SEPARATORS = java.util.regex.Pattern.compile("[、,;/+|\\s\\u3000]+");
    /** How the canonical text of an enumeration set joins its values. */
    public static final String SET_JOINER = "、";

    private final Map<ColumnDef, Map<String, String>> enumLookups = new ConcurrentHashMap<>();
    /** Raw cell text → canonical value, per column: enumerations repeat, NFKC folding is costly. */
    private final Map<ColumnDef, Map<String, String>> rawEnumCache = new ConcurrentHashMap<>();

    public Object parse(ColumnDef column, RawCell cell) throws CellProblem {
        if (cell == null || cell.isBlank()) return null;
        switch (cell.kind()) {
            case ERROR -> throw new CellProblem("是公式错误值，不是有效数据");
            case FORMULA_WITHOUT_VALUE -> throw new CellProblem("是公式但没有计算结果（请在 Excel 中重新计算并保存）");
            default -> { }
        }
        return switch (column.type()) {
            case TEXT, UNIT, PERSON, PERSON_NAME, KEY_REF -> text(cell);
            case CASE_NO, CASE_REF -> CaseNumbers.canonical(text(cell));
            case DATE -> date(cell);
            case BOOL -> bool(cell);
            case COUNT -> count(cell);
            case AMOUNT -> amount(cell);
            case SCORE -> score(cell);
            case ENUM -> enumeration(column, cell);
            case ENUM_SET -> enumerationSet(column, cell);
            case YEAR -> year(cell);
        };
    }

    static String text(RawCell cell) {
        String s = cell.display().strip();
        return s.isEmpty() ? null : s;
    }

    static LocalDate date(RawCell cell) throws CellProblem {
        LocalDate d;
        if (cell.kind() == RawCell.Kind.NUMBER) {
            double v = cell.number();
            if (!cell.dateFormatted() && v == Math.rint(v) && v >= 10_000_000 && v <= 99_999_999) {
                d = DateText.parse(NumberText.plain(v)); // 20250301 typed as a number
            } else {
                d = ExcelDates.toDate(v, false);
            }
            if (d == null) throw new CellProblem("不是有效日期");
        } else if (cell.kind() == RawCell.Kind.TEXT) {
            d = DateText.parse(Normalizer.normalize(cell.text(), Normalizer.Form.NFKC));
            if (d == null) throw new CellProblem("不是可识别的日期（应写作 2025-03-01、2025/3/1、2025.3.1、2025年3月1日 或 20250301）");
        } else {
            throw new CellProblem("不是日期");
        }
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) throw new CellProblem("日期超出合理范围（1950—2099年）");
        return d;
    }

    static Boolean bool(RawCell cell) throws CellProblem {
        if (cell.kind() == RawCell.Kind.BOOLEAN) return "TRUE".equals(cell.text());
        String raw = cell.display();
        if (YES.contains(raw)) return Boolean.TRUE; // exact forms first: normalising costs more than the lookup
        if (NO.contains(raw)) return Boolean.FALSE;
        String t = HeaderText.normalize(raw);
        if (YES.contains(t)) return Boolean.TRUE;
        if (NO.contains(t)) return Boolean.FALSE;
        throw new CellProblem("不是“是/否”（可填 是/否、Y/N、√/×、1/0、TRUE/FALSE，空白表示不详）");
    }

    static Long count(RawCell cell) throws CellProblem {
        BigDecimal v = number(cell);
        if (v.signum() < 0) throw new CellProblem("不能为负数");
        try {
            return v.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new CellProblem("应为整数");
        }
    }

    static Double amount(RawCell cell) throws CellProblem {
        BigDecimal v = number(cell);
        if (v.signum() < 0) throw new CellProblem("不能为负数");
        return v.doubleValue();
    }

    static Double score(RawCell cell) throws CellProblem {
        BigDecimal v = number(cell);
        if (v.compareTo(BigDecimal.ZERO) < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new CellProblem("应在 0 到 100 之间");
        }
        return v.doubleValue();
    }

    /** A year 2000–2100: a number, or text such as 2025, 2025年, 2025年度 (full-width digits too). */
    static Long year(RawCell cell) throws CellProblem {
        String problem = "不是有效年度（应填 " + FIRST_YEAR + "—" + LAST_YEAR + " 之间的四位年份，如 2025 或 2025年）";
        long y;
        if (cell.kind() == RawCell.Kind.NUMBER) {
            double v = cell.number();
            if (v != Math.rint(v)) throw new CellProblem(problem);
            y = (long) v;
        } else if (cell.kind() == RawCell.Kind.TEXT) {
            String t = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).strip().replace(" ", "");
            if (t.endsWith("年度")) t = t.substring(0, t.length() - 2);
            else if (t.endsWith("年")) t = t.substring(0, t.length() - 1);
            if (!t.matches("\\d{4}")) throw new CellProblem(problem);
            y = Long.parseLong(t);
        } else {
            throw new CellProblem(problem);
        }
        if (y < FIRST_YEAR || y > LAST_YEAR) throw new CellProblem(problem);
        return y;
    }

    /** Numeric cells, and text with thousands separators, full-width digits, ¥ or 元. */
    static BigDecimal number(RawCell cell) throws CellProblem {
        if (cell.kind() == RawCell.Kind.NUMBER) {
            if (Double.isNaN(cell.number()) || Double.isInfinite(cell.number())) throw new CellProblem("不是有效数字");
            return BigDecimal.valueOf(cell.number());
        }
        if (cell.kind() != RawCell.Kind.TEXT) throw new CellProblem("不是数字");
        String t = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).strip()
                .replace(",", "").replace(" ", "").replace("¥", "").replace("元", "");
        if (t.isEmpty()) throw new CellProblem("不是数字");
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new CellProblem("不是数字");
        }
    }

    private String enumeration(ColumnDef column, RawCell cell) throws CellProblem {
        String raw = cell.display();
        Map<String, String> cache = rawEnumCache.computeIfAbsent(column, c -> new ConcurrentHashMap<>());
        String hit = cache.get(raw);
        if (hit != null) return hit;
        Map<String, String> lookup = enumLookups.computeIfAbsent(column, CellParser::lookupFor);
        String canonical = lookup.get(HeaderText.normalize(raw));
        if (canonical != null && cache.size() < 1000) cache.put(raw, canonical);
        if (canonical == null) {
            throw new CellProblem("不是允许的值（允许：" + String.join("、", column.values().keySet()) + "）");
        }
        return canonical;
    }

    /**
     * Several values of one enumeration in a cell, e.g. 监督方式 {@code 查、听、评}. The cell is split
     * at {@link #SET_SEPARATORS}; each part is a value or a synonym (听取汇报 → 听), or values written
     * together without a separator (查听评). The result lists each value once, in the order the
     * column declares its values, joined by {@link #SET_JOINER}: {@code 评，查 查} is stored as {@code 查、评}.
     */
    private String enumerationSet(ColumnDef column, RawCell cell) throws CellProblem {
        String raw = cell.display();
        Map<String, String> cache = rawEnumCache.computeIfAbsent(column, c -> new ConcurrentHashMap<>());
        String hit = cache.get(raw);
        if (hit != null) return hit;
        Map<String, String> lookup = enumLookups.computeIfAbsent(column, CellParser::lookupFor);
        List<String> order = List.copyOf(column.values().keySet());
        boolean[] present = new boolean[order.size()];
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        String[] parts = SET_SEPARATORS.split(folded.strip());
        for (String part : parts) {
            String token = HeaderText.normalize(part);
            if (token.isEmpty()) continue;
            String canonical = lookup.get(token);
            if (canonical != null) {
                present[order.indexOf(canonical)] = true;
                continue;
            }
            List<String> joined = splitJoined(token, order);
            if (joined == null) {
                String allowed = "允许：" + String.join("、", order) + "，可填多个，用顿号、逗号或空格分隔";
                throw new CellProblem(parts.length == 1
                        ? "不是允许的值（" + allowed + "）"
                        : "含有不允许的值「" + part.strip() + "」（" + allowed + "）");
            }
            for (String v : joined) present[order.indexOf(v)] = true;
        }
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < order.size(); i++) if (present[i]) values.add(order.get(i));
        if (values.isEmpty()) return null; // only separators: as good as blank
        String canonical = String.join(SET_JOINER, values);
        if (cache.size() < 1000) cache.put(raw, canonical);
        return canonical;
    }

    /**
     * A token made only of canonical values written together (查听评 → 查, 听, 评), or null. Only the
     * canonical values, not synonyms, so 评议 (a synonym of 评) is never read as 评 + 议.
     */
    private static List<String> splitJoined(String token, List<String> values) {
        List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < token.length()) {
            String best = null;
            int bestLength = 0;
            for (String v : values) { // longest value first where one value begins another
                String n = HeaderText.normalize(v);
                if (n.length() > bestLength && token.startsWith(n, i)) {
                    best = v;
                    bestLength = n.length();
                }
            }
            if (best == null) return null;
            out.add(best);
            i += bestLength;
        }
        return out;
    }

    private static Map<String, String> lookupFor(ColumnDef column) {
        Map<String, String> m = new HashMap<>();
        for (Map.Entry<String, List<String>> e : column.values().entrySet()) {
            m.put(HeaderText.normalize(e.getKey()), e.getKey());
            for (String syn : e.getValue()) m.putIfAbsent(HeaderText.normalize(syn), e.getKey());
        }
        return m;
    }
}
