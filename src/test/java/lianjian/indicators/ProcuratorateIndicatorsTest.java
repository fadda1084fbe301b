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
 * 检察院 J01–J10 (DOMAIN §5.3) in 2025Q1 = [2025-01-01, 2025-03-31].
 *
 * <pre>
 * case unit  who 类别      受理        办结        逮捕 审查起诉结果  退查 延长 其他 认罪认罚 量刑建议 采纳 撤回 判决
 * G1   JCY01 Q1  审查起诉  2025-01-01 2025-02-15  是   起诉        1    1    .    是      确定刑  是   否   有罪
 * G2   JCY01 Q1  审查起诉  2025-01-10 2025-03-31  是   相对不起诉   0    .    .    是      无      .    .    .
 * G3   JCY01 Q2  审查起诉  2024-12-20 2025-01-20  否   起诉        2    0    1    否      幅度刑  否   是   无罪
 * G4   JCY01 Q2  审查起诉  2025-02-01 2025-03-15  .    起诉        .    .    .    .       确定刑  .    .    .
 * G5   JCY01 Q1  审查逮捕  2025-03-01 2025-03-08  是   .           .    .    .    .       .       .    .    .
 * G6   JCY01 Q1  审查起诉  2025-03-31 (open)       .   .           1    0    2
 * G7   JCY01 Q2  审查起诉  2024-11-01 2025-04-01 (open at 03-31)
 * G8   JCY02 Q3  审查起诉  2025-01-05 2025-03-05  是   存疑不起诉   0    .    .    是      无
 * G9   JCY01 Q1  二审      2025-01-15 2025-02-20  .    .           .    .    .    .       确定刑  是
 * </pre>
 */
