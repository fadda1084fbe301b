package lianjian.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor for writing, beside {@link StaxFloor} for reading: the rows the import just stored, read
 * back in slices and inserted into a scratch SQLite database with the product's settings (WAL,
 * synchronous=NORMAL, 64 MiB cache, one transaction, 500-row JDBC batches, ON CONFLICT on row_key,
 * no automatic checkpoint) — timing only the inserts and the commit, never the reading back. No
 * import through sqlite-jdbc can store the same rows in less time, so the import's time is best
 * read against the sum of the two floors (docs/BENCHMARKS.md).
 */
public final class SqliteWriteFloor {

    public record Result(long rows, double insertSeconds, double commitSeconds) {
        public double seconds() { return insertSeconds + commitSeconds; }
    }

    private static final int SLICE = 20_000;
    private static final int BATCH = 500;

    private SqliteWriteFloor() {}

    /** @param database the SQLite file the import filled; the scratch database is made beside it and deleted */
    public static Result measure(Path database, String table) throws Exception {
        Path scratch = database.resolveSibling("write-floor.db");
        deleteScratch(scratch);
        try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + database);
                Connection to = DriverManager.getConnection("jdbc:sqlite:" + scratch
                        + "?journal_mode=WAL&synchronous=NORMAL&cache_size=-65536")) {
            List<String> columns = new ArrayList<>();
            String create;
            try (Statement s = from.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
                    rs.next();
                    create = rs.getString(1);
                }
                try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (rs.next()) columns.add(rs.getString("name"));
                }
            }
            try (Statement s = to.createStatement()) {
                s.execute(create);
                s.execute("PRAGMA wal_autocheckpoint=0");
            }
            to.setAutoCommit(false);
            String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (?"
                    + ", ?".repeat(columns.size() - 1) + ") ON CONFLICT (row_key) DO NOTHING";
            long rows = 0, insertNanos = 0;
            try (PreparedStatement ps = to.prepareStatement(insert);
                    PreparedStatement read = from.prepareStatement("SELECT rowid, " + String.join(", ", columns) + " FROM " + table
                            + " WHERE rowid > ? ORDER BY rowid LIMIT " + SLICE)) {
                long after = 0;
                while (true) {
                    List<Object[]> slice = new ArrayList<>(SLICE);
                    read.setLong(1, after);
                    try (ResultSet rs = read.executeQuery()) {
                        while (rs.next()) {
                            after = rs.getLong(1);
                            Object[] row = new Object[columns.size()];
                            for (int i = 0; i < row.length; i++) row[i] = rs.getObject(i + 2);
                            slice.add(row);
                        }
                    }
                    if (slice.isEmpty()) break;
                    long t0 = System.nanoTime();
                    for (int from0 = 0; from0 < slice.size(); from0 += BATCH) {
                        for (Object[] row : slice.subList(from0, Math.min(slice.size(), from0 + BATCH))) {
                            for (int i = 0; i < row.length; i++) ps.setObject(i + 1, row[i]);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                    insertNanos += System.nanoTime() - t0;
                    rows += slice.size();
                }
            }
            long c0 = System.nanoTime();
            to.commit();
            return new Result(rows, insertNanos / 1e9, (System.nanoTime() - c0) / 1e9);
        } finally {
            deleteScratch(scratch);
        }
    }

    private static void deleteScratch(Path scratch) throws java.io.IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(scratch.resolveSibling(scratch.getFileName() + suffix));
        }
    }
}
