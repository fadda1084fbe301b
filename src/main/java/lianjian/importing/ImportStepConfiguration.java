package lianjian.importing;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import lianjian.config.LianjianProperties;
import lianjian.console.Console;
import lianjian.workspace.Workspace;

/** The import step of the run job: every settled file of the inbox, one transaction per file. */
@Configuration(proxyBeanMethods = false)
public class ImportStepConfiguration {

    @Bean
    public ImportInboxTasklet importInboxTasklet(Workspace workspace, FileImporter importer, ImportOrder order,
                                                 ImportRunLog runLog, Console console, LianjianProperties properties,
                                                 lianjian.importing.receipt.ReceiptRepository receipts,
                                                 lianjian.database.ImportCheckpoints checkpoints) {
        return new ImportInboxTasklet(workspace, importer, order, runLog, console, properties, receipts, checkpoints);
    }

    /**
     * Restartable and always re-run: after a crash the inbox still holds exactly the files not yet
     * committed, so running the step again is the recovery.
     */
    @Bean
    public Step importStep(JobRepository jobRepository, PlatformTransactionManager tx, ImportInboxTasklet tasklet) {
        return new StepBuilder("importStep", jobRepository)
                .tasklet(tasklet, tx)
                .listener(tasklet)
                .allowStartIfComplete(true)
                .build();
    }
}
