package lianjian.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import lianjian.benchmark.ImportBenchmark;
import lianjian.benchmark.ScaleBenchmark;
import lianjian.demo.ProvinceTerm;
import lianjian.demo.SampleCountyGenerator;
import lianjian.demo.SampleCountyOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code benchmark}: measures import and indicator speed on the large benchmark county (a court
 * workbook of a million cases, generated once and kept in DIR/benchmark/data/). The database of
 * each measurement is fresh (DIR/benchmark/workspace/). See docs/BENCHMARKS.md for how to run it.
 */
@Command(name = "benchmark", description = {"性能测试：百万行法院案件的导入速度与指标计算时间，示例县完整运行各步耗时，省级规模数据在 SQLite 和 PostgreSQL 上的导入与指标计算。",
        "生成（并缓存）一个百万行的法院案件工作簿，在同一次运行中测量 StAX 解析基准和导入（读取、校验、写入）速度。",
        "建议用 java -Xmx256m -jar target/lianjian.jar benchmark 运行；结果记录在 docs/BENCHMARKS.md。",
        "scale：生成（并缓存）一个省一届任期的数据（默认 100 个单位、5 年、1000 万件法院案件和 300 万件检察案件，每个单位每年一个工作簿），",
        "先后导入 SQLite 和 PostgreSQL（--postgres 指定的数据库中的 lianjian_benchmark 模式，会被清空重建），测量导入速度、全部指标和清单的计算时间、内存峰值。"})
public class BenchmarkCommand implements Callable<Integer>, LianjianCommand.HasWorkspace {

    @Mixin
    WorkspaceOptions options;

    @Mixin
    HelpOption help;

    @Option(names = "--rows", paramLabel = "N", description = "法院案件行数（import 默认 1,000,000；scale 默认 10,000,000，检察案件为其十分之三）")
    Integer rows;

    @Option(names = "--postgres", paramLabel = "JDBC-URL",
            description = {"scale：同时在这个 PostgreSQL 数据库中测量，例如 jdbc:postgresql://127.0.0.1:5432/lianjian?user=lianjian。",
                    "在其中建立 lianjian_benchmark 模式（已有则先删除），测完后删除。不指定则只测 SQLite。"})
    String postgres;

    @Option(names = "--data", paramLabel = "DIR",
            description = "scale：生成的工作簿缓存在哪里（默认 ~/.cache/lianjian/benchmark；不在仓库中，不提交）")
    Path data;

    @Option(names = "--keep", description = "scale：测完保留 SQLite 工作区和 PostgreSQL 模式（默认删除，以免占用磁盘）")
    boolean keep;

    @Option(names = "--seed", paramLabel = "N", description = "随机种子（默认 ${DEFAULT-VALUE}）")
    long seed = SampleCountyOptions.DEFAULT_SEED;

