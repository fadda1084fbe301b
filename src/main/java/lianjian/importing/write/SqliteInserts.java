package lianjian.importing.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.importing.kind.ColumnDef;
import lianjian.importing.kind.ColumnType;
import lianjian.importing.kind.SheetKind;
import lianjian.importing.validate.CheckedRow;

/**
 * The INSERT statements of one file on SQLite, prepared once per kind and sheet for the whole file
 * rather than once per batch (preparing was 3 % of the writing thread, JFR, docs/BENCHMARKS.md).
 * The receipt id and the sheet name are the same for every row of a statement, so they are written
 * into its SQL as literals instead of being bound row by row (the JDBC driver makes one JNI call
 * per bound value).
 *
 * <p>The statements belong to the connection they were prepared on: the file's transaction holds
 * one connection throughout; without a transaction (some tests) the pool may hand a different one,
 * and then they are prepared again.
 */
final class SqliteInserts implements AutoCloseable {

    private record Key(SheetKind kind, String sheet, boolean skipConflicts) {}

    private static final Integer ONE = 1, ZERO = 0;

    private final JdbcTemplate jdbc;
    private final long fileId;
    private final Map<Key, PreparedStatement> statements = new HashMap<>();
    private Object preparedOn;

    SqliteInserts(JdbcTemplate jdbc, long fileId) {
        this.jdbc = jdbc;
        this.fileId = fileId;
    }

    /** Batch insert of rows of one kind; returns the per-row counts (0 where the key existed and skipConflicts is set). */
    int[] insert(SheetKind kind, List<CheckedRow> rows, boolean skipConflicts) {
        return jdbc.execute((ConnectionCallback<int[]>) con -> {
            Object target = con.unwrap(org.sqlite.SQLiteConnection.class);
            if (target != preparedOn) {
                close();
                preparedOn = target;
            }
            List<ColumnDef> cols = kind.columns();
            int[] counts = new int[rows.size()];
            int done = 0;
            // Rows of one batch may come from several sheets of the same kind: one run per sheet.
            while (done < rows.size()) {
                String sheet = rows.get(done).sheet();
                PreparedStatement ps = statement(con, new Key(kind, sheet, skipConflicts));
                int from = done;
                for (; done < rows.size() && rows.get(done).sheet().equals(sheet); done++) {
                    CheckedRow r = rows.get(done);
                    ps.setString(1, r.rowKey());
                    ps.setInt(2, r.rowNumber());
                    Object[] values = r.values();
                    for (ColumnDef c : cols) bind(ps, 3 + c.index(), c, values[c.index()]);
                    ps.addBatch();
                }
                int[] part = ps.executeBatch();
                System.arraycopy(part, 0, counts, from, part.length);
            }
            return counts;
        });
    }

    private PreparedStatement statement(Connection con, Key key) throws SQLException {
        PreparedStatement ps = statements.get(key);
        if (ps != null && !ps.isClosed()) return ps;
        ps = con.prepareStatement(sql(key));
        statements.put(key, ps);
        return ps;
    }

    private String sql(Key key) {
        List<ColumnDef> cols = key.kind().columns();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(key.kind().table())
                .append(" (row_key, source_row, source_file_id, source_sheet");
        for (ColumnDef c : cols) sql.append(", ").append(c.field());
        sql.append(") VALUES (?, ?, ").append(fileId).append(", '").append(key.sheet().replace("'", "''")).append('\'')
                .append(", ?".repeat(cols.size())).append(')');
        if (key.skipConflicts()) sql.append(" ON CONFLICT (row_key) DO NOTHING");
        return sql.toString();
    }

    private static void bind(PreparedStatement ps, int i, ColumnDef c, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, c.type() == ColumnType.COUNT || c.type() == ColumnType.BOOL || c.type() == ColumnType.YEAR ? Types.INTEGER
                    : c.type() == ColumnType.AMOUNT || c.type() == ColumnType.SCORE ? Types.DOUBLE : Types.VARCHAR);
        } else if (v instanceof Boolean b) {
            ps.setObject(i, b ? ONE : ZERO);
        } else if (v instanceof Long || v instanceof Double) {
            ps.setObject(i, v); // the driver keeps the object as it is; setLong/setDouble would box the value anew
        } else if (v instanceof LocalDate d) {
            ps.setString(i, IsoDates.format(d));
        } else {
            ps.setString(i, v.toString());
        }
    }

    @Override
    public void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // closing a statement of a connection that is gone already; nothing to release
            }
        }
        statements.clear();
        preparedOn = null;
    }
}
