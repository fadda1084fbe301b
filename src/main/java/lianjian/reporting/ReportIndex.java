package lianjian.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes reports/index.json: a JSON array with one object per PDF, in publication order
 * (overview, unit, coverage, rectification, dossier), fields as in {@link PublishedReport}.
 */
final class ReportIndex {

    static final String FILE = "index.json";

    private ReportIndex() {}

    static void write(Path reportsDir, List<PublishedReport> reports) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (PublishedReport r : reports) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", r.file());
            e.put("title", r.title());
            e.put("kind", r.kind().json());
            e.put("period", r.period());
            e.put("unitCode", r.unitCode());
            e.put("personId", r.personId());
            e.put("asOf", r.asOf() == null ? null : r.asOf().toString());
            e.put("pages", r.pages());
            e.put("bytes", r.bytes());
            entries.add(e);
        }
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        try {
            Files.writeString(reportsDir.resolve(FILE), json.writeValueAsString(entries) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入报告索引 " + reportsDir.resolve(FILE), e);
        }
    }
}
