package lianjian.indicators;

import static lianjian.indicators.IndicatorFixture.d;

import java.nio.file.Path;
import java.util.List;

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
 * 法院 C01–C16 (DOMAIN §5.2) on {@link CourtDataset}, computed as of 2025-06-30 (the last event date),
 * mostly in 2025Q1 = [2025-01-01, 2025-03-31]. Every expected value is worked out in the comments.
 */
@ExtendWith(SoftAssertionsExtension.class)
@ParameterizedClass
@EnumSource(Backend.class)
class CourtIndicatorsTest {

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
        fx = new IndicatorFixture(dir, backend);
    }

    private void loadAndCompute() {
        fx.with(softly);
        CourtDataset.load(fx);
        fx.compute(d("2025-06-30"));
    }

    @Test
    void fy01FiguresIn2025Q1() {
        loadAndCompute();
        // C01 立案 in [01-01, 03-31]: K1 (01-01, first day), K3, K5, K6, K7, K8, K9 (03-31, last day) = 7;
        //     K13 (2024-12-31) is one day before the quarter.
        fx.value(Q1, "FY01", "", "C01", 7);
        // C02 结案 in Q1: K1, K2 (03-31, last day), K3, K4, K5, K6, K7, K8, K13 (01-01, first day) = 9;
        //     K11 closes 04-01, the day after.
        fx.value(Q1, "FY01", "", "C02", 9);
        // C03 = C02 ÷ C01 = 9/7
        fx.ratio(Q1, "FY01", "", "C03", 9, 7);
        // C04 立案 ≤ 03-31 and (结案 blank or > 03-31): K9 (filed on the last day), K10, K11 (closed 04-01), K12 = 4
        fx.value(Q1, "FY01", "", "C04", 4);
        // C05 known: K1 computed 40 ≤ 90 是; K2 computed 157 > 90+60 否; K3 given 是; K4 given 否; K13 computed 1 ≤ 30 是.
        //     Unknown (no 是否审限内结案, no 法定审限天数): K5, K6, K7, K8 — not in the denominator. 3/5.
        fx.ratio(Q1, "FY01", "", "C05", 3, 5);
        // C06 mean of (结案 − 立案 − 扣除) over the 9 closed: 40+157+40+45+47+64+49+32+1 = 475 → 475/9
        fx.value(Q1, "FY01", "", "C06", 475.0 / 9);
        // C07 open at 03-31 and 03-31 − 立案 > 365: K10 (472) yes, K12 (366) yes, K11 (exactly 365) no, K9 (0) no = 2
        fx.value(Q1, "FY01", "", "C07", 2);
        softly.assertThat(fx.listKeys("C07", Q1, "FY01", "caseNo")).containsExactlyInAnyOrder("K10", "K12");
        // C08 = C07 ÷ C04 = 2/4
        fx.ratio(Q1, "FY01", "", "C08", 2, 4);
        // C09 一审 closed in Q1: K1, K2, K3, K5, K13 = 5 (K4 二审, K6–K8 执行); 上诉=是: K2 only
        //     (K5 blank counts in the denominator, never as 是) → 1/5
        fx.ratio(Q1, "FY01", "", "C09", 1, 5);
        // C10 = 1 − C09 on the same denominator = 4/5
        fx.ratio(Q1, "FY01", "", "C10", 4, 5);
        // C11 二审结果 ∈ {改判, 发回重审}: K2 改判 → 1/5
        fx.ratio(Q1, "FY01", "", "C11", 1, 5);
        // C12 民事 一审 closed: K1, K2, K5, K13 = 4; 调解/撤诉: K1 调解, K5 撤诉, K13 调解 = 3 → 3/4
        fx.ratio(Q1, "FY01", "", "C12", 3, 4);
        // C13 一审 判决 closed: K2 (当庭 是), K3 (当庭 否) → 1/2   (K4 判决 but 二审)
        fx.ratio(Q1, "FY01", "", "C13", 1, 2);
        // C14 执行 closed with both amounts: K6 100000/100000, K7 300000.50/50000.25 (K8 has no 到位 → left out)
        //     Σ到位 = 150000.25, Σ申请 = 400000.50
        fx.ratio(Q1, "FY01", "", "C14", 150000.25, 400000.50);
        // C15 执行 closed: K6, K7, K8 = 3; 执行完毕: K6 → 1/3
        fx.ratio(Q1, "FY01", "", "C15", 1, 3);
        // C16 closed with 信访投诉次数 > 0: K2 (2), K4 (1); blanks count as 0 → 2/9
        fx.ratio(Q1, "FY01", "", "C16", 2, 9);
    }

    @Test
    void countyFiguresIn2025Q1() {
        loadAndCompute();
        // ALL = FY01 + FY02 (K14: filed 01-02, closed 03-02, 59 days, 一审 民事 判决, 当庭 blank, 上诉 是, 发回重审, 信访 1)
        fx.value(Q1, "ALL", "", "C01", 8);          // 7 + 1
        fx.value(Q1, "ALL", "", "C02", 10);         // 9 + 1
        fx.ratio(Q1, "ALL", "", "C03", 10, 8);
        fx.value(Q1, "ALL", "", "C04", 4);          // K14 is closed by 03-31
        fx.ratio(Q1, "ALL", "", "C05", 4, 6);       // + K14 computed 59 ≤ 60+0 → 是
        fx.value(Q1, "ALL", "", "C06", 534.0 / 10); // 475 + 59 = 534 over 10
        fx.value(Q1, "ALL", "", "C07", 2);
        fx.ratio(Q1, "ALL", "", "C08", 2, 4);
        fx.ratio(Q1, "ALL", "", "C09", 2, 6);       // 一审 5 + 1; 上诉 K2, K14
        fx.ratio(Q1, "ALL", "", "C10", 4, 6);
        fx.ratio(Q1, "ALL", "", "C11", 2, 6);       // K2 改判, K14 发回重审
        fx.ratio(Q1, "ALL", "", "C12", 3, 5);       // 民事一审 4 + K14 (判决, not 调撤)
        fx.ratio(Q1, "ALL", "", "C13", 1, 3);       // 一审判决 K2, K3, K14; 当庭=是 only K2 (K14 blank ≠ 是)
        fx.ratio(Q1, "ALL", "", "C14", 150000.25, 400000.50);
        fx.ratio(Q1, "ALL", "", "C15", 1, 3);
        fx.ratio(Q1, "ALL", "", "C16", 3, 10);      // K2, K4, K14
    }

    @Test
    void denominatorZeroGivesNoValueAndEveryCourtHasRows() {
        loadAndCompute();
        // FY02 has only K14 in Q1.
        fx.value(Q1, "FY02", "", "C01", 1);
        fx.value(Q1, "FY02", "", "C04", 0);
        fx.value(Q1, "FY02", "", "C07", 0);
        fx.noValue(Q1, "FY02", "", "C08");          // 0 ÷ C04 = 0 ÷ 0 → no value, not 0
        fx.ratio(Q1, "FY02", "", "C12", 0, 1);      // a real 0: K14 was 判决
        fx.ratio(Q1, "FY02", "", "C13", 0, 1);      // 判决 with 当庭 blank: in the denominator, not 是
        fx.noValue(Q1, "FY02", "", "C14");          // no 执行 case
        fx.noValue(Q1, "FY02", "", "C15");
        fx.ratio(Q1, "FY02", "", "C10", 0, 1);      // 1 − 1/1
        // FY03 is a court without any case: §6 still gives it a row for every C indicator, and §5.1 leaves
        // them empty (本期无数据, not 0 件): the court has no case data at all.
        for (String code : List.of("C01", "C02", "C04", "C07")) fx.noData(Q1, "FY03", "", code);
        for (String code : List.of("C03", "C05", "C06", "C08", "C09", "C10", "C11", "C12", "C13", "C14", "C15", "C16")) {
            fx.noValue(Q1, "FY03", "", code);
        }
        // 2025Q2 for FY01: nothing filed (C01 = 0) but K11 (04-01) and K12 (06-30) closed → C03 = 2 ÷ 0: no value.
        fx.value("2025Q2", "FY01", "", "C01", 0);
        fx.value("2025Q2", "FY01", "", "C02", 2);
        fx.noValue("2025Q2", "FY01", "", "C03");
        // C family is for 法院 only: no C rows for the 检察院 or 公安局.
        fx.noRow(Q1, "JCY01", "", "C01");
        fx.noRow(Q1, "GAJ01", "", "C01");
    }

    @Test
    void halfYearAndYearBoundaries() {
        loadAndCompute();
        // K13 is filed on 2024-12-31 (last day of 2024 / 2024H2) and closed on 2025-01-01 (first day of 2025 / 2025H1);
        // K15 closes on 2024-12-31; K12 closes on 2025-06-30 (last day of 2025H1).
        // 2024H2 = [07-01, 12-31]: 立案 K2, K4, K13, K15 = 4; 结案 K15 = 1;
        //     open at 12-31: K2, K4, K13 (closes 01-01), K10, K11, K12 = 6
        fx.value("2024H2", "FY01", "", "C01", 4);
        fx.value("2024H2", "FY01", "", "C02", 1);
        fx.value("2024H2", "FY01", "", "C04", 6);
        // 2024 = [01-01, 12-31]: 立案 K2, K4, K11, K12, K13, K15 = 6; 结案 K15 = 1
        fx.value("2024", "FY01", "", "C01", 6);
        fx.value("2024", "FY01", "", "C02", 1);
        // C07 at 2024-12-31: K10 (2023-12-15 → 382 days) only
        fx.value("2024", "FY01", "", "C07", 1);
        // 2024H1 = [01-01, 06-30] ends before FY01's first closing (K15, 2024-12-31), where its reporting
        // begins (§5.1): every C figure of 2024H1 is empty, although K11 and K12 were filed in it.
        fx.noData("2024H1", "FY01", "", "C03");
        fx.noData("2024H1", "FY01", "", "C01");
        // 2024H2 ends on that first closing: computed (C01 = 4 below).
        // 2025H1 = [01-01, 06-30]: 立案 7 (as Q1); 结案 the 9 of Q1 + K11 (04-01) + K12 (06-30) = 11;
        //     open at 06-30: K9, K10 = 2 (K12 closed on the end day); C07: K10 only (K9 is 91 days old)
        fx.value("2025H1", "FY01", "", "C01", 7);
        fx.value("2025H1", "FY01", "", "C02", 11);
        fx.value("2025H1", "FY01", "", "C04", 2);
        fx.value("2025H1", "FY01", "", "C07", 1);
        // The year 2025 as of 2025-06-30 is the same as 2025H1
        fx.value("2025", "FY01", "", "C02", 11);
        fx.ratio("2025", "FY01", "", "C03", 11, 7);
    }

    @Test
    void withinLimitGivenComputedOrUnknown() {
        fx.with(softly);
        fx.unit("FY01", "示例县人民法院", "法院");
        // All filed 2025-01-01. Days: →01-11 = 10, →03-01 = 59, →03-02 = 60, →03-03 = 61.
        // W1 59 days, 法定 30, given 是        → 是 (given wins over the computation 59 > 30)
        fx.courtCase("W1", "FY01", null, "民事", "一审", "2025-01-01", "2025-03-01").set("statutory_days", 30)
                .set("within_limit", true).insert();
        // W2 10 days, 法定 30, given 否        → 否 (given wins over 10 ≤ 30)
        fx.courtCase("W2", "FY01", null, "民事", "一审", "2025-01-01", "2025-01-11").set("statutory_days", 30)
                .set("within_limit", false).insert();
        // W3 59 days, 法定 30 + 延长 30, 扣除 blank (= 0): 59 ≤ 60 → 是
        fx.courtCase("W3", "FY01", null, "民事", "一审", "2025-01-01", "2025-03-01").set("statutory_days", 30)
                .set("extended_days", 30).insert();
        // W4 60 days, 30 + 30: 60 ≤ 60 → 是 (boundary)
        fx.courtCase("W4", "FY01", null, "民事", "一审", "2025-01-01", "2025-03-02").set("statutory_days", 30)
                .set("extended_days", 30).insert();
        // W5 61 days, 30 + 30: 61 > 60 → 否
        fx.courtCase("W5", "FY01", null, "民事", "一审", "2025-01-01", "2025-03-03").set("statutory_days", 30)
                .set("extended_days", 30).insert();
        // W6 61 − 扣除 31 = 30 days, 法定 30, 延长 blank (= 0): 30 ≤ 30 → 是
        fx.courtCase("W6", "FY01", null, "民事", "一审", "2025-01-01", "2025-03-03").set("statutory_days", 30)
                .set("deducted_days", 31).insert();
        // W7 61 days, no 法定审限天数 (延长 alone does not help), nothing given → unknown, not in the denominator
        fx.courtCase("W7", "FY01", null, "民事", "一审", "2025-01-01", "2025-03-03").set("extended_days", 100).insert();
        // W8 still open: not closed in Q1, not in C05 at all
        fx.courtCase("W8", "FY01", null, "民事", "一审", "2025-01-01", null).set("statutory_days", 10).insert();
        fx.compute(d("2025-03-31"));
        // C05 = #{是: W1, W3, W4, W6} ÷ #{known: W1–W6} = 4/6
        fx.ratio(Q1, "FY01", "", "C05", 4, 6);
        // C06 = (59 + 10 + 59 + 60 + 61 + 30 + 61) / 7 = 340/7
        fx.value(Q1, "FY01", "", "C06", 340.0 / 7);
        fx.value(Q1, "FY01", "", "C02", 7);
        fx.value(Q1, "FY01", "", "C04", 1);
    }

    @Test
    void c14SumsTheAmountsUnrounded() {
        fx.with(softly);
        fx.unit("FY01", "示例县人民法院", "法院");
        fx.unit("FY02", "示例县第二人民法院", "法院");
        // E1 执行 closed in Q1 with both amounts: 申请 10000, 到位 3333.333 (an amount in 元 with three decimals)
        fx.courtCase("E1", "FY01", null, "执行", "执行", "2025-01-05", "2025-02-05").set("exec_applied", 10000.0)
                .set("exec_recovered", 3333.333).insert();
        // E2 only 申请, E3 only 到位 → left out of both sums
        fx.courtCase("E2", "FY01", null, "执行", "执行", "2025-01-05", "2025-02-05").set("exec_applied", 5000.0).insert();
        fx.courtCase("E3", "FY01", null, "执行", "执行", "2025-01-05", "2025-02-05").set("exec_recovered", 100.0).insert();
        // E4 has both amounts but is 民事, not 执行 → left out
        fx.courtCase("E4", "FY01", null, "民事", "一审", "2025-01-05", "2025-02-05").set("exec_applied", 100.0)
                .set("exec_recovered", 100.0).insert();
        // E5 执行 with both amounts, closed in Q2 → not in Q1
        fx.courtCase("E5", "FY01", null, "执行", "执行", "2025-01-05", "2025-04-05").set("exec_applied", 100.0)
                .set("exec_recovered", 0.0).insert();
        // F1 (FY02) 执行 with 申请 0 and 到位 0 → Σ申请 = 0 → no value
        fx.courtCase("F1", "FY02", null, "执行", "执行", "2025-01-05", "2025-02-05").set("exec_applied", 0.0)
                .set("exec_recovered", 0.0).insert();
        fx.compute(d("2025-06-30"));
        // FY01 Q1: Σ到位 = 3333.333, Σ申请 = 10000 → 0.3333333 (unrounded, §5.1: rounding is for display only)
        fx.ratio(Q1, "FY01", "", "C14", 3333.333, 10000);
        fx.noValue(Q1, "FY02", "", "C14");
        // FY01 Q2: E5 → 0 ÷ 100 = 0 (a real 0)
        fx.ratio("2025Q2", "FY01", "", "C14", 0, 100);
        // C15 FY01 Q1: 执行 closed E1, E2, E3, none 执行完毕 → 0/3
        fx.ratio(Q1, "FY01", "", "C15", 0, 3);
    }

    @Test
    void perPersonRows() {
        loadAndCompute();
        // §6: a person gets C rows in a period when they have a case received, closed or open at its end.
        // 2025Q1: J1 (K1, K2, K5, K8, K9, K13), J2 (K3, K4, K6, K7, K11, K12), J3 (K14), J5 (K10 open only).
        // J4's only case K15 closed 2024-12-31 → no 2025Q1 rows; P1 has no case → no rows.
        softly.assertThat(fx.repo.personsWithFigures(Q1)).containsExactlyInAnyOrder("J1", "J2", "J3", "J5");
        fx.noRow(Q1, "FY01", "J4", "C01");
        fx.noRow(Q1, "JCY01", "P1", "C01");

        // J1 (unit FY01):
        fx.value(Q1, "FY01", "J1", "C01", 4);              // K1, K5, K8, K9
        fx.value(Q1, "FY01", "J1", "C02", 5);              // K1, K2, K5, K8, K13
        fx.ratio(Q1, "FY01", "J1", "C03", 5, 4);
        fx.value(Q1, "FY01", "J1", "C04", 1);              // K9
        fx.ratio(Q1, "FY01", "J1", "C05", 2, 3);           // K1 是, K2 否, K13 是 (K5, K8 unknown)
        fx.value(Q1, "FY01", "J1", "C06", 277.0 / 5);      // 40 + 157 + 47 + 32 + 1 = 277
        fx.value(Q1, "FY01", "J1", "C07", 0);
        fx.ratio(Q1, "FY01", "J1", "C08", 0, 1);
        fx.ratio(Q1, "FY01", "J1", "C09", 1, 4);           // 一审 K1, K2, K5, K13; 上诉 K2
        fx.ratio(Q1, "FY01", "J1", "C12", 3, 4);           // 调撤 K1, K5, K13
        fx.ratio(Q1, "FY01", "J1", "C13", 1, 1);           // K2 判决 当庭
        fx.noValue(Q1, "FY01", "J1", "C14");               // K8 lacks 实际到位金额 → no amounts → no value
        fx.ratio(Q1, "FY01", "J1", "C15", 0, 1);           // K8 终本
        fx.ratio(Q1, "FY01", "J1", "C16", 1, 5);           // K2
        // J2 (unit FY01):
        fx.value(Q1, "FY01", "J2", "C01", 3);              // K3, K6, K7
        fx.value(Q1, "FY01", "J2", "C02", 4);              // K3, K4, K6, K7
        fx.value(Q1, "FY01", "J2", "C04", 2);              // K11, K12
        fx.value(Q1, "FY01", "J2", "C07", 1);              // K12
        fx.ratio(Q1, "FY01", "J2", "C05", 1, 2);           // K3 是, K4 否
        fx.value(Q1, "FY01", "J2", "C06", 198.0 / 4);      // 40 + 45 + 64 + 49 = 198
        fx.noValue(Q1, "FY01", "J2", "C12");               // no 民事一审 closed (K3 刑事, K4 二审)
        fx.ratio(Q1, "FY01", "J2", "C14", 150000.25, 400000.50);
        fx.ratio(Q1, "FY01", "J2", "C15", 1, 2);
        fx.ratio(Q1, "FY01", "J2", "C16", 1, 4);           // K4
        // J5: only an open case, filed 2023-12-15 (472 days at 03-31)
        fx.value(Q1, "FY01", "J5", "C01", 0);
        fx.value(Q1, "FY01", "J5", "C02", 0);
        fx.noValue(Q1, "FY01", "J5", "C03");               // 0 ÷ 0
        fx.value(Q1, "FY01", "J5", "C04", 1);
        fx.value(Q1, "FY01", "J5", "C07", 1);
        fx.ratio(Q1, "FY01", "J5", "C08", 1, 1);
        fx.noValue(Q1, "FY01", "J5", "C05");
        fx.noValue(Q1, "FY01", "J5", "C06");
        // J3's row is under his own unit FY02, not FY01.
        fx.value(Q1, "FY02", "J3", "C01", 1);
        fx.ratio(Q1, "FY02", "J3", "C05", 1, 1);
        fx.noRow(Q1, "FY01", "J3", "C01");
        // Judges get no J (procuratorate) rows.
        fx.noRow(Q1, "FY01", "J1", "J01");
        // J4 has rows in 2024Q4: K15 filed 11-01 and closed 12-31 (last day of the quarter).
        fx.value("2024Q4", "FY01", "J4", "C01", 1);
        fx.value("2024Q4", "FY01", "J4", "C02", 1);
    }

    @Test
    void asOfInsideAQuarterCapsItsEnd() {
        fx.with(softly);
        CourtDataset.load(fx);
        fx.compute(d("2025-02-15"));
        // 2025Q1 = [2025-01-01, 2025-02-15]; 2025Q2 starts after the as-of date → not computed.
        IndicatorRepository.PeriodRow q1 = fx.repo.period(Q1).orElseThrow();
        softly.assertThat(q1.start()).isEqualTo(d("2025-01-01"));
        softly.assertThat(q1.end()).isEqualTo(d("2025-02-15"));
        softly.assertThat(fx.repo.period("2025H1").map(IndicatorRepository.PeriodRow::end)).contains(d("2025-02-15"));
        softly.assertThat(fx.repo.period("2025").map(IndicatorRepository.PeriodRow::end)).contains(d("2025-02-15"));
        softly.assertThat(fx.repo.period("2025Q2")).isEmpty();
        fx.noRow("2025Q2", "FY01", "", "C01");
        // C01 立案 in [01-01, 02-15]: K1, K3, K5 (02-01), K6, K7, K8 (02-01) = 6 (K9 filed 03-31 is later)
        fx.value(Q1, "FY01", "", "C01", 6);
        // C02 结案 in [01-01, 02-15]: K1 (02-10), K4 (01-15), K13 (01-01) = 3
        fx.value(Q1, "FY01", "", "C02", 3);
        // C04 open at 02-15: K2, K3, K5, K6, K7, K8 (all close after 02-15), K10, K11, K12 = 9
        fx.value(Q1, "FY01", "", "C04", 9);
        // C07 at 02-15: K10 2023-12-15 → 2025-02-15 = 428 > 365; K11 321, K12 322 no → 1
        fx.value(Q1, "FY01", "", "C07", 1);
        fx.ratio(Q1, "FY01", "", "C08", 1, 9);
        // C05: K1 computed 是, K4 given 否, K13 computed 是 → 2/3
        fx.ratio(Q1, "FY01", "", "C05", 2, 3);
        // ALL C04 adds K14 (filed 01-02, closes 03-02) = 10
        fx.value(Q1, "ALL", "", "C04", 10);
        // The year 2025 is also as of 02-15: the same counts as the quarter.
        fx.value("2025", "FY01", "", "C01", 6);
    }
}
