package lianjian.cli;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import lianjian.config.LianjianProperties;
import lianjian.workspace.InboxScanner;
import lianjian.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code watch}: keeps running, and starts {@code run} whenever files in the inbox have settled
 * (none of them modified within the settle time). Stop with Ctrl+C.
 */
@Command(name = "watch", description = "持续运行：收件文件夹中有新文件且已写完时，自动执行一次 run。按 Ctrl+C 停止。")
public class WatchCommand implements Callable<Integer>, LianjianCommand.HasWorkspace {

    @Mixin
    WorkspaceOptions options;

    @Mixin
    HelpOption help;

    @Override
    public WorkspaceOptions options() { return options; }

    @Option(names = "--interval", paramLabel = "秒数", defaultValue = "10", description = "检查间隔秒数（默认 10）")
    int interval;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "0", hidden = true,
            description = "运行 N 次后退出（供测试使用；0 表示不限）")
    int maxRuns;

    @Override
    public Integer call() throws InterruptedException {
        try (ConfigurableApplicationContext ctx = SpringContexts.start(options, Map.of())) {
            Workspace ws = ctx.getBean(Workspace.class);
            Duration settle = Duration.ofSeconds(ctx.getBean(LianjianProperties.class).getImport().getSettleSeconds());
            InboxScanner scanner = new InboxScanner(settle);
            System.out.println("正在监视 " + ws.inbox() + "（文件放入后约 " + settle.toSeconds() + " 秒内未再修改即开始导入；每 "
                    + interval + " 秒另行检查一次；Ctrl+C 停止）");
            int runs = 0;
            int last = 0;
            try (InboxEvents events = InboxEvents.open(ws.inbox())) {
                while (maxRuns == 0 || runs < maxRuns) {
                    InboxScanner.Scan scan = scanner.scan(ws.inbox());
                    if (!scan.ready().isEmpty() && scan.stillBeingWritten().isEmpty()) {
                        System.out.println(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))
                                + " 发现 " + scan.ready().size() + " 个新文件，开始运行");
                        last = RunCommand.runLocked(ctx, null);
                        runs++;
                        continue; // files may have arrived during the run
                    }
                    // A file still being written is looked at again as soon as it may have settled; otherwise the
                    // folder's change events wake the loop at once (the interval is the fallback for shares without them).
                    Duration wait = scan.stillBeingWritten().isEmpty() ? Duration.ofSeconds(interval)
                            : Duration.ofMillis(Math.min(interval * 1000L, 500));
                    events.await(wait);
                }
            }
            return last;
        }
    }
}
