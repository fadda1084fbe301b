package lianjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import lianjian.importing.FileImporter;
import lianjian.importing.ImportResult;
import lianjian.importing.receipt.Outcome;
import lianjian.testsupport.TestWorkbook;

/**
 * Issue 16: a run killed after it rejected a file, then a rerun. The rerun completes the killed
 * run's work, so its exit status is 2 and it names the file — once; the run after it is clean.
 * The killed run is set up as a dead process leaves it: its job execution still STARTED in the job
 * repository, its committed receipts in the import log, the rejected original already moved.
 */
class RecoveredCrashExitStatusTest {

    @TempDir
    Path ws;

    private int lianjian(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--workspace", ws.toString(), "-q",
                "--lianjian.import.settle-seconds=0")).toArray(String[]::new);
        return LianjianCommand.execute(all);
    }

    @Test
    void theRerunAfterACrashReportsWhatTheKilledRunRejected() throws Exception {
        assertThat(lianjian("run", "--init")).as("an earlier run that completed").isZero();

        Path bad = TestWorkbook.create().sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称")
                .row("A-1", "2025-02-30", "明察暗访", "夜查").writeXlsx(ws.resolve("data-import/inbox/活动（有误）.xlsx"));
        WorkspaceOptions options = new WorkspaceOptions();
        options.workspace = ws;
        options.quiet = true;
        try (ConfigurableApplicationContext ctx = SpringContexts.start(options, Map.of())) {
            JobRepository jobs = ctx.getBean(JobRepository.class);
            JobParameters params = new JobParametersBuilder().addLong("run.id", 42L).toJobParameters();
            JobInstance instance = jobs.createJobInstance("run", params);
            JobExecution killed = jobs.createJobExecution(instance, params, new ExecutionContext());
            killed.setStartTime(LocalDateTime.now());
            killed.setStatus(BatchStatus.STARTED);
            jobs.update(killed);
            ImportResult r = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class)).execute(
                    s -> ctx.getBean(FileImporter.class).importFile(bad, LocalDate.now(), killed.getId()));
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        } // the process "dies" here: the execution stays STARTED
        assertThat(bad).as("moved to rejected/ by the killed run").doesNotExist();

        int[] status = new int[1];
        String out = RunCommandTest.capture(() -> status[0] = lianjian("run"));
        assertThat(status[0]).as("the killed run's rejection is reported").isEqualTo(2);
        assertThat(out).contains("被中断").contains("此前未完成的运行中有 1 个文件被拒绝：活动（有误）.xlsx")
                .contains("退出码 2");

        assertThat(lianjian("run")).as("reported once; the next run is clean").isZero();
        assertThat(List.of(ws.resolve("data-import/inbox").toFile().list())).isEmpty();
    }
}
