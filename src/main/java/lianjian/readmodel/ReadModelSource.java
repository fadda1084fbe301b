package lianjian.readmodel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out the read model of the current run. The indicators step, the first reader after the
 * import, loads it afresh ({@link #reload()}); the reports and the dashboard then read the same one
 * ({@link #current()}), so a run loads the descriptive data once. Outside a run (a benchmark, a test
 * calling a publisher directly) {@link #current()} loads it on first use.
 */
@Component
public class ReadModelSource {

    private final JdbcTemplate jdbc;
    private volatile ReadModel current;

    public ReadModelSource(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    /** Loads the read model from the database now (after an import changed it). */
    public ReadModel reload() {
        ReadModel m = ReadModel.load(jdbc);
        current = m;
        return m;
    }

    /** The model loaded last, or a fresh one when none was loaded yet. */
    public ReadModel current() {
        ReadModel m = current;
        return m != null ? m : reload();
    }
}
