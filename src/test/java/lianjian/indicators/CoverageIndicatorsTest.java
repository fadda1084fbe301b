package lianjian.indicators;

import static lianjian.indicators.IndicatorFixture.d;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

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
 * 履职评议覆盖 E01–E10 (DOMAIN §5.6), term T = [2022-01-01, 2026-12-31].
 *
 * <pre>
 * person unit  类别   员额   任命        离任
 * E1 张明  FY01  法官   blank  2018-03-01  .           evaluations EV1 2021-12-31 (before T), EV2 2025-02-10
 * E2 李华  FY01  法官   是     2015-06-01  .           EV3 2023-05-20
 * E3 王芳  FY01  法官   否     2019-01-10  .           (not 员额 → never in scope)
 * E4 刘洋  FY01  法官   blank  2025-03-31  .           (appointed on the last day of 2025Q1)
 * E5 陈静  FY01  法官   blank  2019-01-01  2025-03-31  (leaves on the last day of 2025Q1, never evaluated)
 * E6 孙磊  FY01  法官   blank  2016-01-01  2024-06-30  EV5 2024-06-30 (evaluated on the day he left)
 * E7 周杰  FY01  法官   blank  2010-01-01  2021-12-31  (left before T)
 * E8 吴敏  FY01  法官   blank  2017-01-01  2025-04-15  (leaves in 2025Q2, never evaluated)
 * E9 赵强  JCY01 检察官 blank  2017-05-01  .           EV6 2025-01-01
 * E10 钱丽 JCY01 检察官 blank  2020-01-01  .           EV8 2025-05-10
 * E11 郑红 FY01  其他   blank  2016-01-01  .
 * evaluation votes 满意/基本/不满意 → (满+基)/all        评议结果
 * EV1 10/2/0  EV2 12/3/5 → 15/20 = 0.75 (通过)   满意, 满意
 * EV3 8/2/2 → 10/12       基本满意
 * EV5 10/0/0              满意
 * EV6 6/2/4 → 8/12 = exactly 2/3 (not > 2/3 → 不通过)  基本满意
 * EV8 9/1/0 → 1           满意
 * </pre>
 * Day counts: 2025-03-31 → 2026-12-31 = 640; 2022-01-01 → 2025-03-31 = 1185; 2024-12-31 → 2026-12-31 = 730;
 * 2022-01-01 → 2024-12-31 = 1095; 2025-06-30 → 2026-12-31 = 549; 2022-01-01 → 2025-06-30 = 1276.
 */
