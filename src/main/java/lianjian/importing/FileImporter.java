package lianjian.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import lianjian.config.LianjianProperties;
import lianjian.config.LianjianProperties.OnRowError;
import lianjian.console.Console;
import lianjian.console.Failures;
import lianjian.importing.kind.SheetKind;
import lianjian.importing.kind.SheetKindCatalog;
import lianjian.importing.parse.BidiControls;
import lianjian.importing.read.UnreadableWorkbookException;
import lianjian.importing.read.WorkbookFormat;
import lianjian.importing.receipt.Outcome;
import lianjian.importing.receipt.Receipt;
import lianjian.importing.receipt.ReceiptRepository;
import lianjian.importing.validate.ImportMessage;
import lianjian.importing.validate.Level;
import lianjian.importing.validate.SheetRecognizer;
import lianjian.workspace.InboxScanner;
import lianjian.workspace.OriginalFiles;
import lianjian.workspace.Workspace;

/**
 * Imports one file, inside the caller's transaction (the import step's, one file per transaction):
 * opens its receipt, reads and writes its rows under a savepoint ({@link ReadWritePipeline}),
 * decides whether the file may be committed, and finishes — receipt, error workbook, the move.
 *
 * <p>A rejected file rolls back to the savepoint and only its receipt commits. The original is
 * moved only after the commit: to archive/ when imported, to rejected/ (beside its error workbook)
 * when not. If the process dies between commit and move, the next run finds the receipt and
 * completes the move, so every file is imported exactly once.
 *
 * <p>One bad file never stops the others: whatever goes wrong while handling it (reading,
 * validating, writing its error workbook, moving it) rejects that file with a plain Chinese message,
 * and a file that cannot even be read or moved stays in the inbox, reported. Only a failure of the
 * database itself, which no other file could escape either, fails the run.
 */
@Component
public class FileImporter {

    private static final Logger log = LoggerFactory.getLogger(FileImporter.class);

    private final TransactionTemplate savepoint;
    private final ReceiptRepository receipts;
    private final SheetKindCatalog kinds;
    private final LianjianProperties properties;
    private final Workspace workspace;
    private final Console console;
    private final ReadWritePipeline pipeline;
    private final ErrorWorkbookWriter errorWorkbooks = new ErrorWorkbookWriter();

    public FileImporter(JdbcTemplate jdbc, PlatformTransactionManager tx, ReceiptRepository receipts,
                        SheetKindCatalog kinds, LianjianProperties properties, Workspace workspace, Console console,
                        ImportOrder importOrder) {
        this.savepoint = new TransactionTemplate(tx);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.receipts = receipts;
        this.kinds = kinds;
        this.properties = properties;
        this.workspace = workspace;
        this.console = console;
        this.pipeline = new ReadWritePipeline(jdbc, new SheetRecognizer(kinds), importOrder, console);
    }

    /** What was decided for a file, and where its original goes once the transaction commits (null: nowhere). */
    private record Handled(ImportResult result, Path target) {}

    /** Imports a file outside a run (tests, tools). */
    public ImportResult importFile(Path file, LocalDate today) {
        return importFile(file, today, null);
    }

    /**
     * Imports a file.
     *
     * @param runId the job execution of the run doing it, recorded on the receipt (null outside a run)
     */
    public ImportResult importFile(Path file, LocalDate today, Long runId) {
        String name = file.getFileName().toString();
        String notAFile = InboxScanner.notARegularFile(file);
        if (notAFile != null) return ImportResult.leftInPlace(name, notAFile); // replaced after the inbox was listed
        long size;
        String sha;
        try {
            size = Files.size(file);
            sha = OriginalFiles.sha256(file);
        } catch (IOException | RuntimeException e) {
            log.warn("cannot read {}: {}", file, e.toString());
            return ImportResult.leftInPlace(name, "无法读取文件（" + Failures.describe(e, file.getParent())
                    + "），文件留在收件文件夹中，下次运行时再试");
        }

        Optional<Receipt> pending = receipts.unconfirmedMove(sha);
        if (pending.isPresent() && pending.get().fileName().equals(BidiControls.strip(name))
                && !Files.exists(Path.of(pending.get().movedTo()))) {
            return completeMove(file, pending.get()); // a crash (or a failed move) came between commit and move
        }

        Handled handled;
        try {
            handled = savepoint.execute(status -> handle(file, name, size, sha, today, runId));
        } catch (DataAccessException | TransactionException e) {
            throw e; // the database failed, not the file: the run fails, nothing of this file is kept
        } catch (RuntimeException e) {
            log.warn("importing {} failed", name, e);
            handled = rejectAfterFailure(file, name, size, sha, today, runId, e);
        }
        if (handled.target() != null) moveAfterCommit(file, handled.target());
        return handled.result();
    }

