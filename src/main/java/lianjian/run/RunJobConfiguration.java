package lianjian.run;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lianjian.publish.PublicationBuild;
import lianjian.publish.PublicationDecider;

/**
 * The one job of the product, {@code run} (DOMAIN §7): import the inbox, compute the indicators,
 * then publish the site (exports, dashboard, PDFs) through a build folder swapped in at the end.
 * Each capability contributes its step. After the import, {@link PublicationDecider} ends the job when nothing
 * the site is built from changed since the published one (issue 13).
 */
@Configuration(proxyBeanMethods = false)
public class RunJobConfiguration {

    public static final String JOB_NAME = "run";

    @Bean
    public Job runJob(JobRepository jobRepository, @Qualifier("importStep") Step importStep,
                      @Qualifier("indicatorsStep") Step indicatorsStep, @Qualifier("reportsStep") Step reportsStep,
                      @Qualifier("siteStep") Step siteStep,
                      PublicationBuild siteBuild, PublicationDecider publication) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new JobExecutionListener() {
                    @Override
                    public void beforeJob(JobExecution execution) { siteBuild.begin(); }

                    @Override
                    public void afterJob(JobExecution execution) {
                        // Failed, or nothing to publish (issue 13): the published pair stays as it is.
                        if (execution.getStatus() != BatchStatus.COMPLETED || PublicationDecider.skipped(execution)) siteBuild.discard();
                    }
                })
                // Any exit code but FAILED goes on (the import step's may be COMPLETED_WITH_REJECTIONS); FAILED (the
                // most specific pattern wins) fails the job, and the listener discards the builds, as before.
                .start(importStep).on("FAILED").fail()
                .from(importStep).on("*").to(publication)
                .from(publication).on(PublicationDecider.UNCHANGED.getName()).end()
                .from(publication).on("*").to(indicatorsStep)
                .from(indicatorsStep).on("FAILED").fail()
                .from(indicatorsStep).on("*").to(reportsStep)
                .from(reportsStep).on("FAILED").fail()
                .from(reportsStep).on("*").to(siteStep)
                .from(siteStep).on("FAILED").fail()
                .from(siteStep).on("*").end()
                .end()
                .build();
    }
}
