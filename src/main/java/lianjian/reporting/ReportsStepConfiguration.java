package lianjian.reporting;

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
import lianjian.publish.Audience;
import lianjian.publish.PublicationBuild;
import lianjian.publish.PublicationDecider;
import lianjian.publish.ReportKind;

/**
 * The reports step of the run job, between indicatorsStep and siteStep: writes every PDF and
 * reports/index.json into the 内部版 being built, and the public variants of the overview and unit reports
 * into the 公开版 being built (the site step swaps both in). Reads stored figures
 * only, so it re-runs on every run and on restart.
 */
@Configuration(proxyBeanMethods = false)
public class ReportsStepConfiguration {

    @Bean
    public Step reportsStep(JobRepository jobRepository, PlatformTransactionManager tx, PublicationBuild build,
                            ReportPublisher publisher, Console console) {
        Tasklet tasklet = (contribution, chunk) -> {
            // run --full renders every PDF again; otherwise a PDF whose inputs are unchanged is taken over (issue 13).
            boolean reuse = !"true".equals(chunk.getStepContext().getJobParameters().get(PublicationDecider.FULL));
            PublishSummary s = publisher.publishAll(build.dir(Audience.INTERNAL).resolve("reports"), Audience.INTERNAL,
                    build.published(Audience.INTERNAL).resolve("reports"), reuse);
            contribution.incrementWriteCount(s.reports().size());
            Map<ReportKind, Integer> n = s.countByKind();
            console.line(String.format("生成报告（内部版）：%d 份 PDF，%,d 页（综合报告 %d、单位报告 %d、覆盖报告 %d、整改清单 %d、督办通知单 %d、个人档案 %d；重新生成 %d 份，沿用上次 %d 份；%.1f 秒）",
                    s.reports().size(), s.pages(), n.getOrDefault(ReportKind.OVERVIEW, 0), n.getOrDefault(ReportKind.UNIT, 0),
                    n.getOrDefault(ReportKind.COVERAGE, 0), n.getOrDefault(ReportKind.RECTIFICATION, 0),
                    n.getOrDefault(ReportKind.NOTICE, 0), n.getOrDefault(ReportKind.DOSSIER, 0), s.rendered(), s.reused(), s.totalMillis() / 1000.0));
            // The 公开版's own PDFs, built from the same stored figures in the public mode (never copies of the above).
            PublishSummary pub = publisher.publishAll(build.dir(Audience.PUBLIC).resolve("reports"), Audience.PUBLIC,
                    build.published(Audience.PUBLIC).resolve("reports"), reuse);
            contribution.incrementWriteCount(pub.reports().size());
            Map<ReportKind, Integer> m = pub.countByKind();
            console.line(String.format("生成报告（公开版）：%d 份 PDF，%,d 页（综合报告 %d、单位报告 %d；重新生成 %d 份，沿用上次 %d 份；%.1f 秒）",
                    pub.reports().size(), pub.pages(), m.getOrDefault(ReportKind.OVERVIEW, 0), m.getOrDefault(ReportKind.UNIT, 0),
                    pub.rendered(), pub.reused(), pub.totalMillis() / 1000.0));
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("reportsStep", jobRepository)
                .tasklet(tasklet, tx)
                .allowStartIfComplete(true)
                .build();
    }
}
