package lianjian.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

import com.zaxxer.hikari.HikariDataSource;

import lianjian.config.LianjianProperties;
import lianjian.database.DataSources;
import lianjian.database.Vendor;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A fresh, migrated database for tests that do not need the Spring context: SQLite in a file, or
 * PostgreSQL in a schema of its own ({@link TestPostgres}). Migrated from the same Flyway locations
 * as the product ({@code spring.flyway.locations} of application.yml, {@code {vendor}} resolved).
 */
public final class TestDatabase {

    private static final Map<String, List<AutoCloseable>> OPEN_BY_SCHEMA = new HashMap<>();

    public final Backend backend;
    public final DataSource dataSource;
    public final JdbcTemplate jdbc;
    public final JdbcTransactionManager tx;
    /** The JDBC url (for PostgreSQL, the test schema's). */
    public final String url;

    /** SQLite in {@code file}. */
    public TestDatabase(Path file) {
        this(Backend.SQLITE, file);
    }

    /** SQLite in {@code sqliteFile}, or a fresh PostgreSQL schema (the file is then not used). */
    public TestDatabase(Backend backend, Path sqliteFile) {
        this.backend = backend;
        if (backend == Backend.SQLITE) {
            this.url = "jdbc:sqlite:" + sqliteFile + "?journal_mode=WAL&synchronous=NORMAL&foreign_keys=true";
            SingleConnectionDataSource ds = new SingleConnectionDataSource(url, true);
            ds.setDriverClassName("org.sqlite.JDBC");
            this.dataSource = ds;
        } else {
            TestPostgres.Schema schema = TestPostgres.freshSchema();
            this.url = schema.url();
            LianjianProperties.Database settings = new LianjianProperties.Database();
            settings.setUrl(url);
            HikariDataSource ds = DataSources.create(settings, sqliteFile); // the product's own pool and driver settings
            synchronized (OPEN_BY_SCHEMA) {
                OPEN_BY_SCHEMA.computeIfAbsent(schema.name(), k -> new ArrayList<>()).add(ds);
            }
            this.dataSource = ds;
        }
        migrate(dataSource, backend == Backend.SQLITE ? Vendor.SQLITE : Vendor.POSTGRESQL);
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new JdbcTransactionManager(dataSource);
    }

    /** Runs the product's migrations on a data source. */
    public static void migrate(DataSource dataSource, Vendor vendor) {
        Flyway.configure().dataSource(dataSource).locations(flywayLocations(vendor)).load().migrate();
    }

    /** {@code spring.flyway.locations} of the product's application.yml, with {@code {vendor}} resolved. */
    public static String[] flywayLocations(Vendor vendor) {
        try (InputStream in = TestDatabase.class.getResourceAsStream("/application.yml")) {
            JsonNode node = new YAMLMapper().readTree(in).path("spring").path("flyway").path("locations");
            return Arrays.stream(node.asString().split(","))
                    .map(String::strip).map(l -> l.replace("{vendor}", vendor.id())).toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    /** Closes the pools opened on a test schema (before it is dropped). */
    static void closeAll(TestPostgres.Schema schema) {
        List<AutoCloseable> open;
        synchronized (OPEN_BY_SCHEMA) {
            open = OPEN_BY_SCHEMA.remove(schema.name());
        }
        if (open == null) return;
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception e) {
                // the schema is dropped anyway
            }
        }
    }
}
