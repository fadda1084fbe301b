package lianjian.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

/**
 * {@code db/lianjian-error.log} in the workspace: the details (stack traces) of every command that
 * failed, appended, for whoever investigates. The terminal only ever gets one line
 * ({@link #oneLine}); when even this file cannot be written (a full disk), the line says so instead
 * of printing the stack trace.
 */
public final class ErrorLog {

    public static final String FILE_NAME = "lianjian-error.log";

    private ErrorLog() {}

    public static Path pathIn(Path workspaceRoot) {
        return workspaceRoot.resolve("db").resolve(FILE_NAME);
    }

    /**
     * Appends {@code what} and the failures with their stack traces; returns the log's path, or null
     * when it could not be written.
     */
    public static Path append(Path workspaceRoot, String what, Iterable<? extends Throwable> failures) {
        Path log = pathIn(workspaceRoot).toAbsolutePath();
        StringWriter text = new StringWriter();
        PrintWriter w = new PrintWriter(text);
        w.println(LocalDateTime.now().withNano(0) + "  " + what);
        for (Throwable t : failures) t.printStackTrace(w);
        w.println();
        w.flush();
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return log;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The one terminal line for a failure: {@code 运行失败：<why>（详细信息见 <log>）}, after appending
     * the details to the log. A full disk among the failures is the one named.
     */
    public static String oneLine(Path workspaceRoot, Throwable first, Iterable<? extends Throwable> all) {
        Throwable shown = first;
        for (Throwable t : all) {
            if (Failures.isDiskFull(t)) { // the reason a user can act on, whichever failure came first
                shown = t;
                break;
            }
        }
        String why = Failures.describe(shown, workspaceRoot);
        Path log = append(workspaceRoot, why, all);
        return "运行失败：" + why + (log != null ? "（详细信息见 " + log + "）"
                : "（详细信息也无法写入 " + pathIn(workspaceRoot).toAbsolutePath().getParent() + "）");
    }
}
