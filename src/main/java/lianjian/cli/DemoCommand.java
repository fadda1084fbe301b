package lianjian.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

import lianjian.demo.SampleCountyGenerator;
import lianjian.demo.SampleCountyOptions;
import lianjian.workspace.Folders;
import lianjian.workspace.InboxScanner;
import lianjian.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: writes the synthetic sample county (DOMAIN §7) into the inbox of a new workspace,
 * then runs. The county includes one deliberately broken workbook, so a newcomer also sees a
 * rejection and its error workbook — the run therefore ends with exit status 2.
 *
 * <p>A workspace in use (files in its inbox, archive or rejected folders, or imports in its
 * database) is refused before anything is written. The workbooks are written into a scratch folder
 * beside the inbox ({@code data-import/.demo-in-progress/}) and each is moved into the inbox whole,
 * so a demo killed while writing never leaves a half-written workbook for the next run to reject.
 */
@Command(name = "demo", description = {"在新的（空的）工作区中生成示例县数据（2022—2025年，4个单位，约150名法官检察官），然后执行 run。",
                "--workspace 指定的文件夹不存在时自动新建；已在使用的工作区（有导入记录或待导入的文件）会被拒绝。",
                "示例数据中有一个故意出错的文件，用来演示拒绝和错误报告，因此正常结束时退出码为 2。"})
public class DemoCommand implements Callable<Integer>, LianjianCommand.HasWorkspace {

    /** Where the workbooks are written before each is moved into the inbox. */
    static final String SCRATCH = ".demo-in-progress";

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
        options.checkSettings();
        Path root = options.workspace();
        String used = inUse(root);
        if (used != null) {
            throw new CommandRefusedException("demo 只能在新的工作区中使用：" + root + " 已在使用（" + used + "）。"
                    + "要从头看示例县，换一个新文件夹：lianjian demo --workspace 新文件夹（不存在的文件夹会自动新建）；"
                    + "要处理这里已有的数据，运行 lianjian run" + (options.explicitWorkspace() ? " --workspace " + root : "") + "。");
        }
        try (ConfigurableApplicationContext ctx = SpringContexts.start(options, Map.of(), true)) {
            Workspace ws = ctx.getBean(Workspace.class);
            List<Path> files = writeWhole(ws);
            System.out.println("已在 " + ws.inbox() + " 生成示例县数据：" + files.size() + " 个文件");
            return RunCommand.runLocked(ctx, null);
        }
    }

    /**
     * Writes the county into the scratch folder (emptied first: a demo killed earlier may have left
     * part of it there), then moves each workbook into the inbox, a rename within the workspace.
     */
    private List<Path> writeWhole(Workspace ws) throws IOException {
        Path scratch = ws.dataImport().resolve(SCRATCH);
        Folders.deleteTree(scratch);
        List<Path> written = new SampleCountyGenerator(SampleCountyOptions.defaults().withSeed(seed)).writeTo(scratch);
        List<Path> moved = new ArrayList<>();
        for (Path p : written) {
            Path target = ws.inbox().resolve(p.getFileName().toString());
            try {
                Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(p, target);
            }
            moved.add(target);
        }
        Folders.deleteTree(scratch);
        return moved;
    }

    /**
     * Why the folder is a workspace in use, or null when demo may fill it: files waiting in the
     * inbox, originals in archive/ or rejected/, or imports recorded in the database. Looked at
     * without creating anything.
     */
    static String inUse(Path root) throws IOException {
        List<String> why = new ArrayList<>();
        Path dataImport = root.resolve("data-import");
        long waiting = count(dataImport.resolve("inbox"), true);
        if (waiting > 0) why.add("收件文件夹中有 " + waiting + " 个文件");
        long kept = count(dataImport.resolve("archive"), false) + count(dataImport.resolve("rejected"), false);
        if (kept > 0) why.add("archive/ 或 rejected/ 中已有导入过的文件");
        long imported = importedFiles(root.resolve("db").resolve("lianjian.db"));
        if (imported > 0) why.add("数据库中已有 " + imported + " 个文件的导入记录");
        if (imported < 0) why.add("已有数据库 db/lianjian.db");
        return why.isEmpty() ? null : String.join("，", why);
    }

    private static long count(Path dir, boolean inbox) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !inbox || !InboxScanner.isIgnored(p)).count();
        }
    }

    /** Receipts in the workspace's database (0 when there is none yet, -1 when it cannot be read); read-only, creates nothing. */
    private static long importedFiles(Path db) {
        if (!Files.isRegularFile(db)) return 0;
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, readOnly.toProperties());
             Statement s = c.createStatement()) {
            try (ResultSet t = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'import_file'")) {
                if (!t.next() || t.getInt(1) == 0) return 0;
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM import_file")) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            return -1; // a database that cannot even be read is not an empty workspace
        }
    }
}
