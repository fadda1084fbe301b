package lianjian.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lianjian} — the top command; each subcommand of DOMAIN §7 is its own class.
 * Options not known to a subcommand that look like {@code --key=value} go to Spring as settings.
 * Everything picocli prints — usage, help, wrong arguments — is in Chinese ({@link ArgumentErrors},
 * {@link ChineseHelpCommand}, the headings set in {@link #chineseHeadings}).
 */
@Command(name = "lianjian",
        version = "联监 Lianjian 0.1",
        description = {"联监：人大司法监督与政法委执法监督衔接 —— 数据导入、指标计算、报告与看板。"},
        subcommands = {RunCommand.class, DemoCommand.class, TemplatesCommand.class, StatusCommand.class,
                WatchCommand.class, BenchmarkCommand.class, ChineseHelpCommand.class},
        footer = {"", "第一次使用：lianjian demo --workspace 新文件夹   生成示例县数据，导入并发布看板（新文件夹会自动建立）。",
                "开始正式工作：lianjian run --init --workspace 工作区文件夹   新建工作区；以后把文件放进其中的 data-import/inbox/ 再 run。",
                "每个命令的全部选项：lianjian help 命令，例如 lianjian help run。",
                "", "退出码：0 全部导入并发布；2 运行完成但有文件被拒绝；1 运行失败（原看板保持不变）。",
                "任何设置都可在命令后以 --键=值 覆盖，例如 --lianjian.county=某某县。"})
public class LianjianCommand implements Runnable {

    @picocli.CommandLine.Mixin
    HelpOption help;

    @picocli.CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本并退出")
    boolean version;

    @Spec
    CommandSpec spec;

    /** No command given: the usage (in Chinese, like every usage), on standard output. */
    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new LianjianCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUnmatchedOptionsArePositionalParams(true); // --key=value settings reach WorkspaceOptions.settings
        cl.setExecutionExceptionHandler(LianjianCommand::failed);
        cl.setParameterExceptionHandler(ArgumentErrors::handle);
        chineseHeadings(cl);
        return cl.execute(args);
    }

    /** Usage text headings in Chinese, for the top command and every subcommand. */
    static void chineseHeadings(CommandLine cl) {
        cl.getCommandSpec().usageMessage().synopsisHeading("用法：").commandListHeading("%n命令：%n")
                .optionListHeading("%n选项：%n").parameterListHeading("%n参数：%n")
                .synopsisSubcommandLabel("[命令]").descriptionHeading("").footerHeading("");
        for (CommandLine sub : cl.getSubcommands().values()) chineseHeadings(sub);
    }

    /**
     * A command that failed: one Chinese line in the terminal, never a stack trace; the details go
     * to db/lianjian-error.log in the workspace for whoever investigates. A refusal (no workspace
     * there, demo in a used workspace) is just its sentence, and writes nothing.
     */
    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (e instanceof CommandRefusedException) {
            System.err.println(e.getMessage());
            return 1;
        }
        Object command = cl.getCommand();
        if (command instanceof HasWorkspace hw && hw.options() != null
                && lianjian.workspace.WorkspaceCheck.holdsWorkspace(hw.options().workspace())) {
            System.err.println(lianjian.console.ErrorLog.oneLine(hw.options().workspace(), e, java.util.List.of(e)));
        } else {
            System.err.println("运行失败：" + lianjian.console.Failures.describe(e, null));
        }
        return 1;
    }

    /** Prints the usage of {@code cl} to {@code out}, in Chinese (the headings are set on every command). */
    static void usage(CommandLine cl, PrintWriter out) {
        cl.usage(out);
        out.flush();
    }

    /** Commands that work on a workspace. */
    public interface HasWorkspace {
        WorkspaceOptions options();
    }
}
