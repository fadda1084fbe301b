package lianjian.indicators;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import lianjian.export.CsvCells;

/**
 * Writes {@code data/lists.csv} and {@code data/warnings.csv} exactly as DOMAIN §6 says (UTF-8 with BOM,
 * CRLF): one row per member of every list of §8.2 in every period, under the member's own unit (the
 * county list is the union), and one row per warning of §8.3. Read from the stored lists and warnings
 * only; numbers unrounded as in indicators.csv; text cells through {@link CsvCells} (no formula runs in Excel).
 */
@Component
public class ListExport {

    static final String[] LISTS_HEADER = {"period", "unit_code", "list", "item_key", "item_label", "person_id", "person_name",
            "date", "days"};
    static final String[] WARNINGS_HEADER = {"period", "unit_code", "indicator", "rule", "value", "previous",
            "before_previous", "reference_low", "reference_high"};

    private final IndicatorRepository figures;

    public ListExport(IndicatorRepository figures) { this.figures = figures; }

    /** Which members and fields a file shows: every one (内部版), or what the 公开版 may show. */
    public interface Filter {
        /** Whether the list's members are written at all (the 公开版 leaves out lists of people). */
        boolean members(ListCode list);

        /** Whether the list's item_label is written (the 公开版 leaves out free text). */
        boolean label(ListCode list);

        /** Whether person_id and person_name are written. */
        boolean people();

        Filter ALL = new Filter() {
            public boolean members(ListCode list) { return true; }
            public boolean label(ListCode list) { return true; }
            public boolean people() { return true; }
        };
    }

    /** Writes both files of the 内部版 into {@code dataDir}; returns {lists rows, warnings rows}. */
    public long[] write(Path dataDir) throws IOException {
        return write(dataDir, Filter.ALL);
    }

    /** Writes both files into {@code dataDir}, lists.csv as {@code filter} says; returns {lists rows, warnings rows}. */
    public long[] write(Path dataDir, Filter filter) throws IOException {
        Files.createDirectories(dataDir);
        long[] n = new long[2];
        try (CSVPrinter csv = printer(dataDir.resolve("lists.csv"), LISTS_HEADER)) {
            figures.forEachPublishedItem(i -> {
                if (!filter.members(i.list())) return;
                boolean people = filter.people();
                print(csv, i.period(), CsvCells.text(i.unitCode()), i.list().code(), CsvCells.text(i.key()),
                        filter.label(i.list()) ? CsvCells.text(nullToEmpty(i.label())) : "",
                        people ? CsvCells.text(nullToEmpty(i.personId())) : "",
                        people ? CsvCells.text(nullToEmpty(i.personName())) : "", i.date() == null ? "" : i.date().toString(),
                        i.days() == null ? "" : i.days().toString());
                n[0]++;
            });
        }
        try (CSVPrinter csv = printer(dataDir.resolve("warnings.csv"), WARNINGS_HEADER)) {
            for (IndicatorRepository.Warning w : figures.warnings()) {
                print(csv, w.period(), CsvCells.text(w.unitCode()), w.indicator(), w.rule(), IndicatorExport.number(w.value()),
                        IndicatorExport.number(w.previous()), IndicatorExport.number(w.beforePrevious()),
                        IndicatorExport.number(w.referenceLow()), IndicatorExport.number(w.referenceHigh()));
                n[1]++;
            }
        }
        return n;
    }

    private static CSVPrinter printer(Path file, String[] header) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF'); // BOM, so Excel opens the Chinese correctly
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        csv.printRecord((Object[]) header);
        return csv;
    }

    private static void print(CSVPrinter csv, Object... values) {
        try {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String s) { return s == null ? "" : s; }
}
