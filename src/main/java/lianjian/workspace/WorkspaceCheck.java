package lianjian.workspace;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether a folder holds a workspace, checked before anything is created in it, so a mistyped
 * {@code --workspace} (or a command started in the wrong folder) is refused instead of silently
 * becoming an empty workspace with an empty dashboard.
 *
 * <p>A folder <em>holds a workspace</em> when it has the analyst's drop folder
 * {@code data-import/inbox/} or the database {@code db/lianjian.db}: every workspace made by
 * {@code demo}, {@code --init} or an earlier run has both, and a workspace set up by hand (the
 * README tells analysts where to drop files) has the inbox. Anything else — a path that does not
 * exist, a file, an unrelated folder — is not one.
 */
public final class WorkspaceCheck {

    private WorkspaceCheck() {}

    /** The folder holds a workspace. */
    public static boolean holdsWorkspace(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return Files.isDirectory(r.resolve("data-import").resolve("inbox"))
                || Files.isRegularFile(r.resolve("db").resolve("lianjian.db"));
    }

    /**
     * Null when {@code root} holds a workspace; otherwise the Chinese sentence a user reads, saying
     * what is wrong and how to go on.
     *
     * @param explicit the path was given with --workspace (else it is the current folder)
     */
    public static String refusal(Path root, boolean explicit) {
        Path r = root.toAbsolutePath().normalize();
        if (holdsWorkspace(r)) return null;
        String newHere = "要在这里新建一个工作区，在命令后加 --init（例如 lianjian run --init"
                + (explicit ? " --workspace " + r : "") + "）；要先看示例县，运行 lianjian demo --workspace 新文件夹。";
        if (!Files.exists(r, LinkOption.NOFOLLOW_LINKS) && !Files.exists(r)) {
            return "工作区文件夹不存在：" + r + "。请检查路径是否写错。" + newHere;
        }
        if (!Files.isDirectory(r)) {
            return "工作区路径不是文件夹：" + r + "。--workspace 后面应写工作区文件夹（含 data-import/、site/、db/ 的文件夹）。";
        }
        String where = explicit ? r + " " : "当前文件夹 " + r + " ";
        return where + "不是联监工作区（其中没有收件文件夹 data-import/inbox/，也没有数据库 db/lianjian.db）。"
                + (explicit ? "请检查路径是否写错。" : "请用 --workspace 指定工作区文件夹。") + newHere;
    }
}
