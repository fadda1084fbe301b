package lianjian.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import lianjian.benchmark.ImportBenchmark;
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
@Command(name = "benchmark", description = {"性能测试：百万行法院案件的导入速度与指标计算时间，示例县完整运行各步耗时。",
        "生成（并缓存）一个百万行的法院案件工作簿，在同一次运行中测量 StAX 解析基准和导入（读取、校验、写入）速度。",
        "建议用 java -Xmx256m -jar target/lianjian.jar benchmark 运行；结果记录在 docs/BENCHMARKS.md。"})
public class BenchmarkCommand implements Callable<Integer>, LianjianCommand.HasWorkspace {

    @Mixin
    WorkspaceOptions options;

    @Mixin
    HelpOption help;

    @Option(names = "--rows", paramLabel = "N", description = "法院案件行数（默认 ${DEFAULT-VALUE}）")
    int rows = 1_000_000;

    @Option(names = "--seed", paramLabel = "N", description = "随机种子（默认 ${DEFAULT-VALUE}）")
    long seed = SampleCountyOptions.DEFAULT_SEED;

    @Option(names = "--suite", paramLabel = "项目", defaultValue = "all",
            description = "import：百万行导入与指标；publish：示例县完整运行（导入、指标、PDF、看板）各步耗时；all：两者（默认）")
    String suite;

    @Override
    public WorkspaceOptions options() { return options; }

    @Override
    public Integer call() throws Exception {
        Path base = options.workspace().resolve("benchmark");
        if (suite.equals("all") || suite.equals("publish")) publish(base);
        if (suite.equals("all") || suite.equals("import")) importSuite(base);
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
        }
    }

    private void importSuite(Path base) throws Exception {
        Path data = base.resolve("data");
        Files.createDirectories(data);
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
}