@ExtendWith(SoftAssertionsExtension.class)
@ParameterizedClass
@EnumSource(Backend.class)
class ProcuratorateIndicatorsTest {

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
        fx.unit("FY01", "示例县人民法院", "法院");
        fx.unit("JCY01", "示例县人民检察院", "检察院");
        fx.unit("JCY02", "示例县第二人民检察院", "检察院");
        fx.person("Q1", "赵强", "JCY01", "检察官", null, "2017-05-01", null);
        fx.person("Q2", "钱敏", "JCY01", "检察官", null, "2018-05-01", null);
        fx.person("Q3", "周杰", "JCY02", "检察官", null, "2019-05-01", null);
        fx.person("Q4", "吴丹", "JCY01", "检察官", null, "2019-05-01", null); // no case at all
        fx.prosecutionCase("G1", "JCY01", "Q1", "审查起诉", "2025-01-01", "2025-02-15").set("arrested", true)
                .set("prosecution_result", "起诉").set("returned_count", 1).set("extension_count", 1)
                .set("plea_accepted", true).set("sentencing_type", "确定刑").set("sentencing_adopted", true)
                .set("withdrawn", false).set("judgment", "有罪").insert();
        fx.prosecutionCase("G2", "JCY01", "Q1", "审查起诉", "2025-01-10", "2025-03-31").set("arrested", true)
                .set("prosecution_result", "相对不起诉").set("returned_count", 0).set("plea_accepted", true)
                .set("sentencing_type", "无").insert();
        fx.prosecutionCase("G3", "JCY01", "Q2", "审查起诉", "2024-12-20", "2025-01-20").set("arrested", false)
                .set("prosecution_result", "起诉").set("returned_count", 2).set("extension_count", 0)
                .set("other_procedures", 1).set("plea_accepted", false).set("sentencing_type", "幅度刑")
                .set("sentencing_adopted", false).set("withdrawn", true).set("judgment", "无罪").insert();
        fx.prosecutionCase("G4", "JCY01", "Q2", "审查起诉", "2025-02-01", "2025-03-15")
                .set("prosecution_result", "起诉").set("sentencing_type", "确定刑").insert();
        fx.prosecutionCase("G5", "JCY01", "Q1", "审查逮捕", "2025-03-01", "2025-03-08").set("arrested", true)
                .set("arrest_result", "批准逮捕").insert();
        fx.prosecutionCase("G6", "JCY01", "Q1", "审查起诉", "2025-03-31", null).set("returned_count", 1)
                .set("extension_count", 0).set("other_procedures", 2).insert();
        fx.prosecutionCase("G7", "JCY01", "Q2", "审查起诉", "2024-11-01", "2025-04-01").insert();
        fx.prosecutionCase("G8", "JCY02", "Q3", "审查起诉", "2025-01-05", "2025-03-05").set("arrested", true)
                .set("prosecution_result", "存疑不起诉").set("returned_count", 0).set("plea_accepted", true)
                .set("sentencing_type", "无").insert();
        fx.prosecutionCase("G9", "JCY01", "Q1", "二审", "2025-01-15", "2025-02-20").set("sentencing_type", "确定刑")
                .set("sentencing_adopted", true).insert();
        fx.compute(d("2025-04-01"));
    }

    @Test
    void jcy01In2025Q1() {
        // J01 受理 in Q1: G1 (01-01 first day), G2, G4, G5, G6 (03-31 last day), G9 = 6 (G3, G7 received in 2024)
        fx.value(Q1, "JCY01", "", "J01", 6);
        // J02 办结 in Q1: G1, G2 (03-31), G3 (01-20), G4, G5, G9 = 6 (G7 closes 04-01)
        fx.value(Q1, "JCY01", "", "J02", 6);
        // J03 open at 03-31: G6 (received 03-31), G7 (closes 04-01) = 2
        fx.value(Q1, "JCY01", "", "J03", 2);
        // J04 over rows received in Q1: Σ(退查 + 延长 + 其他) = G1 (1+1+0) + G6 (1+0+2) = 5, blanks = 0
        //     → (6 + 5) ÷ 6 = 11/6
        fx.ratio(Q1, "JCY01", "", "J04", 11, 6);
        // J05 审查起诉 closed in Q1: G1, G2, G3, G4 = 4; 认罪认罚 是: G1, G2 (G4 blank ≠ 是) → 2/4
        fx.ratio(Q1, "JCY01", "", "J05", 2, 4);
        // J06 closed in Q1 with 确定刑/幅度刑: G1 (采纳 是), G3 (否), G4 (blank → not known, excluded), G9 (是, any 类别)
        //     → 2/3
        fx.ratio(Q1, "JCY01", "", "J06", 2, 3);
        // J07 审查起诉 closed, 逮捕=是: G1 (起诉), G2 (相对不起诉); G4 (逮捕 blank) is not 是 → 1/2
        fx.ratio(Q1, "JCY01", "", "J07", 1, 2);
        // J08 closed, 起诉: G1, G3, G4 = 3; 撤回 是: G3 → 1/3
        fx.ratio(Q1, "JCY01", "", "J08", 1, 3);
        // J09 closed, 起诉, 判决 known: G1 有罪, G3 无罪 (G4 unknown) → 1/2
        fx.ratio(Q1, "JCY01", "", "J09", 1, 2);
        // J10 审查起诉 received in Q1: G1, G2, G4, G6 = 4; 退查 > 0: G1, G6 (G4 blank = 0) → 2/4
        fx.ratio(Q1, "JCY01", "", "J10", 2, 4);
    }

    @Test
    void countyAndSecondProcuratorate() {
        // JCY02 has G8 only.
        fx.value(Q1, "JCY02", "", "J01", 1);
        fx.value(Q1, "JCY02", "", "J02", 1);
        fx.value(Q1, "JCY02", "", "J03", 0);
        fx.ratio(Q1, "JCY02", "", "J04", 1, 1);     // (1 + 0) ÷ 1
        fx.ratio(Q1, "JCY02", "", "J05", 1, 1);
        fx.noValue(Q1, "JCY02", "", "J06");         // 量刑建议 无 → denominator 0
        fx.ratio(Q1, "JCY02", "", "J07", 1, 1);     // 存疑不起诉 after 逮捕
        fx.noValue(Q1, "JCY02", "", "J08");         // nothing 起诉
        fx.noValue(Q1, "JCY02", "", "J09");
        fx.ratio(Q1, "JCY02", "", "J10", 0, 1);
        // ALL = JCY01 + JCY02
        fx.value(Q1, "ALL", "", "J01", 7);
        fx.value(Q1, "ALL", "", "J02", 7);
        fx.value(Q1, "ALL", "", "J03", 2);
        fx.ratio(Q1, "ALL", "", "J04", 12, 7);       // (7 + 5) ÷ 7
        fx.ratio(Q1, "ALL", "", "J05", 3, 5);        // + G8 认罪认罚
        fx.ratio(Q1, "ALL", "", "J06", 2, 3);
        fx.ratio(Q1, "ALL", "", "J07", 2, 3);        // G1, G2, G8 逮捕; 不诉 G2, G8
        fx.ratio(Q1, "ALL", "", "J08", 1, 3);
        fx.ratio(Q1, "ALL", "", "J09", 1, 2);
        fx.ratio(Q1, "ALL", "", "J10", 2, 5);
        // J family is for 检察院 only.
        fx.noRow(Q1, "FY01", "", "J01");
    }

    @Test
    void perProsecutor() {
        // Persons with a case received, closed or open at 03-31: Q1, Q2, Q3; Q4 has none.
        softly.assertThat(fx.repo.personsWithFigures(Q1)).containsExactlyInAnyOrder("Q1", "Q2", "Q3");
        // Q1 赵强: G1, G2, G5, G6, G9
        fx.value(Q1, "JCY01", "Q1", "J01", 5);
        fx.value(Q1, "JCY01", "Q1", "J02", 4);          // G1, G2, G5, G9
        fx.value(Q1, "JCY01", "Q1", "J03", 1);          // G6
        fx.ratio(Q1, "JCY01", "Q1", "J04", 10, 5);      // (5 + 2 + 3) ÷ 5
        fx.ratio(Q1, "JCY01", "Q1", "J05", 2, 2);       // G1, G2
        fx.ratio(Q1, "JCY01", "Q1", "J06", 2, 2);       // G1, G9
        fx.ratio(Q1, "JCY01", "Q1", "J07", 1, 2);
        fx.ratio(Q1, "JCY01", "Q1", "J08", 0, 1);       // G1 起诉, not withdrawn
        fx.ratio(Q1, "JCY01", "Q1", "J09", 0, 1);       // G1 有罪
        fx.ratio(Q1, "JCY01", "Q1", "J10", 2, 3);       // G1, G2, G6 received; 退查 G1, G6
        // Q2 钱敏: G3, G4, G7
        fx.value(Q1, "JCY01", "Q2", "J01", 1);          // G4
        fx.value(Q1, "JCY01", "Q2", "J02", 2);          // G3, G4
        fx.value(Q1, "JCY01", "Q2", "J03", 1);          // G7
        fx.ratio(Q1, "JCY01", "Q2", "J04", 1, 1);       // G4 has no extra procedures
        fx.ratio(Q1, "JCY01", "Q2", "J05", 0, 2);       // G3 否, G4 blank
        fx.ratio(Q1, "JCY01", "Q2", "J06", 0, 1);       // G3 only (G4 采纳 unknown)
        fx.noValue(Q1, "JCY01", "Q2", "J07");           // G3 逮捕 否, G4 blank → no 逮捕=是 case
        fx.ratio(Q1, "JCY01", "Q2", "J08", 1, 2);
        fx.ratio(Q1, "JCY01", "Q2", "J09", 1, 1);
        fx.ratio(Q1, "JCY01", "Q2", "J10", 0, 1);
        // Q3 under JCY02
        fx.value(Q1, "JCY02", "Q3", "J01", 1);
        fx.noRow(Q1, "JCY01", "Q3", "J01");
        // Prosecutors get no C rows; Q4 gets nothing.
        fx.noRow(Q1, "JCY01", "Q1", "C01");
        fx.noRow(Q1, "JCY01", "Q4", "J01");
    }

    @Test
    void boundariesOfTheQuarter() {
        // 2024Q4 = [2024-10-01, 2024-12-31]: G3 (12-20) and G7 (11-01) were received, but JCY01's reporting
        // begins with its first 办结 (G3, 2025-01-20, §5.1): every J figure of 2024Q4 is empty, not 2 件.
        for (String code : java.util.List.of("J01", "J02", "J03", "J04", "J05")) fx.noData("2024Q4", "JCY01", "", code);
        // 2025Q2 = [04-01, 06-30] (as of 04-01): G7 closed 04-01 (first day) and nothing received.
        fx.value("2025Q2", "JCY01", "", "J02", 1);
        fx.value("2025Q2", "JCY01", "", "J01", 0);
        fx.noValue("2025Q2", "JCY01", "", "J04");        // J01 = 0 → no value
        fx.value("2025Q2", "JCY01", "", "J03", 1);       // G6 still open
    }
}
