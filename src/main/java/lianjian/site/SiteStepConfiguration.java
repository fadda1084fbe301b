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
import lianjian.indicators.ListExport;
import lianjian.publish.PublicationBuild;

/**
 * The publish step: writes the data exports and the dashboard pages into the build folder (where the
 * reports step already put the PDFs and reports/index.json), then swaps it in as site/. It reads
 * stored figures only. If anything here throws, publish() is never reached: the job fails, the
 * listener discards the build folder, the previous site/ stays as it was and run exits 1.
 */
@Configuration(proxyBeanMethods = false)
public class SiteStepConfiguration {

    @Bean
    public Step siteStep(JobRepository jobRepository, PlatformTransactionManager tx, PublicationBuild build,
                         IndicatorExport export, ListExport lists, SiteGenerator generator, Console console) {
        Tasklet tasklet = (contribution, chunk) -> {
            long rows = export.write(build.dir().resolve("data"));
            long[] listRows = lists.write(build.dir().resolve("data"));
            SiteGenerator.Result result = generator.generate(build.dir());
            build.publish();
            console.line(String.format("发布看板：%s（indicators.csv %,d 行，lists.csv %,d 行，warnings.csv %,d 行）",
                    build.dir().getParent().resolve("site"), rows, listRows[0], listRows[1]));
            console.line("　　" + result.summary());
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("siteStep", jobRepository)
                .tasklet(tasklet, tx)
                .allowStartIfComplete(true)
                .build();
    }
}
