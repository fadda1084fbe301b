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
 * 案件评查 R01–R06 (DOMAIN §5.4; grade classes §4.5) in 2025Q1. Unit and person come from the case when
 * the 案号 is in a case list, otherwise from the review itself.
 *
 * <pre>
 * cases: CC1 court FY01, 承办 A (张明), 2024-06-01 → 2024-09-01
 *        CC2 court FY01, no 承办人,      2024-05-01 → 2024-08-01
 *        PC1 procuratorate JCY01, 承办 C (赵强), 2024-03-01 → 2024-05-01
 * review 案号  date        grade    class   score  review's own unit/person → counted under
 * RV1    CC1   2025-01-01  优秀     优秀    95     GAJ01 / B   → FY01 / A (the case wins)
 * RV2    CC1   2025-03-31  优质     优秀    90     .           → FY01 / A
 * RV3    CC2   2025-02-10  合格     合格    .      .           → FY01 / —
 * RV4    PC1   2025-02-20  基本合格 瑕疵    70     .           → JCY01 / C
 * RV5    UNK1  2025-03-15  不合格   不合格  50     FY01 / B    → FY01 / B (unknown 案号: from the review)
 * RV6    UNK2  2025-03-20  瑕疵     瑕疵    75     GAJ01 / —   → GAJ01
 * RV7    CC1   2024-12-31  不合格   不合格  40     .           → FY01 / A, in 2024Q4 only
 * RV8    CC1   2025-04-01  合格     合格    80     .           → FY01 / A, in 2025Q2 only
 * RV9    UNK3  2025-05-05  合格     合格    .      GAJ01       → GAJ01, 2025Q2
 * </pre>
 */
