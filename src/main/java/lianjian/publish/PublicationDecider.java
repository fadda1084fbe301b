package lianjian.publish;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import lianjian.console.Console;
import lianjian.importing.ImportRunLog;

/**
 * Decides, after the import step, whether this run has anything to publish (issue 13): when the
 * fingerprint of its inputs ({@link PublicationFingerprint}) equals the one recorded in the published
 * site/ and site-public/ is there too, the indicators, reports and dashboard steps are skipped and the
 * published pair is left exactly as it is. {@code run --full} (job parameter {@value #FULL}) always rebuilds.
 * The fingerprint travels in the job's context to the dashboard step, which records it in the new build.
 */
@Component
public class PublicationDecider implements JobExecutionDecider {

    public static final FlowExecutionStatus UNCHANGED = new FlowExecutionStatus("UNCHANGED");
    public static final FlowExecutionStatus CHANGED = new FlowExecutionStatus("CHANGED");
    /** Job parameter: "true" forces every step. */
    public static final String FULL = "full";
    /** Job execution context key of the day this run's figures depend on (set by the indicators step). */
    public static final String DATE_DAY = "publication.date.day";
    /** Job execution context key of the last day on which the day matters ("-" for never). */
    public static final String DATE_HORIZON = "publication.date.horizon";
    /** Job execution context key of this run's fingerprint. */
    public static final String FINGERPRINT = "publication.fingerprint";

    private final PublicationFingerprint fingerprint;
    private final PublicationBuild build;
    private final Console console;
    private final ImportRunLog runLog;

    public PublicationDecider(PublicationFingerprint fingerprint, PublicationBuild build, Console console, ImportRunLog runLog) {
        this.fingerprint = fingerprint;
        this.build = build;
        this.console = console;
        this.runLog = runLog;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution job, StepExecution step) {
        String asOf = job.getJobParameters().getString("asOf");
        String current = fingerprint.compute(asOf);
        job.getExecutionContext().putString(FINGERPRINT, current);
        boolean full = "true".equals(job.getJobParameters().getString(FULL));
        Optional<PublicationFingerprint.Published> published = PublicationFingerprint.published(build.published(Audience.INTERNAL));
        boolean bothThere = Files.isDirectory(build.published(Audience.PUBLIC));
        if (!full && bothThere && published.isPresent() && published.get().fingerprint().equals(current)
                && published.get().date().currentOn(LocalDate.now())) {
            int waiting = runLog.stillBeingWritten().size();
            // A file still being copied is new, just not yet importable: say so rather than "nothing new".
            console.line((waiting == 0 ? "没有新文件，看板未变（" : "看板未变（") + build.published(Audience.INTERNAL) + "）。"
                    + (waiting == 0 ? "" : "收件文件夹中有 " + waiting + " 个文件刚被修改（可能仍在复制），稍后再运行 run 即可导入（watch 会自动处理）。")
                    + "如需全部重新生成，请运行 run --full。");
            return UNCHANGED;
        }
        return CHANGED;
    }

    /** Whether a finished run skipped publication. */
    public static boolean skipped(JobExecution job) {
        return job.getStepExecutions().stream().noneMatch(s -> "siteStep".equals(s.getStepName()));
    }
}
