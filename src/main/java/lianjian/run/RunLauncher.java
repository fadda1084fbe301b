package lianjian.run;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import lianjian.console.Console;
import lianjian.importing.ImportRunLog;

/**
 * Launches the run job and turns its outcome into the exit status of DOMAIN §7: 0 everything
 * imported and published, 2 completed with rejected files, 1 failed. An execution left STARTED by a
 * killed process is first marked FAILED (Spring Batch cannot know the process died) so the job
 * repository stays truthful; the new run then redoes whatever was not committed.
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

    public RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job runJob, ImportRunLog runLog, Console console) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.runJob = runJob;
        this.runLog = runLog;
        this.console = console;
    }

    /** Runs the job; the caller holds the workspace lock. */
    public int run(LocalDate asOf) {
        recoverInterrupted();
        runLog.reset();
        JobParameters params = new JobParametersBuilder()
                .addLong("run.id", System.currentTimeMillis())
                .addString("asOf", asOf == null ? "" : asOf.toString(), false)
                .toJobParameters();
        JobExecution execution;
        try {
            execution = jobOperator.start(runJob, params);
        } catch (Exception e) {
            console.problem("运行失败：" + e.getMessage());
            return FAILED;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            for (Throwable t : execution.getAllFailureExceptions()) console.problem("运行失败：" + rootMessage(t));
            return FAILED;
        }
        return runLog.anyRejected() ? REJECTIONS : OK;
    }

    private void recoverInterrupted() {
        Set<JobExecution> running = jobRepository.findRunningJobExecutions(RunJobConfiguration.JOB_NAME);
        for (JobExecution stale : running) {
            console.line("上次运行（开始于 " + stale.getStartTime() + "）被中断，已标记为失败；本次运行会补做未完成的部分。");
            jobOperator.recover(stale);
        }
    }

    static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) r = r.getCause();
        String m = r.getMessage();
        return (m == null ? r.getClass().getSimpleName() : m) + (r == t ? "" : "（" + t.getClass().getSimpleName() + "）");
    }
}
