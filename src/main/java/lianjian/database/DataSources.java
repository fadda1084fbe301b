package lianjian.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import lianjian.config.LianjianProperties;

/**
 * The data source of DOMAIN §9: SQLite in the workspace when {@code lianjian.database.url} is blank,
 * otherwise the PostgreSQL server it names.
 */
public final class DataSources {

    /**
     * PostgreSQL driver settings. reWriteBatchedInserts turns JDBC batches into multi-row inserts;
     * defaultRowFetchSize makes every query inside a transaction (all the job's steps) stream through
     * a cursor instead of loading a whole table into memory (without it the driver reads the full
     * result set, e.g. ten million court cases, before returning the first row).
     */
    static final int FETCH_SIZE = 2_000;
    static final int POOL_SIZE = 4;
    /** SQLite page cache in KiB, written as a negative cache_size (SQLite's way of saying KiB rather than pages). */
    static final int SQLITE_CACHE_KIB = -64 * 1024;

    private DataSources() {}

    /** @param sqliteFile where the SQLite database lives when no url is set (the workspace's db/lianjian.db) */
    public static HikariDataSource create(LianjianProperties.Database settings, Path sqliteFile) {
        return settings.isEmbedded() ? sqlite(sqliteFile) : postgres(settings);
    }

    /**
     * One connection: SQLite has a single writer, and the job repository and the steps must share
     * the transaction's connection (STACK.md pitfall 4). WAL lets a reader (status) look while a run
     * writes; synchronous=NORMAL is crash-safe in WAL mode (a killed process loses nothing committed).
     * A 64 MiB page cache (native memory, not the Java heap; the default is 2 MiB): an import of a
     * million rows inserts into the row_key index at many places at once, and with the default cache
     * SQLite spills dirty pages to the WAL and reads them back again and again inside the file's
     * transaction (measured in docs/BENCHMARKS.md, "Import speed and memory, issue 13").
     */
    private static HikariDataSource sqlite(Path file) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:sqlite:" + file
                + "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=30000&foreign_keys=true"
                + "&cache_size=" + SQLITE_CACHE_KIB);
        c.setDriverClassName("org.sqlite.JDBC");
        c.setMaximumPoolSize(1);
        c.setMinimumIdle(1);
        c.setConnectionTimeout(120_000);
        c.setPoolName("lianjian-sqlite");
        return new HikariDataSource(c);
    }

    /**
     * A small pool: the steps work on their transaction's connection (JdbcTemplate joins it), the job
     * repository needs one of its own now and then, and the run lock is held on a separate connection
     * outside the pool ({@link DatabaseLock}).
     */
    private static HikariDataSource postgres(LianjianProperties.Database settings) {
        Vendor.ofUrl(settings.getUrl()); // refuses anything else with a message
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(settings.getUrl().strip());
        c.setDriverClassName("org.postgresql.Driver");
        c.setDataSourceProperties(driverProperties(settings, "lianjian"));
        c.setMaximumPoolSize(POOL_SIZE);
        c.setMinimumIdle(1);
        c.setConnectionTimeout(60_000);
        c.setPoolName("lianjian-postgresql");
        return new HikariDataSource(c);
    }

    /** Driver properties for PostgreSQL; parameters written in the url itself take precedence. */
    static Properties driverProperties(LianjianProperties.Database settings, String applicationName) {
        Properties p = new Properties();
        if (settings.getUsername() != null && !settings.getUsername().isBlank()) p.setProperty("user", settings.getUsername());
        if (settings.getPassword() != null && !settings.getPassword().isEmpty()) p.setProperty("password", settings.getPassword());
        p.setProperty("reWriteBatchedInserts", "true");
        p.setProperty("defaultRowFetchSize", String.valueOf(FETCH_SIZE));
        p.setProperty("ApplicationName", applicationName);
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    /** A connection of its own, outside the pool (the run lock lives as long as it does). */
    static Connection ownConnection(LianjianProperties.Database settings, String applicationName) throws SQLException {
        return DriverManager.getConnection(settings.getUrl().strip(), driverProperties(settings, applicationName));
    }
}
