package lianjian.indicators;

import static lianjian.indicators.IndicatorFixture.d;

import java.nio.file.Path;

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
 * 问题整改 Z01–Z06 (DOMAIN §5.7) as of the period end; done(d) = 完成日期 present and ≤ d.
 *
 * <pre>
 * problem unit  发现        整改时限     状态    完成         at 2025-03-31
 * Z1      FY01  2025-01-01  2025-02-28  已整改  2025-02-20   done (50 days)
 * Z2      FY01  2024-11-10  2025-01-31  整改中  .            overdue
 * Z3      FY01  2025-03-31  2025-04-10  未整改  .            due in 10 days
 * Z4      FY01  2025-02-01  2025-03-31  整改中  .            due on the end day: 0 days, not overdue
 * Z5      FY01  2025-01-15  2025-04-11  整改中  .            11 days
 * Z6      FY01  2025-01-20  2025-04-20  整改中  .            20 days
 * Z7      FY01  2025-02-15  2025-04-21  整改中  .            21 days (in neither window)
 * Z8      JCY01 2024-12-01  2025-01-15  已整改  2025-04-05   NOT done at 03-31 (completed after the end) → overdue
 * Z9      JCY01 2024-10-01  2024-12-31  已销号  2024-12-31   done (91 days, in 2024Q4)
 * Z10     GAJ01 2025-04-01  2025-04-05  未整改  .            not yet found at 03-31
 * Z11     FY01  2025-01-10  2025-01-31  已整改  2025-03-31   done on the end day (80 days)
 * Z12     FY01  2025-03-01  2025-03-30  整改中  .            overdue by 1 day
 * </pre>
 * Day counts: Jan 1→Feb 20 = 50; Jan 10→Mar 31 = 80; 2024-12-01→2025-04-05 = 125; 2024-10-01→2024-12-31 = 91.
 */
