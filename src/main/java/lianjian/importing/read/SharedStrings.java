package lianjian.importing.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared-strings table of an xlsx, held compactly: the characters in chunks of one megachar plus
 * a position and length per string. Excel and WPS always write shared strings, and case numbers are
 * unique, so a million-row sheet brings a million distinct strings; as String objects they would need
 * about three times the heap, and one array grown by doubling would waste up to half of itself.
 *
 * <p>A full table is parsed on a thread of its own while the sheet is read ({@link #inBackground}):
 * Excel writes the strings in the order they are first used, so the sheet's rows almost never wait
 * for a string, and the table of a million-row sheet (0.75 s, docs/BENCHMARKS.md) is no longer read
 * before the first row while the writing thread waits. A string is published only once its
 * characters are written: the table's fields are volatile and {@link #count} is written last.
 */
final class SharedStrings implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private volatile char[][] chunks = new char[4][];
    /** Per string: chunk index × CHUNK + offset in the chunk. */
    private volatile long[] positions = new long[1 << 12];
    private volatile int[] lengths = new int[1 << 12];
    /** Strings published so far; written after their characters, positions and lengths. */
    private volatile int count;
    /** The parse has ended (complete, stopped at the preview limit, or failed). */
    private volatile boolean done;
    private volatile RuntimeException failure;
    private volatile boolean cancelled;
    private boolean truncated;
    private int chunkCount;
    private int used = CHUNK; // characters used in the last chunk; full at start, so the first add opens one
    private Thread parser;

    static SharedStrings empty() {
        SharedStrings sst = new SharedStrings();
        sst.done = true;
        return sst;
    }

    /** Parses at most {@code limit} strings (a preview needs only the first ones: titles and headers). */
    static SharedStrings parse(InputStream in, int limit) throws XMLStreamException {
        SharedStrings sst = new SharedStrings();
        try {
            sst.parseAll(in, limit);
        } finally {
            sst.done = true;
        }
        return sst;
    }

    /**
     * Starts parsing the whole table on a thread of its own and returns at once; {@link #get} waits
     * for a string not yet read, and throws what {@code refusal} makes of a failed parse. The stream
     * is closed when the parse ends; {@link #close} stops it.
     */
    static SharedStrings inBackground(InputStream in, String threadName, Function<Exception, RuntimeException> refusal) {
        SharedStrings sst = new SharedStrings();
        Thread t = new Thread(() -> {
            try (in) {
                sst.parseAll(in, Integer.MAX_VALUE);
            } catch (XMLStreamException | IOException | RuntimeException e) {
                sst.failure = refusal.apply(e);
            } catch (OutOfMemoryError e) {
                sst.failure = new UnreadableWorkbookException("文件内容异常庞大，读取时内存不足，未读取", e);
            } finally {
                sst.done = true;
            }
        }, threadName);
        t.setDaemon(true);
        sst.parser = t;
        t.start();
        return sst;
    }

    private void parseAll(InputStream in, int limit) throws XMLStreamException {
        XMLStreamReader x = Stax.reader(in);
        try {
            StringBuilder current = null;
            int phoneticDepth = 0;
            while (x.hasNext() && !cancelled) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    if ("si".equals(name)) {
                        if (current == null) current = new StringBuilder();
                        else current.setLength(0);
                    } else if ("rPh".equals(name)) {
                        phoneticDepth++; // furigana-style runs are not part of the text
                    } else if ("t".equals(name) && current != null && phoneticDepth == 0) {
                        current.append(x.getElementText());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = x.getLocalName();
                    if ("si".equals(name) && current != null) {
                        add(current);
                        if (count >= limit) {
                            truncated = true;
                            break;
                        }
                    } else if ("rPh".equals(name)) {
                        phoneticDepth--;
                    }
                }
            }
        } finally {
            x.close();
        }
    }

    /** Only the parsing thread adds; readers see a string once count says so. */
    private void add(CharSequence s) {
        int len = s.length();
        if (used + len > CHUNK) { // a string never spans two chunks; a longer one gets a chunk of its own size
            if (chunkCount == chunks.length) chunks = Arrays.copyOf(chunks, chunkCount * 2);
            chunks[chunkCount++] = new char[Math.max(CHUNK, len)];
            used = 0;
        }
        char[] chunk = chunks[chunkCount - 1];
        for (int i = 0; i < len; i++) chunk[used + i] = s.charAt(i);
        int n = count;
        if (n == positions.length) {
            positions = Arrays.copyOf(positions, n * 2);
            lengths = Arrays.copyOf(lengths, n * 2);
        }
        positions[n] = (long) (chunkCount - 1) * CHUNK + used;
        lengths[n] = len;
        used += len;
        count = n + 1;
    }

    /** Strings read so far (all of them once the parse has ended). */
    int size() { return count; }

    /** Parsing stopped at the preview limit: indexes beyond it exist but were not read. */
    boolean truncated() { return truncated; }

    /**
     * The string at index, or null when the index is outside the table. Waits while the background
     * parse has not reached it yet; throws what made that parse fail.
     */
    String get(int index) {
        if (index < 0) return null;
        if (index >= count) {
            while (index >= count && !done) LockSupport.parkNanos(20_000);
            if (index >= count) {
                if (failure != null) throw failure;
                return null;
            }
        }
        long pos = positions[index];
        return new String(chunks[(int) (pos / CHUNK)], (int) (pos % CHUNK), lengths[index]);
    }

    /** Waits for the background parse to end and throws what made it fail, so a broken table is never passed over. */
    void awaitComplete() {
        while (!done) LockSupport.parkNanos(100_000);
        if (failure != null) throw failure;
    }

    /** Stops a background parse (the sheet's reading ended early or failed) and waits for its thread. */
    @Override
    public void close() {
        cancelled = true;
        if (parser == null) return;
        try {
            parser.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
