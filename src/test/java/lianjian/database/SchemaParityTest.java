package lianjian.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.testsupport.Backend;
import lianjian.testsupport.TestDatabase;

/**
 * The two dialects' migrations build the same schema: every table with the same columns in the same
 * order; on PostgreSQL every application text column compares byte-wise (COLLATE "C", as SQLite),
 * no CHAR padding, no NUMERIC (afterMigrate.sql keeps it so for migrations yet to come).
 */
class SchemaParityTest {

    @TempDir
    Path dir;

    @Test
    void sameTablesAndColumnsOnBoth() throws Exception {
        Map<String, List<String>> sqlite = columns(new TestDatabase(Backend.SQLITE, dir.resolve("t.db")).dataSource);
        Map<String, List<String>> postgres = columns(new TestDatabase(Backend.POSTGRESQL, dir.resolve("t.db")).dataSource);
        sqlite.keySet().removeIf(t -> t.startsWith("sqlite_"));
        // Spring Batch's id generators: tables on SQLite, sequences on PostgreSQL
        sqlite.keySet().removeIf(t -> t.startsWith("batch_") && t.endsWith("_seq"));
        assertThat(postgres.keySet()).isEqualTo(sqlite.keySet());
        sqlite.forEach((table, cols) -> assertThat(postgres.get(table)).as(table).isEqualTo(cols));
        assertThat(sqlite).containsKeys("court_case", "import_file", "indicator_value", "batch_job_execution");
    }

    @Test
    void postgresTextColumnsCompareLikeSqlite() {
        TestDatabase db = new TestDatabase(Backend.POSTGRESQL, dir.resolve("t.db"));
        List<String> unlike = db.jdbc.queryForList("SELECT table_name || '.' || column_name || ' ' || data_type"
                + " || COALESCE(' ' || collation_name, '') FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name NOT LIKE 'batch\\_%'"
                + " AND table_name <> 'flyway_schema_history'"
                + " AND (data_type IN ('numeric', 'character')"
                + "      OR (data_type IN ('character varying', 'text') AND collation_name IS DISTINCT FROM 'C'))", String.class);
        assertThat(unlike).isEmpty();
        // and the rule holds for a column a later portable migration adds without saying so
        db.jdbc.execute("ALTER TABLE unit ADD COLUMN later_text VARCHAR(20)");
        db.jdbc.execute("ALTER TABLE unit ADD COLUMN later_amount NUMERIC");
        db.jdbc.execute("ALTER TABLE unit ADD COLUMN later_code CHAR(4)");
        TestDatabase.migrate(db.dataSource, Vendor.POSTGRESQL); // nothing pending: only afterMigrate runs
        assertThat(db.jdbc.queryForList("SELECT column_name || ' ' || data_type || COALESCE(' ' || collation_name, '')"
                + " FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'unit'"
                + " AND column_name LIKE 'later%' ORDER BY column_name", String.class))
                .containsExactly("later_amount double precision", "later_code character varying C", "later_text character varying C");
    }

    private static Map<String, List<String>> columns(DataSource ds) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getColumns(null, c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase();
                    tables.computeIfAbsent(table, k -> new ArrayList<>()).add(rs.getString("COLUMN_NAME").toLowerCase());
                }
            }
        }
        tables.keySet().removeIf(t -> t.startsWith("flyway_"));
        return tables;
    }
}
