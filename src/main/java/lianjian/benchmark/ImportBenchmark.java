package lianjian.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import lianjian.database.ImportCheckpoints;
import lianjian.database.Vendor;
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
    private final ImportCheckpoints checkpoints;
    private final boolean sqlite;

    public ImportBenchmark(FileImporter importer, PlatformTransactionManager tx, IndicatorComputation indicators,
                           Workspace workspace, ImportCheckpoints checkpoints, DataSource dataSource) {
        this.checkpoints = checkpoints;
        this.sqlite = Vendor.of(dataSource) == Vendor.SQLITE;
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
        checkpoints.deferWhileImporting(); // as the import step does
        long t0 = System.nanoTime();
        ImportResult r = perFile.execute(s -> importer.importFile(inbox, LocalDate.now()));
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        // The checkpoint the step does once when it ends, timed on its own and shown beside the import
        double checkpointSeconds = checkpoints.resume() / 1e9;
        long importHeap = MemoryProbe.peakHeapMiB();

        StaxFloor.Result floor2 = StaxFloor.measure(bigWorkbook);
        // the same rows, only written (SQLite; PostgreSQL's COPY has no such floor here)
        SqliteWriteFloor.Result writeFloor = sqlite ? SqliteWriteFloor.measure(workspace.database(), "court_case") : null;
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
        if (writeFloor != null) {
            out.put("SQLite 写入基准（同样的行，仅写入，不读文件）", String.format("%,.0f 行/秒（插入 %.1f 秒、提交 %.1f 秒）",
                    writeFloor.rows() / writeFloor.seconds(), writeFloor.insertSeconds(), writeFloor.commitSeconds()));
        }
        out.put("导入结果", r.outcome().chinese() + "，" + String.format("%,d", r.rowsImported()) + " 行");
        out.put("导入耗时", String.format("%.1f 秒", importSeconds));
        out.put("导入速度", String.format("%,.0f 行/秒", importRate));
        out.put("导入速度 / StAX 基准", String.format("%.2f", importRate / floorRate));
        if (writeFloor != null) {
            // reading and writing overlap on two cores, so the import can beat their sum but never the larger one
            out.put("导入耗时 / (StAX 基准 + 写入基准)", String.format("%.2f",
                    importSeconds / (Math.min(floor1.seconds(), floor2.seconds()) + writeFloor.seconds())));
        }
        if (sqlite) {
            out.put("导入步骤结束时的检查点（SQLite 把预写日志写回数据库文件）", String.format("%.1f 秒", checkpointSeconds));
            out.put("导入速度 / StAX 基准（含检查点）", String.format("%.2f",
                    r.rowsImported() / (importSeconds + checkpointSeconds) / floorRate));
        }
        out.put("导入时堆内存峰值", importHeap + " MiB（上限 " + MemoryProbe.maxHeapMiB() + " MiB）");
        out.put("指标计算耗时", String.format("%.1f 秒（%d 个统计期，%,d 项数值）", indicatorSeconds, ir.periods().size(), ir.values()));
        out.put("指标计算时堆内存峰值", MemoryProbe.peakHeapMiB() + " MiB");
        out.put("进程常驻内存峰值（RSS）", MemoryProbe.peakRssMiB() + " MiB");
        return out;
    }
}
