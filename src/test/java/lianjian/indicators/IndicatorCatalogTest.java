package lianjian.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.config.LianjianProperties;
import lianjian.demo.SampleCountyGenerator;
import lianjian.demo.SampleCountyOptions;
import lianjian.testsupport.ImportHarness;
import lianjian.readmodel.ReadModelSource;

/**
 * The catalog and the calculators agree, and DOMAIN §6's row rules hold on the (reduced) sample
 * county: for every period a county-wide row for every indicator; C rows for courts, J rows for
 * procuratorates; every catalog code computed and no code outside the catalog.
 */
class IndicatorCatalogTest {

    @TempDir
    Path dir;

    @Test
    void everyIndicatorForEveryPeriodOnTheSampleCounty() throws Exception {
        ImportHarness h = new ImportHarness(dir);
        new SampleCountyGenerator(SampleCountyOptions.defaults().withCaseCounts(1_500, 500).withBrokenWorkbook(false))
                .writeTo(h.workspace.inbox());
        h.runImport();
        new IndicatorComputation(h.db.jdbc, h.properties, new ReadModelSource(h.db.jdbc)).compute(null, LocalDate.of(2026, 11, 27));

        IndicatorCatalog catalog = IndicatorCatalog.load(new LianjianProperties());
        Set<String> codes = new TreeSet<>();
        catalog.all().forEach(d -> codes.add(d.code()));
        assertThat(codes).as("C01–C17, J01–J10, R01–R06, S01–S03, E01–E12, Z01–Z06, D01–D05, X01–X05, A01–A06").hasSize(70);
        assertThat(new TreeSet<>(h.db.jdbc.queryForList("SELECT DISTINCT indicator FROM indicator_value", String.class)))
                .isEqualTo(codes);

        List<String> periods = h.db.jdbc.queryForList("SELECT period FROM indicator_period", String.class);
        assertThat(periods).contains("2022", "2025", "2025H2", "2025Q4", "2022Q1");
        int allRows = h.db.count("SELECT COUNT(*) FROM indicator_value WHERE unit_code = 'ALL' AND person_id = ''");
        assertThat(allRows).isEqualTo(periods.size() * codes.size());

        assertThat(h.db.count("SELECT COUNT(*) FROM indicator_value WHERE indicator LIKE 'C%' AND person_id = ''"
                + " AND unit_code NOT IN ('ALL', 'FY01')")).as("C rows only for courts").isZero();
        assertThat(h.db.count("SELECT COUNT(*) FROM indicator_value WHERE indicator LIKE 'J%' AND person_id = ''"
                + " AND unit_code NOT IN ('ALL', 'JCY01')")).as("J rows only for procuratorates").isZero();
        assertThat(h.db.count("SELECT COUNT(*) FROM indicator_value WHERE indicator LIKE 'E%'"
                + " AND unit_code NOT IN ('ALL', 'FY01', 'JCY01')")).as("E rows for courts and procuratorates").isZero();
        assertThat(h.db.count("SELECT COUNT(*) FROM indicator_value WHERE period = '2025' AND person_id <> ''"
                + " AND indicator = 'C01'")).as("judges with cases in 2025 have rows").isGreaterThan(50);
        // A period with data: the court's own figures are plausible for a county court.
        double ratio = h.db.jdbc.queryForObject("SELECT value FROM indicator_value WHERE period = '2024' AND unit_code = 'FY01'"
                + " AND person_id = '' AND indicator = 'C03'", Double.class);
        assertThat(ratio).isBetween(0.8, 1.2);
    }
}
