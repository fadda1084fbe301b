package lianjian.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

    /** An inbox entry that could not be looked at, and why (in Chinese). */
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
                    a = Files.readAttributes(p, BasicFileAttributes.class);
                } catch (IOException e) {
                    // One odd entry (a dangling link, a file vanishing) never stops the others.
                    unreadable.add(new Unreadable(p, lianjian.console.Failures.describe(e, inbox)));
                    continue;
                }
                if (!a.isRegularFile()) continue;
                Instant modified = a.lastModifiedTime().toInstant();
                if (modified.isAfter(settledBefore)) busy.add(p);
                else ready.add(new Candidate(p, a.size(), modified));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取收件文件夹 " + inbox, e);
        }
        return new Scan(ready, busy, unreadable);
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
