package lianjian.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;

/** One Chinese line for a failure, a full disk named with its folder, details in the error log (issue 16). */
class FailuresTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsNamedWithTheFolderThatNeedsSpace() {
        String plain = Failures.describe(new IOException("No space left on device"), Path.of("/srv/county"));
        assertThat(plain).startsWith("磁盘空间不足").contains("/srv/county");
        String withFile = Failures.describe(new IllegalStateException("报告生成失败",
                new FileSystemException("/srv/county/site/a.pdf", null, "No space left on device")), Path.of("/srv"));
        assertThat(withFile).startsWith("磁盘空间不足").contains("/srv/county/site").doesNotContain("a.pdf");
    }

    @Test
    void aFullDatabaseHiddenBehindAFailedRollbackIsStillRecognised() {
        TransactionSystemException rollback = new TransactionSystemException("cannot rollback - no transaction is active");
        rollback.initApplicationException(new UncategorizedSQLException("insert", "INSERT …",
                new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)")));
        assertThat(Failures.isDiskFull(rollback)).isTrue();
        assertThat(Failures.describe(rollback, dir)).contains("磁盘空间不足").contains(dir.toString());
    }

    @Test
    void otherFailuresGiveTheirRootMessageOnOneLine() {
        String line = Failures.describe(new RuntimeException("outer", new IllegalArgumentException("first line\n\tat x.y")), null);
        assertThat(line).as("no Java class name for the user").isEqualTo("程序内部错误：first line");
    }

    @Test
    void theDetailsGoToTheErrorLogAndTheLineSaysWhere() throws Exception {
        RuntimeException e = new RuntimeException("boom");
        String line = ErrorLog.oneLine(dir, e, List.of(e));
        assertThat(line).isEqualTo("运行失败：程序内部错误：boom（详细信息见 " + ErrorLog.pathIn(dir).toAbsolutePath() + "）");
        assertThat(ErrorLog.pathIn(dir)).content().contains("java.lang.RuntimeException: boom").contains("\tat ");
    }

    @Test
    void whenEvenTheErrorLogCannotBeWrittenTheLineSaysSoInsteadOfAStackTrace() throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        Files.writeString(ws.resolve("db"), "a file where the db folder should be");
        IOException full = new IOException("No space left on device");
        String line = ErrorLog.oneLine(ws, full, List.of(full));
        assertThat(line).startsWith("运行失败：磁盘空间不足").contains("详细信息也无法写入").doesNotContain("\n");
    }
}