    @Option(names = "--suite", paramLabel = "项目", defaultValue = "all",
            description = {"import：百万行导入与指标；publish：示例县完整运行（导入、指标、PDF、看板）各步耗时；all：这两者（默认）；",
                    "scale：省级规模，SQLite 与 PostgreSQL；",
                    "incremental：示例县的增量运行——完整运行、没有新文件的运行、新增一个一行问题清单后的运行，各自耗时和重新生成的 PDF 数"})
    String suite;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "incremental：重复整组测量的次数（默认 3）")
    int repeat;

    @Override
    public WorkspaceOptions options() { return options; }

    @Override
    public Integer call() throws Exception {
        Path base = options.workspace().resolve("benchmark");
        if (suite.equals("all") || suite.equals("publish")) publish(base);
        if (suite.equals("all") || suite.equals("import")) importSuite(base);
        if (suite.equals("scale")) return scaleSuite(base);
        if (suite.equals("incremental")) new IncrementalBenchmark(options, seed).run(base, repeat);
        if (suite.equals(SCALE_ONE)) return scaleOne();
        return 0;
    }

    /** The demo county end to end, as `demo` runs it; step durations from the job repository. */
    private void publish(Path base) throws Exception {
        Path ws = base.resolve("demo-workspace");
        lianjian.workspace.Folders.deleteTree(ws);
        Files.createDirectories(ws.resolve("data-import/inbox"));
        new SampleCountyGenerator(SampleCountyOptions.defaults().withSeed(seed)).writeTo(ws.resolve("data-import/inbox"));
        WorkspaceOptions wsOptions = new WorkspaceOptions();
        wsOptions.workspace = ws;
        wsOptions.quiet = true;
        wsOptions.settings = options.settings;
        try (ConfigurableApplicationContext ctx = SpringContexts.start(wsOptions, Map.of(), true)) {
            long t0 = System.nanoTime();
            int status = RunCommand.runLocked(ctx, null);
            double total = (System.nanoTime() - t0) / 1e9;
            System.out.println();
            System.out.println("| 示例县完整运行（退出码 " + status + "） | 耗时 |");
            System.out.println("|---|---|");
            ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class).query(
                    "SELECT s.STEP_NAME, s.START_TIME, s.END_TIME FROM BATCH_STEP_EXECUTION s"
                            + " WHERE s.JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)"
                            + " ORDER BY s.STEP_EXECUTION_ID", rs -> {
                        java.time.Duration d = java.time.Duration.between(rs.getTimestamp(2).toLocalDateTime(),
                                rs.getTimestamp(3).toLocalDateTime());
                        System.out.printf("| %s | %.1f 秒 |%n", rs.getString(1), d.toMillis() / 1000.0);
                    });
            System.out.printf("| 合计（含启动后的全部步骤） | %.1f 秒 |%n", total);
            pdfaCost(ctx);
        }
    }

    /** Issue 14: the same 内部版 documents laid out and exported with and without PDF/A, CPU time on one thread. */
    private static void pdfaCost(ConfigurableApplicationContext ctx) {
        System.out.println();
        System.out.println("| PDF/A 开销（第几轮） | 份数 | 排版 CPU | 导出（普通 PDF）CPU | 导出（PDF/A-2b）CPU | 普通 PDF 合计 | PDF/A 合计 | PDF/A ÷ 普通（排版+导出） |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (lianjian.benchmark.PdfaCost.Round r : new lianjian.benchmark.PdfaCost()
                .measure(ctx.getBean(lianjian.reporting.ReportPublisher.class), 3)) {
            System.out.printf("| %d | %d | %.1f 秒 | %.1f 秒 | %.1f 秒 | %.1f MB | %.1f MB | %.2f |%n", r.round(), r.documents(),
                    r.fillSeconds(), r.plainSeconds(), r.pdfaSeconds(), r.plainBytes() / 1e6, r.pdfaBytes() / 1e6, r.ratio());
        }
    }

    private void importSuite(Path base) throws Exception {
        Path data = base.resolve("data");
        Files.createDirectories(data);
        int rows = this.rows == null ? 1_000_000 : this.rows;
        Path big = data.resolve("法院案件-" + rows + "-" + seed + ".xlsx");
        if (!Files.exists(big)) {
            System.out.println("生成基准工作簿 " + big + " …");
            long t0 = System.nanoTime();
            Path tmp = data.resolve(big.getFileName() + ".part");
            SampleCountyGenerator.writeBigCourtWorkbook(tmp, rows, seed);
            Files.move(tmp, big);
            System.out.printf("已生成（%.1f 秒）%n", (System.nanoTime() - t0) / 1e9);
        }
        // The units and roster of the sample county (the big workbook's judges come from it).
        Path county = data.resolve("county-" + seed);
        if (!Files.exists(county)) {
            new SampleCountyGenerator(SampleCountyOptions.defaults().withSeed(seed).withBrokenWorkbook(false)).writeTo(county);
        }
        List<Path> reference;
        try (var s = Files.list(county)) {
            reference = s.filter(p -> p.getFileName().toString().startsWith("单位名录")
                    || p.getFileName().toString().startsWith("人员名册"))
                    // units before the roster that refers to them
                    .sorted(java.util.Comparator.comparing((Path p) -> !p.getFileName().toString().startsWith("单位名录")))
                    .toList();
        }
        Path ws = base.resolve("workspace");
        lianjian.workspace.Folders.deleteTree(ws);
        WorkspaceOptions wsOptions = new WorkspaceOptions();
        wsOptions.workspace = ws;
        wsOptions.quiet = true;
        wsOptions.settings = options.settings;
        try (ConfigurableApplicationContext ctx = SpringContexts.start(wsOptions, Map.of(), true)) {
            Map<String, String> figures = ctx.getBean(ImportBenchmark.class).run(big, reference.toArray(Path[]::new));
            System.out.println();
            System.out.println("| 项目 | 结果 |");
            System.out.println("|---|---|");
            figures.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
            System.out.println();
            System.out.println("JVM：" + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                    + "，处理器 " + Runtime.getRuntime().availableProcessors() + " 个");
        }
    }

    /**
     * A province's term (DOMAIN §9) on SQLite and, with --postgres, on PostgreSQL, in this one JVM:
     * the same workbooks imported into a fresh database of each, then every indicator and list.
     */
    private int scaleSuite(Path base) throws Exception {
        ProvinceTerm.Options o = ProvinceTerm.Options.defaults().withSeed(seed);
        if (rows != null) o = o.withCourtCases(rows);
        Path cache = (data != null ? data : Path.of(System.getProperty("user.home"), ".cache", "lianjian", "benchmark"))
                .resolve(o.key());
        List<Path> files = scaleData(o, cache);
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        System.out.printf("数据：%s，%d 个工作簿，%,d MiB%n", cache, files.size(), bytes / (1024 * 1024));

        List<ScaleBenchmark.Result> results = new java.util.ArrayList<>();
        results.add(scaleOn(base.resolve("scale-sqlite"), null, cache));
        if (postgres != null) {
            String url = freshSchema(postgres, "lianjian_benchmark");
            try {
                results.add(scaleOn(base.resolve("scale-postgresql"), url, cache));
            } finally {
                if (!keep) dropSchema(postgres, "lianjian_benchmark");
            }
        } else {
            System.out.println("（未指定 --postgres：只测 SQLite）");
        }
        System.out.println();
        StringBuilder head = new StringBuilder("| 项目 |");
        StringBuilder line = new StringBuilder("|---|");
        for (ScaleBenchmark.Result r : results) {
            head.append(r.vendor() == lianjian.database.Vendor.SQLITE ? " SQLite |" : " PostgreSQL |");
            line.append("---|");
        }
        System.out.println(head);
        System.out.println(line);
        for (String k : results.get(0).figures().keySet()) {
            StringBuilder row = new StringBuilder("| " + k + " |");
            for (ScaleBenchmark.Result r : results) row.append(' ').append(r.figures().getOrDefault(k, "")).append(" |");
            System.out.println(row);
        }
        System.out.println();
        System.out.println("JVM：" + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + "，处理器 " + Runtime.getRuntime().availableProcessors() + " 个，最大堆 "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB（每个数据库在一个新的 JVM 中测量，参数相同）");
        return 0;
    }

    private static List<Path> scaleData(ProvinceTerm.Options o, Path cache) throws Exception {
        Path done = cache.resolve(".complete");
        if (!Files.exists(done)) {
            System.out.println("生成省级数据到 " + cache + " …");
            long t0 = System.nanoTime();
            lianjian.workspace.Folders.deleteTree(cache);
            new ProvinceTerm(o).writeTo(cache, Runtime.getRuntime().availableProcessors());
            Files.writeString(done, o.key() + "\n");
            System.out.printf("已生成（%.1f 秒）%n", (System.nanoTime() - t0) / 1e9);
        }
        try (var s = Files.list(cache)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    /** Hidden suite: one database of the scale suite, in a JVM of its own (so its memory figures are its own). */
    static final String SCALE_ONE = "scale-one";
    private static final String FIGURE = "\u0001figure\t";

    /**
     * Measures one database in a child JVM started with this JVM's options, and collects its figures.
     * A JVM of its own per database: heap and resident set of one do not carry over to the other.
     */
    private ScaleBenchmark.Result scaleOn(Path ws, String url, Path cache) throws Exception {
        lianjian.workspace.Folders.deleteTree(ws);
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        String cp = System.getProperty("java.class.path");
        if (cp.endsWith(".jar") && !cp.contains(java.io.File.pathSeparator)) {
            cmd.addAll(List.of("-jar", cp));
        } else {
            cmd.addAll(List.of("-cp", cp, lianjian.LianjianApplication.class.getName()));
        }
        // --init: the child's workspace is a fresh folder (deleted above), not one the user named
        cmd.addAll(List.of("benchmark", "--suite", SCALE_ONE, "--data", cache.toString(), "--workspace", ws.toString(), "--init",
                "-q"));
        cmd.addAll(options.settings);
        if (url != null) cmd.add("--lianjian.database.url=" + url);
        System.out.println(url == null ? "SQLite（" + ws + "）…" : "PostgreSQL（" + lianjian.database.Urls.safe(url) + "）…");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, String> figures = new java.util.LinkedHashMap<>();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith(FIGURE)) {
                    String[] kv = line.substring(FIGURE.length()).split("\t", 2);
                    figures.put(kv[0], kv[1]);
                } else {
                    System.out.println(line);
                }
            }
        }
        int status = p.waitFor();
        if (!keep) lianjian.workspace.Folders.deleteTree(ws);
        if (status != 0 || figures.isEmpty()) throw new IllegalStateException("测量进程失败（退出码 " + status + "）");
        return new ScaleBenchmark.Result(url == null ? lianjian.database.Vendor.SQLITE : lianjian.database.Vendor.POSTGRESQL, figures);
    }

    private int scaleOne() throws Exception {
        List<Path> files;
        try (var s = Files.list(data)) {
            // 000-单位名录, 001-人员名册 first, then the case workbooks by unit and year
            files = s.filter(f -> f.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
        try (ConfigurableApplicationContext ctx = SpringContexts.start(options, Map.of())) {
            ScaleBenchmark.Result r = ctx.getBean(ScaleBenchmark.class).run(files);
            r.figures().forEach((k, v) -> System.out.println(FIGURE + k + "\t" + v));
        }
        return 0;
    }

    /** Drops and creates {@code schema} in the database of {@code url}; returns the url pointing at it. */
    private static String freshSchema(String url, String schema) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void dropSchema(String url, String schema) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
