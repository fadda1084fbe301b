package lianjian.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code help [命令]}: picocli's help command, in Chinese (picocli's own describes itself and its
 * errors in English).
 */
@Command(name = "help", helpCommand = true,
        description = "显示某个命令的帮助，例如 help run",
        synopsisHeading = "用法：")
public class ChineseHelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @CommandLine.Mixin
    HelpOption help;

    @Parameters(paramLabel = "命令", arity = "0..1", description = "要查看帮助的命令")
    String command;

    private CommandLine self;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out,
                     PrintWriter err) {
        this.self = helpCommandLine;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        if (command == null) {
            LianjianCommand.usage(parent, out);
            return;
        }
        CommandLine sub = parent.getSubcommands().get(command);
        if (sub == null) {
            throw new ChineseParameterException(self, "没有名为「" + command + "」的命令。可用的命令："
                    + String.join("、", parent.getSubcommands().keySet()));
        }
        LianjianCommand.usage(sub, out);
    }
}
