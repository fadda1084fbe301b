package lianjian.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import lianjian.config.LianjianProperties;
import lianjian.config.LianjianProperties.OnRowError;
import lianjian.console.Console;
import lianjian.importing.kind.SheetKind;
import lianjian.importing.kind.SheetKindCatalog;
import lianjian.importing.parse.CellParser;
import lianjian.importing.read.UnreadableWorkbookException;
import lianjian.importing.read.WorkbookFormat;
import lianjian.importing.read.WorkbookReader;
import lianjian.importing.receipt.Outcome;
import lianjian.importing.receipt.Receipt;
import lianjian.importing.receipt.ReceiptRepository;
import lianjian.importing.validate.CheckedRow;
import lianjian.importing.validate.ImportMessage;
import lianjian.importing.validate.Level;
import lianjian.importing.validate.ReferenceData;
import lianjian.importing.validate.SheetRecognizer;
import lianjian.importing.write.DomainRowWriter;
import lianjian.workspace.OriginalFiles;
import lianjian.workspace.Workspace;

/**
 * Imports one file, inside the caller's transaction (the import step's, one file per transaction).
 *
 * <p>The receipt is opened first; the rows are written under a savepoint, so a rejected file rolls
 * back to it and only its receipt commits. The original is moved only after the commit: to
 * archive/ when imported, to rejected/ (beside its error workbook) when not. If the process dies
 * between commit and move, the next run finds the receipt and completes the move, so every file is
 * imported exactly once. Reading runs on its own thread and feeds the writing thread through a
 * small queue, so parsing and SQLite work overlap on the two cores.
 */
@Component
public class FileImporter {

    private static final Logger log = LoggerFactory.getLogger(FileImporter.class);
    private static final List<CheckedRow> END = List.of();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;
    private final ReceiptRepository receipts;
    private final SheetKindCatalog kinds;
    private final SheetRecognizer recognizer;
    private final LianjianProperties properties;
    private final Workspace workspace;
    private final Console console;
    private final ImportOrder importOrder;
    private final ErrorWorkbookWriter errorWorkbooks = new ErrorWorkbookWriter();

