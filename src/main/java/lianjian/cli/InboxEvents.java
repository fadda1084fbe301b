package lianjian.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Wakes {@code watch} when something changes in the inbox, so a new file is imported as soon as it has settled
 * instead of at the next poll. Where the file system gives no events (some network shares), {@link #await} simply
 * waits for the timeout, which is the old polling behaviour.
 */
final class InboxEvents implements AutoCloseable {

    private final WatchService service;

    private InboxEvents(WatchService service) { this.service = service; }

    static InboxEvents open(Path inbox) {
        try {
            WatchService s = FileSystems.getDefault().newWatchService();
            inbox.register(s, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            return new InboxEvents(s);
        } catch (IOException | UnsupportedOperationException e) {
            return new InboxEvents(null); // no events here: poll
        }
    }

    /** Returns when the inbox changed or {@code timeout} passed, whichever comes first. */
    void await(Duration timeout) throws InterruptedException {
        if (service == null) {
            Thread.sleep(timeout.toMillis());
            return;
        }
        WatchKey key = service.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (key == null) return;
        // Several events come for one copy; gather them (for at most a second) so one change makes one wake-up.
        long until = System.nanoTime() + 1_000_000_000L;
        do {
            key.pollEvents();
            if (!key.reset()) {
                Thread.sleep(timeout.toMillis()); // the inbox itself went away; the next scan reports it
                return;
            }
            key = service.poll(50, TimeUnit.MILLISECONDS);
        } while (key != null && System.nanoTime() < until);
    }

    @Override
    public void close() {
        if (service == null) return;
        try {
            service.close();
        } catch (IOException e) {
            // closing on exit: nothing left to do
        }
    }
}
