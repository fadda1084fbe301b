package lianjian.run;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one job of the product, {@code run} (DOMAIN §7): import the inbox, then compute indicators,
 * render the PDFs and publish the site. Each capability contributes its step.
 */
@Configuration(proxyBeanMethods = false)
public class RunJobConfiguration {

    public static final String JOB_NAME = "run";

    @Bean
    public Job runJob(JobRepository jobRepository, @Qualifier("importStep") Step importStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(importStep)
                .build();
    }
}
