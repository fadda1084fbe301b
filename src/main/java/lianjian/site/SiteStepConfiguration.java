package lianjian.site;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

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
import lianjian.office.IndicatorWorkbooks;
import lianjian.publish.Audience;
import lianjian.publish.PublicFields;
import lianjian.publish.PublicationBuild;
import lianjian.publish.PublicationDecider;
import lianjian.publish.PublicationFingerprint;
import lianjian.site.render.ReusableOutputs;

/**
 * The publish step: for each audience — the 内部版 site/ and the 公开版 site-public/ — writes the data exports
 * and the dashboard pages into its build folder (where the reports step already put its PDFs and
 * reports/index.json), then swaps both in together. It reads stored figures only, and builds the 公开版 from
 * them in its public mode, never from site/'s files. If anything here throws, publish() is never reached:
 * the job fails, the listener discards both build folders, the previous pair stays as it was and run exits 1.
 */
@Configuration(proxyBeanMethods = false)
public class SiteStepConfiguration {

    @Bean
    public Step siteStep(JobRepository jobRepository, PlatformTransactionManager tx, PublicationBuild build,
                         IndicatorExport export, ListExport lists, SiteGenerator generator, Console console,
                         IndicatorWorkbooks workbooks) {
        Tasklet tasklet = (contribution, chunk) -> {
            LocalDateTime now = LocalDateTime.now().withNano(0);
            boolean full = "true".equals(chunk.getStepContext().getJobParameters().get(PublicationDecider.FULL));
            StringBuilder lines = new StringBuilder();
            for (Audience audience : Audience.values()) {
                long rows = export.write(build.dir(audience).resolve("data"), audience.showsPeople());
                long[] listRows = lists.write(build.dir(audience).resolve("data"), PublicFields.listFilter(audience));
                // Issue #14: a formatted Excel workbook per period beside the CSV (the 公开版 without per-person rows).
                // run --full renders every page again; otherwise unchanged workbooks, pages and charts are taken over (issue 13).
                ReusableOutputs previous = full ? ReusableOutputs.none() : ReusableOutputs.from(build.published(audience));
                workbooks.write(build.dir(audience).resolve("data"), audience.showsPeople(), previous);
                SiteGenerator.Result result = generator.generate(build.dir(audience), now, audience, previous);
                lines.append(String.format("发布看板（%s）：%s（indicators.csv %,d 行，lists.csv %,d 行，warnings.csv %,d 行）%n",
                        audience.chinese(), build.published(audience), rows, listRows[0], listRows[1]));
                lines.append("　　").append(result.summary()).append(System.lineSeparator());
            }
            // What this publication was built from (issue 13): the next run compares with it to skip an unchanged one.
            Map<String, Object> job = chunk.getStepContext().getJobExecutionContext();
            Object fingerprint = job.get(PublicationDecider.FINGERPRINT);
            Object day = job.get(PublicationDecider.DATE_DAY), horizon = job.get(PublicationDecider.DATE_HORIZON);
            if (fingerprint != null && day != null && horizon != null) {
                PublicationFingerprint.write(build.dir(Audience.INTERNAL), fingerprint.toString(),
                        new PublicationFingerprint.DateStamp(day.toString(), "-".equals(horizon) ? null : LocalDate.parse(horizon.toString())));
            }
            build.keepUnchangedFiles();
            build.publish();
            lines.toString().lines().forEach(console::line);
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("siteStep", jobRepository)
                .tasklet(tasklet, tx)
                .allowStartIfComplete(true)
                .build();
    }
}
