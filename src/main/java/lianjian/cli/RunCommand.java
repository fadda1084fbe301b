package lianjian.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import lianjian.database.DatabaseLock;
import lianjian.run.RunLauncher;
import lianjian.workspace.Workspace;
import lianjian.workspace.WorkspaceLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: import the inbox, compute every period, publish site/ (DOMAIN §7). */
@Command(name = "run", description = "导入 data-import/inbox/ 中的全部文件，计算各期指标，发布 site/（含 PDF 报告）。")
public class RunCommand implements Callable<Integer>, LianjianCommand.HasWorkspace {

    @Mixin
    WorkspaceOptions options;

    @Mixin
    HelpOption help;

    @Override
    public WorkspaceOptions options() { return options; }

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = {"统计截止日期：晚于它开始的统计期不计算，其余各期算到它为止。",
                    "默认各期算到期末（不晚于今天），覆盖、整改、档案报告截至数据所及最近一个季度末。"})
    LocalDate asOf;

    @Option(names = "--full", description = {"全部重新计算并重新生成所有页面和 PDF，即使自上次发布以来没有任何变化。",
            "默认只在有新文件或配置变化时重新发布，且只重新生成内容有变化的 PDF。"})
    boolean full;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = SpringContexts.start(options, Map.of())) {
            return runLocked(ctx, asOf, full);
        }
    }

    static int runLocked(ConfigurableApplicationContext ctx, LocalDate asOf) {
        return runLocked(ctx, asOf, false);
    }

    /**
     * Runs under both locks: the workspace's (its inbox, archive and site) and the database's (one run
     * per database, from any machine; DOMAIN §9). Either one busy: nothing is read or written, exit 1.
     */
    static int runLocked(ConfigurableApplicationContext ctx, LocalDate asOf, boolean full) {
        Workspace ws = ctx.getBean(Workspace.class);
        try (WorkspaceLock lock = WorkspaceLock.acquire(ws);
             DatabaseLock.Held db = ctx.getBean(DatabaseLock.class).acquire()) {
            int status = ctx.getBean(RunLauncher.class).run(asOf, full);
            ctx.getBean(RunSummaryPrinter.class).print(status);
            return status;
        } catch (WorkspaceLock.WorkspaceBusyException | DatabaseLock.DatabaseBusyException e) {
            System.err.println(e.getMessage());
            return RunLauncher.FAILED;
        }
    }
}
