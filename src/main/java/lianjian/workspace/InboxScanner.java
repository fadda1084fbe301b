package lianjian.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files in the inbox that are ready to import (DOMAIN §3.1): office lock and temporary
 * files are left alone, and so is any file modified within the settle time (still being copied or
 * saved). Originals are only ever moved, never touched here.
 */
public final class InboxScanner {

    /** A candidate file with what was seen of it when listed. */
    public record Candidate(Path path, long size, Instant modified) {}

    /**
     * Files ready now, files left for a later run because they are still being written, and entries
     * whose attributes could not even be read (each with the reason), which stay where they are.
     */
    public record Scan(List<Candidate> ready, List<Path> stillBeingWritten, List<Unreadable> unreadable) {}

    /**
     * An inbox entry that is not imported and stays where it is, and why (in Chinese): one whose
     * attributes could not be read, a symbolic link, a folder or another entry that is no regular
     * file. A link is never followed: the archive only ever holds the original bytes themselves.
     */
    public record Unreadable(Path path, String why) {}

    private final Duration settle;

    public InboxScanner(Duration settle) { this.settle = settle; }

    public Scan scan(Path inbox) {
        List<Candidate> ready = new ArrayList<>();
        List<Path> busy = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        Instant settledBefore = Instant.now().minus(settle);
        try (Stream<Path> files = Files.list(inbox)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                if (isIgnored(p)) continue;
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    // One odd entry (a file vanishing) never stops the others.
                    unreadable.add(new Unreadable(p, "无法读取文件信息（" + lianjian.console.Failures.describe(e, inbox)
                            + "），留在收件文件夹中，下次运行时再试"));
                    continue;
                }
                String refused = refusal(a);
                if (refused != null) {
                    unreadable.add(new Unreadable(p, refused));
                    continue;
                }
                Instant modified = a.lastModifiedTime().toInstant();
                if (modified.isAfter(settledBefore)) busy.add(p);
                else ready.add(new Candidate(p, a.size(), modified));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取收件文件夹 " + inbox, e);
        }
        return new Scan(ready, busy, unreadable);
    }

    /** Why an entry with these attributes is not imported, or null for a regular file. */
    static String refusal(BasicFileAttributes a) {
        if (a.isSymbolicLink()) {
            return "这是一个链接（快捷方式），不是文件本身：为安全起见不导入，也不移动。请把原文件本身复制到收件文件夹，再删除这个链接";
        }
        if (a.isDirectory()) {
            return "这是一个文件夹：收件文件夹中的子文件夹不会被导入。请把其中的文件直接放进收件文件夹，再删除这个文件夹";
        }
        if (!a.isRegularFile()) {
            return "这不是普通文件（可能是管道或设备文件），不导入，也不移动。请放入文件本身，再删除它";
        }
        return null;
    }

    /**
     * Why {@code p} is not imported when it is no longer a regular file (replaced by a link after
     * the inbox was listed), or null when it still is one.
     */
    public static String notARegularFile(Path p) {
        try {
            return refusal(Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return null; // the importer says why it cannot read it
        }
    }

    /** Office lock files (~$x.xlsx, .~lock.x#), temporary files, and hidden files such as .DS_Store. */
    public static boolean isIgnored(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith("~$") || n.startsWith(".~lock.") || n.startsWith(".") || n.endsWith(".tmp")
                || n.endsWith(".part") || n.endsWith(".crdownload") || n.endsWith("#");
    }

    /** True when the file still has the size and time it had when listed (it did not change since). */
    public static boolean unchanged(Candidate c) {
        try {
            BasicFileAttributes a = Files.readAttributes(c.path(), BasicFileAttributes.class);
            return a.size() == c.size() && a.lastModifiedTime().toInstant().equals(c.modified());
        } catch (IOException e) {
            return false;
        }
    }
}
