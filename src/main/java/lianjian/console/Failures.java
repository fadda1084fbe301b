package lianjian.console;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.springframework.transaction.TransactionSystemException;

/**
 * Turns an exception into the one Chinese line a user reads in the terminal or a receipt. The
 * stack trace never goes there: it belongs in {@code db/lianjian.log} or {@code db/lianjian-error.log}.
 * A full disk is recognised wherever it surfaces (a file write, the SQLite database) and named with
 * the folder that needs space, because that is the one thing the user can act on.
 */
public final class Failures {

    private Failures() {}

    /**
     * One line describing {@code t}.
     *
     * @param folder the folder the work was in, named when the disk is full and the exception does not
     *               say which file it was writing (may be null)
     */
    public static String describe(Throwable t, Path folder) {
        if (isDiskFull(t)) {
            Path where = fileOf(t);
            Path dir = where != null ? where.toAbsolutePath().getParent() : folder == null ? null : folder.toAbsolutePath();
            return "磁盘空间不足" + (dir == null ? "" : "：" + dir + " 所在的磁盘已满") + "，请清理出空间后再运行";
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof AccessDeniedException e) return "没有权限访问 " + e.getFile();
            if (c instanceof NoSuchFileException e) return "找不到 " + e.getFile();
            if (c instanceof FileAlreadyExistsException e) return "已有同名的文件或文件夹占用了 " + e.getFile();
            if (c instanceof FileSystemException e && e.getReason() != null && e.getReason().contains("File name too long")) {
                return "文件名过长（" + e.getFile() + "）";
            }
            if (c instanceof FileSystemException e && e.getFile() != null) {
                return "无法访问 " + e.getFile() + (e.getReason() == null ? "" : "：" + e.getReason());
            }
            if (c.getCause() == c) break;
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        // The exception's class stays in the log: a user reads what went wrong, never a Java name.
        if (m == null || m.isBlank()) return "程序内部错误（没有说明）";
        m = m.strip();
        int nl = m.indexOf('\n');
        if (nl > 0) m = m.substring(0, nl).strip();
        if (m.length() > 300) m = m.substring(0, 300) + "…";
        return hasChinese(m) ? m : "程序内部错误：" + m;
    }

    /**
     * A full disk, as Linux, macOS, Windows or SQLite report it, anywhere in the cause chain, among
     * suppressed exceptions, or behind a failed rollback (SQLite ends the transaction itself when the
     * disk is full, so the rollback that follows fails and hides the real reason).
     */
    public static boolean isDiskFull(Throwable t) {
        for (Throwable c : related(t)) {
            String m = String.valueOf(c.getMessage());
            if (m.contains("No space left on device") || m.contains("SQLITE_FULL") || m.contains("disk is full")
                    || m.contains("not enough space on the disk") || m.contains("Disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }

    /** {@code t}, its causes, suppressed exceptions and the application exception behind a failed rollback. */
    private static List<Throwable> related(Throwable t) {
        List<Throwable> found = new ArrayList<>();
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (t != null) todo.add(t);
        while (!todo.isEmpty() && found.size() < 100) {
            Throwable c = todo.poll();
            if (!seen.add(c)) continue;
            found.add(c);
            if (c.getCause() != null) todo.add(c.getCause());
            todo.addAll(List.of(c.getSuppressed()));
            if (c instanceof TransactionSystemException tse && tse.getApplicationException() != null) {
                todo.add(tse.getApplicationException());
            }
        }
        return found;
    }

    private static Path fileOf(Throwable t) {
        for (Throwable c : related(t)) {
            if (c instanceof FileSystemException e && e.getFile() != null) return Path.of(e.getFile());
        }
        return null;
    }

    private static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
