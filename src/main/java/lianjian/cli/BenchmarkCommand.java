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
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"性能测试：生成（并缓存）一个百万行的法院案件工作簿，在同一次运行中测量 StAX 解析基准、",
                "导入（读取、校验、写入）速度和全部指标的计算时间。建议用 java -Xmx256m -jar target/lianjian.jar benchmark 运行。"})
public class BenchmarkCommand implements Callable<Integer>, LianjianCommand.HasWorkspace {

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--rows", paramLabel = "N", description = "法院案件行数（默认 ${DEFAULT-VALUE}）")
    int rows = 1_000_000;

    @Option(names = "--seed", paramLabel = "N", description = "随机种子（默认 ${DEFAULT-VALUE}）")
    long seed = SampleCountyOptions.DEFAULT_SEED;

    @Override
    public WorkspaceOptions options() { return options; }

    @Override
    public Integer call() throws Exception {
        Path base = options.workspace().resolve("benchmark");
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
        try (ConfigurableApplicationContext ctx = SpringContexts.start(wsOptions, Map.of())) {
            Map<String, String> figures = ctx.getBean(ImportBenchmark.class).run(big, reference.toArray(Path[]::new));
            System.out.println();
            System.out.println("| 项目 | 结果 |");
            System.out.println("|---|---|");
            figures.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
            System.out.println();
            System.out.println("JVM：" + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                    + "，处理器 " + Runtime.getRuntime().availableProcessors() + " 个");
        }
        return 0;
    }
}
