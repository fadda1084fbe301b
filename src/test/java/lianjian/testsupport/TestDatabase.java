package lianjian.testsupport;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A fresh, migrated SQLite database in a folder, for tests that do not need the Spring context. */
public final class TestDatabase {

    public final DataSource dataSource;
    public final JdbcTemplate jdbc;
    public final JdbcTransactionManager tx;

    public TestDatabase(Path file) {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(
                "jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous=NORMAL&foreign_keys=true", true);
        ds.setDriverClassName("org.sqlite.JDBC");
        this.dataSource = ds;
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        this.jdbc = new JdbcTemplate(ds);
        this.tx = new JdbcTransactionManager(ds);
    }

    public int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
