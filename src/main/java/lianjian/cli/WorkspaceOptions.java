package lianjian.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import lianjian.workspace.WorkspaceCheck;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Options every subcommand shares: the workspace, --init, quiet, and pass-through settings. */
public class WorkspaceOptions {

    @Option(names = "--workspace", paramLabel = "文件夹",
            description = "工作区文件夹（含 data-import/、site/、db/），默认为当前文件夹")
    Path workspace;

    @Option(names = "--init", description = "在 --workspace 指定的文件夹（或当前文件夹）新建工作区；"
            + "不加时，不是工作区的文件夹一律拒绝，以免路径写错时悄悄生成一个空的工作区")
    boolean init;

    @Option(names = {"-q", "--quiet"}, description = "不显示进度条")
    boolean quiet;

    /** Settings as --key=value (unknown options are taken as these, see LianjianCommand). */
    @Parameters(paramLabel = "--键=值", arity = "0..*", description = "覆盖任一设置，例如 --lianjian.county=某某县")
    List<String> settings = new ArrayList<>();

    /** The command this mixin belongs to: errors name it and show its usage, not the top command's. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Path workspace() {
        return (workspace == null ? Path.of("") : workspace).toAbsolutePath().normalize();
    }

    /** The workspace was named with --workspace (else it is the current folder). */
    boolean explicitWorkspace() { return workspace != null; }

    /**
     * Refuses anything in the settings that is not {@code --key=value}: an option this command does
     * not know (a typo such as --frobnicate) or a stray word.
     */
    void checkSettings() {
        for (String s : settings) {
            if (s.startsWith("--") && s.contains("=") && s.indexOf('=') > 2) continue;
            CommandLine cl = command != null ? command.commandLine() : new CommandLine(new LianjianCommand());
            String name = command != null ? command.qualifiedName(" ") : "lianjian";
            String why = s.startsWith("-")
                    ? "不认识的选项 " + s + "（" + name + " 的选项见下；设置请写成 --键=值，例如 --lianjian.county=某某县）"
                    : "多余的参数「" + s + "」（" + name + " 不需要它；设置请写成 --键=值，例如 --lianjian.county=某某县）";
            throw new ChineseParameterException(cl, why);
        }
    }

    /**
     * Refuses a folder that holds no workspace, unless --init asks for one (or the command makes
     * one itself, {@code creates}). Nothing is created before this check.
     */
    void requireWorkspace(boolean creates) {
        if (init || creates) return;
        String why = WorkspaceCheck.refusal(workspace(), explicitWorkspace());
        if (why != null) throw new CommandRefusedException(why);
    }
}
