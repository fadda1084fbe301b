package lianjian.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import lianjian.database.Vendor;
import lianjian.importing.FileImporter;
import lianjian.importing.ImportResult;
import lianjian.importing.receipt.Outcome;
import lianjian.indicators.IndicatorComputation;
import lianjian.indicators.IndicatorExport;
import lianjian.workspace.Workspace;

/**
 * The scale benchmark (DOMAIN §9) on the database of this context: a province's term of workbooks
 * imported file by file exactly as the import step does it (one transaction per file), then every
 * indicator and list computed (one transaction, as the indicators step), then indicators.csv/json
 * exported (as the site step). Wall time and peak heap / resident set of each phase.
 */
@Component
public class ScaleBenchmark {

    /** What one database achieved; {@code figures} in print order. */
    public record Result(Vendor vendor, Map<String, String> figures) {}

    private final FileImporter importer;
    private final TransactionTemplate tx;
    private final IndicatorComputation indicators;
    private final IndicatorExport export;
    private final Workspace workspace;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    public ScaleBenchmark(FileImporter importer, PlatformTransactionManager tx, IndicatorComputation indicators,
                          IndicatorExport export, Workspace workspace, JdbcTemplate jdbc, DataSource dataSource) {
        this.importer = importer;
        this.tx = new TransactionTemplate(tx);
        this.indicators = indicators;
        this.export = export;
        this.workspace = workspace;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public Result run(List<Path> files) throws IOException {
        Vendor vendor = Vendor.of(dataSource);
        Map<String, String> out = new LinkedHashMap<>();
        String label = vendor == Vendor.SQLITE ? "SQLite" : "PostgreSQL";

        System.gc();
        MemoryProbe.resetPeaks();
        long rows = 0;
        int notImported = 0;
        long t0 = System.nanoTime();
        long lastReport = t0;
        for (int i = 0; i < files.size(); i++) {
            Path inInbox = workspace.inbox().resolve(files.get(i).getFileName());
            link(files.get(i), inInbox);
            ImportResult r = tx.execute(s -> importer.importFile(inInbox, LocalDate.now()));
            rows += r.rowsImported();
            if (r.outcome() != Outcome.IMPORTED) {
                notImported++;
                System.out.println("  " + r.fileName() + "：" + r.outcome().chinese() + "，" + r.message());
            }
            long now = System.nanoTime();
            if (now - lastReport > 30e9 || i == files.size() - 1) {
                System.out.printf("  %s：已导入 %d/%d 个文件，%,d 行，%,.0f 行/秒%n", label, i + 1, files.size(), rows,
                        rows / ((now - t0) / 1e9));
                lastReport = now;
            }
        }
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        out.put("导入文件", files.size() + " 个" + (notImported > 0 ? "（其中 " + notImported + " 个未全部导入）" : ""));
        out.put("导入行数", String.format("%,d", rows));
        out.put("导入耗时", String.format("%.1f 秒", importSeconds));
        out.put("导入速度", String.format("%,.0f 行/秒", rows / importSeconds));
        out.put("导入时堆内存峰值", MemoryProbe.peakHeapMiB() + " MiB（上限 " + MemoryProbe.maxHeapMiB() + " MiB）");
        out.put("导入时进程 RSS 峰值", MemoryProbe.peakRssMiB() + " MiB");

        System.gc();
        MemoryProbe.resetPeaks();
        long t1 = System.nanoTime();
        try {
            IndicatorComputation.Result r = tx.execute(s -> indicators.compute(null, LocalDate.now()));
            out.put("全部指标和清单", String.format("%.1f 秒（%d 个统计期，%,d 项数值，%,d 条清单项）",
                    (System.nanoTime() - t1) / 1e9, r.periods().size(), r.values(), r.listItems()));
        } catch (OutOfMemoryError e) {
            out.put("全部指标和清单", String.format("内存不足（%.1f 秒后，%s）", (System.nanoTime() - t1) / 1e9, e.getMessage()));
        }
        out.put("指标计算时堆内存峰值", MemoryProbe.peakHeapMiB() + " MiB");
        out.put("指标计算时进程 RSS 峰值", MemoryProbe.peakRssMiB() + " MiB");

        System.gc();
        MemoryProbe.resetPeaks();
        long t2 = System.nanoTime();
        Path data = workspace.root().resolve("benchmark-export");
        try {
            long n = tx.execute(s -> {
                try {
                    return export.write(data);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            out.put("导出 indicators.csv / .json", String.format("%.1f 秒（%,d 行，csv %,d MiB）", (System.nanoTime() - t2) / 1e9, n,
                    Files.size(data.resolve("indicators.csv")) / (1024 * 1024)));
        } catch (OutOfMemoryError e) {
            out.put("导出 indicators.csv / .json", String.format("内存不足（%.1f 秒后）", (System.nanoTime() - t2) / 1e9));
        }
        out.put("导出时堆内存峰值", MemoryProbe.peakHeapMiB() + " MiB");
        out.put("数据库大小", databaseMiB(vendor) + " MiB");
        return new Result(vendor, out);
    }

    /** A hard link (instant, and the cached original survives the move to archive/), else a copy. */
    private static void link(Path original, Path inInbox) throws IOException {
        try {
            Files.createLink(inInbox, original);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(original, inInbox);
        }
    }

    private long databaseMiB(Vendor vendor) throws IOException {
        if (vendor == Vendor.SQLITE) {
            long bytes = 0;
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path p = Path.of(workspace.database() + suffix);
                if (Files.exists(p)) bytes += Files.size(p);
            }
            return bytes / (1024 * 1024);
        }
        Long bytes = jdbc.queryForObject("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'", Long.class);
        return bytes == null ? -1 : bytes / (1024 * 1024);
    }
}
