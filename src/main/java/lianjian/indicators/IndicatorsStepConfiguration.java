package lianjian.indicators;

import java.time.LocalDate;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import lianjian.console.Console;
import lianjian.publish.PublicationDecider;
import lianjian.publish.PublicationFingerprint;

/**
 * The indicators step of the run job: recompute everything in one transaction (the previous figures
 * stay until the new ones commit). Re-run on every run and on restart, since imports change inputs.
 */
@Configuration(proxyBeanMethods = false)
public class IndicatorsStepConfiguration {

    @Bean
    public Step indicatorsStep(JobRepository jobRepository, PlatformTransactionManager tx, IndicatorComputation computation,
                               Console console) {
        Tasklet tasklet = (contribution, chunk) -> {
            String asOfParam = chunk.getStepContext().getStepExecution().getJobParameters().getString("asOf");
            LocalDate asOf = asOfParam == null || asOfParam.isBlank() ? null : LocalDate.parse(asOfParam);
            long t0 = System.nanoTime();
            LocalDate today = LocalDate.now();
            IndicatorComputation.Result r = computation.compute(asOf, today);
            // Recorded with the publication: until this day is past, a new day re-publishes (issue 13).
            PublicationFingerprint.DateStamp stamp = PublicationFingerprint.DateStamp.of(today, r.todayMattersUntil());
            var context = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
            context.putString(PublicationDecider.DATE_DAY, stamp.day());
            context.putString(PublicationDecider.DATE_HORIZON, stamp.horizon() == null ? "-" : stamp.horizon().toString());
            contribution.incrementWriteCount(r.values());
            console.line(String.format("计算指标：截至 %s，%d 个统计期，%,d 项数值（%.1f 秒）", r.asOf(), r.periods().size(),
                    r.values(), (System.nanoTime() - t0) / 1e9));
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("indicatorsStep", jobRepository)
                .tasklet(tasklet, tx)
                .allowStartIfComplete(true)
                .build();
    }
}
