package lianjian.cli;

import picocli.CommandLine.Option;

/** --help in Chinese (picocli's standard help options describe themselves in English). */
public class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示此帮助并退出")
    boolean help;
}
