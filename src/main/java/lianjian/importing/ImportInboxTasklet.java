package lianjian.importing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import lianjian.config.LianjianProperties;
import lianjian.database.ImportCheckpoints;
import lianjian.console.Console;
import lianjian.importing.receipt.Outcome;
import lianjian.importing.receipt.ReceiptRepository;
import lianjian.workspace.InboxScanner;
import lianjian.workspace.Workspace;

/**
 * The import step's work: each call imports one file in its own transaction (the step's), so a
 * file's rows and its receipt commit together and a crash loses at most the file in hand. The inbox
 * is listed and ordered once when the step starts; files dropped during the run wait for the next.
 */
public class ImportInboxTasklet implements Tasklet, StepExecutionListener {

    private final Workspace workspace;
    private final FileImporter importer;
    private final ImportOrder order;
    private final ImportRunLog runLog;
    private final Console console;
    private final Duration settle;
    private final ReceiptRepository receipts;
    private final ImportCheckpoints checkpoints;
    private final Deque<InboxScanner.Candidate> queue = new ArrayDeque<>();
    /** The job execution of the current run, recorded on every receipt. */
    private Long runId;

    public ImportInboxTasklet(Workspace workspace, FileImporter importer, ImportOrder order, ImportRunLog runLog,
                              Console console, LianjianProperties properties, ReceiptRepository receipts,
                              ImportCheckpoints checkpoints) {
        this.receipts = receipts;
        this.checkpoints = checkpoints;
        this.workspace = workspace;
        this.importer = importer;
        this.order = order;
        this.runLog = runLog;
        this.console = console;
        this.settle = Duration.ofSeconds(properties.getImport().getSettleSeconds());
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        queue.clear();
        runId = stepExecution.getJobExecutionId();
        receipts.confirmMoves(); // moves a crash interrupted after they happened
        InboxScanner.Scan scan = new InboxScanner(settle).scan(workspace.inbox());
        runLog.stillBeingWritten(scan.stillBeingWritten());
        for (var p : scan.stillBeingWritten()) {
            console.line("  跳过 " + p.getFileName() + "：文件刚被修改（可能仍在复制或保存），下次运行再导入");
        }
        for (InboxScanner.Unreadable u : scan.unreadable()) {
            ImportResult r = ImportResult.leftInPlace(u.path().getFileName().toString(), u.why());
            runLog.add(r);
            console.line("  " + describe(r));
        }
        queue.addAll(order.sort(scan.ready()));
        checkpoints.deferWhileImporting();
        if (!queue.isEmpty()) console.line("导入 " + queue.size() + " 个文件（" + workspace.inbox() + "）");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        InboxScanner.Candidate next = queue.poll();
        if (next == null) return RepeatStatus.FINISHED;
        if (!java.nio.file.Files.exists(next.path())) return RepeatStatus.continueIf(!queue.isEmpty());
        if (!InboxScanner.unchanged(next)) {
            runLog.stillBeingWritten(java.util.List.of(next.path()));
            console.line("  跳过 " + next.path().getFileName() + "：文件在等待导入时被修改，下次运行再导入");
            return RepeatStatus.continueIf(!queue.isEmpty());
        }
        ImportResult r = importer.importFile(next.path(), LocalDate.now(), runId);
        // Counted once its transaction commits: a run failing at the commit (a full disk) does not
        // report the file as imported.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    runLog.add(r);
                    // right after the commit, before anything reads: a checkpoint only if the log has grown very large
                    checkpoints.afterFile();
                }
            });
        } else {
            runLog.add(r);
            checkpoints.afterFile();
        }
        contribution.incrementReadCount();
        contribution.incrementWriteCount(r.rowsImported());
        console.line("  " + describe(r));
        return RepeatStatus.continueIf(!queue.isEmpty());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        try {
            checkpoints.resume();
        } catch (RuntimeException e) {
            // SQLite checkpoints again at the next commit over 1,000 pages; the import itself is committed
            LoggerFactory.getLogger(ImportInboxTasklet.class).warn("checkpoint after the import failed", e);
        }
        receipts.confirmMoves();
        return runLog.anyRejected() ? new ExitStatus("COMPLETED_WITH_REJECTIONS") : stepExecution.getExitStatus();
    }

    static String describe(ImportResult r) {
        if (r.outcome() == null) return r.fileName() + "：" + r.message();
        String mark = r.outcome() == Outcome.REJECTED ? "✗" : r.outcome() == Outcome.PARTIAL ? "△" : "✓";
        String word = r.leftInInbox() ? "未导入" : r.outcome().chinese();
        // The message usually starts with the outcome already ("已导入 4 行"): say it once, not "已导入，已导入 4 行".
        String text = r.message() == null ? word : r.message().startsWith(word) ? r.message() : word + "，" + r.message();
        String s = mark + " " + r.fileName() + "：" + text;
        if (r.errorWorkbook() != null) s += "\n      错误报告：" + r.errorWorkbook();
        return s;
    }
}
