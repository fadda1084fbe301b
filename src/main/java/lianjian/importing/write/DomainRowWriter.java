package lianjian.importing.write;

import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.database.Vendor;
import lianjian.importing.kind.ColumnDef;
import lianjian.importing.kind.ColumnType;
import lianjian.importing.kind.SheetKind;
import lianjian.importing.validate.CheckedRow;
import lianjian.importing.validate.Level;
import lianjian.importing.validate.RowValidator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes validated rows of one file into the domain tables, inside the caller's transaction.
 *
 * <p>Per batch and kind: rows whose key already exists are looked up in one query; a row from an
 * earlier file whose values differ is copied to {@code row_history} and replaced (a later file wins,
 * DOMAIN §3.4), one with the same values only becomes this file's (no history entry); a key
 * already written from this same file is a duplicate and the new row is rejected. Rows that refer
 * to a case (案件评查) wait until the end of the file when the case is unknown, because the case
 * list may come later in the same workbook.
 */
public final class DomainRowWriter implements AutoCloseable {

    private static final int IN_LIST = 500;
    /** Rows per kind written at once: SQLite's JDBC batches; PostgreSQL's COPY batches, larger to save round trips. */
    private static final int SQLITE_BATCH = IN_LIST;
    private static final int POSTGRES_BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final long fileId;
    private final BiConsumer<CheckedRow, CheckedRow.Flag> flagger;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<SheetKind, List<CheckedRow>> pending = new LinkedHashMap<>();
    private final List<CheckedRow> waitingForCase = new ArrayList<>();
    private final Map<String, Integer> writtenBySheet = new HashMap<>();
    private final String now = LocalDateTime.now().withNano(0).toString();
    /** Non-null on PostgreSQL: rows go in by COPY. */
    private final PostgresCopy copy;
    /** Non-null on SQLite: the file's INSERT statements, prepared once. */
    private final SqliteInserts sqlite;
    private final int batch;

    /**
     * @param flagger receives what the writer finds about a row (an error means the row was not
     *                written); it records the flag on the row and in the file's report
     */
    public DomainRowWriter(JdbcTemplate jdbc, long fileId, BiConsumer<CheckedRow, CheckedRow.Flag> flagger) {
        this.jdbc = jdbc;
        this.fileId = fileId;
        this.flagger = flagger;
        this.copy = Vendor.of(jdbc) == Vendor.POSTGRESQL ? new PostgresCopy(jdbc, fileId) : null;
        this.sqlite = copy == null ? new SqliteInserts(jdbc, fileId) : null;
        this.batch = copy != null ? POSTGRES_BATCH : SQLITE_BATCH;
    }

    public void add(List<CheckedRow> rows) {
        for (CheckedRow row : rows) {
            List<CheckedRow> list = pending.computeIfAbsent(row.kind(), k -> new ArrayList<>());
            list.add(row);
            if (list.size() >= batch) flush(row.kind());
        }
    }

    /** Writes what is pending, then settles the rows that waited for their case. */
    public void finish() {
        for (SheetKind k : List.copyOf(pending.keySet())) flush(k);
        if (waitingForCase.isEmpty()) return;
        List<CheckedRow> still = new ArrayList<>(waitingForCase);
        waitingForCase.clear();
        Set<String> known = knownCases(still);
        Map<SheetKind, List<CheckedRow>> toWrite = new LinkedHashMap<>();
        for (CheckedRow row : still) {
            ColumnDef ref = caseRefColumn(row.kind());
            String caseNo = (String) row.values()[ref.index()];
            if (!known.contains(caseNo)) {
                String required = ref.requiredWhenUnknown();
                if (required != null && row.value(required) == null) {
                    flagger.accept(row, RowValidator.laterFlag(row, Level.ERROR, required,
                            "必须填写：" + ref.header() + "「" + caseNo + "」在法院案件和检察案件清单中都不存在"));
                    continue;
                }
                flagger.accept(row, RowValidator.laterFlag(row, Level.WARNING, ref.field(),
                        "在案件清单中不存在（" + row.kind().name() + "记录已保留）"));
            }
            toWrite.computeIfAbsent(row.kind(), k -> new ArrayList<>()).add(row);
        }
        toWrite.forEach(this::write);
    }

