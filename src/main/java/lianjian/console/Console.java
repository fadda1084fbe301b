package lianjian.console;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

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

    /** A progress bar, or a no-op when quiet. {@code max} may be -1 when unknown. */
    public Task progress(String label, long max, String unit) {
        if (quiet) return Task.NONE;
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(label)
                .setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" " + unit, 1)
                .setUpdateIntervalMillis(500)
                .setMaxRenderedLength(100)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .continuousUpdate()
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                .build();
        return new Task() {
            @Override public void stepTo(long n) { bar.stepTo(n); }
            @Override public void maxHint(long n) { bar.maxHint(n); }
            @Override public void close() { bar.close(); }
        };
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

    /** Helpers for messages. */
    public static String seconds(Duration d) {
        return String.format("%.1f 秒", d.toMillis() / 1000.0);
    }
}
