package lianjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.config.LianjianProperties;
import lianjian.database.DatabaseLock;
import lianjian.testsupport.TestPostgres;
import lianjian.testsupport.TestWorkbook;

/**
 * DOMAIN §9: one run at a time per database, from any machine. Two workspaces (the 人大 office's and
 * the 政法委 office's) share one PostgreSQL schema; while a run of one holds the database, a run of the
 * other is refused with exit 1 and writes nothing, and status still reads. Separate schemas (separate
 * counties) do not wait for each other.
 */
class DatabaseLockTest {

    @TempDir
    Path congress;
    @TempDir
    Path committee;

    private static int lianjian(Path ws, String url, String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--workspace", ws.toString(), "-q",
                "--lianjian.import.settle-seconds=0", "--lianjian.database.url=" + url)).toArray(String[]::new);
        return LianjianCommand.execute(all);
    }

    private static DatabaseLock.Held holdFromAnotherMachine(String url) {
        LianjianProperties p = new LianjianProperties();
        p.getDatabase().setUrl(url);
        return new DatabaseLock(p).acquire();
    }

    private static void units(Path ws, String name) throws Exception {
        TestWorkbook.create().sheet("单位名录").row("单位编码", "单位名称", "单位类型")
                .row("FY01", "示例县人民法院", "法院").row("SFJ01", "示例县司法局", "司法局")
                .writeXlsx(ws.resolve("data-import/inbox/" + name));
    }

    @Test
    void aRunFromAnotherWorkspaceIsRefusedWhileTheDatabaseIsBusyAndWritesNothing() throws Exception {
        String url = TestPostgres.freshSchema().url();
        units(congress, "单位.xlsx");
        assertThat(lianjian(congress, url, "run")).isZero();
        int executions = count(url, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION");

        units(committee, "单位（政法委）.xlsx");
        String err;
        String status;
        try (DatabaseLock.Held busy = holdFromAnotherMachine(url)) {
            Capture c = Capture.stderr(() -> assertThat(lianjian(committee, url, "run")).isEqualTo(1));
            err = c.text;
            // status only reads: it works while a run holds the database
            status = RunCommandTest.capture(() -> assertThat(lianjian(committee, url, "status")).isZero());
        }
        assertThat(err).contains("数据库").contains("正被另一个联监进程使用").contains("lianjian run")
                .contains("本次未导入任何文件").doesNotContain("password");
        assertThat(status).contains("导入记录").contains("单位.xlsx");
        assertThat(committee.resolve("data-import/inbox/单位（政法委）.xlsx")).as("left in the inbox").exists();
        assertThat(count(url, "SELECT COUNT(*) FROM import_file")).as("no receipt").isEqualTo(1);
        assertThat(count(url, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).as("no job started").isEqualTo(executions);

        // Once the other run is over, the same command goes through.
        assertThat(lianjian(committee, url, "run")).isZero();
        assertThat(count(url, "SELECT COUNT(*) FROM import_file")).isEqualTo(2);
        assertThat(committee.resolve("site/data/indicators.csv")).exists();
    }

    @Test
    void theLockIsPerSchemaSoCountiesInOneDatabaseDoNotWait() throws Exception {
        String county1 = TestPostgres.freshSchema().url();
        String county2 = TestPostgres.freshSchema().url();
        units(committee, "单位.xlsx");
        try (DatabaseLock.Held busy = holdFromAnotherMachine(county1)) {
            assertThat(lianjian(committee, county2, "run")).isZero();
        }
        assertThat(count(county2, "SELECT COUNT(*) FROM unit")).isEqualTo(2);
    }

    @Test
    void theLockIsReleasedWhenItsHolderGoesAway() {
        String url = TestPostgres.freshSchema().url();
        DatabaseLock.Held first = holdFromAnotherMachine(url);
        first.close(); // as when the holding process dies: its session ends
        try (DatabaseLock.Held again = holdFromAnotherMachine(url)) {
            assertThat(again).isNotNull();
        }
    }

    private static int count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** What a piece of code wrote to System.err. */
    private record Capture(String text) {
        static Capture stderr(Runnable r) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            PrintStream old = System.err;
            System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
            try {
                r.run();
            } finally {
                System.setErr(old);
            }
            return new Capture(buf.toString(StandardCharsets.UTF_8));
        }
    }
}
