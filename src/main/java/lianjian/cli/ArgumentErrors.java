package lianjian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Wrong arguments, in Chinese: one line naming what was wrong ({@code 参数有误：…}), then the usage of
 * the command it was given to. picocli's own messages are English; each kind of
 * {@link CommandLine.ParameterException} is put into words here, and one never seen before still
 * gets a Chinese line (with the arguments as typed), never picocli's text.
 */
final class ArgumentErrors {

    private ArgumentErrors() {}

    static int handle(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("参数有误：" + describe(e, args));
        err.println();
        LianjianCommand.usage(cl, err);
        return 1;
    }

    static String describe(CommandLine.ParameterException e, String[] args) {
        String m = String.valueOf(e.getMessage());
        if (e instanceof ChineseParameterException) return m; // our own (settings, help)
        String command = e.getCommandLine().getCommandSpec().qualifiedName(" ");
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            String what = first.startsWith("-") ? "不认识的选项 " + first : "不认识的命令或参数「" + first + "」";
            List<String> suggestions = first.startsWith("-") ? u.getSuggestions() : closeCommands(e.getCommandLine(), first);
            String hint = suggestions.isEmpty() ? "" : "（是不是 " + String.join(" 或 ", suggestions) + "？）";
            return what + hint;
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing();
            ArgSpec a = specs == null || specs.isEmpty() ? e.getArgSpec() : specs.get(0);
            if (a instanceof OptionSpec o) {
                return "选项 " + o.longestName() + " 后面缺少" + label(o) + "（应写成 " + o.longestName() + " " + example(o) + "）";
            }
            if (a instanceof PositionalParamSpec p) return "缺少" + p.paramLabel();
            return "缺少必需的参数";
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            ArgSpec a = o.getOverwritten();
            return (a instanceof OptionSpec os ? "选项 " + os.longestName() : "参数") + " 只能写一次";
        }
        if (e instanceof CommandLine.MaxValuesExceededException) {
            return command + " 的参数太多：" + String.join(" ", args);
        }
        ArgSpec a = e.getArgSpec();
        if (a instanceof OptionSpec o) {
            String value = e.getValue() != null ? e.getValue() : valueIn(m);
            return "选项 " + o.longestName() + " 的值「" + (value == null ? "" : value) + "」无效，应为" + label(o)
                    + "（例如 " + o.longestName() + " " + example(o) + "）";
        }
        return "命令行参数有误：" + String.join(" ", args);
    }

    /** Subcommands within two edits of a mistyped word (rnu → run). */
    static List<String> closeCommands(CommandLine cl, String word) {
        return cl.getSubcommands().keySet().stream().filter(c -> distance(c, word) <= 2 && word.length() >= 2).toList();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    /** What an option's value is, in words. */
    private static String label(OptionSpec o) {
        Class<?> t = o.type();
        if (t == LocalDate.class) return "日期";
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) return "整数";
        if (t == Path.class) return "文件夹";
        return o.paramLabel();
    }

    private static String example(OptionSpec o) {
        Class<?> t = o.type();
        if (t == LocalDate.class) return "2025-06-30";
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) return "10";
        if (t == Path.class) return "D:\\联监工作区";
        return o.paramLabel();
    }

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    /** The value picocli quotes in its message ("Invalid value for option '--files': 'abc' is not an int"). */
    private static String valueIn(String message) {
        Matcher m = QUOTED.matcher(message);
        String last = null;
        while (m.find()) last = m.group(1);
        return last;
    }
}
