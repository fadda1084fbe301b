package lianjian.importing.write;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.importing.kind.ColumnDef;
import lianjian.importing.kind.SheetKind;
import lianjian.importing.validate.CheckedRow;

/**
 * Writing rows into PostgreSQL with COPY, the server's fastest way in (DOMAIN §9 scale). The upsert
 * keeps the semantics of the SQLite path ({@code INSERT … ON CONFLICT (row_key) DO NOTHING} with
 * per-row counts). A batch of new keys is copied straight into its table. When a key is taken (by an
 * earlier file, or earlier in this file), the batch is undone to a savepoint and, from then on for
 * that kind in this file, copied into a temporary table of the transaction and moved with one
 * {@code INSERT … SELECT … ORDER BY seq ON CONFLICT DO NOTHING RETURNING}, whose returned rows are the
 * ones inserted. Rows known to be new (replacements whose old version was just moved to history) are
 * always copied straight in.
 */
final class PostgresCopy {

    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcTemplate jdbc;
    private final long fileId;

    /** Staging tables created in this transaction (they go with it: ON COMMIT DROP). */
    private final Set<String> staged = new HashSet<>();
    /** Kinds of this file whose rows met a stored key: they go through the staging table. */
    private final Set<SheetKind> conflicts = new HashSet<>();

    PostgresCopy(JdbcTemplate jdbc, long fileId) {
        this.jdbc = jdbc;
        this.fileId = fileId;
    }

    /** Inserts the rows; returns 1 per row written, 0 where the key existed and onConflictSkip is set. */
    int[] insert(SheetKind kind, List<CheckedRow> rows, boolean onConflictSkip) {
        if (rows.isEmpty()) return new int[0];
        String columns = columnList(kind);
        return jdbc.execute((ConnectionCallback<int[]>) con -> {
            if (!onConflictSkip) {
                copy(con, "COPY " + kind.table() + " (" + columns + ") FROM STDIN (FORMAT csv)", csv(kind, rows, false));
                return ones(rows.size());
            }
            if (!conflicts.contains(kind) && copyUnlessAKeyIsTaken(con, kind, columns, rows)) return ones(rows.size());
            return copyThroughStage(con, kind, columns, rows);
        });
    }

    /**
     * New keys, the usual case: COPY straight into the table (no second pass). A key already stored
     * (a unit re-sending its file) or repeated in the batch makes the COPY fail as a whole; it is undone
     * to a savepoint, and this kind's rows of the file then go through the staging table.
     */
    private boolean copyUnlessAKeyIsTaken(Connection con, SheetKind kind, String columns, List<CheckedRow> rows)
            throws SQLException {
        Savepoint sp = con.setSavepoint();
        try {
            copy(con, "COPY " + kind.table() + " (" + columns + ") FROM STDIN (FORMAT csv)", csv(kind, rows, false));
            con.releaseSavepoint(sp);
            return true;
        } catch (SQLException e) {
            con.rollback(sp);
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) throw e;
            conflicts.add(kind);
            return false;
        }
    }

    private int[] copyThroughStage(Connection con, SheetKind kind, String columns, List<CheckedRow> rows) throws SQLException {
        String stage = "lj_stage_" + kind.table();
        try (Statement st = con.createStatement()) {
            if (staged.add(stage)) {
                st.execute("CREATE TEMPORARY TABLE " + stage + " (LIKE " + kind.table() + ", lj_seq INTEGER NOT NULL)"
                        + " ON COMMIT DROP");
            }
            copy(con, "COPY " + stage + " (" + columns + ", lj_seq) FROM STDIN (FORMAT csv)", csv(kind, rows, true));
            Map<String, Integer> at = new HashMap<>(rows.size() * 2);
            for (int i = 0; i < rows.size(); i++) at.put(rows.get(i).sheet() + "\u0000" + rows.get(i).rowNumber(), i);
            int[] counts = new int[rows.size()];
            try (ResultSet rs = st.executeQuery("INSERT INTO " + kind.table() + " (" + columns + ") SELECT " + columns
                    + " FROM " + stage + " ORDER BY lj_seq ON CONFLICT (row_key) DO NOTHING RETURNING source_sheet, source_row")) {
                while (rs.next()) {
                    Integer i = at.get(rs.getString(1) + "\u0000" + rs.getInt(2));
                    if (i != null) counts[i] = 1;
                }
            }
            st.execute("TRUNCATE " + stage);
            return counts;
        }
    }

    private static int[] ones(int n) {
        int[] all = new int[n];
        java.util.Arrays.fill(all, 1);
        return all;
    }

    private static void copy(Connection con, String sql, String data) throws SQLException {
        try {
            con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String columnList(SheetKind kind) {
        StringBuilder s = new StringBuilder("row_key, source_file_id, source_sheet, source_row");
        for (ColumnDef c : kind.columns()) s.append(", ").append(c.field());
        return s.toString();
    }

    /** The rows as CSV: an unquoted empty field is NULL, text is always quoted (so "" is an empty string). */
    private String csv(SheetKind kind, List<CheckedRow> rows, boolean withSeq) {
        List<ColumnDef> cols = kind.columns();
        StringBuilder b = new StringBuilder(rows.size() * 64 * (cols.size() + 4) / 8);
        for (int i = 0; i < rows.size(); i++) {
            CheckedRow r = rows.get(i);
            text(b, r.rowKey());
            b.append(',').append(fileId).append(',');
            text(b, r.sheet());
            b.append(',').append(r.rowNumber());
            for (ColumnDef c : cols) {
                b.append(',');
                value(b, r.values()[c.index()]);
            }
            if (withSeq) b.append(',').append(i);
            b.append('\n');
        }
        return b.toString();
    }

    /** The same conversions as the SQLite path's bind: yes/no as 1/0, dates as ISO text, numbers as Java prints them. */
    private static void value(StringBuilder b, Object v) {
        if (v == null) return;
        if (v instanceof Boolean x) b.append(x ? '1' : '0');
        else if (v instanceof Long || v instanceof Integer) b.append(v);
        else if (v instanceof Double d) b.append(Double.toString(d)); // shortest form that reads back as the same double
        else if (v instanceof LocalDate d) b.append(d);
        else text(b, v.toString());
    }

    private static void text(StringBuilder b, String s) {
        if (s == null) return;
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') b.append('"');
            b.append(ch);
        }
        b.append('"');
    }
}
