package lianjian.site;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import lianjian.console.Console;
import lianjian.indicators.IndicatorExport;

/**
 * The publish step: writes the data exports (and the dashboard pages) into the build folder, then
 * swaps it in as site/. It reads stored figures only.
 */
@Configuration(proxyBeanMethods = false)
public class SiteStepConfiguration {

    @Bean
    public Step siteStep(JobRepository jobRepository, PlatformTransactionManager tx, SiteBuild build,
                         IndicatorExport export, Console console) {
        Tasklet tasklet = (contribution, chunk) -> {
            long rows = export.write(build.dir().resolve("data"));
            build.publish();
            console.line(String.format("发布看板：%s（indicators.csv %,d 行）", build.dir().getParent().resolve("site"), rows));
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("siteStep", jobRepository)
                .tasklet(tasklet, tx)
                .allowStartIfComplete(true)
                .build();
    }
}
