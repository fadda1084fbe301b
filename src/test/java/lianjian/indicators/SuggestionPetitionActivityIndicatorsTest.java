package lianjian.indicators;

import static lianjian.indicators.IndicatorFixture.d;

import java.nio.file.Path;
import java.util.HashMap;
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
 * 代表建议 D01–D04, 信访 X01–X04, 监督活动 A01, 旁听庭审 A02–A03 (DOMAIN §5.8), 2025Q1 = [01-01, 03-31].
 *
 * <pre>
 * suggestion unit  交办        答复        结果 反馈
 * D1         FY01  2025-01-01  2025-02-01  A    满意
 * D2         FY01  2025-03-31  .           .    .
 * D3         FY01  2025-02-10  2025-04-01  B    不满意     (answered after the end)
 * D4         JCY01 2024-12-31  2025-01-05  A    基本满意   (assigned in 2024Q4)
 * D5         JCY01 2025-03-01  2025-03-31  D    基本满意
 * petition unit  收到        来源      办结        化解状态
 * X1       FY01  2025-01-01  人大转交  2025-02-01  息诉罢访
 * X2       FY01  2025-03-31  来信      .           办理中
 * X3       FY01  2025-02-15  人大转交  2025-04-02  依法终结
 * X4       JCY01 2025-03-10  .         2025-03-31  导入司法程序
 * X5       GAJ01 2024-12-31  来访      2025-01-10  息诉罢访
 * activity date        监督方式   对象单位        hearing date        unit  代表人数
 * A1       2025-01-01  明察暗访   FY01            H1      2025-01-01  FY01  3
 * A2       2025-03-31  案件评查   FY01            H2      2025-03-31  FY01  5
 * A3       2025-02-01  明察暗访   JCY01           H3      2025-04-01  FY01  2
 * A4       2025-02-20  联席会议   (none)          H4      2025-02-14  FY02  4
 * A5       2024-12-31  执法检查   GAJ01
 * </pre>
 */
