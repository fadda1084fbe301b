package lianjian.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lianjian.workspace.Workspace;

/**
 * When SQLite copies its write-ahead log back into the database file (the "checkpoint") during an
 * import. By default the commit that finds the log over 1,000 pages does it, inside that file's
 * import, with the reading thread idle: 0.9 s of a million-row file's 10 s (docs/BENCHMARKS.md).
 * The import step instead turns automatic checkpoints off while it imports and checkpoints once when
 * it ends, or after a file that has left the log over {@link #LOG_LIMIT_BYTES}, so the log never
 * grows without bound. Nothing is less safe: committed rows are durable in the log (WAL mode), and
 * a process that dies before the checkpoint leaves a log SQLite replays on the next open.
 *
 * <p>PostgreSQL checkpoints on its own: every method does nothing there.
 */
@Component
public class ImportCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(ImportCheckpoints.class);
    /** SQLite's own default for wal_autocheckpoint, restored when the import ends. */
    private static final int SQLITE_DEFAULT_PAGES = 1000;
    static final long LOG_LIMIT_BYTES = 1024L * 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final Path logFile;
    private final long logLimitBytes;

    @Autowired
    public ImportCheckpoints(JdbcTemplate jdbc, Workspace workspace) {
        this(jdbc, workspace, LOG_LIMIT_BYTES);
    }

    ImportCheckpoints(JdbcTemplate jdbc, Workspace workspace, long logLimitBytes) {
        this.jdbc = jdbc;
        this.logFile = workspace.database().resolveSibling(workspace.database().getFileName() + "-wal");
        this.logLimitBytes = logLimitBytes;
    }

    /** Turns automatic checkpoints off for the import (the SQLite pool has its one connection). */
    public void deferWhileImporting() {
        if (!sqlite()) return;
        jdbc.execute("PRAGMA wal_autocheckpoint=0");
    }

    /**
     * After a file's commit: checkpoints now only when the log has grown past the limit. Call it before
     * anything reads again: SQLite refuses a checkpoint inside a transaction that has read (then the
     * log is left to {@link #resume}).
     */
    public void afterFile() {
        if (!sqlite()) return;
        long size;
        try {
            size = Files.exists(logFile) ? Files.size(logFile) : 0;
        } catch (IOException e) {
            size = Long.MAX_VALUE; // cannot tell: checkpoint rather than let it grow
        }
        if (size <= logLimitBytes) return;
        try {
            checkpoint();
        } catch (DataAccessException e) {
            log.warn("checkpoint after a file refused ({}); it is done when the import ends", e.getMessage());
        }
    }

    /** The import has ended (or failed): automatic checkpoints on again, and one now. Returns the nanoseconds it took. */
    public long resume() {
        if (!sqlite()) return 0;
        jdbc.execute("PRAGMA wal_autocheckpoint=" + SQLITE_DEFAULT_PAGES);
        return checkpoint();
    }

    private long checkpoint() {
        long t0 = System.nanoTime();
        // PASSIVE, as SQLite's automatic checkpoint: copies what no reader still needs, never waits
        jdbc.queryForList("PRAGMA wal_checkpoint(PASSIVE)");
        long took = System.nanoTime() - t0;
        log.info("checkpoint after import: {} ms", took / 1_000_000);
        return took;
    }

    private boolean sqlite() {
        return Vendor.of(jdbc) == Vendor.SQLITE;
    }
}
