package lianjian.indicators;

import static lianjian.indicators.IndicatorFixture.d;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * 满意度 S01–S03 (DOMAIN §5.5): survey rows whose 调查结束日期 is in P, 不了解 excluded, scores from
 * {@code lianjian.satisfaction.scores}, also broken down by 调查对象.
 *
 * <pre>
 * survey unit  start       end         对象    满意 基本 不满意 不了解
 * SV1    FY01  2025-01-01  2025-01-31  群众    60   30   10     20
 * SV1    FY01  2025-01-01  2025-01-31  律师     8    1    1     (blank)
 * SV2    FY01  2024-12-01  2025-03-31  当事人  20   10   10      5      (ends on the last day of Q1)
 * SV3    JCY01 2025-03-01  2025-04-01  群众    50   50    0      0      (ends in Q2)
 * SV4    JCY01 2025-01-10  2025-01-20  群众    10    0    0      0
 * SV5    GAJ01 2024-12-01  2024-12-31  群众     0    0    0     30      (only 不了解)
 * </pre>
 */
@ExtendWith(SoftAssertionsExtension.class)
@ParameterizedClass
@EnumSource(Backend.class)
class SatisfactionIndicatorsTest {

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
        fx.survey("SV1", "FY01", "2025-01-01", "2025-01-31", "群众", 60, 30, 10, 20);
        fx.survey("SV1", "FY01", "2025-01-01", "2025-01-31", "律师", 8, 1, 1, null);
        fx.survey("SV2", "FY01", "2024-12-01", "2025-03-31", "当事人", 20, 10, 10, 5);
        fx.survey("SV3", "JCY01", "2025-03-01", "2025-04-01", "群众", 50, 50, 0, 0);
        fx.survey("SV4", "JCY01", "2025-01-10", "2025-01-20", "群众", 10, 0, 0, 0);
        fx.survey("SV5", "GAJ01", "2024-12-01", "2024-12-31", "群众", 0, 0, 0, 30);
    }

    @Test
    void defaultScores() {
        fx.compute(d("2025-06-30"));
        // FY01 Q1: SV1 群众 (60,30,10), SV1 律师 (8,1,1), SV2 当事人 (20,10,10); 不了解 20 and 5 excluded.
        // S01 = 100 + 10 + 40 = 150
        fx.value(Q1, "FY01", "", "S01", 150);
        // S02 = (90 + 9 + 30) / 150 = 129/150
        fx.ratio(Q1, "FY01", "", "S02", 129, 150);
        // S03 = (100·(60+8+20) + 60·(30+1+10) + 0·(10+1+10)) / 150 = (8800 + 2460) / 150 = 11260/150
        fx.ratio(Q1, "FY01", "", "S03", 11260, 150);
        // JCY01 Q1: SV4 only (SV3 ends 04-01) → S01 10, S02 10/10, S03 1000/10 = 100
        fx.value(Q1, "JCY01", "", "S01", 10);
        fx.ratio(Q1, "JCY01", "", "S02", 10, 10);
        fx.ratio(Q1, "JCY01", "", "S03", 1000, 10);
        // ALL Q1: S01 160, S02 (129 + 10) / 160, S03 (11260 + 1000) / 160 = 12260/160
        fx.value(Q1, "ALL", "", "S01", 160);
        fx.ratio(Q1, "ALL", "", "S02", 139, 160);
        fx.ratio(Q1, "ALL", "", "S03", 12260, 160);
        // JCY01 Q2: SV3 → S01 100, S02 1, S03 (5000 + 3000) / 100 = 80
        fx.value("2025Q2", "JCY01", "", "S01", 100);
        fx.ratio("2025Q2", "JCY01", "", "S03", 8000, 100);
        // FY01 Q2: no survey ends in Q2 but FY01 has survey rows → row with S01 0 and no S02/S03
        fx.value("2025Q2", "FY01", "", "S01", 0);
        fx.noValue("2025Q2", "FY01", "", "S02");
        fx.noValue("2025Q2", "FY01", "", "S03");
        // GAJ01 2024Q4: SV5 has only 不了解 → S01 0 and S02/S03 have no value (never 0)
        fx.value("2024Q4", "GAJ01", "", "S01", 0);
        fx.noValue("2024Q4", "GAJ01", "", "S02");
        fx.noValue("2024Q4", "GAJ01", "", "S03");
        fx.noValue("2024Q4", "ALL", "", "S02");      // SV2 ends in 2025, so ALL 2024Q4 is SV5 alone
        // SFJ01 has no survey → no S rows
        fx.noRow(Q1, "SFJ01", "", "S01");
    }

    @Test
    void configuredScores() {
        fx.properties.getSatisfaction().setScores(List.of(100.0, 80.0, 20.0));
        fx.compute(d("2025-06-30"));
        // FY01 Q1: (100·88 + 80·41 + 20·21) / 150 = (8800 + 3280 + 420) / 150 = 12500/150
        fx.ratio(Q1, "FY01", "", "S03", 12500, 150);
        // ALL Q1 adds SV4 (10 满意): (12500 + 1000) / 160
        fx.ratio(Q1, "ALL", "", "S03", 13500, 160);
        // S02 does not depend on the scores
        fx.ratio(Q1, "FY01", "", "S02", 129, 150);
    }

    @Test
    void breakdownByRespondentGroup() {
        fx.compute(d("2025-06-30"));
        Map<String, IndicatorRepository.BreakdownRow> s01 = byCategory(fx.repo.breakdown(Q1, "FY01", "S01"));
        Map<String, IndicatorRepository.BreakdownRow> s02 = byCategory(fx.repo.breakdown(Q1, "FY01", "S02"));
        Map<String, IndicatorRepository.BreakdownRow> s03 = byCategory(fx.repo.breakdown(Q1, "FY01", "S03"));
        softly.assertThat(s01.keySet()).containsExactlyInAnyOrder("群众", "律师", "当事人");
        // 群众 (60,30,10): S01 100, S02 90/100, S03 (6000 + 1800)/100 = 78
        check(s01, "群众", 100);
        check(s02, "群众", 0.9);
        check(s03, "群众", 78);
        // 律师 (8,1,1): S01 10, S02 9/10, S03 (800 + 60)/10 = 86
        check(s01, "律师", 10);
        check(s02, "律师", 0.9);
        check(s03, "律师", 86);
        // 当事人 (20,10,10): S01 40, S02 30/40 = 0.75, S03 (2000 + 600)/40 = 65
        check(s01, "当事人", 40);
        check(s02, "当事人", 0.75);
        check(s03, "当事人", 65);
        // County 群众 = SV1 群众 + SV4: S01 110, S02 100/110, S03 (7800 + 1000)/110 = 80
        Map<String, IndicatorRepository.BreakdownRow> all01 = byCategory(fx.repo.breakdown(Q1, "ALL", "S01"));
        Map<String, IndicatorRepository.BreakdownRow> all02 = byCategory(fx.repo.breakdown(Q1, "ALL", "S02"));
        Map<String, IndicatorRepository.BreakdownRow> all03 = byCategory(fx.repo.breakdown(Q1, "ALL", "S03"));
        check(all01, "群众", 110);
        check(all02, "群众", 100.0 / 110);
        check(all03, "群众", 80);
        // GAJ01 2024Q4 群众: S01 0, S02 no value
        Map<String, IndicatorRepository.BreakdownRow> g02 = byCategory(fx.repo.breakdown("2024Q4", "GAJ01", "S02"));
        softly.assertThat(g02).containsKey("群众");
        if (g02.containsKey("群众")) softly.assertThat(g02.get("群众").value()).as("GAJ01 2024Q4 群众 S02").isNull();
    }

    private void check(Map<String, IndicatorRepository.BreakdownRow> rows, String category, double expected) {
        IndicatorRepository.BreakdownRow r = rows.get(category);
        softly.assertThat(r).as("breakdown " + category).isNotNull();
        if (r == null) return;
        softly.assertThat(r.value()).as("breakdown " + category).isNotNull();
        if (r.value() != null) softly.assertThat(r.value()).as("breakdown " + category).isCloseTo(expected, within(1e-9));
    }

    private static Map<String, IndicatorRepository.BreakdownRow> byCategory(List<IndicatorRepository.BreakdownRow> rows) {
        return rows.stream().collect(Collectors.toMap(IndicatorRepository.BreakdownRow::category, Function.identity()));
    }
}
