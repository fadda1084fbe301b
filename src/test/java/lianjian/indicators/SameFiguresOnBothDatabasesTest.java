package lianjian.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.demo.SampleCountyGenerator;
import lianjian.demo.SampleCountyOptions;
import lianjian.importing.ImportResult;
import lianjian.testsupport.Backend;

/**
 * DOMAIN §9: the same spreadsheets give the same figures on SQLite and on PostgreSQL. The sample
 * county (every sheet kind, .xls and .xlsx, messy cells, a rejected file, rows replaced by later
 * files) is imported into both, every indicator and list is computed, and the receipts, the stored
 * lists and indicators.csv are compared.
 *
 * <p>What the database decides is compared strictly: receipts and messages, which rows exist, keys,
 * names, counts, ratios of counts. The calculators emit list
 * items and add up amounts in the order the database returns rows; SQL leaves that order undefined
 * and PostgreSQL's differs from SQLite's (its heap reuses free space), so the case scans read in
 * row_key order: {@link #indicatorsListsAndWarningsAreTheSameByteForByte} holds. The looser
 * comparisons (lists as sets, amounts to 1e-12) stay to name the first difference plainly if it breaks.
 */
class SameFiguresOnBothDatabasesTest {

    @TempDir
    static Path dir;
    private static County sqlite;
    private static County postgres;

    @BeforeAll
    static void importTheSampleCountyIntoBoth() throws Exception {
        Path files = dir.resolve("files");
        new SampleCountyGenerator(SampleCountyOptions.defaults()).writeTo(files);
        sqlite = county(Backend.SQLITE, files);
        postgres = county(Backend.POSTGRESQL, files);
    }

    @Test
    void receiptsAreIdentical() {
        assertThat(postgres.outcomes).isEqualTo(sqlite.outcomes);
        assertThat(postgres.receipts).isEqualTo(sqlite.receipts);
    }

    @Test
    void listsHoldTheSameItems() {
        assertThat(postgres.lists.keySet()).isEqualTo(sqlite.lists.keySet());
        sqlite.lists.forEach((list, items) -> assertThat(new TreeSet<>(postgres.lists.get(list))).as(list)
                .isEqualTo(new TreeSet<>(items)));
    }

    @Test
    void indicatorsCsvHasTheSameRowsAndFigures() {
        assertThat(postgres.csv).hasSameSizeAs(sqlite.csv).hasSizeGreaterThan(50_000);
        List<String> different = new ArrayList<>();
        for (int i = 0; i < sqlite.csv.size(); i++) {
            if (!sameUpToSummationOrder(sqlite.csv.get(i), postgres.csv.get(i))) {
                different.add("SQLite     " + sqlite.csv.get(i) + "\nPostgreSQL " + postgres.csv.get(i));
            }
        }
        assertThat(different).as("indicators.csv lines that differ").isEmpty();
    }

    @Test
    void indicatorsListsAndWarningsAreTheSameByteForByte() throws Exception {
        assertThat(postgres.lists).isEqualTo(sqlite.lists);
        for (String file : List.of("indicators.csv", "lists.csv", "warnings.csv")) {
            assertThat(Files.readAllBytes(postgres.export.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(sqlite.export.resolve(file)));
        }
    }

    /** Equal, or differing only in numerator/denominator/value by floating-point summation order. */
    private static boolean sameUpToSummationOrder(String a, String b) {
        if (a.equals(b)) return true;
        String[] x = a.split(",", -1);
        String[] y = b.split(",", -1);
        if (x.length != 12 || y.length != 12) return false;
        for (int i = 0; i < 9; i++) if (!x[i].equals(y[i])) return false;
        for (int i = 9; i < 12; i++) {
            if (x[i].equals(y[i])) continue;
            if (x[i].isEmpty() || y[i].isEmpty()) return false;
            double p = Double.parseDouble(x[i]);
            double q = Double.parseDouble(y[i]);
            if (Math.abs(p - q) > 1e-12 * Math.max(Math.abs(p), Math.abs(q))) return false;
        }
        return true;
    }

    private record County(List<String> outcomes, List<String> receipts, Map<String, List<String>> lists, List<String> csv,
                          Path export) {}

    private static County county(Backend backend, Path files) throws Exception {
        Path root = dir.resolve(backend.name());
        IndicatorFixture fx = new IndicatorFixture(root, backend);
        try (Stream<Path> s = Files.list(files)) {
            // same modification times, so the inbox order (oldest first) is the same for both
            for (Path f : s.toList()) Files.copy(f, fx.h.inbox(f.getFileName().toString()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        List<String> outcomes = new ArrayList<>();
        for (ImportResult r : fx.h.runImport()) {
            outcomes.add(r.fileName() + " " + r.outcome() + " " + r.rowsRead() + " " + r.rowsImported() + " " + r.rowsRejected()
                    + " " + r.warnings());
        }
        fx.compute(null, LocalDate.of(2026, 3, 31));
        Path export = dir.resolve(backend.name() + "-data");
        new IndicatorExport(fx.repo, fx.properties, new lianjian.readmodel.ReadModelSource(fx.jdbc)).write(export);
        new ListExport(fx.repo).write(export);
        List<String> receipts = fx.jdbc.query("SELECT file_name, outcome, rows_read, rows_imported, rows_rejected, warnings,"
                + " sheets, message FROM import_file ORDER BY id", (rs, i) -> {
                    StringBuilder b = new StringBuilder();
                    for (int c = 1; c <= 8; c++) b.append(rs.getString(c)).append('|');
                    return b.toString();
                });
        receipts.addAll(fx.jdbc.query("SELECT level, sheet, row_number, column_name, cell_value, rule, text FROM import_message"
                + " ORDER BY file_id, id", (rs, i) -> {
                    StringBuilder b = new StringBuilder();
                    for (int c = 1; c <= 7; c++) b.append(rs.getString(c)).append('|');
                    return b.toString();
                }));
        Map<String, List<String>> lists = new TreeMap<>();
        fx.jdbc.query("SELECT list_code, period, unit_code, seq, item_key, item_json FROM indicator_list"
                + " ORDER BY list_code, period, unit_code, seq", rs -> {
                    lists.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), k -> new ArrayList<>())
                            .add(rs.getString(5) + "|" + rs.getString(6));
                });
        List<String> csv = Files.readAllLines(export.resolve("indicators.csv"));
        return new County(outcomes, receipts, lists, csv, export);
    }
}
