package lianjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import lianjian.testsupport.Backend;
import lianjian.testsupport.TestWorkbook;
import lianjian.workspace.Workspace;
import lianjian.workspace.WorkspaceLock;

/**
 * The run command end to end: exit statuses of DOMAIN §7, file placement, locking, failure and rerun;
 * on SQLite in the workspace and on PostgreSQL (DOMAIN §9).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RunCommandTest {

    @Parameter
    Backend backend;

    @TempDir
    Path ws;
    /** --lianjian.database.url=… of this test's PostgreSQL schema; nothing for SQLite. */
    String[] database;

    @BeforeEach
    void setUp() {
        database = backend.settings();
    }

    private int lianjian(String... args) {
        String[] all = Stream.of(Stream.of(args), Stream.of("--workspace", ws.toString(), "-q",
                "--lianjian.import.settle-seconds=0"), Stream.of(database)).flatMap(s -> s).toArray(String[]::new);
        return LianjianCommand.execute(all);
    }

    /** A connection to the test's database (the workspace's SQLite file, or the PostgreSQL schema). */
    private Connection db() throws Exception {
        return backend == Backend.SQLITE ? DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("db/lianjian.db"))
                : DriverManager.getConnection(database[0].substring(database[0].indexOf('=') + 1));
    }

    /** A trigger that fails the insert of one court case, as a full disk or a lost server would. */
    private void injectFailureOn(Statement s, String caseNo) throws Exception {
        if (backend == Backend.SQLITE) {
            s.execute("CREATE TRIGGER injected_failure BEFORE INSERT ON court_case"
                    + " WHEN NEW.case_no = '" + caseNo + "' BEGIN SELECT RAISE(ABORT, 'injected disk failure'); END");
        } else {
            s.execute("CREATE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF NEW.case_no = '" + caseNo + "' THEN RAISE EXCEPTION 'injected disk failure'; END IF;"
                    + " RETURN NEW; END $$");
            s.execute("CREATE TRIGGER injected_failure BEFORE INSERT ON court_case FOR EACH ROW EXECUTE FUNCTION injected_failure()");
        }
    }

    private void removeFailure(Statement s) throws Exception {
        s.execute(backend == Backend.SQLITE ? "DROP TRIGGER injected_failure" : "DROP TRIGGER injected_failure ON court_case");
    }

    private void referenceData() throws Exception {
        TestWorkbook.create().sheet("单位名录").row("单位编码", "单位名称", "单位类型")
                .row("FY01", "示例县人民法院", "法院").row("SFJ01", "示例县司法局", "司法局")
                .writeXlsx(ws.resolve("data-import/inbox/单位.xlsx"));
    }

    private Path goodCases(String name, int n) throws Exception {
        TestWorkbook wb = TestWorkbook.create().sheet("法院案件").row("案号", "案件类型", "审判程序", "立案日期");
        for (int i = 1; i <= n; i++) wb.row("（2025）示0123民初" + i + "号", "民事", "一审", LocalDate.of(2025, 1, 1).plusDays(i % 300));
        return wb.writeXlsx(ws.resolve("data-import/inbox/" + name));
    }

    @Test
    void goodAndBadFilesArePlacedAndTheExitStatusIsTwo() throws Exception {
        referenceData();
        goodCases("案件.xlsx", 50);
        TestWorkbook.create().sheet("涉法涉诉信访").row("信访编号", "收到日期", "责任单位")
                .row("X-1", "2025-02-30", "SFJ01").writeXlsx(ws.resolve("data-import/inbox/信访（有误）.xlsx"));

        assertThat(lianjian("run")).isEqualTo(2);

        Workspace w = new Workspace(ws);
        assertThat(w.inbox()).isDirectoryNotContaining(p -> p.toString().endsWith(".xlsx"));
        Path archive = w.archiveFor(LocalDate.now());
        Path rejected = w.rejectedFor(LocalDate.now());
        assertThat(archive.resolve("案件.xlsx")).exists();
        assertThat(archive.resolve("单位.xlsx")).exists();
        assertThat(rejected.resolve("信访（有误）.xlsx")).exists();
        assertThat(rejected.resolve("信访（有误）.xlsx.错误报告.xlsx")).exists();
        if (backend == Backend.POSTGRESQL) {
            assertThat(ws.resolve("db/lianjian.db")).as("no SQLite file when the data live on PostgreSQL").doesNotExist();
            try (Connection c = db(); Statement s = c.createStatement()) {
                assertThat(count(s, "SELECT COUNT(*) FROM court_case")).isEqualTo(50);
            }
        }

        // Nothing new: a second run imports nothing and succeeds.
        assertThat(lianjian("run")).isEqualTo(0);
    }

    @Test
    void statusPrintsTheImportLog() throws Exception {
        referenceData();
        assertThat(lianjian("run")).isZero();
        String out = capture(() -> lianjian("status", "--details"));
        assertThat(out).contains("导入记录").contains("单位.xlsx").contains("已导入").contains("读取 2 行，导入 2 行");
    }

    @Test
    void aSecondRunOnALockedWorkspaceImportsNothingAndSaysWhy() throws Exception {
        referenceData();
        String err;
        try (WorkspaceLock held = WorkspaceLock.acquire(new Workspace(ws))) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            PrintStream old = System.err;
            System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
            try {
                assertThat(lianjian("run")).isEqualTo(1);
            } finally {
                System.setErr(old);
            }
            err = buf.toString(StandardCharsets.UTF_8);
        }
        assertThat(err).contains("正被另一个联监进程使用");
        assertThat(ws.resolve("data-import/inbox/单位.xlsx")).exists();
    }

    /**
     * A database failure in the middle of a file (injected with a trigger on one row): the run
     * fails with status 1, nothing of that file is written and it stays in the inbox; the next run
     * imports it exactly once.
     */
    @Test
    void failureInTheMiddleOfAFileThenRerun() throws Exception {
        assertThat(lianjian("run", "--init")).isZero(); // creates the workspace and its database
        try (Connection c = db(); Statement s = c.createStatement()) {
            injectFailureOn(s, "（2025）示0123民初1500号");
        }
        referenceData();
        goodCases("案件.xlsx", 3000);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(lianjian("run")).isEqualTo(1);
        } finally {
            System.setErr(oldErr);
        }
        // One line on the terminal (stderr; stdout here also carries the tests' own log), the
        // details in db/lianjian-error.log (issue 16).
        String terminal = err.toString(StandardCharsets.UTF_8);
        assertThat(terminal.lines().filter(l -> l.startsWith("运行失败"))).hasSize(1);
        assertThat(terminal).contains("injected disk failure").contains("lianjian-error.log").doesNotContain("\tat ");
        assertThat(ws.resolve("db/lianjian-error.log")).content(StandardCharsets.UTF_8)
                .contains("injected disk failure").contains("\tat ");
        assertThat(ws.resolve("data-import/inbox/案件.xlsx")).exists();
        try (Connection c = db(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM court_case")).as("nothing half-written").isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM import_file WHERE file_name = '案件.xlsx'")).isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM unit")).as("the file before it committed").isEqualTo(2);
            removeFailure(s);
        }

        assertThat(lianjian("run")).isZero();
        try (Connection c = db(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM court_case")).isEqualTo(3000);
            assertThat(count(s, "SELECT COUNT(*) FROM import_file WHERE file_name = '案件.xlsx' AND outcome = 'IMPORTED'")).isEqualTo(1);
            assertThat(count(s, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'FAILED'")).isEqualTo(1);
        }
        assertThat(ws.resolve("data-import/inbox/案件.xlsx")).doesNotExist();
    }

    @Test
    void watchRunsWhenFilesHaveSettled() throws Exception {
        referenceData();
        int status = lianjian("watch", "--interval", "1", "--max-runs", "1");
        assertThat(status).isZero();
        assertThat(new Workspace(ws).archiveFor(LocalDate.now()).resolve("单位.xlsx")).exists();
    }

    @Test
    void watchWakesWhenAFileArrivesInsteadOfWaitingForItsInterval() throws Exception {
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        try {
            // An hour between polls: only the inbox's change events can make it run within the test's time. (watch
            // registers for the events before its first look at the inbox, so a file is never missed in between.)
            Path inbox = Files.createDirectories(ws.resolve("data-import/inbox"));
            Future<Integer> watch = watcher.submit(() -> lianjian("watch", "--interval", "3600", "--max-runs", "1"));
            Path staging = Files.createTempDirectory("watch-staging");
            TestWorkbook.create().sheet("单位名录").row("单位编码", "单位名称", "单位类型")
                    .row("FY01", "示例县人民法院", "法院").writeXlsx(staging.resolve("单位.xlsx"));
            Thread.sleep(10_000); // watch is up and has found the inbox empty
            // Moved in whole, as a copy that has finished (settle time is 0 in these tests).
            Files.move(staging.resolve("单位.xlsx"), inbox.resolve("单位.xlsx"), StandardCopyOption.ATOMIC_MOVE);
            assertThat(watch.get(5, TimeUnit.MINUTES)).isZero();
            assertThat(new Workspace(ws).archiveFor(LocalDate.now()).resolve("单位.xlsx")).exists();
        } finally {
            watcher.shutdownNow();
        }
    }

    @Test
    void statusShowsHeadlineFiguresAfterARun() throws Exception {
        referenceData();
        TestWorkbook.create().sheet("法院案件").row("案号", "案件类型", "审判程序", "立案日期", "结案日期")
                .row("（2025）示0123民初1号", "民事", "一审", "2025-10-08", "2025-11-20")
                .row("（2025）示0123民初2号", "民事", "一审", "2025-10-09", null)
                .writeXlsx(ws.resolve("data-import/inbox/案件.xlsx"));
        assertThat(lianjian("run")).isZero();
        String out = capture(() -> lianjian("status"));
        // 2025Q4 as of 2025-12-31: 2 filed, 1 closed → 结收比 0.50
        assertThat(out).contains("主要指标（全县，2025年第四季度").contains("收案数").contains("2 件")
                .contains("结收比").contains("0.50");
    }

    @Test
    void helpListsTheCommandsAndExitStatuses() {
        String out = capture(() -> LianjianCommand.execute("--help"));
        assertThat(out).contains("run", "demo", "templates", "status", "watch").contains("退出码");
        assertThat(capture(() -> LianjianCommand.execute("run", "--help"))).contains("--as-of").contains("--workspace").contains("--quiet");
    }

    private static int count(Statement s, String sql) throws Exception {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static String capture(Runnable r) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

}