@ExtendWith(SoftAssertionsExtension.class)
@ParameterizedClass
@EnumSource(Backend.class)
class CoverageIndicatorsTest {

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
        fx.properties.getTerm().setStart(LocalDate.of(2022, 1, 1));
        fx.properties.getTerm().setEnd(LocalDate.of(2026, 12, 31));
        fx.unit("FY01", "示例县人民法院", "法院");
        fx.unit("JCY01", "示例县人民检察院", "检察院");
        fx.unit("GAJ01", "示例县公安局", "公安局");
        fx.person("E1", "张明", "FY01", "法官", null, "2018-03-01", null);
        fx.person("E2", "李华", "FY01", "法官", true, "2015-06-01", null);
        fx.person("E3", "王芳", "FY01", "法官", false, "2019-01-10", null);
        fx.person("E4", "刘洋", "FY01", "法官", null, "2025-03-31", null);
        fx.person("E5", "陈静", "FY01", "法官", null, "2019-01-01", "2025-03-31");
        fx.person("E6", "孙磊", "FY01", "法官", null, "2016-01-01", "2024-06-30");
        fx.person("E7", "周杰", "FY01", "法官", null, "2010-01-01", "2021-12-31");
        fx.person("E8", "吴敏", "FY01", "法官", null, "2017-01-01", "2025-04-15");
        fx.person("E9", "赵强", "JCY01", "检察官", null, "2017-05-01", null);
        fx.person("E10", "钱丽", "JCY01", "检察官", null, "2020-01-01", null);
        fx.person("E11", "郑红", "FY01", "其他", null, "2016-01-01", null);
        fx.evaluation("EV1", "E1", "2021-12-31", 10, 2, 0, "满意");
        fx.evaluation("EV2", "E1", "2025-02-10", 12, 3, 5, "满意");
        fx.evaluation("EV3", "E2", "2023-05-20", 8, 2, 2, "基本满意");
        fx.evaluation("EV5", "E6", "2024-06-30", 10, 0, 0, "满意");
        fx.evaluation("EV6", "E9", "2025-01-01", 6, 2, 4, "基本满意");
        fx.evaluation("EV8", "E10", "2025-05-10", 9, 1, 0, "满意");
    }

    @Test
    void countyIn2025Q1() {
        fx.compute(d("2025-06-30"));
        // E01 in scope at 03-31: E1 (员额 blank = 是), E2, E4 (appointed 03-31 ≤ end), E8 (leaves 04-15 > end), E9, E10 = 6.
        //     Out: E3 (员额 否), E5 (离任 03-31 is not > 03-31), E6, E7 (left), E11 (其他).
        fx.value(Q1, "ALL", "", "E01", 6);
        // E02 evaluated in [2022-01-01, 03-31]: E1 (EV2), E2 (EV3), E9 (EV6, 01-01) = 3; E10's EV8 is after the end.
        fx.value(Q1, "ALL", "", "E02", 3);
        fx.ratio(Q1, "ALL", "", "E03", 3, 6);
        // E04 = 6 − 3 = 3: E4, E8, E10
        fx.value(Q1, "ALL", "", "E04", 3);
        softly.assertThat(fx.listKeys("E04", Q1, "ALL", "personId")).containsExactlyInAnyOrder("E4", "E8", "E10");
        // E05 = (2026-12-31 − 2025-03-31) / 365.25 = 640 / 365.25 ≈ 1.752
        fx.value(Q1, "ALL", "", "E05", 640 / 365.25);
        // E06 = ceil(3 / max(1, ceil(1.752) = 2)) = ceil(1.5) = 2
        fx.value(Q1, "ALL", "", "E06", 2);
        // E07: r = 3 / (1185 / 365.25); (3 + r · 640/365.25) / 6 = (3 + 3·640/1185) / 6 ≈ 0.770 (< 1)
        fx.value(Q1, "ALL", "", "E07", (3 + 3 * 640.0 / 1185) / 6);
        // E08 left in [2022-01-01, 03-31] and not evaluated in [T.start, 离任]: E5 (left 03-31, on the period end).
        //     E6 was evaluated on his leaving day; E7 left before T; E8 leaves after the end.
        fx.value(Q1, "ALL", "", "E08", 1);
        softly.assertThat(fx.listKeys("E08", Q1, "ALL", "personId")).containsExactly("E5");
        // E09: evaluations in Q1 are EV2 (15/20) and EV6 (8/12). DOMAIN defines E09 per evaluation; for the period
        //     figure we read it as the pooled vote ratio (15 + 8) / (20 + 12) = 23/32 (ambiguous — see report).
        fx.ratio(Q1, "ALL", "", "E09", 23, 32);
        // E10: evaluations in Q1: EV2 (满意, 02-10), EV6 (基本满意, 01-01 first day) = 2
        fx.value(Q1, "ALL", "", "E10", 2);
        Map<String, Double> dist = breakdown(Q1, "ALL", "E10");
        softly.assertThat(dist.get("满意")).isEqualTo(1.0);
        softly.assertThat(dist.get("基本满意")).isEqualTo(1.0);
        softly.assertThat(dist.getOrDefault("不满意", 0.0)).isEqualTo(0.0);
    }

    @Test
    void perUnitIn2025Q1() {
        fx.compute(d("2025-06-30"));
        // FY01: in scope E1, E2, E4, E8 = 4; evaluated E1, E2 = 2
        fx.value(Q1, "FY01", "", "E01", 4);
        fx.value(Q1, "FY01", "", "E02", 2);
        fx.ratio(Q1, "FY01", "", "E03", 2, 4);
        fx.value(Q1, "FY01", "", "E04", 2);
        softly.assertThat(fx.listKeys("E04", Q1, "FY01", "personId")).containsExactlyInAnyOrder("E4", "E8");
        fx.value(Q1, "FY01", "", "E06", 1);                         // ceil(2 / 2)
        fx.value(Q1, "FY01", "", "E07", (2 + 2 * 640.0 / 1185) / 4);
        fx.value(Q1, "FY01", "", "E08", 1);                         // E5
        softly.assertThat(fx.listKeys("E08", Q1, "FY01", "personId")).containsExactly("E5");
        fx.ratio(Q1, "FY01", "", "E09", 15, 20);                    // EV2
        fx.value(Q1, "FY01", "", "E10", 1);
        // JCY01: in scope E9, E10 = 2; evaluated E9
        fx.value(Q1, "JCY01", "", "E01", 2);
        fx.value(Q1, "JCY01", "", "E02", 1);
        fx.ratio(Q1, "JCY01", "", "E03", 1, 2);
        fx.value(Q1, "JCY01", "", "E04", 1);
        softly.assertThat(fx.listKeys("E04", Q1, "JCY01", "personId")).containsExactly("E10");
        fx.value(Q1, "JCY01", "", "E06", 1);                        // ceil(1 / 2)
        fx.value(Q1, "JCY01", "", "E08", 0);
        fx.ratio(Q1, "JCY01", "", "E09", 8, 12);
        // E is for 法院 and 检察院 only.
        fx.noRow(Q1, "GAJ01", "", "E01");
    }

    @Test
    void evaluationsBeforeTheTermDoNotCountAndMidTermStaff() {
        fx.compute(d("2025-06-30"));
        // 2024Q4 (end 2024-12-31): in scope E1, E2, E5, E8, E9, E10 = 6 (E4 not yet appointed; E6 left 2024-06-30).
        fx.value("2024Q4", "ALL", "", "E01", 6);
        // Evaluated in [2022-01-01, 2024-12-31]: only E2 (EV3). E1's EV1 is dated 2021-12-31, one day before T.
        fx.value("2024Q4", "ALL", "", "E02", 1);
        fx.ratio("2024Q4", "ALL", "", "E03", 1, 6);
        fx.value("2024Q4", "ALL", "", "E04", 5);
        softly.assertThat(fx.listKeys("E04", "2024Q4", "ALL", "personId"))
                .containsExactlyInAnyOrder("E1", "E5", "E8", "E9", "E10");
        fx.value("2024Q4", "ALL", "", "E05", 730 / 365.25);
        fx.value("2024Q4", "ALL", "", "E06", 3);                     // ceil(5 / max(1, ceil(1.9986) = 2)) = ceil(2.5)
        fx.value("2024Q4", "ALL", "", "E07", (1 + 730.0 / 1095) / 6); // r = 1/(1095/365.25): (1 + 1·730/1095) / 6
        fx.value("2024Q4", "ALL", "", "E08", 0);                     // E6 evaluated on his leaving day
        fx.value("2024Q4", "ALL", "", "E10", 0);
        fx.noValue("2024Q4", "ALL", "", "E09");                      // no evaluation in the quarter → no votes
        // 2021Q4 ends before the term starts (T.start 2022-01-01): E01–E12 are empty (§5.1), although seven
        // persons were in scope then and EV1 was an evaluation in the quarter
        for (String code : java.util.List.of("E01", "E02", "E07", "E10")) fx.noData("2021Q4", "ALL", "", code);
        // 2025Q2 (end 06-30): in scope E1, E2, E4, E9, E10 = 5 (E8 left 04-15); evaluated E1, E2, E9, E10 = 4
        fx.value("2025Q2", "ALL", "", "E01", 5);
        fx.value("2025Q2", "ALL", "", "E02", 4);
        softly.assertThat(fx.listKeys("E04", "2025Q2", "ALL", "personId")).containsExactly("E4");
        // E07: (4 + 4·549/1276) / 5 ≈ 1.144 → capped at 1
        fx.value("2025Q2", "ALL", "", "E07", 1);
        // E08: E5 (03-31) and E8 (04-15) left within [T.start, 06-30] without an evaluation
        fx.value("2025Q2", "ALL", "", "E08", 2);
        softly.assertThat(fx.listKeys("E08", "2025Q2", "ALL", "personId")).containsExactlyInAnyOrder("E5", "E8");
        fx.value("2025Q2", "FY01", "", "E08", 2);
    }

    @Test
    void perEvaluationPassMark() {
        fx.compute(d("2025-06-30"));
        // E09 per evaluation, 通过 when > 2/3: the product keeps each person's latest evaluation in the term as of the
        // period end in the list E-LATEST (a list of its own, not defined by DOMAIN; which persons it holds is not
        // checked here — only that the evaluated persons in scope are there, with the per-evaluation ratio).
        Map<Object, Map<String, Object>> latest = new java.util.HashMap<>();
        for (Map<String, Object> item : fx.repo.list(ListCode.of("E-LATEST"), Q1, "ALL")) latest.put(item.get("personId"), item);
        softly.assertThat(latest.keySet()).contains("E1", "E2", "E9");
        if (latest.containsKey("E1")) {
            // EV2 12/3/5 → 15/20 = 0.75 > 2/3
            softly.assertThat(((Number) latest.get("E1").get("satisfactionRatio")).doubleValue()).isCloseTo(0.75, within(1e-9));
            softly.assertThat(latest.get("E1").get("passed")).isEqualTo(true);
        }
        if (latest.containsKey("E9")) {
            // EV6 6/2/4 → 8/12 = exactly 2/3, not above → not passed
            softly.assertThat(((Number) latest.get("E9").get("satisfactionRatio")).doubleValue())
                    .isCloseTo(2.0 / 3, within(1e-9));
            softly.assertThat(latest.get("E9").get("passed")).isEqualTo(false);
        }
    }

    @Test
    void afterTheTermEnds() {
        fx.properties.getTerm().setEnd(LocalDate.of(2024, 12, 31));
        fx.compute(d("2025-06-30"));
        // T = [2022-01-01, 2024-12-31]; 2025Q1 as before: E01 6, E02 3, E04 3.
        fx.value(Q1, "ALL", "", "E02", 3);
        fx.value(Q1, "ALL", "", "E05", 0);                           // max(0, 2024-12-31 − 2025-03-31) = 0
        fx.value(Q1, "ALL", "", "E06", 3);                           // ceil(3 / max(1, 0)) = 3
        fx.value(Q1, "ALL", "", "E07", 0.5);                         // (3 + r·0) / 6
    }

    private Map<String, Double> breakdown(String period, String unit, String code) {
        Map<String, Double> m = new java.util.HashMap<>();
        for (IndicatorRepository.BreakdownRow r : fx.repo.breakdown(period, unit, code)) m.put(r.category(), r.value());
        return m;
    }
}
