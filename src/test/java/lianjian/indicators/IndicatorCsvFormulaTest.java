package lianjian.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.readmodel.ReadModelSource;

/**
 * Issue 16: names taken from submitted workbooks never run as formulas when indicators.csv is
 * opened in Excel or WPS; numbers stay numbers.
 */
class IndicatorCsvFormulaTest {

    @TempDir
    Path dir;

    @Test
    void unitAndPersonNamesThatLookLikeFormulasAreNeutralised() throws Exception {
        IndicatorFixture fx = new IndicatorFixture(dir.resolve("ws"));
        fx.unit("FY01", "=HYPERLINK(\"http://x\",\"y\")", "法院");
        fx.person("J1", "@SUM(1)", "FY01", "法官", null, "2018-03-01", null);
        fx.courtCase("K1", "FY01", "J1", "民事", "一审", "2025-01-01", "2025-02-10").insert();
        fx.courtCase("K2", "FY01", "J1", "民事", "一审", "2025-01-05", null).set("statutory_days", 30)
                .set("cause", "+cmd|' /c calc'!A0").insert();
        fx.compute(LocalDate.parse("2025-03-31"));
        new IndicatorExport(fx.repo, fx.properties, new ReadModelSource(fx.jdbc)).write(dir.resolve("data"));
        new ListExport(fx.repo).write(dir.resolve("data"));

        byte[] bytes = Files.readAllBytes(dir.resolve("data/indicators.csv"));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = new ArrayList<>();
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).forEach(rows::add);

        List<CSVRecord> unitRows = rows.stream().filter(r -> r.get("unit_code").equals("FY01")).toList();
        assertThat(unitRows).isNotEmpty();
        assertThat(unitRows).allSatisfy(r -> assertThat(r.get("unit_name")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")"));
        List<CSVRecord> personRows = unitRows.stream().filter(r -> r.get("person_id").equals("J1")).toList();
        assertThat(personRows).isNotEmpty();
        assertThat(personRows).allSatisfy(r -> assertThat(r.get("person_name")).isEqualTo("'@SUM(1)"));
        // C03 结收比 2025Q1 = 1 ÷ 2 = 0.5: numbers are written as numbers, without the guard.
        CSVRecord c03 = unitRows.stream().filter(r -> r.get("period").equals("2025Q1") && r.get("person_id").isEmpty()
                && r.get("indicator").equals("C03")).findFirst().orElseThrow();
        assertThat(c03.get("value")).isEqualTo("0.5");
        assertThat(text).doesNotContain("\"=HYPERLINK").doesNotContain(",@SUM");

        // lists.csv: K2 is 85 days open at 03-31 with a 30-day limit (C17), its 案由 a formula, its judge "@SUM(1)".
        String lists = Files.readString(dir.resolve("data/lists.csv"), StandardCharsets.UTF_8);
        assertThat(lists).contains("2025Q1,FY01,C17,K2,'+cmd|' /c calc'!A0,J1,'@SUM(1),2025-01-05,55")
                .doesNotContain(",+cmd").doesNotContain(",@SUM");
    }
}
