package lianjian.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import lianjian.importing.FileImporter;
import lianjian.importing.ImportResult;
import lianjian.indicators.IndicatorComputation;
import lianjian.workspace.Workspace;

/**
 * The import and indicator benchmark (issues 2 and 3): in one JVM, a bare StAX pass over the
 * benchmark workbook's sheet XML (the floor), then the real import of the same file — read,
 * validate, write, commit, exactly as the import step does it — then every indicator for the
 * resulting county. Reference data (units, roster) is imported first, as in a real run.
 */
@Component
public class ImportBenchmark {

    private final FileImporter importer;
    private final TransactionTemplate perFile;
    private final IndicatorComputation indicators;
    private final Workspace workspace;

    public ImportBenchmark(FileImporter importer, PlatformTransactionManager tx, IndicatorComputation indicators,
                           Workspace workspace) {
        this.importer = importer;
        this.perFile = new TransactionTemplate(tx);
        this.indicators = indicators;
        this.workspace = workspace;
    }

    /** Runs the phases and returns named figures in order, for printing and for docs/BENCHMARKS.md. */
    public Map<String, String> run(Path bigWorkbook, Path... referenceFiles) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path ref : referenceFiles) {
            Path inInbox = workspace.inbox().resolve(ref.getFileName());
            Files.copy(ref, inInbox);
            perFile.execute(s -> importer.importFile(inInbox, LocalDate.now()));
        }

        StaxFloor.Result floor1 = StaxFloor.measure(bigWorkbook);

        Path inbox = workspace.inbox().resolve(bigWorkbook.getFileName());
        Files.copy(bigWorkbook, inbox);
        System.gc();
        MemoryProbe.resetPeaks();
        long t0 = System.nanoTime();
        ImportResult r = perFile.execute(s -> importer.importFile(inbox, LocalDate.now()));
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        long importHeap = MemoryProbe.peakHeapMiB();

        StaxFloor.Result floor2 = StaxFloor.measure(bigWorkbook);
        double floorRate = Math.max(floor1.rowsPerSecond(), floor2.rowsPerSecond());
        double importRate = r.rowsImported() / importSeconds;

        System.gc();
        MemoryProbe.resetPeaks();
        long t1 = System.nanoTime();
        // in a transaction, as the indicators step runs it (on PostgreSQL, reads then stream through a cursor)
        IndicatorComputation.Result ir = perFile.execute(s -> indicators.compute(null, LocalDate.now()));
        double indicatorSeconds = (System.nanoTime() - t1) / 1e9;

        out.put("工作簿", bigWorkbook.getFileName() + "（" + Files.size(bigWorkbook) / (1024 * 1024) + " MiB）");
        out.put("StAX 基准（aalto，仅解析）", String.format("%,.0f 行/秒（两次：%.1f 秒、%.1f 秒）", floorRate,
                floor1.seconds(), floor2.seconds()));
        out.put("导入结果", r.outcome().chinese() + "，" + String.format("%,d", r.rowsImported()) + " 行");
        out.put("导入耗时", String.format("%.1f 秒", importSeconds));
        out.put("导入速度", String.format("%,.0f 行/秒", importRate));
        out.put("导入速度 / StAX 基准", String.format("%.2f", importRate / floorRate));
        out.put("导入时堆内存峰值", importHeap + " MiB（上限 " + MemoryProbe.maxHeapMiB() + " MiB）");
        out.put("指标计算耗时", String.format("%.1f 秒（%d 个统计期，%,d 项数值）", indicatorSeconds, ir.periods().size(), ir.values()));
        out.put("指标计算时堆内存峰值", MemoryProbe.peakHeapMiB() + " MiB");
        out.put("进程常驻内存峰值（RSS）", MemoryProbe.peakRssMiB() + " MiB");
        return out;
    }
}
