package lianjian.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.console.Console;
import lianjian.importing.parse.CellParser;
import lianjian.importing.read.UnreadableWorkbookException;
import lianjian.importing.read.WorkbookReader;
import lianjian.importing.validate.CheckedRow;
import lianjian.importing.validate.ReferenceData;
import lianjian.importing.validate.SheetRecognizer;
import lianjian.importing.write.DomainRowWriter;

/**
 * Reads one workbook and writes its valid rows: a reading thread parses and validates, and hands
 * batches through a small queue to the calling thread, which writes them (it holds the file's
 * transaction). Parsing and SQLite work so overlap on two cores.
 *
 * <p>A workbook holding reference data (单位名录, 人员名册) and other sheets is read in passes,
 * reference sheets first (then case lists, then reviews), so the rows of a sheet always know the
 * units and persons of the same workbook whatever the order of its sheets. Each pass reads only the
 * sheets it imports beyond their top rows.
 */
final class ReadWritePipeline {

    private static final Logger log = LoggerFactory.getLogger(ReadWritePipeline.class);
    /** The reading thread's last word; a fresh instance, so no batch can ever be mistaken for it. */
    private static final List<CheckedRow> END = new ArrayList<>(0);
    /**
     * Batches of {@link SheetImporter#BATCH_SIZE} rows the reading thread may be ahead. Small on
     * purpose: everything queued is live at every young collection, and with 16 batches a
     * million-row import under -Xmx256m spent about 1.3 s in GC pauses; 4 made it 1.5 s faster
     * (docs/BENCHMARKS.md).
     */
    private static final int QUEUE_BATCHES = 4;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final JdbcTemplate jdbc;
    private final SheetRecognizer recognizer;
    private final ImportOrder importOrder;
    private final Console console;
    /** CPU time of this run's reading threads, for the log (written by each before it hands over its last batch). */
    private volatile long readingCpu;

    ReadWritePipeline(JdbcTemplate jdbc, SheetRecognizer recognizer, ImportOrder importOrder, Console console) {
        this.jdbc = jdbc;
        this.recognizer = recognizer;
        this.importOrder = importOrder;
        this.console = console;
    }

    /**
     * Reads {@code file} with {@code reader} and writes what validates as rows of receipt
     * {@code fileId}; everything learnt goes into {@code report}. A file that cannot be read throws
     * {@link UnreadableWorkbookException}; a database failure propagates as it came.
     */
    void run(Path file, WorkbookReader reader, long fileId, FileReport report) {
        ReferenceData refs = ReferenceData.load(jdbc);
        CellParser parser = new CellParser();
        List<Integer> orders = new ArrayList<>(importOrder.orders(file));
        int passes = Math.max(1, orders.size());
        String name = file.getFileName().toString();
        long writing = 0;
        long cpu0 = CPU.getCurrentThreadCpuTime();
        readingCpu = 0;
        try (DomainRowWriter writer = new DomainRowWriter(jdbc, fileId, report::laterFlag);
                Console.Task progress = console.progress(shorten(name), -1, "行")) {
            long[] done = {0};
            for (int pass = 0; pass < passes; pass++) {
                int bucket = orders.isEmpty() ? 0 : orders.get(pass);
                List<Integer> earlier = orders.subList(0, Math.max(0, passes - 1));
                IntPredicate accepts = passes == 1 ? o -> true
                        : pass < passes - 1 ? o -> o == bucket
                        : o -> !earlier.contains(o); // the rest, including anything a preview missed
                long base = done[0];
                SheetImporter visitor = new SheetImporter(recognizer, refs, parser, report,
                        n -> { done[0] = base + n; progress.stepTo(base + n); }, n -> progress.maxHint(base + n),
                        accepts, pass == passes - 1);
                writing += readPass(reader, file, visitor, writer);
            }
            long w1 = System.nanoTime();
            writer.finish();
            writing += System.nanoTime() - w1;
            // CPU times as well as the wall time: on a loaded machine they say which side sets the pace
            log.info("{}: {} rows in {} pass(es); writing thread busy {} ms (CPU {} ms), reading thread CPU {} ms",
                    name, report.rowsRead(), passes, writing / 1_000_000,
                    (CPU.getCurrentThreadCpuTime() - cpu0) / 1_000_000, readingCpu / 1_000_000);
            writer.writtenBySheet().forEach(report::rowsWritten);
            progress.stepTo(report.rowsRead());
        }
    }

    /** One read of the workbook; returns the nanoseconds this thread spent writing. */
    private long readPass(WorkbookReader reader, Path file, SheetImporter visitor, DomainRowWriter writer) {
        BlockingQueue<List<CheckedRow>> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<RuntimeException> readFailure = new AtomicReference<>();
        String name = file.getFileName().toString();
        visitor.connect(batch -> put(queue, batch, cancelled), cancelled::get);
        Thread readingThread = new Thread(() -> {
            try {
                reader.read(file, visitor);
            } catch (UnreadableWorkbookException e) {
                readFailure.set(e);
            } catch (RuntimeException | Error e) {
                // Whatever else goes wrong while reading is the file's doing as far as the run is
                // concerned (DOMAIN §3.4: reject it with one clear message, go on with the others);
                // the details go to the log for whoever investigates.
                log.warn("reading {} failed", name, e);
                readFailure.set(new UnreadableWorkbookException(e instanceof OutOfMemoryError
                        ? "文件内容异常庞大，读取时内存不足，未读取（详细信息在 db/lianjian.log）"
                        : "文件内容有误，无法读取（详细信息在 db/lianjian.log）", e));
            } finally {
                readingCpu += CPU.getCurrentThreadCpuTime();
                put(queue, END, cancelled); // when the writing side has stopped, nobody waits for it
            }
        }, "read-" + name);
        readingThread.setDaemon(true);
        readingThread.start();
        long writing = 0;
        try {
            for (List<CheckedRow> batch; (batch = queue.take()) != END; ) {
                long w0 = System.nanoTime();
                writer.add(batch);
                writing += System.nanoTime() - w0;
            }
            readingThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled.set(true);
            throw new IllegalStateException("导入被中断", e);
        } catch (RuntimeException e) {
            cancelled.set(true);
            queue.clear();
            throw e;
        }
        if (readFailure.get() != null) throw readFailure.get();
        return writing;
    }

    /** Hands a batch to the writing side, giving up when that side has stopped. */
    private static void put(BlockingQueue<List<CheckedRow>> queue, List<CheckedRow> batch, AtomicBoolean cancelled) {
        try {
            while (!queue.offer(batch, 200, TimeUnit.MILLISECONDS)) {
                if (cancelled.get()) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String shorten(String name) {
        return name.length() <= 24 ? name : name.substring(0, 23) + "…";
    }
}
