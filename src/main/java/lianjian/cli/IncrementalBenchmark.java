package lianjian.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

import lianjian.demo.MinimalXlsxWriter;
import lianjian.demo.SampleCountyGenerator;
import lianjian.demo.SampleCountyOptions;
import lianjian.publish.Audience;

/**
 * {@code benchmark --suite incremental} (issue 13): on the demo county, a cold full run, then a run with nothing new,
 * then a run after one one-row 问题清单 for 司法局; each timed from the start of the run (Spring already started),
 * with the PDFs of site/ and site-public/ that the run wrote anew (a reused PDF keeps its modification time).
 */
final class IncrementalBenchmark {

    private final WorkspaceOptions options;
    private final long seed;

    IncrementalBenchmark(WorkspaceOptions options, long seed) {
        this.options = options;
        this.seed = seed;
    }

    void run(Path base, int repeats) throws Exception {
        System.out.println();
        System.out.println("| 第几次 | 运行 | 退出码 | 耗时 | 与完整运行之比 | 重新生成的 PDF | 重新生成的页面 |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int i = 1; i <= repeats; i++) once(base.resolve("incremental-workspace"), i);
    }

    private void once(Path ws, int n) throws Exception {
        lianjian.workspace.Folders.deleteTree(ws);
        Path inbox = ws.resolve("data-import/inbox");
        Files.createDirectories(inbox);
        new SampleCountyGenerator(SampleCountyOptions.defaults().withSeed(seed)).writeTo(inbox);
        WorkspaceOptions wsOptions = new WorkspaceOptions();
        wsOptions.workspace = ws;
        wsOptions.quiet = true;
        wsOptions.settings = options.settings;
        try (ConfigurableApplicationContext ctx = SpringContexts.start(wsOptions, Map.of(), true)) {
            Measured full = measure(ctx, ws);
            print(n, "完整运行（14 个工作簿）", full, full);
            print(n, "没有新文件", measure(ctx, ws), full);
            oneRowProblem(inbox.resolve("司法局问题清单补报.xlsx"));
            print(n, "新增一个一行的问题清单（司法局）", measure(ctx, ws), full);
        }
    }

    private record Measured(int status, double seconds, long pdfsWritten, long pdfs, long pagesWritten, long pages) {}

    private static Measured measure(ConfigurableApplicationContext ctx, Path ws) throws IOException, InterruptedException {
        Thread.sleep(20); // file times of this run differ from the previous one's
        FileTime start = FileTime.fromMillis(System.currentTimeMillis());
        long t0 = System.nanoTime();
        int status = RunCommand.runLocked(ctx, null, false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] pdfs = written(ws, "reports", ".pdf", start), pages = written(ws, "", ".html", start);
        return new Measured(status, seconds, pdfs[0], pdfs[1], pages[0], pages[1]);
    }

    /** Files ending in {@code suffix} under {@code folder} of site/ and site-public/: {written at or after start, all}. */
    private static long[] written(Path ws, String folder, String suffix, FileTime start) throws IOException {
        long written = 0, all = 0;
        for (Audience a : Audience.values()) {
            Path dir = ws.resolve(a.folder()).resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(suffix)).toList()) {
                    all++;
                    if (Files.getLastModifiedTime(p).compareTo(start) >= 0) written++;
                }
            }
        }
        return new long[] {written, all};
    }

    private static void print(int n, String what, Measured m, Measured full) {
        System.out.printf("| %d | %s | %d | %.1f 秒 | %.2f | %d / %d（%.0f%%） | %d / %d（%.0f%%） |%n", n, what, m.status(),
                m.seconds(), m.seconds() / full.seconds(), m.pdfsWritten(), m.pdfs(), percent(m.pdfsWritten(), m.pdfs()),
                m.pagesWritten(), m.pages(), percent(m.pagesWritten(), m.pages()));
    }

    private static double percent(long part, long all) {
        return all == 0 ? 0.0 : 100.0 * part / all;
    }

    /** One new problem of 司法局, found in the demo's last quarter and still being rectified. */
    static void oneRowProblem(Path file) throws IOException {
        try (MinimalXlsxWriter w = new MinimalXlsxWriter(file, MinimalXlsxWriter.StringMode.SHARED_STRINGS)) {
            w.startSheet("问题清单");
            w.writeHeader(List.of("问题编号", "发现日期", "问题来源", "责任单位", "问题类别", "问题描述", "整改时限", "整改状态"));
            w.writeRow("BENCH-2025-001", LocalDate.of(2025, 11, 20), "执法检查", "示例县司法局", "其他",
                    "社区矫正对象档案未按规定及时归档", LocalDate.of(2026, 1, 31), "整改中");
        }
        // As if it had been copied in a while ago: the inbox takes only files that have settled.
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    }
}
