package lianjian.console;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * What the user sees in the terminal: one line per thing that happened (always) and progress bars
 * on long steps (unless {@code --quiet}). Progress goes to stderr so stdout stays a clean record.
 */
@Component
public class Console {

    private final boolean quiet;
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    public Console(@Value("${lianjian.quiet:false}") boolean quiet) { this.quiet = quiet; }

    public void line(String text) { out.println(text); }

    public void problem(String text) { err.println(text); }

    public boolean quiet() { return quiet; }

    /**
     * Progress of a long step. Quiet: nothing. In a terminal: a progress bar, shown only once the
     * step proves long (small files stay one clean line). Not a terminal (a log file, CI): a plain
     * line every few seconds. {@code max} may be -1 when unknown.
     */
    public Task progress(String label, long max, String unit) {
        if (quiet) return Task.NONE;
        if (System.console() == null) return new PeriodicLines(label, unit);
        return new LazyBar(label, max, unit);
    }

    /** A progress bar created when the count first passes a threshold. */
    private final class LazyBar implements Task {
        private final String label;
        private final String unit;
        private long max;
        private ProgressBar bar;

        LazyBar(String label, long max, String unit) {
            this.label = label;
            this.max = max;
            this.unit = unit;
        }

        @Override
        public void stepTo(long n) {
            if (bar == null && n >= 5_000) {
                bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                        .setUnit(" " + unit, 1).setUpdateIntervalMillis(500).setMaxRenderedLength(100).showSpeed()
                        .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                        .setConsumer(new ConsoleProgressBarConsumer(err)).continuousUpdate().clearDisplayOnFinish().build();
            }
            if (bar != null) bar.stepTo(n);
        }

        @Override
        public void maxHint(long n) {
            max = n;
            if (bar != null) bar.maxHint(n);
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }

    /** "label：已处理 200,000 行" at most every five seconds, for output that is not a terminal. */
    private final class PeriodicLines implements Task {
        private final String label;
        private final String unit;
        private final long started = System.nanoTime();
        private long lastPrinted = started;

        PeriodicLines(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        @Override
        public void stepTo(long n) {
            long now = System.nanoTime();
            if (now - lastPrinted >= 5_000_000_000L) {
                lastPrinted = now;
                err.printf("  %s：已处理 %,d %s（%.0f 秒）%n", label, n, unit, (now - started) / 1e9);
            }
        }

        @Override public void maxHint(long n) { }
        @Override public void close() { }
    }

    /** A running progress bar. */
    public interface Task extends AutoCloseable {
        Task NONE = new Task() {
            @Override public void stepTo(long n) { }
            @Override public void maxHint(long n) { }
            @Override public void close() { }
        };

        void stepTo(long n);
        void maxHint(long n);
        @Override void close();
    }

}
