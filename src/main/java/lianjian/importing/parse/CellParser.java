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
 * breaks. Values: String (text, enumerations, references), LocalDate, Boolean, Long (counts),
 * Double (amounts, scores). A blank cell is null.
 */
public final class CellParser {

    private static final Set<String> YES = Set.of("是", "Y", "YES", "√", "✓", "✔", "1", "TRUE", "T", "对");
    private static final Set<String> NO = Set.of("否", "N", "NO", "×", "✗", "✘", "X", "0", "FALSE", "F", "错");
    private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

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
            case TEXT, UNIT, PERSON, PERSON_NAME -> text(cell);
            case CASE_NO, CASE_REF -> CaseNumbers.canonical(text(cell));
            case DATE -> date(cell);
            case BOOL -> bool(cell);
            case COUNT -> count(cell);
            case AMOUNT -> amount(cell);
            case SCORE -> score(cell);
            case ENUM -> enumeration(column, cell);
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

    private static Map<String, String> lookupFor(ColumnDef column) {
        Map<String, String> m = new HashMap<>();
        for (Map.Entry<String, List<String>> e : column.values().entrySet()) {
            m.put(HeaderText.normalize(e.getKey()), e.getKey());
            for (String syn : e.getValue()) m.putIfAbsent(HeaderText.normalize(syn), e.getKey());
        }
        return m;
    }
}