    public Map<String, Integer> writtenBySheet() { return writtenBySheet; }

    private void flush(SheetKind kind) {
        List<CheckedRow> rows = pending.remove(kind);
        if (rows == null || rows.isEmpty()) return;
        ColumnDef ref = caseRefColumn(kind);
        if (ref != null) {
            Set<String> known = knownCases(rows);
            List<CheckedRow> now = new ArrayList<>();
            for (CheckedRow r : rows) {
                if (known.contains((String) r.values()[ref.index()])) now.add(r);
                else waitingForCase.add(r);
            }
            rows = now;
        }
        write(kind, rows);
    }

    /**
     * Inserts the rows; a row whose key is already stored is skipped by the database (ON CONFLICT DO
     * NOTHING; on PostgreSQL through COPY, see {@link PostgresCopy}) and reported as 0 in the counts. Only those few rows are
     * then looked up: stored by an earlier file → that version goes to history and this row replaces
     * it; stored by this file (an earlier row, or earlier in this batch) → a duplicate key.
     */
    private void write(SheetKind kind, List<CheckedRow> rows) {
        if (rows.isEmpty()) return;
        int[] counts = insert(kind, rows, true);
        List<CheckedRow> conflicts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (counts[i] == 0) conflicts.add(rows.get(i));
            else writtenBySheet.merge(rows.get(i).sheet(), 1, Integer::sum);
        }
        if (conflicts.isEmpty()) return;
        Map<String, Map<String, Object>> existing = existingRows(kind, conflicts);
        List<CheckedRow> replacing = new ArrayList<>();
        List<Map<String, Object>> replaced = new ArrayList<>();
        Set<String> replacedKeys = new HashSet<>();
        for (CheckedRow r : conflicts) {
            Map<String, Object> old = existing.get(r.rowKey());
            if (old == null) continue; // cannot happen: the conflict was on this key
            if (toLong(old.get("source_file_id")) == fileId || replacedKeys.contains(r.rowKey())) {
                duplicate(r, "本文件第" + old.get("source_row") + "行（工作表「" + old.get("source_sheet") + "」）");
            } else {
                replacing.add(r);
                replaced.add(old);
                replacedKeys.add(r.rowKey());
            }
        }
        if (replaced.isEmpty()) return;
        // A row whose values are what is stored already changes nothing worth a history entry: only
        // its provenance moves to this file (DOMAIN §3.4: the later file wins).
        List<CheckedRow> changed = new ArrayList<>();
        List<Map<String, Object>> changedOld = new ArrayList<>();
        List<CheckedRow> unchanged = new ArrayList<>();
        for (int i = 0; i < replacing.size(); i++) {
            if (sameValues(kind, replaced.get(i), replacing.get(i))) {
                unchanged.add(replacing.get(i));
            } else {
                changed.add(replacing.get(i));
                changedOld.add(replaced.get(i));
            }
        }
        if (!changed.isEmpty()) {
            moveToHistory(kind, changedOld);
            insert(kind, changed, false);
        }
        if (!unchanged.isEmpty()) takeOver(kind, unchanged);
        for (CheckedRow r : replacing) writtenBySheet.merge(r.sheet(), 1, Integer::sum);
    }

    /** Whether the stored row holds the same value in every column of the kind (as stored: 1/0, ISO dates). */
    static boolean sameValues(SheetKind kind, Map<String, Object> stored, CheckedRow row) {
        for (ColumnDef c : kind.columns()) {
            if (!sameValue(stored.get(c.field()), row.values()[c.index()])) return false;
        }
        return true;
    }

    private static boolean sameValue(Object stored, Object value) {
        if (value == null || stored == null) return value == null && stored == null;
        if (value instanceof Boolean b) value = b ? 1L : 0L;
        if (value instanceof LocalDate d) value = d.toString();
        if (value instanceof Number n && stored instanceof Number m) {
            return decimal(n).compareTo(decimal(m)) == 0; // SQLite may hand 12.0 back as 12
        }
        return value.toString().equals(stored.toString());
    }

    private static java.math.BigDecimal decimal(Number n) {
        if (n instanceof Double || n instanceof Float) return java.math.BigDecimal.valueOf(n.doubleValue());
        if (n instanceof java.math.BigDecimal d) return d;
        return new java.math.BigDecimal(n.toString());
    }

    /** Unchanged rows: this file becomes their source, nothing else changes. */
    private void takeOver(SheetKind kind, List<CheckedRow> rows) {
        List<Object[]> args = new ArrayList<>();
        for (CheckedRow r : rows) args.add(new Object[] {fileId, r.sheet(), r.rowNumber(), r.rowKey()});
        jdbc.batchUpdate("UPDATE " + kind.table() + " SET source_file_id = ?, source_sheet = ?, source_row = ?"
                + " WHERE row_key = ?", args);
    }

    private void duplicate(CheckedRow r, String where) {
        String keyField = r.kind().key().get(0);
        String keyHeaders = String.join("+", r.kind().key().stream().map(f -> r.kind().requireColumn(f).header()).toList());
        flagger.accept(r, RowValidator.laterFlag(r, Level.ERROR, keyField, keyHeaders + "重复：与" + where + "相同"));
    }

    private Map<String, Map<String, Object>> existingRows(SheetKind kind, List<CheckedRow> rows) {
        Map<String, Map<String, Object>> found = new HashMap<>();
        if (rows.isEmpty()) return found;
        String marks = String.join(",", java.util.Collections.nCopies(rows.size(), "?"));
        Object[] keys = rows.stream().map(CheckedRow::rowKey).toArray();
        jdbc.query("SELECT * FROM " + kind.table() + " WHERE row_key IN (" + marks + ")", rs -> {
            ResultSetMetaData md = rs.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnLabel(i).toLowerCase(), rs.getObject(i));
            found.put((String) row.get("row_key"), row);
        }, keys);
        return found;
    }

    private void moveToHistory(SheetKind kind, List<Map<String, Object>> oldRows) {
        List<Object[]> history = new ArrayList<>();
        List<Object[]> keys = new ArrayList<>();
        for (Map<String, Object> old : oldRows) {
            history.add(new Object[] {kind.id(), old.get("row_key"), json.writeValueAsString(old),
                    old.get("source_file_id"), fileId, now});
            keys.add(new Object[] {old.get("row_key")});
        }
        jdbc.batchUpdate("INSERT INTO row_history (kind, row_key, row_json, source_file_id, replaced_by_file_id, replaced_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", history);
        jdbc.batchUpdate("DELETE FROM " + kind.table() + " WHERE row_key = ?", keys);
    }

    /** Batch insert; returns the per-row counts (0 where the key existed and onConflictSkip is set). */
    private int[] insert(SheetKind kind, List<CheckedRow> rows, boolean onConflictSkip) {
        if (rows.isEmpty()) return new int[0];
        return copy != null ? copy.insert(kind, rows, onConflictSkip) : sqlite.insert(kind, rows, onConflictSkip);
    }

    /** Releases the statements kept for the file (SQLite); the rows written stay in the caller's transaction. */
    @Override
    public void close() {
        if (sqlite != null) sqlite.close();
    }

    private Set<String> knownCases(List<CheckedRow> rows) {
        Set<String> caseNos = new HashSet<>();
        for (CheckedRow r : rows) {
            ColumnDef ref = caseRefColumn(r.kind());
            Object v = r.values()[ref.index()];
            if (v != null) caseNos.add((String) v);
        }
        Set<String> known = new HashSet<>();
        List<String> all = new ArrayList<>(caseNos);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<String> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            Object[] args = new Object[part.size() * 2];
            for (int i = 0; i < part.size(); i++) {
                args[i] = part.get(i);
                args[part.size() + i] = part.get(i);
            }
            // row_key is the 案号 for both case tables, and it is the indexed column.
            known.addAll(jdbc.queryForList("SELECT row_key FROM court_case WHERE row_key IN (" + marks + ")"
                    + " UNION SELECT row_key FROM prosecution_case WHERE row_key IN (" + marks + ")", String.class, args));
        }
        return known;
    }

    private static ColumnDef caseRefColumn(SheetKind kind) {
        for (ColumnDef c : kind.columns()) if (c.type() == ColumnType.CASE_REF) return c;
        return null;
    }

    private static long toLong(Object o) {
        return o instanceof Number n ? n.longValue() : -1;
    }
}
