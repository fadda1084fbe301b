package lianjian.indicators;

import static lianjian.indicators.IndicatorFixture.d;

import java.nio.file.Path;
import java.time.LocalDate;

import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import lianjian.testsupport.TestWorkbook;
import lianjian.testsupport.Backend;

/**
 * The realistic path: small workbooks imported through the harness (synonym headers, names instead of
 * 人员编号, half-width brackets in 案号, text dates and amounts), then the indicators of 2025Q1.
 * Reference data from {@code ImportHarness.loadReferenceData()}: FY01 法院, JCY01 检察院, GAJ01, SFJ01;
 * P001 张明, P002 李华, P003 王芳, P004 王芳 (all FY01 法官, 员额 blank or 是), P101 赵强 (JCY01 检察官).
 */
@ExtendWith(SoftAssertionsExtension.class)
@ParameterizedClass
@EnumSource(Backend.class)
class ImportedWorkbooksIndicatorsTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    @InjectSoftAssertions
    SoftAssertions softly;

    @Test
    void importedDataGivesTheHandComputedFigures() throws Exception {
        IndicatorFixture fx = new IndicatorFixture(dir, backend).with(softly);
        fx.h.loadReferenceData();
        // case1 民初1号: 承办单位 blank → the only court FY01; 张明 → P001; 01-06 → 02-05 = 30 days ≤ 法定 90 → 是
        // case2 民初2号: 县法院 (alias); 李华 → P002; 01-10 → 03-31 = 80 − 扣除 5 = 75 > 法定 30 → 否; 判决, 当庭 是, 上诉 否
        // case3 执1号 (half-width brackets): 承办人编号 P001; 02-01 → 03-15 = 42 days; 执行完毕; 1,000,000 / 600,000.50
        TestWorkbook.create().sheet("法院案件")
                .row("案号", "承办单位", "案件类型", "审判程序", "立案日期", "结案日期", "承办法官", "承办人编号", "法定审限",
                        "扣除审限天数", "结案方式", "是否当庭宣判", "是否上诉", "申请执行标的金额", "实际到位金额")
                .row("（2025）示0123民初1号", null, "民事", "一审", LocalDate.of(2025, 1, 6), "2025-02-05", "张明", null, 90,
                        null, "调解", null, null, null, null)
                .row("（2025）示0123民初2号", "县法院", "民事案件", "第一审", "2025/1/10", "2025年3月31日", "李华", null, 30,
                        "5", "判决", "是", "否", null, null)
                .row("(2025)示0123执1号", "FY01", "执行", "执行", "20250201", LocalDate.of(2025, 3, 15), null, "P001", null,
                        null, "执行完毕", null, null, "1,000,000", "600,000.50")
                .writeXlsx(fx.h.inbox("法院案件.xlsx"));
        fx.h.runImport();
        // RV1: 案号 with half-width brackets → the known case2 → FY01 / P002
        // RV2: unknown 案号 (warning) → the review's own 承办单位 县检察院 = JCY01 and 承办人 赵强 = P101
        TestWorkbook.create().sheet("案件评查")
                .row("评查编号", "案号", "评查日期", "评查等次", "评查得分", "承办单位", "承办人")
                .row("RV1", "(2025)示0123民初2号", LocalDate.of(2025, 3, 31), "合格", 88, null, null)
                .row("RV2", "（2025）示0123刑初99号", "2025-02-01", "不合格案件", 55, "县检察院", "赵强")
                .writeXlsx(fx.h.inbox("评查.xlsx"));
        TestWorkbook.create().sheet("满意度调查")
                .row("调查编号", "被评单位", "调查开始日期", "调查结束日期", "调查对象", "非常满意", "比较满意", "不满意", "不了解")
                .row("SV1", "示例县公安局", "2025-01-01", "2025-03-31", "人民群众", 30, 10, 10, 50)
                .writeXlsx(fx.h.inbox("满意度.xlsx"));
        TestWorkbook.create().sheet("履职评议")
                .row("评议编号", "人员编号", "评议日期", "评议结果")
                .row("EV1", "P001", "2025-03-01", "满意")
                .writeXlsx(fx.h.inbox("评议.xlsx"));
        fx.h.runImport();
        softly.assertThat(fx.h.db.count("SELECT COUNT(*) FROM court_case")).isEqualTo(3);
        softly.assertThat(fx.h.db.count("SELECT COUNT(*) FROM case_review")).isEqualTo(2);
        softly.assertThat(fx.h.db.count("SELECT COUNT(*) FROM survey")).isEqualTo(1);
        softly.assertThat(fx.h.db.count("SELECT COUNT(*) FROM evaluation")).isEqualTo(1);

        fx.compute(d("2025-03-31"));
        String q1 = "2025Q1";
        fx.value(q1, "FY01", "", "C01", 3);
        fx.value(q1, "FY01", "", "C02", 3);
        fx.ratio(q1, "FY01", "", "C03", 3, 3);
        fx.value(q1, "FY01", "", "C04", 0);
        fx.ratio(q1, "FY01", "", "C05", 1, 2);                 // case1 是, case2 否, case3 unknown
        fx.value(q1, "FY01", "", "C06", (30 + 75 + 42) / 3.0);  // 147/3 = 49
        fx.ratio(q1, "FY01", "", "C09", 0, 2);                 // case1 上诉 blank, case2 否
        fx.ratio(q1, "FY01", "", "C12", 1, 2);                 // case1 调解
        fx.ratio(q1, "FY01", "", "C13", 1, 1);                 // case2 判决 当庭
        fx.ratio(q1, "FY01", "", "C14", 600000.50, 1000000);
        fx.ratio(q1, "FY01", "", "C15", 1, 1);
        fx.value(q1, "FY01", "P001", "C01", 2);                // case1, case3
        fx.value(q1, "FY01", "P002", "C01", 1);
        fx.ratio(q1, "FY01", "P002", "C05", 0, 1);
        // Reviews
        fx.value(q1, "FY01", "", "R01", 1);
        fx.value(q1, "FY01", "", "R06", 88);
        fx.value(q1, "FY01", "P002", "R01", 1);
        fx.value(q1, "JCY01", "", "R01", 1);
        fx.ratio(q1, "JCY01", "", "R05", 1, 1);
        fx.value(q1, "JCY01", "P101", "R01", 1);
        fx.value(q1, "ALL", "", "R01", 2);
        fx.ratio(q1, "ALL", "", "R02", 1, 2);
        // Satisfaction: GAJ01 (30, 10, 10; 不了解 50 excluded): S01 50, S02 40/50, S03 (3000 + 600)/50 = 72
        fx.value(q1, "GAJ01", "", "S01", 50);
        fx.ratio(q1, "GAJ01", "", "S02", 40, 50);
        fx.ratio(q1, "GAJ01", "", "S03", 3600, 50);
        // Coverage at 03-31: 法官 P001–P004 and 检察官 P101 in scope = 5; evaluated P001 = 1
        fx.value(q1, "ALL", "", "E01", 5);
        fx.value(q1, "ALL", "", "E02", 1);
        fx.value(q1, "FY01", "", "E01", 4);
        fx.ratio(q1, "FY01", "", "E03", 1, 4);
        fx.value(q1, "JCY01", "", "E04", 1);
    }
}
