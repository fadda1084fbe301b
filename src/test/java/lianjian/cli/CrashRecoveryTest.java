package lianjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import lianjian.demo.SampleCountyGenerator;
import lianjian.demo.SampleCountyOptions;
import lianjian.importing.kind.SheetKind;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.Backend;
import lianjian.workspace.OriginalFiles;

/**
 * Issue 2, "nothing lost, nothing half-written": a real {@code run} process is killed with SIGKILL
 * at a series of moments (during start-up, inside an import transaction, between files, while
 * computing and publishing). After every kill, each original file is in exactly one of inbox/,
 * archive/ or rejected/, and no file's rows are partly stored. A final uninterrupted run then leaves
 * every file imported exactly once. On SQLite and on PostgreSQL.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class CrashRecoveryTest {

    @Parameter
    Backend backend;

    @TempDir
    Path ws;
    private int runs;
    /** --lianjian.database.url=… of this test's PostgreSQL schema; nothing for SQLite. */
    private String[] database;

    @BeforeEach
    void setUp() {
        database = backend.settings();
    }

    @Test
    void killedAtAnyMomentThenRerunImportsEveryFileExactlyOnce() throws Exception {
        Path inbox = ws.resolve("data-import/inbox");
        Files.createDirectories(inbox);
        // The sample county at a reduced size: enough rows that an import takes a moment.
        List<Path> files = new SampleCountyGenerator(SampleCountyOptions.defaults().withCaseCounts(3_000, 800)).writeTo(inbox);
        Map<String, String> nameBySha = new HashMap<>();
        for (Path f : files) nameBySha.put(OriginalFiles.sha256(f), f.getFileName().toString());

        // Kill points: after the k-th committed receipt plus a small offset (so inside the next file's
        // transaction, or between commit and move), and while the site is being built.
        int total = files.size();
        int[][] plan = {{1, 0}, {3, 300}, {6, 60}, {10, 500}, {total, 300}};
        List<String> observed = new ArrayList<>();
        for (int[] point : plan) {
            Process p = start();
            int before = committedReceipts();
            boolean reached = waitForReceipts(p, Math.max(point[0], before + 1));
            if (!reached) break; // the run finished on its own: nothing left to interrupt
            Thread.sleep(point[1]);
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
            p.waitFor();
            observed.add(committedReceipts() + " receipts");
            assertEveryOriginalInExactlyOnePlace(nameBySha);
            assertNoFileHalfWritten();
        }
        assertThat(observed).as("runs interrupted at: " + observed).hasSizeGreaterThanOrEqualTo(3);

        Process last = start();
        last.waitFor();
        // The broken demo workbook is rejected once: by this last run, or by a killed run whose work
        // this run completes — 2 either way. Only a run that finished on its own has reported it already.
        assertThat(last.exitValue()).isEqualTo(rejectedByAnEarlierCompletedRun() ? 0 : 2);
        assertEveryOriginalInExactlyOnePlace(nameBySha);
        assertThat(listFiles(inbox)).isEmpty();
        try (Connection c = db(); Statement s = c.createStatement()) {
            for (String sha : nameBySha.keySet()) {
                String name = nameBySha.get(sha);
                int imported = count(s, "SELECT COUNT(*) FROM import_file WHERE sha256 = '" + sha + "' AND outcome = 'IMPORTED'");
                if (name.contains("有误")) {
                    assertThat(imported).as(name).isZero();
                    assertThat(count(s, "SELECT COUNT(*) FROM import_file WHERE sha256 = '" + sha + "' AND outcome = 'REJECTED'"))
                            .as(name + " rejected exactly once").isEqualTo(1);
                } else {
                    assertThat(imported).as(name + " imported exactly once").isEqualTo(1);
                }
            }
            assertThat(count(s, "SELECT COUNT(*) FROM import_file WHERE outcome = 'DUPLICATE'")).isZero();
            assertNoFileHalfWritten();
        }
        assertThat(ws.resolve("site/data/indicators.csv")).exists();
    }

    /** Whether the rejected file's receipt belongs to a run that completed before the last one. */
    private boolean rejectedByAnEarlierCompletedRun() throws Exception {
        try (Connection c = db(); Statement s = c.createStatement()) {
            int lastRun = count(s, "SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION");
            try (ResultSet rs = s.executeQuery("SELECT e.JOB_EXECUTION_ID, e.STATUS FROM import_file f"
                    + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = f.run_id WHERE f.outcome = 'REJECTED'")) {
                assertThat(rs.next()).as("the rejection's run is recorded").isTrue();
                return rs.getInt(1) != lastRun && "COMPLETED".equals(rs.getString(2));
            }
        }
    }

    /** Waits until at least n receipts are committed (true) or the run ends on its own (false). */
    private boolean waitForReceipts(Process p, int n) throws Exception {
        while (p.isAlive()) {
            if (committedReceipts() >= n) return true;
            Thread.sleep(25);
        }
        return false;
    }

    private int committedReceipts() {
        if (!databaseExists()) return 0;
        try (Connection c = db(); Statement s = c.createStatement()) {
            if (!hasTable(s, "import_file")) return 0;
            return count(s, "SELECT COUNT(*) FROM import_file");
        } catch (Exception e) {
            return 0; // the database is being created
        }
    }

    private Process start() throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "lianjian.LianjianApplication", "run",
                "--workspace", ws.toString(), "-q", "--lianjian.import.settle-seconds=0"));
        cmd.addAll(List.of(database));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ws.resolve("run-" + (++runs) + ".log").toFile()).start();
    }

    private void assertEveryOriginalInExactlyOnePlace(Map<String, String> nameBySha) throws Exception {
        Map<String, Integer> seen = new HashMap<>();
        for (String folder : List.of("data-import/inbox", "data-import/archive", "data-import/rejected")) {
            for (Path f : listFiles(ws.resolve(folder))) {
                if (f.getFileName().toString().endsWith(".错误报告.xlsx")) continue;
                seen.merge(OriginalFiles.sha256(f), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, String> e : nameBySha.entrySet()) {
            assertThat(seen.getOrDefault(e.getKey(), 0)).as(e.getValue() + " present exactly once").isEqualTo(1);
        }
    }

    /** A file's rows commit together: every imported file has all its rows, others none. */
    private void assertNoFileHalfWritten() throws Exception {
        if (!databaseExists()) return;
        try (Connection c = db(); Statement s = c.createStatement()) {
            if (!hasTable(s, "import_file")) return;
            List<long[]> files = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, rows_imported FROM import_file WHERE outcome IN ('IMPORTED','PARTIAL')")) {
                while (rs.next()) files.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
            for (long[] f : files) {
                long stored = 0;
                for (String t : ImportHarness.KINDS.kinds().stream().map(SheetKind::table).toList()) { // every domain table
                    stored += count(s, "SELECT COUNT(*) FROM " + t + " WHERE source_file_id = " + f[0]);
                }
                assertThat(stored).as("rows of file #" + f[0]).isEqualTo(f[1]);
            }
            long all = 0;
            for (String t : List.of("court_case", "prosecution_case", "activity")) {
                all += count(s, "SELECT COUNT(*) FROM " + t + " WHERE source_file_id NOT IN (SELECT id FROM import_file)");
            }
            assertThat(all).as("no rows without a committed receipt").isZero();
        }
    }

    private boolean databaseExists() {
        return backend == Backend.POSTGRESQL || Files.exists(ws.resolve("db/lianjian.db"));
    }

    private boolean hasTable(Statement s, String table) throws Exception {
        return count(s, backend == Backend.SQLITE ? "SELECT COUNT(*) FROM sqlite_master WHERE name = '" + table + "'"
                : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '" + table + "'") > 0;
    }

    private Connection db() throws Exception {
        return backend == Backend.SQLITE ? DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("db/lianjian.db"))
                : DriverManager.getConnection(database[0].substring(database[0].indexOf('=') + 1));
    }

    private static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }

}
