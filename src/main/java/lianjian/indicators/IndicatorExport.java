package lianjian.indicators;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import lianjian.config.LianjianProperties;
import lianjian.readmodel.ReadModel;
import lianjian.readmodel.ReadModelSource;
import lianjian.readmodel.Unit;
import lianjian.export.CsvCells;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the stored figures as {@code data/indicators.csv} exactly as DOMAIN §6 says (UTF-8 with
 * BOM, rates as fractions, unrounded, empty where undefined; text that a spreadsheet would run as a
 * formula neutralised by {@link CsvCells}) and as {@code data/indicators.json}
 * (the catalog, the periods and the same rows) for other tools.
 */
@Component
public class IndicatorExport {

    static final String[] CSV_HEADER = {"period", "period_start", "period_end", "unit_code", "unit_name", "person_id",
            "person_name", "indicator", "indicator_name", "numerator", "denominator", "value"};

    private final IndicatorRepository figures;
    private final LianjianProperties properties;
    private final ReadModelSource readModel;

    public IndicatorExport(IndicatorRepository figures, LianjianProperties properties, ReadModelSource readModel) {
        this.figures = figures;
        this.properties = properties;
        this.readModel = readModel;
    }

    /** Writes the 内部版's indicators.csv and indicators.json into {@code dataDir}; returns the number of rows. */
    public long write(Path dataDir) throws IOException {
        return write(dataDir, true);
    }

    /**
     * Writes indicators.csv and indicators.json into {@code dataDir}; returns the number of rows.
     *
     * @param perPerson whether the per-person rows are written: the 公开版 has none, its person_id and
     *                  person_name columns stay (empty), so that one reader reads both files
     */
    public long write(Path dataDir, boolean perPerson) throws IOException {
        Files.createDirectories(dataDir);
        IndicatorCatalog catalog = IndicatorCatalog.load(properties);
        Map<String, IndicatorRepository.PeriodRow> periods = new LinkedHashMap<>();
        for (IndicatorRepository.PeriodRow p : figures.periods()) periods.put(p.code(), p);
        ReadModel model = readModel.current();
        Map<String, String> unitNames = new LinkedHashMap<>();
        unitNames.put(FigureSink.ALL, "全县");
        for (Unit u : model.units()) unitNames.put(u.code(), u.name());
        long[] rows = {0};
        // One pass over the stored figures writes both files, row by row: a province's term has millions
        // of per-person figures, which must never be held in memory at once.
        try (OutputStream out = Files.newOutputStream(dataDir.resolve("indicators.csv"));
             Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
             OutputStream jsonOut = new BufferedOutputStream(Files.newOutputStream(dataDir.resolve("indicators.json")));
             JsonGenerator json = JSON.createGenerator(jsonOut)) {
            w.write('\uFEFF'); // BOM, so Excel opens the Chinese correctly
            csv.printRecord((Object[]) CSV_HEADER);
            json.writeStartObject();
            for (Map.Entry<String, Object> e : jsonHead(catalog, periods, unitNames).entrySet()) {
                json.writePOJOProperty(e.getKey(), e.getValue());
            }
            json.writeName("values");
            json.writeStartArray();
            figures.forEachFigure(f -> {
                IndicatorRepository.PeriodRow p = periods.get(f.period());
                String person = f.personId() == null ? "" : f.personId();
                if (!perPerson && !person.isEmpty()) return;
                try {
                    csv.printRecord(f.period(), p.start(), p.end(), CsvCells.text(f.unitCode()),
                            CsvCells.text(unitNames.getOrDefault(f.unitCode(), "")), CsvCells.text(person),
                            CsvCells.text(person.isEmpty() || model.person(person) == null ? "" : model.person(person).name()), f.code(),
                            catalog.get(f.code()).name(), number(f.numerator()), number(f.denominator()), number(f.value()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                json.writePOJO(jsonRow(f, person));
                rows[0]++;
            });
            json.writeEndArray();
            json.writeEndObject();
        }
        return rows[0];
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** indicators.json before its values: the run, the catalog, the periods and the units. */
    private Map<String, Object> jsonHead(IndicatorCatalog catalog, Map<String, IndicatorRepository.PeriodRow> periods,
                                         Map<String, String> unitNames) {
        Map<String, Object> doc = new LinkedHashMap<>();
        figures.run().ifPresent(r -> {
            doc.put("computedAt", r.computedAt());
            doc.put("asOf", r.asOf().toString());
            doc.put("term", Map.of("name", r.termName(), "start", r.termStart().toString(), "end", r.termEnd().toString()));
        });
        List<Map<String, Object>> catalogJson = new ArrayList<>();
        for (IndicatorDef d : catalog.all()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("code", d.code());
            c.put("name", d.name());
            c.put("family", d.family());
            c.put("direction", d.direction().symbol());
            c.put("display", d.display().name().toLowerCase());
            c.put("formula", d.formula());
            if (d.hasReference()) {
                c.put("reference", new Double[] {d.referenceLow(), d.referenceHigh()});
                c.put("referenceNote", d.referenceNote());
            }
            catalogJson.add(c);
        }
        doc.put("indicators", catalogJson);
        doc.put("periods", periods.values().stream().map(p -> Map.of("code", p.code(), "start", p.start().toString(),
                "end", p.end().toString())).toList());
        doc.put("units", unitNames);
        return doc;
    }

    private static Map<String, Object> jsonRow(Figure f, String person) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("period", f.period());
        j.put("unit", f.unitCode());
        if (!person.isEmpty()) j.put("person", person);
        j.put("indicator", f.code());
        j.put("numerator", f.numerator());
        j.put("denominator", f.denominator());
        j.put("value", f.value());
        j.put("previous", f.previous());
        j.put("yearEarlier", f.yearEarlier());
        if (f.meets() != null) j.put("meets", f.meets());
        return j;
    }

    /** Unrounded, without exponent or trailing zeros; empty for no value. */
    static String number(Double d) {
        if (d == null) return "";
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