@ExtendWith(SoftAssertionsExtension.class)
@ParameterizedClass
@EnumSource(Backend.class)
class SuggestionPetitionActivityIndicatorsTest {

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
        fx.unit("FY02", "示例县第二人民法院", "法院");
        fx.unit("JCY01", "示例县人民检察院", "检察院");
        fx.unit("GAJ01", "示例县公安局", "公安局");
        fx.unit("SFJ01", "示例县司法局", "司法局");
        fx.suggestion("D1", "FY01", "2025-01-01", "2025-02-01", "A", "满意");
        fx.suggestion("D2", "FY01", "2025-03-31", null, null, null);
        fx.suggestion("D3", "FY01", "2025-02-10", "2025-04-01", "B", "不满意");
        fx.suggestion("D4", "JCY01", "2024-12-31", "2025-01-05", "A", "基本满意");
        fx.suggestion("D5", "JCY01", "2025-03-01", "2025-03-31", "D", "基本满意");
        fx.petition("X1", "FY01", "2025-01-01", "人大转交", "2025-02-01", "息诉罢访");
        fx.petition("X2", "FY01", "2025-03-31", "来信", null, "办理中");
        fx.petition("X3", "FY01", "2025-02-15", "人大转交", "2025-04-02", "依法终结");
        fx.petition("X4", "JCY01", "2025-03-10", null, "2025-03-31", "导入司法程序");
        fx.petition("X5", "GAJ01", "2024-12-31", "来访", "2025-01-10", "息诉罢访");
        fx.activity("A1", "2025-01-01", "明察暗访", "FY01");
        fx.activity("A2", "2025-03-31", "案件评查", "FY01");
        fx.activity("A3", "2025-02-01", "明察暗访", "JCY01");
        fx.activity("A4", "2025-02-20", "联席会议", null);
        fx.activity("A5", "2024-12-31", "执法检查", "GAJ01");
        fx.hearing("H1", "2025-01-01", "FY01", 3);
        fx.hearing("H2", "2025-03-31", "FY01", 5);
        fx.hearing("H3", "2025-04-01", "FY01", 2);
        fx.hearing("H4", "2025-02-14", "FY02", 4);
        fx.compute(d("2025-06-30"));
    }

    @Test
    void suggestions() {
        // FY01 Q1: 交办 D1 (01-01), D2 (03-31), D3 = 3
        fx.value(Q1, "FY01", "", "D01", 3);
        // D02 答复 ≤ 03-31: D1 only (D3 answered 04-01, D2 not answered) → 1/3
        fx.ratio(Q1, "FY01", "", "D02", 1, 3);
        // D03 办理结果 given: D1 A, D3 B (D2 blank excluded) → 1/2
        fx.ratio(Q1, "FY01", "", "D03", 1, 2);
        // D04 反馈 given: D1 满意, D3 不满意 → 1/2
        fx.ratio(Q1, "FY01", "", "D04", 1, 2);
        // JCY01 Q1: D5 only (D4 was assigned 2024-12-31); answered 03-31 (the end day) → 1/1; result D → 0/1
        fx.value(Q1, "JCY01", "", "D01", 1);
        fx.ratio(Q1, "JCY01", "", "D02", 1, 1);
        fx.ratio(Q1, "JCY01", "", "D03", 0, 1);
        fx.ratio(Q1, "JCY01", "", "D04", 1, 1);
        // ALL Q1: 4 assigned; answered D1, D5; results known 3 (D1 A, D3 B, D5 D); feedback known 3 (满意, 不满意, 基本满意)
        fx.value(Q1, "ALL", "", "D01", 4);
        fx.ratio(Q1, "ALL", "", "D02", 2, 4);
        fx.ratio(Q1, "ALL", "", "D03", 1, 3);
        fx.ratio(Q1, "ALL", "", "D04", 2, 3);
        // JCY01 2024Q4 (end 12-31): D4 answered 2025-01-05, after the end → 0/1 (a real 0)
        fx.ratio("2024Q4", "JCY01", "", "D02", 0, 1);
        // FY01 2024Q4: its first suggestion (D1) was assigned on 2025-01-01 → before the data, all empty (§5.1)
        for (String code : java.util.List.of("D01", "D02", "D03", "D04")) fx.noData("2024Q4", "FY01", "", code);
        // 2025H1 (end 06-30): D3's answer on 04-01 now counts → FY01 2/3
        fx.ratio("2025H1", "FY01", "", "D02", 2, 3);
        fx.noRow(Q1, "SFJ01", "", "D01");
    }

    @Test
    void petitions() {
        // FY01 Q1: X1 (01-01), X2 (03-31), X3 = 3
        fx.value(Q1, "FY01", "", "X01", 3);
        fx.ratio(Q1, "FY01", "", "X02", 1, 3);       // X1 办结 02-01; X3 办结 04-02 is after the end
        fx.ratio(Q1, "FY01", "", "X03", 2, 3);       // X1 息诉罢访, X3 依法终结
        fx.value(Q1, "FY01", "", "X04", 2);          // X1, X3 人大转交
        fx.value(Q1, "JCY01", "", "X01", 1);
        fx.ratio(Q1, "JCY01", "", "X02", 1, 1);      // 办结 03-31, the end day
        fx.ratio(Q1, "JCY01", "", "X03", 0, 1);      // 导入司法程序 is not 化解
        fx.value(Q1, "JCY01", "", "X04", 0);         // 来源 blank
        // GAJ01 Q1: X5 was received 2024-12-31 → nothing in Q1
        fx.value(Q1, "GAJ01", "", "X01", 0);
        fx.noValue(Q1, "GAJ01", "", "X02");
        fx.noValue(Q1, "GAJ01", "", "X03");
        fx.value(Q1, "GAJ01", "", "X04", 0);
        fx.value(Q1, "ALL", "", "X01", 4);
        fx.ratio(Q1, "ALL", "", "X02", 2, 4);
        fx.ratio(Q1, "ALL", "", "X03", 2, 4);
        fx.value(Q1, "ALL", "", "X04", 2);
        // GAJ01 2024Q4: X5 received on the last day, closed 2025-01-10 → not closed by the end
        fx.value("2024Q4", "GAJ01", "", "X01", 1);
        fx.ratio("2024Q4", "GAJ01", "", "X02", 0, 1);
    }

    @Test
    void activitiesAndHearings() {
        // A01 ALL Q1: A1 (01-01), A2 (03-31), A3, A4 = 4 (A5 is 2024-12-31); by 方式: 明察暗访 2, 案件评查 1, 联席会议 1
        fx.value(Q1, "ALL", "", "A01", 4);
        Map<String, Double> all = breakdown(Q1, "ALL", "A01");
        softly.assertThat(all.get("明察暗访")).isEqualTo(2.0);
        softly.assertThat(all.get("案件评查")).isEqualTo(1.0);
        softly.assertThat(all.get("联席会议")).isEqualTo(1.0);
        softly.assertThat(all.getOrDefault("执法检查", 0.0)).isEqualTo(0.0);
        fx.value(Q1, "FY01", "", "A01", 2);
        Map<String, Double> fy01 = breakdown(Q1, "FY01", "A01");
        softly.assertThat(fy01.get("明察暗访")).isEqualTo(1.0);
        softly.assertThat(fy01.get("案件评查")).isEqualTo(1.0);
        fx.value(Q1, "JCY01", "", "A01", 1);
        fx.value(Q1, "GAJ01", "", "A01", 0);
        fx.value("2024Q4", "GAJ01", "", "A01", 1);
        // A02/A03 Q1: H1 (01-01, 3), H2 (03-31, 5) at FY01; H4 (4) at FY02; H3 is 04-01
        fx.value(Q1, "FY01", "", "A02", 2);
        fx.value(Q1, "FY01", "", "A03", 8);          // 3 + 5
        fx.value(Q1, "FY02", "", "A02", 1);
        fx.value(Q1, "FY02", "", "A03", 4);
        fx.value(Q1, "ALL", "", "A02", 3);
        fx.value(Q1, "ALL", "", "A03", 12);          // 3 + 5 + 4
        fx.value("2025Q2", "FY01", "", "A02", 1);
        fx.value("2025Q2", "FY01", "", "A03", 2);
        fx.value("2025Q2", "FY02", "", "A02", 0);
        fx.value("2025Q2", "FY02", "", "A03", 0);
        fx.value("2025H1", "ALL", "", "A03", 14);    // 3 + 5 + 2 + 4
    }

    private Map<String, Double> breakdown(String period, String unit, String code) {
        Map<String, Double> m = new HashMap<>();
        for (IndicatorRepository.BreakdownRow r : fx.repo.breakdown(period, unit, code)) m.put(r.category(), r.value());
        return m;
    }
}
