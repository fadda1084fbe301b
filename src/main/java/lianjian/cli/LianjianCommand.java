package lianjian.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code lianjian} — the top command; each subcommand of DOMAIN §7 is its own class.
 * Options not known to a subcommand that look like {@code --key=value} go to Spring as settings.
 */
@Command(name = "lianjian",
        version = "联监 Lianjian 0.1",
        description = {"联监：人大司法监督与政法委执法监督衔接 —— 数据导入、指标计算、报告与看板。", ""},
        subcommands = {RunCommand.class, DemoCommand.class, TemplatesCommand.class, StatusCommand.class,
                WatchCommand.class, BenchmarkCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "退出码：0 全部导入并发布；2 运行完成但有文件被拒绝；1 运行失败（原看板保持不变）。",
                "任何设置都可在命令后以 --键=值 覆盖，例如 --lianjian.county=某某县。"})
public class LianjianCommand implements Runnable {

    @picocli.CommandLine.Mixin
    HelpOption help;

    @picocli.CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本并退出")
    boolean version;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new LianjianCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUnmatchedOptionsArePositionalParams(true); // --key=value settings reach WorkspaceOptions.settings
        cl.setExecutionExceptionHandler(LianjianCommand::failed);
        cl.setParameterExceptionHandler(LianjianCommand::badArguments);
        chineseHeadings(cl);
        return cl.execute(args);
    }

    /** Usage text headings in Chinese, for the top command and every subcommand. */
    private static void chineseHeadings(CommandLine cl) {
        cl.getCommandSpec().usageMessage().synopsisHeading("用法：").commandListHeading("%n命令：%n")
                .optionListHeading("%n选项：%n").parameterListHeading("%n参数：%n");
        if ("help".equals(cl.getCommandName())) {
            cl.getCommandSpec().usageMessage().header("显示某个命令的帮助，例如 help run").description("显示某个命令的帮助，例如 help run");
        }
        for (CommandLine sub : cl.getSubcommands().values()) chineseHeadings(sub);
    }

    /** Wrong arguments: one Chinese line naming what was wrong, then the command's usage. */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String why;
        if (e.getCause() instanceof java.time.format.DateTimeParseException
                || e.getMessage() != null && e.getMessage().contains("LocalDate")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("cannot convert '([^']*)'").matcher(String.valueOf(e.getMessage()));
            why = "日期「" + (m.find() ? m.group(1) : "") + "」无效，应写成 YYYY-MM-DD，例如 2025-06-30";
        } else if (e instanceof CommandLine.UnmatchedArgumentException u) {
            why = "不认识的参数 " + String.join(" ", u.getUnmatched());
        } else if (e instanceof CommandLine.MissingParameterException) {
            why = "缺少参数值（" + e.getMessage() + "）";
        } else {
            why = e.getMessage();
        }
        System.err.println("参数有误：" + why);
        cl.usage(System.err);
        return 1;
    }

    /**
     * A command that failed: one Chinese line in the terminal, never a stack trace; the details go
     * to db/lianjian-error.log in the workspace for whoever investigates.
     */
    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        Object command = cl.getCommand();
        if (command instanceof HasWorkspace hw && hw.options() != null) {
            System.err.println(lianjian.console.ErrorLog.oneLine(hw.options().workspace(), e, java.util.List.of(e)));
        } else {
            System.err.println("运行失败：" + lianjian.console.Failures.describe(e, null));
        }
        return 1;
    }

    /** Commands that work on a workspace. */
    public interface HasWorkspace {
        WorkspaceOptions options();
    }
}