    /** Receipt, rows under a savepoint, the decision, the receipt's close. */
    private Handled handle(Path file, String name, long size, String sha, LocalDate today, Long runId) {
        Optional<Receipt> imported = receipts.latestImportBySha(sha);
        long fileId = receipts.open(name, sha, size, runId);
        if (imported.isPresent()) return duplicate(file, fileId, imported.get(), today);

        FileReport report = new FileReport(properties.getImport().getMaxErrorRows());
        FileReport[] read = {report};
        String failure = null;
        if (size > properties.getImport().getMaxFileMb() * 1024 * 1024) {
            failure = "文件过大（" + size / 1024 / 1024 + " MB，上限 " + properties.getImport().getMaxFileMb()
                    + " MB，可用 lianjian.import.max-file-mb 调整），未读取";
        } else {
            try {
                failure = savepoint.execute(status -> {
                    pipeline.run(file, WorkbookFormat.readerFor(file,
                            properties.getImport().getMaxUnpackedMb() * 1024 * 1024), fileId, read[0]);
                    String why = rejection(read[0]);
                    if (why != null) status.setRollbackOnly();
                    return why;
                });
            } catch (UnreadableWorkbookException e) {
                // Not read at all: whatever rows were seen before the reader gave up (a zip bomb is
                // found part way) are not reported, so the error workbook holds the one sentence.
                log.info("{} not read: {}", name, e.getMessage(), e);
                failure = e.getMessage();
                report = new FileReport(properties.getImport().getMaxErrorRows());
            } catch (DataAccessException | TransactionException e) {
                throw e;
            } catch (RuntimeException e) {
                log.warn("importing {} failed", name, e);
                failure = processingFailed(e, file);
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
            return "有 " + report.rowsRejected() + " 行数据有错误，整个文件未导入（只要有一行有错，整个文件都不导入；"
                    + "按错误报告改好后，把整个文件重新放入收件文件夹）";
        }
        return null;
    }

    private static String processingFailed(Throwable e, Path file) {
        return "处理文件时出错，整个文件未导入（" + Failures.describe(e, file.getParent()) + "；详细信息在 db/lianjian.log）";
    }

    /**
     * Something unexpected escaped while handling the file (everything it wrote is rolled back):
     * a fresh receipt rejects it. Should even that fail, the file stays in the inbox, reported.
     */
    private Handled rejectAfterFailure(Path file, String name, long size, String sha, LocalDate today, Long runId,
                                       RuntimeException e) {
        String why = processingFailed(e, file);
        try {
            return savepoint.execute(status -> {
                long fileId = receipts.open(name, sha, size, runId);
                FileReport report = new FileReport(properties.getImport().getMaxErrorRows());
                report.add(ImportMessage.file(Level.ERROR, why));
                return finish(file, fileId, Outcome.REJECTED, why, report, today);
            });
        } catch (DataAccessException | TransactionException again) {
            throw again;
        } catch (RuntimeException again) {
            log.warn("rejecting {} failed too", name, again);
            return new Handled(ImportResult.leftInPlace(name, why + "；文件留在收件文件夹中"), null);
        }
    }

    private Handled duplicate(Path file, long fileId, Receipt earlier, LocalDate today) {
        String message = "与 " + earlier.startedAt() + " 导入的「" + earlier.fileName()
                + "」内容完全相同（SHA-256 相同），未重复导入";
        Path target = OriginalFiles.freeName(workspace.archiveFor(today), file.getFileName().toString(), p -> false);
        receipts.close(fileId, Outcome.DUPLICATE, 0, 0, 0, 0, null, message, target.toString(), null);
        receipts.addMessages(fileId, List.of(ImportMessage.file(Level.NOTICE, message)));
        return new Handled(new ImportResult(file.getFileName().toString(), Outcome.DUPLICATE, 0, 0, 0, 0, message,
                target.toString(), null), target);
    }

    /**
     * Closes the receipt and writes the error workbook beside where the original will go. A report
     * that cannot be written does not stop anything: the receipt says why it is missing.
     */
    private Handled finish(Path file, long fileId, Outcome outcome, String failure, FileReport report, LocalDate today) {
        String name = file.getFileName().toString();
        Path dir = outcome == Outcome.REJECTED ? workspace.rejectedFor(today) : workspace.archiveFor(today);
        Path target = OriginalFiles.freeName(dir, name, p -> Files.exists(errorWorkbookFor(p)));
        int imported = outcome == Outcome.REJECTED ? 0 : report.rowsWritten();
        String summary = failure != null ? failure
                : outcome == Outcome.PARTIAL ? String.format("已导入 %,d 行；%,d 行有错误", imported, report.rowsRejected()) + "未导入（按设置只跳过有错误的行）"
                : String.format("已导入 %,d 行", imported) + (report.warnings() > 0 ? String.format("，警告 %,d 条", report.warnings()) : "");
        Path errorWorkbook = null;
        if (outcome == Outcome.REJECTED || report.anyProblemRows() && report.rowsRejected() > 0) {
            Path wanted = errorWorkbookFor(target);
            try {
                Files.createDirectories(dir);
                errorWorkbooks.write(wanted, name, outcome, summary, report);
                errorWorkbook = wanted;
            } catch (IOException | RuntimeException e) {
                log.warn("error workbook {} could not be written: {}", wanted, e.toString());
                String why = "错误报告未能写入（" + Failures.describe(e, dir) + "）";
                summary += "；" + why;
                report.add(ImportMessage.file(Level.NOTICE, why));
            }
        }
        StringBuilder sheets = new StringBuilder();
        for (FileReport.SheetReport s : report.sheets()) sheets.append(s.summary()).append('\n');
        receipts.close(fileId, outcome, report.rowsRead(), imported, report.rowsRejected(), report.warnings(),
                sheets.toString().strip(), summary, target.toString(), errorWorkbook == null ? null : errorWorkbook.toString());
        receipts.addMessages(fileId, report.messages());
        log.debug("{}: {} ({})", name, outcome, summary);
        return new Handled(new ImportResult(name, outcome, report.rowsRead(), imported, report.rowsRejected(),
                report.warnings(), summary, target.toString(), errorWorkbook == null ? null : errorWorkbook.toString()), target);
    }

    private static Path errorWorkbookFor(Path target) {
        return target.resolveSibling(ErrorWorkbookWriter.nameFor(target.getFileName().toString()));
    }

    /** Only the move was left (nothing to write): done now, and said truthfully when it fails again. */
    private ImportResult completeMove(Path file, Receipt receipt) {
        String name = file.getFileName().toString();
        Path target = Path.of(receipt.movedTo());
        try {
            OriginalFiles.move(file, target);
            return ImportResult.moveCompleted(name, target.toString());
        } catch (IOException | RuntimeException e) {
            log.warn("moving {} to {} failed: {}", file, target, e.toString());
            // Still not imported and still in the inbox: a rejection this run reports again.
            Outcome outcome = receipt.outcome() == Outcome.REJECTED ? Outcome.REJECTED : null;
            return new ImportResult(name, outcome, 0, 0, 0, 0, "上次运行已处理（" + receipt.outcome().chinese()
                    + "），但仍无法移到 " + target.getParent() + "（" + Failures.describe(e, target.getParent())
                    + "），文件留在收件文件夹中，下次运行时再试", null, null);
        }
    }

    /**
     * Moves the original once the transaction commits; without a transaction (tests), at once. A
     * move that fails leaves the original in the inbox with its committed receipt: the next run
     * completes the move.
     */
    private void moveAfterCommit(Path file, Path target) {
        Runnable move = () -> {
            try {
                OriginalFiles.move(file, target);
            } catch (IOException | RuntimeException e) {
                log.warn("moving {} to {} failed: {}", file, target, e.toString());
                console.problem("  无法把 " + file.getFileName() + " 移到 " + target.getParent() + "（"
                        + Failures.describe(e, target.getParent()) + "），文件留在收件文件夹中，下次运行时再移");
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
}