@ExtendWith(SoftAssertionsExtension.class)
@ParameterizedClass
@EnumSource(Backend.class)
class ReviewIndicatorsTest {

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
        fx.person("A", "张明", "FY01", "法官", null, "2018-03-01", null);
        fx.person("B", "李华", "FY01", "法官", null, "2015-06-01", null);
        fx.person("C", "赵强", "JCY01", "检察官", null, "2017-05-01", null);
        fx.courtCase("CC1", "FY01", "A", "民事", "一审", "2024-06-01", "2024-09-01").insert();
        fx.courtCase("CC2", "FY01", null, "民事", "一审", "2024-05-01", "2024-08-01").insert();
        fx.prosecutionCase("PC1", "JCY01", "C", "审查起诉", "2024-03-01", "2024-05-01").insert();
        fx.review("RV1", "CC1", "2025-01-01", "优秀", 95.0, "GAJ01", "B");
        fx.review("RV2", "CC1", "2025-03-31", "优质", 90.0, null, null);
        fx.review("RV3", "CC2", "2025-02-10", "合格", null, null, null);
        fx.review("RV4", "PC1", "2025-02-20", "基本合格", 70.0, null, null);
        fx.review("RV5", "UNK1", "2025-03-15", "不合格", 50.0, "FY01", "B");
        fx.review("RV6", "UNK2", "2025-03-20", "瑕疵", 75.0, "GAJ01", null);
        fx.review("RV7", "CC1", "2024-12-31", "不合格", 40.0, null, null);
        fx.review("RV8", "CC1", "2025-04-01", "合格", 80.0, null, null);
        fx.review("RV9", "UNK3", "2025-05-05", "合格", null, "GAJ01", null);
        fx.compute(d("2025-06-30"));
    }

    @Test
    void countyIn2025Q1() {
        // Reviews dated in [01-01, 03-31]: RV1 (first day) … RV6; RV7 (12-31) and RV8 (04-01) are outside.
        fx.value(Q1, "ALL", "", "R01", 6);
        // classes: 优秀 RV1, RV2; 合格 RV3; 瑕疵 RV4 (基本合格), RV6; 不合格 RV5
        fx.ratio(Q1, "ALL", "", "R02", 5, 6);     // all but RV5
        fx.ratio(Q1, "ALL", "", "R03", 2, 6);     // 优秀 + 优质
        fx.ratio(Q1, "ALL", "", "R04", 2, 6);     // 基本合格 + 瑕疵
        fx.ratio(Q1, "ALL", "", "R05", 1, 6);
        // R06 mean over reviews with a score: (95 + 90 + 70 + 50 + 75) / 5 = 380/5 = 76 (RV3 has none)
        fx.value(Q1, "ALL", "", "R06", 76);
    }

    @Test
    void perUnitOfTheCase() {
        // FY01: RV1, RV2 (from CC1 although RV1 itself says GAJ01), RV3 (CC2), RV5 (unknown 案号, review says FY01)
        fx.value(Q1, "FY01", "", "R01", 4);
        fx.ratio(Q1, "FY01", "", "R02", 3, 4);
        fx.ratio(Q1, "FY01", "", "R03", 2, 4);
        fx.ratio(Q1, "FY01", "", "R04", 0, 4);
        fx.ratio(Q1, "FY01", "", "R05", 1, 4);
        fx.value(Q1, "FY01", "", "R06", (95 + 90 + 50) / 3.0);   // 235/3
        // JCY01: RV4 from the procuratorate case PC1
        fx.value(Q1, "JCY01", "", "R01", 1);
        fx.ratio(Q1, "JCY01", "", "R04", 1, 1);
        fx.value(Q1, "JCY01", "", "R06", 70);
        // GAJ01: RV6 only (RV1 is not counted here even though its own 承办单位 says GAJ01)
        fx.value(Q1, "GAJ01", "", "R01", 1);
        fx.ratio(Q1, "GAJ01", "", "R04", 1, 1);
        fx.value(Q1, "GAJ01", "", "R06", 75);
        // GAJ01 in 2025Q2: RV9 without a score → R06 has no value (denominator 0)
        fx.value("2025Q2", "GAJ01", "", "R01", 1);
        fx.noValue("2025Q2", "GAJ01", "", "R06");
        // JCY01 in 2025Q2: no review, but the unit has review rows → row with R01 = 0 and no rates
        fx.value("2025Q2", "JCY01", "", "R01", 0);
        fx.noValue("2025Q2", "JCY01", "", "R02");
        // SFJ01 has no review at all → no R rows
        fx.noRow(Q1, "SFJ01", "", "R01");
        // 2024Q4: RV7 (12-31, last day) → FY01 R01 1, R05 1
        fx.value("2024Q4", "FY01", "", "R01", 1);
        fx.ratio("2024Q4", "FY01", "", "R05", 1, 1);
    }

    @Test
    void perPersonOfTheCase() {
        // A: RV1, RV2 (RV1's own 承办人 B is ignored because CC1 is known)
        fx.value(Q1, "FY01", "A", "R01", 2);
        fx.ratio(Q1, "FY01", "A", "R02", 2, 2);
        fx.ratio(Q1, "FY01", "A", "R03", 2, 2);
        fx.value(Q1, "FY01", "A", "R06", 92.5);     // (95 + 90) / 2
        // B: only RV5 (unknown 案号 → the review's own 承办人)
        fx.value(Q1, "FY01", "B", "R01", 1);
        fx.ratio(Q1, "FY01", "B", "R05", 1, 1);
        fx.value(Q1, "FY01", "B", "R06", 50);
        // C: RV4, under his unit JCY01
        fx.value(Q1, "JCY01", "C", "R01", 1);
        fx.ratio(Q1, "JCY01", "C", "R04", 1, 1);
        softly.assertThat(fx.repo.personsWithFigures(Q1)).containsExactlyInAnyOrder("A", "B", "C");
        // §6: "a row per person for the C, J and R indicators when the person has a case … or a review, in the
        // period". Reading: a review alone gives the person rows of their own family (judge → C, prosecutor → J),
        // with zero counts; a judge never gets J rows nor a prosecutor C rows. (Ambiguous; see report.)
        fx.value(Q1, "FY01", "A", "C01", 0);
        fx.noRow(Q1, "FY01", "A", "J01");
        fx.value(Q1, "JCY01", "C", "J01", 0);
        fx.noRow(Q1, "JCY01", "C", "C01");
    }
}
