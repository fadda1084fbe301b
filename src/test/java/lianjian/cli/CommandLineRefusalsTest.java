package lianjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.workspace.WorkspaceCheck;

/**
 * Issue 15: a newcomer's mistakes on the command line get a clear Chinese answer. A workspace path
 * that does not exist or holds no workspace is refused (exit 1) and nothing is created there;
 * --init creates one. Every usage and every wrong-argument message is Chinese.
 */
class CommandLineRefusalsTest {

    @TempDir
    Path dir;

    /** What a command printed on both streams, and its exit status. */
    record Output(int status, String out, String err) {
        String all() { return out + err; }
    }

    static Output run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out, oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = LianjianCommand.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMistypedWorkspaceIsRefusedByEveryCommandAndNothingIsCreated() {
        Path typo = dir.resolve("lianjain-workspace");
        for (String command : List.of("run", "status", "templates", "watch")) {
            Output o = run(command, "--workspace", typo.toString(), "-q");
            assertThat(o.status()).as(command).isEqualTo(1);
            assertThat(o.err()).as(command).contains("工作区文件夹不存在：" + typo).contains("--init").doesNotContain("\tat ");
            assertThat(typo).as(command + " created nothing").doesNotExist();
        }
    }

    @Test
    void aFolderThatHoldsNoWorkspaceIsRefusedAndLeftAsItWas() throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("下载"));
        Files.writeString(downloads.resolve("笔记.txt"), "x");
        Output o = run("run", "--workspace", downloads.toString(), "-q");
        assertThat(o.status()).isEqualTo(1);
        assertThat(o.err()).contains(downloads + " 不是联监工作区").contains("data-import/inbox/").contains("--init");
        try (Stream<Path> s = Files.list(downloads)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("笔记.txt");
        }
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThat(run("status", "--workspace", file.toString()).err()).contains("不是文件夹");
    }

    @Test
    void initCreatesTheWorkspaceAndLaterRunsNeedNoInit() {
        Path fresh = dir.resolve("新工作区");
        Output o = run("run", "--init", "--workspace", fresh.toString(), "-q", "--lianjian.import.settle-seconds=0");
        assertThat(o.status()).as(o.all()).isZero();
        assertThat(fresh.resolve("data-import/inbox")).isDirectory();
        assertThat(fresh.resolve("site/index.html")).exists();
        assertThat(WorkspaceCheck.holdsWorkspace(fresh)).isTrue();
        assertThat(run("status", "--workspace", fresh.toString()).status()).isZero();
    }

    @Test
    void theMessageForTheCurrentFolderSaysHowToNameAWorkspace() {
        String why = WorkspaceCheck.refusal(dir, false);
        assertThat(why).startsWith("当前文件夹 " + dir.toAbsolutePath() + " 不是联监工作区").contains("--workspace").contains("--init");
        assertThat(WorkspaceCheck.refusal(dir, true)).doesNotContain("当前文件夹");
    }

    /** Every wrong invocation a newcomer tried, and the help screens: Chinese, with usage, no English words. */
    @Test
    void everyUsageAndArgumentErrorIsChinese() {
        String ws = dir.toString();
        List<String[]> wrong = List.of(
                new String[] {"run", "--frobnicate"},
                new String[] {"run", "--workspace"},
                new String[] {"run", "--workspace", "--quiet"},
                new String[] {"run", "--workspace", ws, "--workspace", ws},
                new String[] {"run", "--as-of", "2025-13-01"},
                new String[] {"run", "stray-word"},
                new String[] {"status", "--files", "abc"},
                new String[] {"watch", "--interval"},
                new String[] {"demo", "--seed", "x"},
                new String[] {"bogus"},
                new String[] {"--frobnicate"},
                new String[] {"rnu"},
                new String[] {"help", "bogus"},
                new String[] {"-x"});
        for (String[] args : wrong) {
            Output o = run(args);
            String shown = String.join(" ", args);
            assertThat(o.status()).as(shown).isEqualTo(1);
            assertThat(o.err()).as(shown).startsWith("参数有误：").contains("用法：");
            assertThat(englishIn(o.all())).as(shown + " →\n" + o.all()).isEmpty();
        }
        assertThat(run("run", "--frobnicate").err()).contains("不认识的选项 --frobnicate")
                .contains("用法：lianjian run").doesNotContain("命令：");
        assertThat(run("run", "--workspace", "--quiet").err()).contains("选项 --workspace 后面缺少文件夹");
        assertThat(run("run", "--as-of", "2025-13-01").err()).contains("「2025-13-01」无效").contains("日期");
        assertThat(run("status", "--files", "abc").err()).contains("选项 --files 的值「abc」无效，应为整数");
        assertThat(run("rnu").err()).contains("不认识的命令或参数「rnu」").contains("是不是 run");

        List<String[]> help = List.of(new String[] {}, new String[] {"--help"}, new String[] {"help"},
                new String[] {"help", "run"}, new String[] {"help", "help"}, new String[] {"run", "--help"},
                new String[] {"demo", "--help"}, new String[] {"templates", "--help"}, new String[] {"status", "--help"},
                new String[] {"watch", "--help"}, new String[] {"help", "--help"});
        for (String[] args : help) {
            Output o = run(args);
            String shown = String.join(" ", args);
            assertThat(o.status()).as(shown).isZero();
            assertThat(o.out()).as(shown).contains("用法：").doesNotContain("Usage").doesNotContain("Commands");
            assertThat(englishIn(o.all())).as(shown + " →\n" + o.all()).isEmpty();
        }
        assertThat(run().out()).contains("命令：").contains("第一次使用").contains("lianjian demo");
    }

    /**
     * Words of two or more Latin letters left after removing what is not English prose: option names,
     * command names, paths, file names and the few product and format names a user knows.
     */
    static List<String> englishIn(String text) {
        String t = text
                .replaceAll("[^\\s（），、；]*[/\\\\][^\\s（），、；]*", " ")   // paths and folders (data-import/inbox/, D:\…)
                .replaceAll("(?<![A-Za-z])--?[A-Za-z][A-Za-z0-9.-]*(=\\S*)?", " ")
                .replaceAll("\\[-[A-Za-z]+]", " ")
                .replaceAll("\\b(lianjian|Lianjian|run|demo|templates|status|watch|benchmark|help|rnu|bogus|stray-word|abc|x)\\b", " ")
                .replaceAll("\\b(YYYY-MM-DD|CSV|PDF|Excel|WPS|Ctrl\\+C|SHA-256|StAX|SQLite|PostgreSQL|import|publish|scale|all|N)\\b", " ");
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("[A-Za-z]{2,}").matcher(t);
        while (m.find()) found.add(m.group());
        return found;
    }
}
