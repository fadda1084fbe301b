package lianjian.indicators;

import static lianjian.indicators.IndicatorFixture.d;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import lianjian.testsupport.Backend;

/**
 * Periods, as-of, 环比/同比 and reference intervals (DOMAIN §5.1, §5.9, §2), mostly on {@link CourtDataset}
 * (events from 2023-12-15 to 2025-06-30).
 */
@ExtendWith(SoftAssertionsExtension.class)
@ParameterizedClass
@EnumSource(Backend.class)
class PeriodsAndComparisonsTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    @InjectSoftAssertions
    SoftAssertions softly;
    IndicatorFixture fx;

    @BeforeEach
    void setUp() {
        fx = new IndicatorFixture(dir, backend);
    }

    @Test
    void periodsTheDataTouch() {
        fx.with(softly);
        CourtDataset.load(fx);
        fx.compute(d("2025-06-30"));
        Map<String, IndicatorRepository.PeriodRow> p = fx.repo.periods().stream()
                .collect(Collectors.toMap(IndicatorRepository.PeriodRow::code, Function.identity()));
        // Earliest event 2023-12-15 (K10 立案), latest 2025-06-30 (K12 结案).
        softly.assertThat(p.keySet()).containsExactlyInAnyOrder("2023", "2024", "2025", "2023H2", "2024H1", "2024H2",
                "2025H1", "2023Q4", "2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2");
        softly.assertThat(p.get("2024H2").start()).isEqualTo(d("2024-07-01"));
        softly.assertThat(p.get("2024H2").end()).isEqualTo(d("2024-12-31"));
        softly.assertThat(p.get("2024Q1").end()).isEqualTo(d("2024-03-31"));
        softly.assertThat(p.get("2025").end()).isEqualTo(d("2025-06-30"));   // --as-of 2025-06-30 is earlier
        // 环比 = the previous period of the same length, 同比 = the same period a year earlier (when computed)
        softly.assertThat(p.get("2025Q1").previous()).isEqualTo("2024Q4");
        softly.assertThat(p.get("2025Q1").yearEarlier()).isEqualTo("2024Q1");
        softly.assertThat(p.get("2025H1").previous()).isEqualTo("2024H2");
        softly.assertThat(p.get("2025H1").yearEarlier()).isEqualTo("2024H1");
        softly.assertThat(p.get("2024H2").previous()).isEqualTo("2024H1");
        softly.assertThat(p.get("2025").previous()).isEqualTo("2024");
        softly.assertThat(p.get("2023Q4").previous()).isNull();                // 2023Q3 not computed
        softly.assertThat(p.get("2023Q4").yearEarlier()).isNull();
    }

    @Test
    void previousAndYearEarlierValues() {
        fx.with(softly);
        CourtDataset.load(fx);
        fx.compute(d("2025-06-30"));
        // C01 FY01 by period (立案 dates): 2024Q4 K2, K4, K13 (12-31), K15 = 4; 2025Q1 = 7; 2024H2 = 4; 2025H1 = 7;
        // 2024 = 6; 2025 = 7. FY01's court data begins with its first 结案, K15 on 2024-12-31 (§5.1): periods that
        // end before it (2023Q4, 2024Q1–Q3, 2024H1) are empty, and so is any comparison with them.
        comparison("2025Q1", "FY01", "", "C01", 7.0, 4.0, null);   // 2024Q1 is before the data
        comparison("2024Q4", "FY01", "", "C01", 4.0, null, null);  // 2024Q3 and 2023Q4 are before the data
        comparison("2023Q4", "FY01", "", "C01", null, null, null);
        comparison("2025H1", "FY01", "", "C01", 7.0, 4.0, null);   // 2024H1 is before the data
        comparison("2025", "FY01", "", "C01", 7.0, 6.0, 6.0);      // for a year both are the year before
        // C03 FY01 2025Q2: 2 ÷ 0 → no value, but the previous quarter's 9/7 is still shown
        comparison("2025Q2", "FY01", "", "C03", null, 9.0 / 7, null);
        // Per person: J1 C01 2025Q1 = 4; 2024Q4 K2, K13 = 2; J1 had no row in 2024Q1 → null
        comparison("2025Q1", "FY01", "J1", "C01", 4.0, 2.0, null);
    }

    @Test
    void whichRowsExist() {
        fx.with(softly);
        CourtDataset.load(fx);
        fx.compute(d("2025-06-30"));
        // §6: for every period a county-wide row for every indicator of §5, even families without any data here.
        java.util.List<String> all = new java.util.ArrayList<>();
        for (int i = 1; i <= 17; i++) all.add(String.format("C%02d", i));
        for (int i = 1; i <= 10; i++) all.add(String.format("J%02d", i));
        for (int i = 1; i <= 6; i++) all.add(String.format("R%02d", i));
        for (int i = 1; i <= 3; i++) all.add(String.format("S%02d", i));
        for (int i = 1; i <= 12; i++) all.add(String.format("E%02d", i));
        for (int i = 1; i <= 6; i++) all.add(String.format("Z%02d", i));
        for (int i = 1; i <= 5; i++) all.add(String.format("D%02d", i));
        for (int i = 1; i <= 5; i++) all.add(String.format("X%02d", i));
        for (int i = 1; i <= 6; i++) all.add(String.format("A%02d", i));
        for (String period : java.util.List.of("2024", "2024H2", "2025Q1")) {
            softly.assertThat(fx.repo.unitFigures(period, "ALL").keySet()).as("ALL rows in " + period)
                    .containsAll(all);
        }
        // J rows for every 检察院 even without a case, empty: JCY01 has no case data at all (§5.1)
        fx.noData("2025Q1", "JCY01", "", "J01");
        fx.noData("2025Q1", "JCY01", "", "J04");
        // E rows for every 法院 and 检察院. FY03 has no staff: E01 = 0, E03 and E07 have no value.
        fx.value("2025Q1", "FY03", "", "E01", 0);
        fx.noValue("2025Q1", "FY03", "", "E03");
        fx.noValue("2025Q1", "FY03", "", "E07");
        fx.value("2025Q1", "FY03", "", "E06", 0);        // ceil(0 / …) = 0
        // FY01 staff J1, J2, J4, J5 (法官, 员额 blank or 是, appointed before 2025) in scope; none evaluated
        fx.value("2025Q1", "FY01", "", "E01", 4);
        fx.value("2025Q1", "FY01", "", "E02", 0);
        fx.ratio("2025Q1", "FY01", "", "E03", 0, 4);
        fx.value("2025Q1", "JCY01", "", "E01", 1);       // P1
        // No E or J rows for the 公安局; no S/Z/D/X/A rows for units without rows of that kind
        fx.noRow("2025Q1", "GAJ01", "", "E01");
        fx.noRow("2025Q1", "GAJ01", "", "J01");
        fx.noRow("2025Q1", "FY01", "", "S01");
        fx.noRow("2025Q1", "FY01", "", "Z01");
        fx.noRow("2025Q1", "FY01", "", "D01");
        fx.noRow("2025Q1", "FY01", "", "X01");
        fx.noRow("2025Q1", "FY01", "", "A01");
        fx.noRow("2025Q1", "FY01", "", "R01");
        // County rows of families without any data: there, but empty (§5.1), counts included
        for (String code : java.util.List.of("S01", "S02", "Z02", "Z03", "R01", "R02")) fx.noData("2025Q1", "ALL", "", code);
    }

    @Test
    void referenceIntervalsGiveMeets() {
        fx.with(softly);
        CourtDataset.load(fx);
        fx.reference("C05", 0.9, 1.0);
        fx.reference("C16", 0.0, 0.25);
        fx.compute(d("2025-06-30"));
        // C05 FY01 Q1 = 3/5 = 0.6 < 0.9 → 未达标
        meets("2025Q1", "FY01", "C05", false);
        // C05 FY02 Q1 = 1/1 = 1.0, on the upper bound → 达标 (interval is closed)
        meets("2025Q1", "FY02", "C05", true);
        // C05 FY03 has no value → neither
        meets("2025Q1", "FY03", "C05", null);
        // C16 FY01 Q1 = 2/9 ≈ 0.222 ∈ [0, 0.25] → 达标; ALL = 3/10 = 0.3 → 未达标
        meets("2025Q1", "FY01", "C16", true);
        meets("2025Q1", "ALL", "C16", false);
        // No interval configured for C01 → no 达标 mark
        meets("2025Q1", "FY01", "C01", null);
        Optional<Figure> c05 = fx.figure("2025Q1", "FY01", "", "C05");
        softly.assertThat(c05.map(Figure::referenceLow)).contains(0.9);
        softly.assertThat(c05.map(Figure::referenceHigh)).contains(1.0);
        softly.assertThat(fx.figure("2025Q1", "FY01", "", "C01").map(Figure::referenceLow)).isEmpty();
    }

    @Test
    void asOfInsideAQuarterForAsOfFamilies() {
        fx.with(softly);
        fx.unit("FY01", "示例县人民法院", "法院");
        fx.person("X", "张明", "FY01", "法官", null, "2020-01-01", null);
        fx.person("Y", "李华", "FY01", "法官", null, "2020-01-01", null);
        fx.problem("P1", "FY01", "2025-01-10", "2025-03-10", "已整改", "2025-03-20");
        fx.problem("P2", "FY01", "2025-03-20", "2025-04-30", "未整改", null);
        fx.evaluation("V1", "X", "2025-03-10", 10, 0, 0, "满意");
        fx.evaluation("V2", "Y", "2025-03-20", 10, 0, 0, "满意");
        fx.compute(d("2025-03-15"));
        // 2025Q1 = [01-01, 03-15]
        softly.assertThat(fx.repo.period("2025Q1").map(IndicatorRepository.PeriodRow::end)).contains(d("2025-03-15"));
        // P1 is found, its 时限 03-10 < 03-15, and it is completed only on 03-20 → overdue and not done at 03-15.
        // P2 is found after the as-of date → not counted.
        fx.value("2025Q1", "FY01", "", "Z01", 1);
        fx.value("2025Q1", "FY01", "", "Z02", 1);
        fx.ratio("2025Q1", "FY01", "", "Z03", 0, 1);
        fx.value("2025Q1", "FY01", "", "Z04", 1);
        fx.noValue("2025Q1", "FY01", "", "Z05");
        // E: both in scope; only X is evaluated by 03-15 (Y's V2 is on 03-20)
        fx.value("2025Q1", "FY01", "", "E01", 2);
        fx.value("2025Q1", "FY01", "", "E02", 1);
        fx.value("2025Q1", "FY01", "", "E10", 1);
        // E05 = (2026-12-31 − 2025-03-15) / 365.25 = 656 / 365.25
        fx.value("2025Q1", "FY01", "", "E05", 656 / 365.25);
    }

    /**
     * DOMAIN §5.1: "the as-of date is end, or --as-of when it is earlier". Without --as-of (and with a clock far
     * beyond the data) each period is taken to its last day: the year 2025 ends on 2025-12-31, even though the
     * latest event is in June. A problem due 2025-09-30 and still open is then overdue in the year 2025.
     */
    @Test
    void withoutAsOfEachPeriodEndsOnItsLastDay() {
        fx.with(softly);
        fx.unit("FY01", "示例县人民法院", "法院");
        fx.problem("P1", "FY01", "2025-05-01", "2025-09-30", "整改中", null);
        fx.compute(null, IndicatorFixture.FAR_FUTURE);
        softly.assertThat(fx.repo.period("2025Q2").map(IndicatorRepository.PeriodRow::end)).contains(d("2025-06-30"));
        softly.assertThat(fx.repo.period("2025H1").map(IndicatorRepository.PeriodRow::end)).contains(d("2025-06-30"));
        softly.assertThat(fx.repo.period("2025").map(IndicatorRepository.PeriodRow::end)).contains(d("2025-12-31"));
        // Z04 in 2025 as of 2025-12-31: P1 not done, 时限 09-30 < 12-31 → 1
        fx.value("2025", "FY01", "", "Z04", 1);
        // Z04 in 2025Q2 as of 06-30: 时限 09-30 is later → 0
        fx.value("2025Q2", "FY01", "", "Z04", 0);
    }

    private void comparison(String period, String unit, String person, String code, Double value, Double previous,
                            Double yearEarlier) {
        Optional<Figure> f = fx.figure(period, unit, person, code);
        String w = code + " @ " + period + " / " + unit + " " + person;
        softly.assertThat(f).as(w).isPresent();
        if (f.isEmpty()) return;
        check(w + " value", f.get().value(), value);
        check(w + " 环比 previous", f.get().previous(), previous);
        check(w + " 同比 yearEarlier", f.get().yearEarlier(), yearEarlier);
    }

    private void check(String what, Double actual, Double expected) {
        if (expected == null) {
            softly.assertThat(actual).as(what).isNull();
        } else {
            softly.assertThat(actual).as(what).isNotNull();
            if (actual != null) softly.assertThat(actual).as(what).isCloseTo(expected, within(1e-9));
        }
    }

    private void meets(String period, String unit, String code, Boolean expected) {
        Optional<Figure> f = fx.figure(period, unit, "", code);
        softly.assertThat(f).as(code + " @ " + period + " / " + unit).isPresent();
        f.ifPresent(g -> softly.assertThat(g.meets()).as("meets " + code + " @ " + period + " / " + unit).isEqualTo(expected));
    }
}
