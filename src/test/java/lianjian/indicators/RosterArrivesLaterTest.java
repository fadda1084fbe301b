package lianjian.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;
import lianjian.readmodel.ReadModelSource;
import lianjian.testsupport.Backend;

/**
 * Cases whose 承办人 is not yet on the roster are imported with a warning; once the roster lists
 * them (a later file), the per-person figures count those cases — nothing has to be re-imported.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RosterArrivesLaterTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void casesCountForTheirJudgeOnceTheRosterHasThem() throws Exception {
        ImportHarness h = new ImportHarness(dir, backend);
        h.loadReferenceData();
        TestWorkbook.create().sheet("法院案件").row("案号", "案件类型", "审判程序", "立案日期", "承办人", "承办人编号")
                .row("（2025）示0123民初1号", "民事", "一审", "2025-01-06", null, "P777")
                .row("（2025）示0123民初2号", "民事", "一审", "2025-01-07", "孙新", null)
                .row("（2025）示0123民初3号", "民事", "一审", "2025-01-08", "孙新", null)
                .writeXlsx(h.inbox("案件.xlsx"));
        assertThat(h.runImport().get(0).warnings()).isEqualTo(3);

        TestWorkbook.create().sheet("人员名册").row("人员编号", "姓名", "所属单位", "人员类别", "任命日期")
                .row("P777", "钱新", "FY01", "法官", "2019-01-01")
                .row("P778", "孙新", "FY01", "法官", "2019-01-01")
                .writeXlsx(h.inbox("补充名册.xlsx"));
        h.runImport();
        new IndicatorComputation(h.db.jdbc, h.properties, new ReadModelSource(h.db.jdbc)).compute(null, LocalDate.of(2026, 11, 27));
        IndicatorRepository figures = new IndicatorRepository(h.db.jdbc);
        // 2025Q1: P777 received 1 case (by 人员编号), P778 received 2 (by name, unique in FY01).
        assertThat(figures.figure("2025Q1", "FY01", "P777", "C01").orElseThrow().value()).isEqualTo(1.0);
        assertThat(figures.figure("2025Q1", "FY01", "P778", "C01").orElseThrow().value()).isEqualTo(2.0);
        assertThat(figures.figure("2025Q1", "ALL", "", "C01").orElseThrow().value()).isEqualTo(3.0);
    }
}
