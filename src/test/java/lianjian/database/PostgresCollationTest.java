package lianjian.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import lianjian.config.LianjianProperties;
import lianjian.testsupport.TestDatabase;
import lianjian.testsupport.TestPostgres;

/**
 * A county's server may well be set up with a Chinese locale, whose collation sorts text by pinyin,
 * not by bytes as SQLite does. The product sorts unit codes, names and keys in SQL, so the order of
 * rows (and the published files) would differ. On a database whose default collation is ICU zh, the
 * migrated tables still sort byte-wise, exactly as SQLite.
 */
class PostgresCollationTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseWithAChineseLocaleSortsLikeSqlite() throws Exception {
        String server = TestPostgres.requireServer();
        String db = "lj_collation_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db);
            s.execute("CREATE DATABASE " + db + " TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'zh'"
                    + " LOCALE 'C.UTF-8'");
        }
        try {
            LianjianProperties.Database settings = new LianjianProperties.Database();
            settings.setUrl(server.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + db));
            try (HikariDataSource ds = DataSources.create(settings, dir.resolve("unused.db"))) {
                TestDatabase.migrate(ds, Vendor.POSTGRESQL);
                JdbcTemplate jdbc = new JdbcTemplate(ds);
                // the database itself sorts by its locale (Han by pinyin, 法 fa before 检 jian; a before B)
                assertThat(jdbc.queryForList("SELECT x FROM (VALUES ('检'), ('法'), ('B'), ('a')) v(x) ORDER BY x", String.class))
                        .containsSubsequence("法", "检").containsSubsequence("a", "B");
                List<String[]> units = List.of(new String[] {"检察院01", "检察院"}, new String[] {"法院01", "法院"},
                        new String[] {"B01", "公安局"}, new String[] {"a01", "司法局"});
                for (String[] u : units) {
                    jdbc.update("INSERT INTO unit (row_key, unit_code, unit_name, unit_type) VALUES (?, ?, ?, ?)", u[0], u[0], u[1], u[1]);
                }
                // the product's tables sort by bytes (UTF-8), as SQLite: B < a < 检 (U+68C0) < 法 (U+6CD5)
                assertThat(jdbc.queryForList("SELECT unit_code FROM unit ORDER BY unit_code", String.class))
                        .containsExactly("B01", "a01", "检察院01", "法院01");
                assertThat(jdbc.queryForList("SELECT unit_name FROM unit WHERE unit_name > '法' ORDER BY unit_name", String.class))
                        .containsExactly("法院");
            }
            TestDatabase sqlite = new TestDatabase(dir.resolve("t.db"));
            for (String code : List.of("检察院01", "法院01", "B01", "a01")) {
                sqlite.jdbc.update("INSERT INTO unit (row_key, unit_code, unit_name, unit_type) VALUES (?, ?, ?, ?)", code, code, code, "法院");
            }
            assertThat(sqlite.jdbc.queryForList("SELECT unit_code FROM unit ORDER BY unit_code", String.class))
                    .containsExactly("B01", "a01", "检察院01", "法院01");
        } finally {
            try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }
}
