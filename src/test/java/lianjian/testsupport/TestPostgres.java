package lianjian.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use, named by the environment variable
 * {@code LIANJIAN_TEST_POSTGRES_URL} (or the system property {@code lianjian.test.postgres.url}),
 * e.g. {@code jdbc:postgresql://127.0.0.1:55412/postgres?user=postgres}. {@code .ci/run} starts a
 * throwaway server and sets it.
 *
 * <p>Without it, PostgreSQL tests are skipped on a developer's machine, and fail in CI
 * ({@code CI=true}): CI must never pass without having run them.
 *
 * <p>Every test gets a schema of its own ({@link #freshSchema()}), dropped when the test (or, for a
 * schema made in {@code @BeforeAll}, the test class) ends ({@link PostgresTestListener}), so tests
 * never see each other's rows or locks.
 */
public final class TestPostgres {

    public static final String ENV = "LIANJIAN_TEST_POSTGRES_URL";

    private static final AtomicInteger SEQ = new AtomicInteger();
    /** How many times a test asked for the server (the listener compares before and after each test). */
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final List<Schema> OPEN = new ArrayList<>();

    private TestPostgres() {}

    /** The server's url, or null when none is configured. */
    public static String serverUrl() {
        String url = System.getProperty("lianjian.test.postgres.url");
        if (url == null || url.isBlank()) url = System.getenv(ENV);
        return url == null || url.isBlank() ? null : url.strip();
    }

    /** Skips the test (developer machine) or fails it (CI) when no server is configured. */
    public static String requireServer() {
        String url = serverUrl();
        REQUESTS.incrementAndGet();
        if (url == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true but " + ENV + " is not set: the PostgreSQL tests must run in CI (.ci/run starts a server)");
            }
            Assumptions.abort("no PostgreSQL server: set " + ENV + " to run this test against PostgreSQL");
        }
        return url;
    }

    /** A schema of its own for the current test; it is dropped when the test ends. */
    public static Schema freshSchema() {
        String server = requireServer();
        int seq = SEQ.incrementAndGet();
        String name = "t" + ProcessHandle.current().pid() + "_" + seq;
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + name + " on " + server + ": " + e.getMessage(), e);
        }
        Schema schema = new Schema(server, name, seq);
        synchronized (OPEN) {
            OPEN.add(schema);
        }
        return schema;
    }

    /** A test schema: its url (the server's with currentSchema set) and its name. */
    public record Schema(String server, String name, int seq) {
        public String url() {
            return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + name;
        }
    }

    static int requests() { return REQUESTS.get(); }

    static int schemas() { return SEQ.get(); }

    /** Drops the schemas created after {@code mark} (by the test or test class that just ended). */
    static void dropSchemasAfter(int mark) {
        List<Schema> drop = new ArrayList<>();
        synchronized (OPEN) {
            OPEN.removeIf(s -> s.seq() > mark && drop.add(s));
        }
        for (Schema s : drop) {
            TestDatabase.closeAll(s);
            try (Connection c = DriverManager.getConnection(s.server()); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + s.name() + " CASCADE");
            } catch (SQLException e) {
                System.err.println("could not drop test schema " + s.name() + ": " + e.getMessage());
            }
        }
    }
}