@ExtendWith(SoftAssertionsExtension.class)
@ParameterizedClass
@EnumSource(Backend.class)
class RectificationIndicatorsTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    @InjectSoftAssertions
    SoftAssertions softly;
    IndicatorFixture fx;

    static final String Q1 = "2025Q1";

    @BeforeEach
    void setUp() {
        fx = new IndicatorFixture(dir, backend).with(softly);
        fx.standardUnits();
        fx.problem("Z1", "FY01", "2025-01-01", "2025-02-28", "已整改", "2025-02-20");
        fx.problem("Z2", "FY01", "2024-11-10", "2025-01-31", "整改中", null);
        fx.problem("Z3", "FY01", "2025-03-31", "2025-04-10", "未整改", null);
        fx.problem("Z4", "FY01", "2025-02-01", "2025-03-31", "整改中", null);
        fx.problem("Z5", "FY01", "2025-01-15", "2025-04-11", "整改中", null);
        fx.problem("Z6", "FY01", "2025-01-20", "2025-04-20", "整改中", null);
        fx.problem("Z7", "FY01", "2025-02-15", "2025-04-21", "整改中", null);
        fx.problem("Z8", "JCY01", "2024-12-01", "2025-01-15", "已整改", "2025-04-05");
        fx.problem("Z9", "JCY01", "2024-10-01", "2024-12-31", "已销号", "2024-12-31");
        fx.problem("Z10", "GAJ01", "2025-04-01", "2025-04-05", "未整改", null);
        fx.problem("Z11", "FY01", "2025-01-10", "2025-01-31", "已整改", "2025-03-31");
        fx.problem("Z12", "FY01", "2025-03-01", "2025-03-30", "整改中", null);
        fx.compute(d("2025-06-30"));
    }

    @Test
    void fy01In2025Q1() {
        // Z01 发现 in Q1: Z1 (01-01), Z3 (03-31), Z4, Z5, Z6, Z7, Z11, Z12 = 8 (Z2 found 2024)
        fx.value(Q1, "FY01", "", "Z01", 8);
        // Z02 发现 ≤ 03-31: the 8 + Z2 = 9
        fx.value(Q1, "FY01", "", "Z02", 9);
        // Z03 done(03-31): Z1 (02-20), Z11 (03-31) → 2/9
        fx.ratio(Q1, "FY01", "", "Z03", 2, 9);
        // Z04 not done and 整改时限 < 03-31: Z2 (01-31), Z12 (03-30) = 2; Z4's 时限 is the end day itself → not overdue
        fx.value(Q1, "FY01", "", "Z04", 2);
        softly.assertThat(fx.listKeys("Z04", Q1, "FY01", "problemNo")).containsExactlyInAnyOrder("Z2", "Z12");
        // Z05 mean(完成 − 发现) over 完成 in Q1: Z1 50, Z11 80 → 65
        fx.value(Q1, "FY01", "", "Z05", 65);
        // Z06 not done, 时限 − end in [0, 10]: Z4 (0), Z3 (10); in (10, 20]: Z5 (11), Z6 (20); Z7 (21) in neither
        softly.assertThat(fx.listKeys("Z06A", Q1, "FY01", "problemNo")).containsExactlyInAnyOrder("Z3", "Z4");
        softly.assertThat(fx.listKeys("Z06B", Q1, "FY01", "problemNo")).containsExactlyInAnyOrder("Z5", "Z6");
        // The single Z06 figure read as the number of problems in either list: 4
        fx.value(Q1, "FY01", "", "Z06", 4);
    }

    @Test
    void doneAfterThePeriodEndIsNotDone() {
        // JCY01 at 03-31: Z8 (completed 04-05, after the end) and Z9 (done 2024-12-31)
        fx.value(Q1, "JCY01", "", "Z01", 0);
        fx.value(Q1, "JCY01", "", "Z02", 2);
        fx.ratio(Q1, "JCY01", "", "Z03", 1, 2);        // only Z9 is done by 03-31
        fx.value(Q1, "JCY01", "", "Z04", 1);           // Z8: not done at 03-31 and 时限 01-15 < 03-31
        softly.assertThat(fx.listKeys("Z04", Q1, "JCY01", "problemNo")).containsExactly("Z8");
        fx.noValue(Q1, "JCY01", "", "Z05");            // nothing completed in Q1 → no value, not 0
        // 2025Q2 (end 06-30): Z8 completed 04-05 → done; Z05 = 125
        fx.ratio("2025Q2", "JCY01", "", "Z03", 2, 2);
        fx.value("2025Q2", "JCY01", "", "Z04", 0);
        fx.value("2025Q2", "JCY01", "", "Z05", 125);
        // 2024Q4 (end 12-31): Z9 done on 12-31 (last day) in 91 days; Z8 时限 2025-01-15 is 15 days away → (10, 20]
        fx.value("2024Q4", "JCY01", "", "Z01", 2);
        fx.ratio("2024Q4", "JCY01", "", "Z03", 1, 2);
        fx.value("2024Q4", "JCY01", "", "Z04", 0);
        fx.value("2024Q4", "JCY01", "", "Z05", 91);
        softly.assertThat(fx.listKeys("Z06B", "2024Q4", "JCY01", "problemNo")).containsExactly("Z8");
    }

    @Test
    void countyAndUnitsWithoutProblemsInThePeriod() {
        // ALL at 03-31 = FY01 + JCY01 (Z10 is found only on 04-01)
        fx.value(Q1, "ALL", "", "Z01", 8);
        fx.value(Q1, "ALL", "", "Z02", 11);
        fx.ratio(Q1, "ALL", "", "Z03", 3, 11);          // Z1, Z11, Z9
        fx.value(Q1, "ALL", "", "Z04", 3);              // Z2, Z12, Z8
        softly.assertThat(fx.listKeys("Z04", Q1, "ALL", "problemNo")).containsExactlyInAnyOrder("Z2", "Z12", "Z8");
        fx.value(Q1, "ALL", "", "Z05", 65);             // Z1, Z11 (Z8 completes in Q2, Z9 in 2024)
        // Z10 (GAJ01) is not known at 03-31; its 时限 04-05 is 5 days after the end, but a problem found after the end
        // is read as not pending at the end (natural reading; §5.7 does not say "发现日期 ≤ end" for Z06).
        softly.assertThat(fx.listKeys("Z06A", Q1, "ALL", "problemNo")).containsExactlyInAnyOrder("Z3", "Z4");
        // GAJ01 has problem rows (in Q2) → it has rows in Q1 too, but empty: its first problem (Z10) was found
        // on 04-01, after Q1 ended (§5.1 before the data: 本期无数据, not 0 个)
        for (String code : java.util.List.of("Z01", "Z02", "Z03", "Z04", "Z05")) fx.noData(Q1, "GAJ01", "", code);
        // GAJ01 in 2025Q2: Z10 found 04-01 (first day), 时限 04-05 < 06-30, not done → overdue
        fx.value("2025Q2", "GAJ01", "", "Z01", 1);
        fx.value("2025Q2", "GAJ01", "", "Z04", 1);
        // SFJ01 has no problem at all → no Z rows
        fx.noRow(Q1, "SFJ01", "", "Z01");
    }
}
