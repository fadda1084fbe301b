package lianjian.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options every subcommand shares: the workspace, quiet, and pass-through settings. */
public class WorkspaceOptions {

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "工作区文件夹（含 data-import/、site/、db/），默认为当前文件夹")
    Path workspace;

    @Option(names = {"-q", "--quiet"}, description = "不显示进度条")
    boolean quiet;

    /** Settings as --key=value (unknown options are taken as these, see LianjianCommand). */
    @Parameters(paramLabel = "--键=值", arity = "0..*", description = "覆盖任一设置，例如 --lianjian.county=某某县")
    List<String> settings = new ArrayList<>();

    Path workspace() {
        return (workspace == null ? Path.of("") : workspace).toAbsolutePath().normalize();
    }
}
