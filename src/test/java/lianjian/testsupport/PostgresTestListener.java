package lianjian.testsupport;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests that ran against PostgreSQL and prints one line when the run ends, e.g.
 * {@code [PostgreSQL] 212 tests ran against jdbc:postgresql://127.0.0.1:55412/postgres (212 passed, 0 failed)}.
 * A test counts when it, or its class's {@code @BeforeAll}, asked for the server ({@link TestPostgres}).
 * Also drops the schemas a test or test class made when it ends. Registered in META-INF/services.
 */
public class PostgresTestListener implements TestExecutionListener {

    private TestPlan plan;
    /** Per running identifier: requests and schemas at its start, and requests made by its children. */
    private final Map<String, int[]> marks = new HashMap<>();
    private final Map<String, TestExecutionResult.Status> results = new HashMap<>();
    private final Set<String> counted = new HashSet<>();
    private int passed;
    private int failed;
    private int skipped;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public synchronized void executionStarted(TestIdentifier id) {
        marks.put(id.getUniqueId(), new int[] {TestPostgres.requests(), TestPostgres.schemas(), 0});
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        int[] mark = marks.remove(id.getUniqueId());
        if (mark == null) return;
        TestPostgres.dropSchemasAfter(mark[1]);
        int during = TestPostgres.requests() - mark[0];
        id.getParentId().map(marks::get).ifPresent(parent -> parent[2] += during);
        // a container counts only what it asked for itself (@BeforeAll), not what its tests asked for
        boolean used = id.isTest() ? during > 0 : during - mark[2] > 0;
        if (id.isTest()) {
            results.put(id.getUniqueId(), result.getStatus());
            if (used) count(id.getUniqueId(), result.getStatus());
        } else if (used && plan != null) {
            // the class itself asked (@BeforeAll): its tests ran against PostgreSQL, or never ran
            for (TestIdentifier t : plan.getDescendants(id)) {
                if (!t.isTest() || counted.contains(t.getUniqueId())) continue;
                TestExecutionResult.Status s = results.get(t.getUniqueId());
                if (s != null) count(t.getUniqueId(), s);
                else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) count(t.getUniqueId(), result.getStatus());
            }
        }
    }

    private void count(String uniqueId, TestExecutionResult.Status status) {
        if (!counted.add(uniqueId)) return;
        switch (status) {
            case SUCCESSFUL -> passed++;
            case ABORTED -> skipped++;
            default -> failed++;
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String server = TestPostgres.serverUrl();
        String line = server == null
                ? "[PostgreSQL] no server (" + TestPostgres.ENV + " not set): 0 tests ran against PostgreSQL, "
                        + skipped + " skipped"
                : "[PostgreSQL] " + (passed + failed) + " tests ran against " + server.replaceAll("(?i)(password=)[^&]*", "$1***")
                        + " (" + passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "") + ")";
        System.out.println(line);
    }
}
