package lianjian.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import lianjian.console.Console;
import lianjian.console.ErrorLog;
import lianjian.importing.ImportRunLog;
import lianjian.importing.receipt.Receipt;
import lianjian.importing.receipt.ReceiptRepository;
import lianjian.publish.PublicationDecider;
import lianjian.workspace.Workspace;

/**
 * Launches the run job and turns its outcome into the exit status of DOMAIN §7: 0 everything
 * imported and published, 2 completed with rejected files, 1 failed. An execution left STARTED by a
 * killed process is first marked FAILED (Spring Batch cannot know the process died) so the job
 * repository stays truthful; the new run then redoes whatever was not committed. Files that runs
 * which never completed (killed or failed) rejected since the last completed run count as this
 * run's rejections: it completes their work, and the user must hear of them.
 */
@Component
public class RunLauncher {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int REJECTIONS = 2;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job runJob;
    private final ImportRunLog runLog;
    private final Console console;
    private final Workspace workspace;

    private final ReceiptRepository receipts;

    public RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job runJob, ImportRunLog runLog,
                       Console console, Workspace workspace, ReceiptRepository receipts) {
        this.receipts = receipts;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.runJob = runJob;
        this.runLog = runLog;
        this.console = console;
        this.workspace = workspace;
    }

    /** Runs the job; the caller holds the workspace lock. */
    public int run(LocalDate asOf) {
        return run(asOf, false);
    }

    /**
     * Runs the job; the caller holds the workspace lock. {@code full}: rebuild and re-render everything even when
     * nothing changed since the published site (issue 13).
     */
    public int run(LocalDate asOf, boolean full) {
        recoverInterrupted();
        runLog.reset();
        runLog.earlierRejections(receipts.rejectedInRunsAfter(lastCompletedRun()).stream().map(Receipt::fileName).toList());
        JobParameters params = new JobParametersBuilder()
                .addLong("run.id", System.currentTimeMillis())
                .addString("asOf", asOf == null ? "" : asOf.toString(), false)
                .addString(PublicationDecider.FULL, Boolean.toString(full), false)
                .toJobParameters();
        JobExecution execution;
        try {
            execution = jobOperator.start(runJob, params);
        } catch (Exception e) {
            console.problem(ErrorLog.oneLine(workspace.root(), e, List.of(e)));
            return FAILED;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<Throwable> failures = execution.getAllFailureExceptions();
            Throwable first = failures.isEmpty() ? new IllegalStateException("运行状态为 " + execution.getStatus()) : failures.get(0);
            console.problem(ErrorLog.oneLine(workspace.root(), first, failures.isEmpty() ? List.of(first) : failures));
            return FAILED;
        }
        return runLog.anyRejected() || !runLog.earlierRejections().isEmpty() ? REJECTIONS : OK;
    }

    /** The job execution id of the latest run that completed, or 0 when none did. */
    private long lastCompletedRun() {
        int page = 50;
        for (int start = 0; ; start += page) {
            List<JobInstance> instances = jobRepository.getJobInstances(RunJobConfiguration.JOB_NAME, start, page);
            if (instances.isEmpty()) return 0;
            long last = 0;
            for (JobInstance instance : instances) { // newest first
                for (JobExecution e : jobRepository.getJobExecutions(instance)) {
                    if (e.getStatus() == BatchStatus.COMPLETED) last = Math.max(last, e.getId());
                }
                if (last > 0) return last;
            }
        }
    }

    private void recoverInterrupted() {
        Set<JobExecution> running = jobRepository.findRunningJobExecutions(RunJobConfiguration.JOB_NAME);
        for (JobExecution stale : running) {
            console.line("上次运行（开始于 " + stale.getStartTime() + "）被中断，已标记为失败；本次运行会补做未完成的部分。");
            jobOperator.recover(stale);
        }
    }

}
