package lianjian.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code status}: the import log and the headline figures, in the terminal. */
@Command(name = "status", description = "在终端显示导入记录（回执）和最新一期的主要指标。")
public class StatusCommand implements Callable<Integer>, LianjianCommand.HasWorkspace {

    @Mixin
    WorkspaceOptions options;

    @Mixin
    HelpOption help;

    @Override
    public WorkspaceOptions options() { return options; }

    @Option(names = "--files", paramLabel = "N", defaultValue = "30", description = "显示最近 N 个文件的回执（默认 30）")
    int files;

    @Option(names = "--details", description = "同时列出每个文件的错误和警告（每个文件最多 20 条）")
    boolean details;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = SpringContexts.start(options, Map.of())) {
            ctx.getBean(StatusPrinter.class).print(files, details);
            return 0;
        }
    }
}
