package lianjian.indicators;

import static lianjian.indicators.IndicatorFixture.d;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import lianjian.testsupport.Backend;

import lianjian.readmodel.ReadModelSource;

/** site/data/indicators.csv as DOMAIN §6 describes it, on {@link CourtDataset} as of 2025-06-30. */
@ExtendWith(SoftAssertionsExtension.class)
@ParameterizedClass
@EnumSource(Backend.class)
class IndicatorCsvExportTest {

    @Parameter
    Backend backend;

    static final String HEADER = "period,period_start,period_end,unit_code,unit_name,person_id,person_name,indicator,"
            + "indicator_name,numerator,denominator,value";

    @TempDir
    Path dir;
    @InjectSoftAssertions
    SoftAssertions softly;

    @Test
    void csvFollowsTheContract() throws Exception {
        IndicatorFixture fx = new IndicatorFixture(dir.resolve("ws"), backend).with(softly);
        CourtDataset.load(fx);
        fx.compute(d("2025-06-30"));
        Path data = dir.resolve("data");
        new IndicatorExport(fx.repo, fx.properties, new ReadModelSource(fx.jdbc)).write(data);

        byte[] bytes = Files.readAllBytes(data.resolve("indicators.csv"));
        // UTF-8 BOM
        softly.assertThat(bytes.length).isGreaterThan(3);
        softly.assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String firstLine = text.lines().findFirst().orElse("");
        softly.assertThat(firstLine).isEqualTo(HEADER);

        List<CSVRecord> rows = new ArrayList<>();
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .forEach(rows::add);

        // A rate is a fraction: C12 FY01 2025Q1 = 3/4 → 0.75 (not 75, not "75%")
        CSVRecord c12 = row(rows, "2025Q1", "FY01", "", "C12");
        if (c12 != null) {
            softly.assertThat(c12.get("period_start")).isEqualTo("2025-01-01");
            softly.assertThat(c12.get("period_end")).isEqualTo("2025-03-31");
            softly.assertThat(c12.get("unit_name")).isEqualTo("示例县人民法院");
            softly.assertThat(c12.get("person_id")).isEmpty();
            softly.assertThat(c12.get("indicator_name")).isEqualTo("民事一审调撤率");
            softly.assertThat(c12.get("value")).doesNotContain("%");
            softly.assertThat(Double.parseDouble(c12.get("value"))).isCloseTo(0.75, within(1e-12));
            softly.assertThat(Double.parseDouble(c12.get("numerator"))).isCloseTo(3, within(1e-12));
            softly.assertThat(Double.parseDouble(c12.get("denominator"))).isCloseTo(4, within(1e-12));
        }
        // Unrounded: C03 FY01 2025Q1 = 9/7 = 1.285714285714…
        CSVRecord c03 = row(rows, "2025Q1", "FY01", "", "C03");
        if (c03 != null) softly.assertThat(Double.parseDouble(c03.get("value"))).isCloseTo(9.0 / 7, within(1e-12));
        // Undefined value → empty field (C08 FY02 2025Q1 = 0 ÷ 0); the row is still written
        CSVRecord c08 = row(rows, "2025Q1", "FY02", "", "C08");
        if (c08 != null) softly.assertThat(c08.get("value")).isEmpty();
        // A count: value only, numerator and denominator empty (C01 FY01 2025Q1 = 7)
        CSVRecord c01 = row(rows, "2025Q1", "FY01", "", "C01");
        if (c01 != null) {
            softly.assertThat(c01.get("numerator")).isEmpty();
            softly.assertThat(c01.get("denominator")).isEmpty();
            softly.assertThat(Double.parseDouble(c01.get("value"))).isCloseTo(7, within(1e-12));
        }
        // County-wide row: unit_code ALL (C01 2025Q1 = 8)
        CSVRecord all = row(rows, "2025Q1", "ALL", "", "C01");
        if (all != null) softly.assertThat(Double.parseDouble(all.get("value"))).isCloseTo(8, within(1e-12));
        // Per-person row: person_id and person_name filled (J1 张明, C01 2025Q1 = 4)
        CSVRecord person = row(rows, "2025Q1", "FY01", "J1", "C01");
        if (person != null) {
            softly.assertThat(person.get("person_name")).isEqualTo("张明");
            softly.assertThat(Double.parseDouble(person.get("value"))).isCloseTo(4, within(1e-12));
        }
        // The court without cases (FY03) still has its rows, with empty values for the rates
        CSVRecord fy03 = row(rows, "2025Q1", "FY03", "", "C05");
        if (fy03 != null) softly.assertThat(fy03.get("value")).isEmpty();
        // One row per (period, unit, person, indicator)
        long distinct = rows.stream().map(r -> r.get("period") + "|" + r.get("unit_code") + "|" + r.get("person_id") + "|"
                + r.get("indicator")).distinct().count();
        softly.assertThat(distinct).isEqualTo(rows.size());

        // indicators.json (written in the same pass): the same rows, the same figures
        tools.jackson.databind.JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(data.resolve("indicators.json").toFile());
        softly.assertThat(json.get("values").size()).isEqualTo(rows.size());
        softly.assertThat(json.get("asOf").asString()).isEqualTo("2025-06-30");
        softly.assertThat(json.get("indicators").size()).isGreaterThan(50);
        tools.jackson.databind.JsonNode j1 = null;
        for (tools.jackson.databind.JsonNode v : json.get("values")) {
            if (v.get("period").asString().equals("2025Q1") && v.path("person").asString("").equals("J1")
                    && v.get("indicator").asString().equals("C01")) j1 = v;
        }
        softly.assertThat(j1).as("J1's C01 in 2025Q1").isNotNull();
        if (j1 != null) softly.assertThat(j1.get("value").asDouble()).isCloseTo(4, within(1e-12));
    }

    private CSVRecord row(List<CSVRecord> rows, String period, String unit, String person, String code) {
        List<CSVRecord> hits = rows.stream().filter(r -> r.get("period").equals(period) && r.get("unit_code").equals(unit)
                && r.get("person_id").equals(person) && r.get("indicator").equals(code)).toList();
        softly.assertThat(hits).as("CSV rows for " + code + " @ " + period + " / " + unit + " / " + person).hasSize(1);
        return hits.isEmpty() ? null : hits.get(0);
    }
}
