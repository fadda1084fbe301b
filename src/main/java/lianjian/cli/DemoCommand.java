package lianjian.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.demo.SampleCountyGenerator;
import lianjian.demo.SampleCountyOptions;
import lianjian.workspace.InboxScanner;
import lianjian.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: writes the synthetic sample county (DOMAIN §7) into an empty inbox, then runs. The
 * county includes one deliberately broken workbook, so a newcomer also sees a rejection and its
 * error workbook — the run therefore ends with exit status 2.
 */
@Command(name = "demo", description = {"在空的工作区中生成示例县数据（2022—2025年，4个单位，约150名法官检察官），然后执行 run。",
                "示例数据中有一个故意出错的文件，用来演示拒绝和错误报告，因此正常结束时退出码为 2。"})
public class DemoCommand implements Callable<Integer>, LianjianCommand.HasWorkspace {

    @Mixin
    WorkspaceOptions options;

    @Mixin
    HelpOption help;

    @Option(names = "--seed", paramLabel = "N", description = "随机种子（相同种子生成完全相同的文件，默认 ${DEFAULT-VALUE}）")
    long seed = SampleCountyOptions.DEFAULT_SEED;

    @Override
    public WorkspaceOptions options() { return options; }

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext ctx = SpringContexts.start(options, Map.of())) {
            Workspace ws = ctx.getBean(Workspace.class);
            Integer imported = ctx.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM import_file", Integer.class);
            if (hasFiles(ws.inbox()) || imported != null && imported > 0) {
                System.err.println("demo 只能在空的工作区中使用：" + ws.root() + " 的收件文件夹或数据库中已有数据。"
                        + "请换一个文件夹（--workspace 新文件夹），或直接运行 run。");
                return 1;
            }
            List<Path> files = new SampleCountyGenerator(SampleCountyOptions.defaults().withSeed(seed)).writeTo(ws.inbox());
            System.out.println("已在 " + ws.inbox() + " 生成示例县数据：" + files.size() + " 个文件");
            return RunCommand.runLocked(ctx, null);
        }
    }

    private static boolean hasFiles(Path inbox) throws java.io.IOException {
        try (Stream<Path> s = Files.list(inbox)) {
            return s.anyMatch(p -> !InboxScanner.isIgnored(p) && Files.isRegularFile(p));
        }
    }
}
