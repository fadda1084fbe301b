package lianjian.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;

import lianjian.testsupport.TestDatabase;
import lianjian.workspace.Workspace;

/**
 * The import defers SQLite's checkpoint: rows committed while importing stay in the write-ahead
 * log, and reach the database file when the import ends (or once the log passes its limit).
 */
class ImportCheckpointsTest {

    private static final int ROWS = 3_000; // of 2 KB each: 6 MB, past SQLite's 1,000-page (4 MB) automatic checkpoint
    private static final long SIX_MB = 6L * 1000 * 1000;

    private static void commitRows(TestDatabase db) {
        new TransactionTemplate(db.tx).executeWithoutResult(s -> {
            db.jdbc.execute("CREATE TABLE IF NOT EXISTS filler (x TEXT)");
            db.jdbc.batchUpdate("INSERT INTO filler (x) VALUES (?)",
                    java.util.stream.IntStream.range(0, ROWS).mapToObj(i -> new Object[] {("行" + i).repeat(400)}).toList());
        });
    }

    private static long size(Path p) throws Exception {
        return Files.exists(p) ? Files.size(p) : 0;
    }

    @Test
    void withoutDeferringTheCommitCopiesTheLogIntoTheFile(@TempDir Path root) throws Exception {
        Workspace ws = new Workspace(root);
        Files.createDirectories(ws.databaseDir());
        TestDatabase db = new TestDatabase(ws.database());
        commitRows(db);
        assertThat(size(ws.database())).as("SQLite's automatic checkpoint at the commit").isGreaterThan(SIX_MB);
    }

    @Test
    void deferredWhileImportingAndDoneWhenTheImportEnds(@TempDir Path root) throws Exception {
        Workspace ws = new Workspace(root);
        Files.createDirectories(ws.databaseDir());
        TestDatabase db = new TestDatabase(ws.database());
        ImportCheckpoints checkpoints = new ImportCheckpoints(db.jdbc, ws);
        long before = size(ws.database());

        checkpoints.deferWhileImporting();
        commitRows(db);
        checkpoints.afterFile(); // the log is far below its limit
        assertThat(size(ws.database())).as("nothing copied back while importing").isLessThan(before + 1_000_000);
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM filler", Integer.class)).as("committed all the same").isEqualTo(ROWS);

        checkpoints.resume();
        assertThat(size(ws.database())).as("copied back when the import ends").isGreaterThan(SIX_MB);
        assertThat(db.jdbc.queryForObject("PRAGMA wal_autocheckpoint", Integer.class)).isEqualTo(1000);
    }

    @Test
    void aLogPastItsLimitIsCheckpointedAfterTheFile(@TempDir Path root) throws Exception {
        Workspace ws = new Workspace(root);
        Files.createDirectories(ws.databaseDir());
        TestDatabase db = new TestDatabase(ws.database());
        ImportCheckpoints checkpoints = new ImportCheckpoints(db.jdbc, ws, 1_000_000);

        checkpoints.deferWhileImporting();
        commitRows(db);
        // Inside a transaction that has read, SQLite refuses to checkpoint: the import goes on all the same
        new TransactionTemplate(db.tx).executeWithoutResult(s -> {
            db.jdbc.queryForObject("SELECT count(*) FROM filler", Integer.class);
            checkpoints.afterFile();
        });
        assertThat(size(ws.database())).as("refused inside the transaction").isLessThan(SIX_MB);
        checkpoints.afterFile();
        assertThat(size(ws.database())).isGreaterThan(SIX_MB);
        checkpoints.resume();
    }
}
