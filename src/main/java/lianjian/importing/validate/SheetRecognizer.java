package lianjian.importing.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lianjian.importing.kind.ColumnDef;
import lianjian.importing.kind.SheetKind;
import lianjian.importing.kind.SheetKindCatalog;
import lianjian.importing.parse.HeaderText;
import lianjian.importing.read.RawCell;

/**
 * Decides what a sheet is (DOMAIN §3.2): by its name, or failing that by its header row — the first
 * of the top 10 rows holding all of a kind's required headers. Then maps the file's columns to the
 * kind's columns.
 */
public final class SheetRecognizer {

    /** How many rows from the top may hold the header (title rows and blank rows come first). */
    public static final int HEADER_SEARCH_ROWS = 10;

    /** A buffered row from the top of a sheet. */
    public record TopRow(int rowNumber, RawCell[] cells) {}

    /** The outcome for one sheet. */
    public sealed interface Result permits Recognized, Skipped, Broken {}

    /**
     * @param columnOf      file column index → kind column (null where the file column is ignored)
     * @param headerTextOf  file column index → the header text as written (for messages)
     * @param notices       ignored and duplicate columns, for the receipt
     */
    public record Recognized(SheetKind kind, int headerRowNumber, ColumnDef[] columnOf, String[] headerTextOf,
                             List<String> notices, boolean byName) implements Result {}

    public record Skipped(String reason) implements Result {}

    /** Named as a kind but no usable header: an error for the file. */
    public record Broken(SheetKind kind, String reason) implements Result {}

    private final List<SheetKind> kinds;
    private final Map<SheetKind, Map<String, ColumnDef>> headerMaps = new HashMap<>();

    /** A row with no filled cell (skipped when looking for the header, as title blocks have them). */
    public static boolean isBlank(RawCell[] cells) {
        for (RawCell c : cells) if (c != null && !c.isBlank()) return false;
        return true;
    }

    public SheetRecognizer(SheetKindCatalog catalog) {
        this.kinds = catalog.kinds();
        for (SheetKind k : kinds) {
            Map<String, ColumnDef> m = new HashMap<>();
            for (ColumnDef c : k.columns()) {
                for (String h : c.allHeaders()) m.putIfAbsent(HeaderText.normalize(h), c);
            }
            headerMaps.put(k, m);
        }
    }

    public Result recognize(String sheetName, boolean hidden, List<TopRow> top) {
        if (hidden) return new Skipped("隐藏的工作表，已跳过");
        SheetKind named = kindNamedExactly(sheetName);
        if (named != null) {
            for (TopRow row : top) {
                if (hasRequiredHeaders(named, row)) return mapColumns(named, row, true);
            }
            return new Broken(named, "工作表名称表明是「" + named.name() + "」，但前" + HEADER_SEARCH_ROWS
                    + "行中没有找到表头：缺少必填列 " + String.join("、", missingInBestRow(named, top)));
        }
        // A name that only contains a kind's name ("2024年法院案件") is a hint, not a promise:
        // prefer that kind when its headers are there, otherwise look at the headers alone.
        SheetKind hinted = kindNameContained(sheetName);
        for (TopRow row : top) {
            if (hinted != null && hasRequiredHeaders(hinted, row)) return mapColumns(hinted, row, true);
            SheetKind best = null;
            int bestMatches = -1;
            for (SheetKind k : kinds) {
                if (!hasRequiredHeaders(k, row)) continue;
                int matches = matchedColumns(k, row);
                if (matches > bestMatches) {
                    best = k;
                    bestMatches = matches;
                }
            }
            if (best != null) return mapColumns(best, row, false);
        }
        return new Skipped("未识别的工作表（名称不是已知的表名，前" + HEADER_SEARCH_ROWS + "行中也没有找到任何一种表的表头），已跳过");
    }

    SheetKind kindNamedExactly(String sheetName) {
        String n = HeaderText.normalize(sheetName);
        for (SheetKind k : kinds) {
            for (String s : k.sheetNames()) if (HeaderText.normalize(s).equals(n)) return k;
        }
        return null;
    }

    /** The kind whose longest name (of 4 characters or more: "单位" is too common) the sheet name contains. */
    SheetKind kindNameContained(String sheetName) {
        String n = HeaderText.normalize(sheetName);
        SheetKind contained = null;
        int containedLength = 0;
        for (SheetKind k : kinds) {
            for (String s : k.sheetNames()) {
                String ns = HeaderText.normalize(s);
                if (ns.length() >= 4 && n.contains(ns) && ns.length() > containedLength) {
                    contained = k;
                    containedLength = ns.length();
                }
            }
        }
        return contained;
    }

    private boolean hasRequiredHeaders(SheetKind kind, TopRow row) {
        List<ColumnDef> present = presentColumns(kind, row);
        for (ColumnDef c : kind.requiredColumns()) {
            if (!present.contains(c)) return false;
        }
        return !kind.requiredColumns().isEmpty();
    }

    private int matchedColumns(SheetKind kind, TopRow row) {
        return (int) presentColumns(kind, row).stream().distinct().count();
    }

    private List<ColumnDef> presentColumns(SheetKind kind, TopRow row) {
        Map<String, ColumnDef> m = headerMaps.get(kind);
        List<ColumnDef> present = new ArrayList<>();
        for (RawCell cell : row.cells()) {
            if (cell == null) continue;
            ColumnDef c = m.get(HeaderText.normalize(cell.display()));
            if (c != null) present.add(c);
        }
        return present;
    }

    private List<String> missingInBestRow(SheetKind kind, List<TopRow> top) {
        TopRow best = null;
        int bestCount = -1;
        for (TopRow row : top) {
            int n = matchedColumns(kind, row);
            if (n > bestCount) {
                best = row;
                bestCount = n;
            }
        }
        List<ColumnDef> present = best == null ? List.of() : presentColumns(kind, best);
        return kind.requiredColumns().stream().filter(c -> !present.contains(c)).map(ColumnDef::header).toList();
    }

    private Recognized mapColumns(SheetKind kind, TopRow row, boolean byName) {
        Map<String, ColumnDef> m = headerMaps.get(kind);
        int width = row.cells().length;
        ColumnDef[] columnOf = new ColumnDef[width];
        String[] headerTextOf = new String[width];
        List<String> notices = new ArrayList<>();
        Map<ColumnDef, String> seen = new HashMap<>();
        for (int i = 0; i < width; i++) {
            RawCell cell = row.cells()[i];
            if (cell == null || cell.isBlank()) continue;
            String text = cell.display().strip().replace("\n", "").replace("\r", "");
            headerTextOf[i] = text;
            ColumnDef c = m.get(HeaderText.normalize(text));
            if (c == null) {
                notices.add("未识别的列「" + text + "」，已忽略");
            } else if (seen.containsKey(c)) {
                notices.add("列「" + text + "」与「" + seen.get(c) + "」是同一列，已使用前者");
            } else {
                seen.put(c, text);
                columnOf[i] = c;
            }
        }
        return new Recognized(kind, row.rowNumber(), columnOf, headerTextOf, notices, byName);
    }
}
