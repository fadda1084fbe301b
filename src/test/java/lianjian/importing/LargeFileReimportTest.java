package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import lianjian.importing.receipt.Outcome;
import lianjian.testsupport.Backend;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;

/**
 * DOMAIN §3.4 across many write batches (PostgreSQL writes 5,000 rows per COPY, SQLite 500 per JDBC
 * batch): a unit re-sends a cumulative file — half its rows known, half new — and a file repeats a
 * key thousands of rows apart.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class LargeFileReimportTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    ImportHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new ImportHarness(dir, backend);
        h.loadReferenceData();
    }

    private Path cases(String name, int from, int to, String closedOn, Integer repeatAt) throws Exception {
        TestWorkbook wb = TestWorkbook.create().sheet("法院案件").row("案号", "案件类型", "审判程序", "立案日期", "结案日期");
        for (int i = from; i <= to; i++) {
            int n = repeatAt != null && i == repeatAt ? from : i;
            wb.row("（2024）示0123民初" + n + "号", "民事", "一审", LocalDate.of(2024, 1, 2).plusDays(i % 300), closedOn);
        }
        return wb.writeXlsx(h.inbox(name));
    }

    @Test
    void aCumulativeFileReplacesTheKnownHalfAndAddsTheRest() throws Exception {
        cases("2024年上半年.xlsx", 1, 12_000, null, null);
        assertThat(h.runImport().get(0).outcome()).isEqualTo(Outcome.IMPORTED);
        cases("2024年全年.xlsx", 6_001, 18_000, "2024-12-20", null);
        ImportResult second = h.runImport().get(0);

        assertThat(second.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(second.rowsImported()).isEqualTo(12_000);
        assertThat(h.db.count("SELECT COUNT(*) FROM court_case")).isEqualTo(18_000);
        assertThat(h.db.count("SELECT COUNT(*) FROM court_case WHERE closed_on = '2024-12-20'")).isEqualTo(12_000);
        assertThat(h.db.count("SELECT COUNT(*) FROM row_history WHERE kind = 'court_case'")).isEqualTo(6_000);
        assertThat(h.db.count("SELECT COUNT(DISTINCT source_file_id) FROM court_case WHERE closed_on IS NULL")).isEqualTo(1);
    }

    @Test
    void aKeyRepeatedInAnotherBatchOfTheSameFileRejectsIt() throws Exception {
        cases("清单.xlsx", 1, 9_000, null, 8_500); // row of case 8,500 repeats case 1
        ImportResult r = h.runImport().get(0);

        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.rowsRejected()).isEqualTo(1);
        assertThat(h.db.count("SELECT COUNT(*) FROM court_case")).isZero();
        long file = h.db.jdbc.queryForObject("SELECT MAX(id) FROM import_file", Long.class);
        assertThat(h.receipts.messages(file, 5)).extracting(m -> m.text())
                .anySatisfy(t -> assertThat(t).contains("重复").contains("第2行"));
    }
}