    public FileImporter(JdbcTemplate jdbc, PlatformTransactionManager tx, ReceiptRepository receipts,
                        SheetKindCatalog kinds, LianjianProperties properties, Workspace workspace, Console console,
                        ImportOrder importOrder) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(tx);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.receipts = receipts;
        this.kinds = kinds;
        this.recognizer = new SheetRecognizer(kinds);
        this.properties = properties;
        this.workspace = workspace;
        this.console = console;
        this.importOrder = importOrder;
    }

    public ImportResult importFile(Path file, LocalDate today) {
        String name = file.getFileName().toString();
        long size;
        String sha;
        try {
            size = Files.size(file);
            sha = OriginalFiles.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取 " + file, e);
        }

        Optional<Receipt> pending = receipts.unconfirmedMove(sha);
        if (pending.isPresent() && pending.get().fileName().equals(name) && !Files.exists(Path.of(pending.get().movedTo()))) {
            // A previous run committed this file but died before moving it: only the move is left.
            moveAfterCommit(file, Path.of(pending.get().movedTo()));
            return ImportResult.moveCompleted(name, pending.get().movedTo());
        }
        Optional<Receipt> imported = receipts.latestImportBySha(sha);
        long fileId = receipts.open(name, sha, size);
        if (imported.isPresent()) return duplicate(file, fileId, imported.get(), today);

        FileReport report = new FileReport(properties.getImport().getMaxErrorRows());
        String failure = null;
        if (size > properties.getImport().getMaxFileMb() * 1024 * 1024) {
            failure = "文件过大（" + size / 1024 / 1024 + " MB，上限 " + properties.getImport().getMaxFileMb()
                    + " MB，可用 lianjian.import.max-file-mb 调整），未读取";
        } else {
            try {
                failure = savepoint.execute(status -> {
                    readAndWrite(file, fileId, report);
                    String why = rejection(report);
                    if (why != null) status.setRollbackOnly();
                    return why;
                });
            } catch (UnreadableWorkbookException e) {
                failure = e.getMessage();
            }
        }
        if (failure != null) report.add(ImportMessage.file(Level.ERROR, failure));
        Outcome outcome = failure != null ? Outcome.REJECTED : report.rowsRejected() > 0 ? Outcome.PARTIAL : Outcome.IMPORTED;
        return finish(file, fileId, outcome, failure, report, today);
    }

    /** Why the whole file is refused, or null when it may be committed. */
    private String rejection(FileReport report) {
        if (report.hasStructuralError()) return "工作簿结构有错误（见错误说明），整个文件未导入";
        if (!report.anyRecognisedSheet()) {
            return "工作簿中没有可识别的工作表。应为以下之一：" + String.join("、",
                    kinds.kinds().stream().map(SheetKind::name).toList()) + "（按工作表名称或前10行中的表头识别）";
        }
        if (report.rowsRejected() > 0 && properties.getImport().getOnRowError() == OnRowError.REJECT_FILE) {
            return "有 " + report.rowsRejected() + " 行数据有错误，按设置（reject-file）整个文件未导入";
        }
        return null;
    }

    /**
     * Reads the file and writes its valid rows. A workbook holding reference data (单位名录, 人员名册)
     * and other sheets is read in passes, reference sheets first (then case lists, then reviews), so
     * the rows of a sheet always know the units and persons of the same workbook whatever the order
     * of its sheets. Each pass reads only the sheets it imports beyond their top rows.
     */
    private void readAndWrite(Path file, long fileId, FileReport report) {
        WorkbookReader reader = WorkbookFormat.readerFor(file);
        ReferenceData refs = ReferenceData.load(jdbc);
        DomainRowWriter writer = new DomainRowWriter(jdbc, fileId, report::laterFlag);
        CellParser parser = new CellParser();
        List<Integer> orders = new java.util.ArrayList<>(importOrder.orders(file));
        int passes = Math.max(1, orders.size());
        String name = file.getFileName().toString();
        long writing = 0;
        try (Console.Task progress = console.progress(shorten(name), -1, "行")) {
            long[] done = {0};
            for (int pass = 0; pass < passes; pass++) {
                int bucket = orders.isEmpty() ? 0 : orders.get(pass);
                List<Integer> earlier = orders.subList(0, Math.max(0, passes - 1));
                java.util.function.IntPredicate accepts = passes == 1 ? o -> true
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
            log.info("{}: {} rows in {} pass(es); writing thread busy {} ms", name, report.rowsRead(), passes,
                    writing / 1_000_000);
            writer.writtenBySheet().forEach(report::rowsWritten);
            progress.stepTo(report.rowsRead());
        }
    }

    /**
     * One read of the workbook: the reading thread parses and validates, handing batches through a
     * small queue to this thread, which writes them (it holds the transaction). Returns the nanoseconds
     * this thread spent writing.
     */
    private long readPass(WorkbookReader reader, Path file, SheetImporter visitor, DomainRowWriter writer) {
        BlockingQueue<List<CheckedRow>> queue = new ArrayBlockingQueue<>(16);
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
                readFailure.set(new UnreadableWorkbookException("文件内容有误，无法读取（" + e.getClass().getSimpleName() + "）", e));
            } finally {
                put(queue, END, new AtomicBoolean());
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

    private static void put(BlockingQueue<List<CheckedRow>> queue, List<CheckedRow> batch, AtomicBoolean cancelled) {
        try {
            while (!queue.offer(batch, 200, TimeUnit.MILLISECONDS)) {
                if (cancelled.get()) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ImportResult duplicate(Path file, long fileId, Receipt earlier, LocalDate today) {
        String message = "与 " + earlier.startedAt() + " 导入的「" + earlier.fileName()
                + "」内容完全相同（SHA-256 相同），未重复导入";
        Path target = OriginalFiles.freeName(workspace.archiveFor(today), file.getFileName().toString(), p -> false);
        receipts.close(fileId, Outcome.DUPLICATE, 0, 0, 0, 0, null, message, target.toString(), null);
        receipts.addMessages(fileId, List.of(ImportMessage.file(Level.NOTICE, message)));
        moveAfterCommit(file, target);
        return new ImportResult(file.getFileName().toString(), Outcome.DUPLICATE, 0, 0, 0, 0, message, target.toString(), null);
    }

    private ImportResult finish(Path file, long fileId, Outcome outcome, String failure, FileReport report, LocalDate today) {
        String name = file.getFileName().toString();
        Path dir = outcome == Outcome.REJECTED ? workspace.rejectedFor(today) : workspace.archiveFor(today);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path target = OriginalFiles.freeName(dir, name, p -> Files.exists(errorWorkbookFor(p)));
        int imported = outcome == Outcome.REJECTED ? 0 : report.rowsWritten();
        String summary = failure != null ? failure
                : outcome == Outcome.PARTIAL ? "已导入 " + imported + " 行；" + report.rowsRejected() + " 行有错误未导入（skip-row）"
                : "已导入 " + imported + " 行" + (report.warnings() > 0 ? "，警告 " + report.warnings() + " 条" : "");
        Path errorWorkbook = null;
        if (outcome == Outcome.REJECTED || report.anyProblemRows() && report.rowsRejected() > 0) {
            errorWorkbook = errorWorkbookFor(target);
            try {
                errorWorkbooks.write(errorWorkbook, name, outcome, summary, report);
            } catch (IOException e) {
                throw new UncheckedIOException("无法写入错误报告 " + errorWorkbook, e);
            }
        }
        StringBuilder sheets = new StringBuilder();
        for (FileReport.SheetReport s : report.sheets()) sheets.append(s.summary()).append('\n');
        receipts.close(fileId, outcome, report.rowsRead(), imported, report.rowsRejected(), report.warnings(),
                sheets.toString().strip(), summary, target.toString(), errorWorkbook == null ? null : errorWorkbook.toString());
        receipts.addMessages(fileId, report.messages());
        moveAfterCommit(file, target);
        log.debug("{}: {} ({})", name, outcome, summary);
        return new ImportResult(name, outcome, report.rowsRead(), imported, report.rowsRejected(), report.warnings(),
                summary, target.toString(), errorWorkbook == null ? null : errorWorkbook.toString());
    }

    private static Path errorWorkbookFor(Path target) {
        return target.resolveSibling(ErrorWorkbookWriter.nameFor(target.getFileName().toString()));
    }

    /** Moves the original once the transaction commits; without a transaction (tests), at once. */
    private void moveAfterCommit(Path file, Path target) {
        Runnable move = () -> {
            try {
                OriginalFiles.move(file, target);
            } catch (IOException e) {
                // The receipt is committed; the next run sees the file still in the inbox and retries the move.
                console.problem("无法移动 " + file + " 到 " + target + "：" + e.getMessage() + "（下次运行时重试）");
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() { move.run(); }
            });
        } else {
            move.run();
        }
    }

    private static String shorten(String name) {
        return name.length() <= 24 ? name : name.substring(0, 23) + "…";
    }
}
