package lianjian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write floor inserts every stored row once, across its read-back slices, and leaves no scratch database behind. */
class SqliteWriteFloorTest {

    @Test
    void everyRowIsWrittenOnceAndTheScratchDatabaseIsGone(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("lianjian.db");
        int rows = 45_123; // three slices of 20,000, the last one partial
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE court_case (row_key VARCHAR(500) PRIMARY KEY, source_row INTEGER, cause VARCHAR(200),"
                        + " exec_applied NUMERIC)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO court_case VALUES (?, ?, ?, ?)")) {
                for (int i = 1; i <= rows; i++) {
                    ps.setString(1, "（2024）浙0123民初" + i + "号");
                    ps.setInt(2, i + 1);
                    ps.setString(3, i % 3 == 0 ? null : "民间借贷纠纷");
                    ps.setDouble(4, i * 1.5);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            // a gap in the rowids, as deleted (replaced) rows leave
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM court_case WHERE source_row BETWEEN 20001 AND 20100");
            }
            c.commit();
        }

        SqliteWriteFloor.Result r = SqliteWriteFloor.measure(db, "court_case");

        assertThat(r.rows()).isEqualTo(rows - 100);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("write-floor"));
        }
    }
}
