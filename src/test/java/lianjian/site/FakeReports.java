package lianjian.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for the reports step in tests: small real PDFs in {@code reports/} and the
 * {@code reports/index.json} that step writes, in its documented format.
 */
final class FakeReports {

    private final Path reports;
    private final List<Map<String, Object>> index = new ArrayList<>();

    FakeReports(Path siteDir) throws IOException {
        this.reports = Files.createDirectories(siteDir.resolve("reports"));
    }

    /** Adds a PDF (really written) and its index entry. */
    FakeReports add(String file, String title, String kind, String period, String unit, String person, String asOf)
            throws IOException {
        Path pdf = reports.resolve(file);
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        index.add(entry(file, title, kind, period, unit, person, asOf, 2, Files.size(pdf)));
        return this;
    }

    /** Adds an index entry whose file was never written (a broken index must not give a dead link). */
    FakeReports addMissing(String file, String title, String kind, String period, String unit, String person, String asOf) {
        index.add(entry(file, title, kind, period, unit, person, asOf, 3, 12345L));
        return this;
    }

    private static Map<String, Object> entry(String file, String title, String kind, String period, String unit, String person,
                                             String asOf, int pages, long bytes) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("file", file);
        e.put("title", title);
        e.put("kind", kind);
        e.put("period", period);
        e.put("unitCode", unit);
        e.put("personId", person);
        e.put("asOf", asOf);
        e.put("pages", pages);
        e.put("bytes", bytes);
        return e;
    }

    void writeIndex() {
        JsonMapper.builder().build().writeValue(reports.resolve("index.json").toFile(), index);
    }
}
