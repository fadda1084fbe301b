package lianjian.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import lianjian.supervision.FollowUpLevel;
import lianjian.supervision.SupervisionRepository;
import lianjian.supervision.SupervisionRepository.FollowUpItem;

/**
 * Supervision follow-up (DOMAIN §5.8a, §6 lists.csv / warnings.csv, §8.3–§8.5), as of 2025-03-31
 * (2025Q1 = [01-01, 03-31]), with the default settings: 答复 within 90 days, 办结 within 60, escalation
 * at [30, 90] overdue days, stale after 45 days. Every expected value is worked out by hand below.
 *
 * <pre>
 * court cases (FY01)   承办 立案        结案        法定 延长 扣除   at 03-31
 * K0                   J1  2024-01-02 2024-02-01  .    .    .      (30 days; FY01's first closing is K10)
 * K1                   J1  2025-01-01 open        89   .    .      89 − 89 = 0 → within
 * K2                   J1  2024-12-31 open        89   .    .      90 − 89 = 1 → C17, 1 day
 * K3                   J2  2024-12-01 open        90   20   10     120 − 10 − 110 = 0 → within
 * K4                   J2  2024-11-28 open        90   20   10     123 − 10 − 110 = 3 → C17, 3 days
 * K5                   J2  2024-10-01 2025-03-31  30   .    .      closed on the end day → not open
 * K6                   J1  2024-01-01 open        .    .    .      no 法定审限 → never C17; C07 (455 days)
 * K7                   J1  2024-07-01 2024-07-11                   C06 2024Q3 = 10
 * K8                   J1  2024-10-01 2024-10-21                   C06 2024Q4 = 20
 * K9                   J1  2025-01-01 2025-01-31                   C06 2025Q1 = (30 + K5 181) / 2 = 105.5
 * K10                  J2  2023-06-01 2023-12-01                   (reviewed, for E11)
 * </pre>
 */
@ExtendWith(SoftAssertionsExtension.class)
class SupervisionFollowUpTest {

    static final String Q1 = "2025Q1";
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    @TempDir
    Path dir;
    @InjectSoftAssertions
    SoftAssertions softly;
    IndicatorFixture fx;

    @BeforeEach
    void setUp() {
        fx = new IndicatorFixture(dir).with(softly);
        fx.standardUnits();
        fx.unit("JCY02", "示例县第二人民检察院", "检察院");
        fx.person("J1", "张明", "FY01", "法官", null, "2018-01-01", null);
        fx.person("J2", "李华", "FY01", "法官", null, "2018-01-01", null);
        fx.courtCase("K0", "FY01", "J1", "民事", "一审", "2024-01-02", "2024-02-01").insert();
        fx.courtCase("K1", "FY01", "J1", "民事", "一审", "2025-01-01", null).set("statutory_days", 89).insert();
        fx.courtCase("K2", "FY01", "J1", "民事", "一审", "2024-12-31", null).set("statutory_days", 89).insert();
        fx.courtCase("K3", "FY01", "J2", "民事", "一审", "2024-12-01", null).set("statutory_days", 90)
                .set("extended_days", 20).set("deducted_days", 10).insert();
        fx.courtCase("K4", "FY01", "J2", "民事", "一审", "2024-11-28", null).set("statutory_days", 90)
                .set("extended_days", 20).set("deducted_days", 10).insert();
        fx.courtCase("K5", "FY01", "J2", "民事", "一审", "2024-10-01", "2025-03-31").set("statutory_days", 30).insert();
        fx.courtCase("K6", "FY01", "J1", "民事", "一审", "2024-01-01", null).insert();
        fx.courtCase("K7", "FY01", "J1", "民事", "一审", "2024-07-01", "2024-07-11").insert();
        fx.courtCase("K8", "FY01", "J1", "民事", "一审", "2024-10-01", "2024-10-21").insert();
        fx.courtCase("K9", "FY01", "J1", "民事", "一审", "2025-01-01", "2025-01-31").insert();
        fx.courtCase("K10", "FY01", "J2", "民事", "一审", "2023-06-01", "2023-12-01").insert();
    }

    @Test
    void overTheTimeLimitExactlyAtTheLimitAndOneDayOver() {
        fx.compute(AS_OF);
        // C17 at 03-31: K2 (1 day over) and K4 (3 days over); K1 and K3 exactly at their limit; K5 closed on the
        // end day; K6 has no 法定审限天数.
        fx.value(Q1, "FY01", "", "C17", 2);
        fx.value(Q1, "ALL", "", "C17", 2);
        fx.value(Q1, "FY01", "J1", "C17", 1);
        fx.value(Q1, "FY01", "J2", "C17", 1);
        softly.assertThat(days(ListCode.C17, Q1, "FY01")).containsExactlyInAnyOrderEntriesOf(Map.of("K2", 1L, "K4", 3L));
        // At 2024-12-31: K2 filed that day (0 days), K4 33 − 10 = 23 days of 110; K5, still open then, 91 days
        // (2024-10-01 → 12-31) of 30 → 61 days over.
        fx.value("2024Q4", "FY01", "", "C17", 1);
        softly.assertThat(days(ListCode.C17, "2024Q4", "FY01")).containsExactlyEntriesOf(Map.of("K5", 61L));
        // C07 at 03-31: K6 open 455 days (2024-01-01 → 2025-03-31 = 366 + 89).
        softly.assertThat(days(ListCode.C07, Q1, "FY01")).containsExactlyEntriesOf(Map.of("K6", 455L));
        StoredItemCheck.person(fx, softly, ListCode.C17, Q1, "K2", "J1", "张明", "2024-12-31");
    }

    @Test
    void suggestionsAndPetitionsOverdueAtTheirLimitAndOneDayOver() {
        fx.suggestion("S1", "FY01", "2024-12-31", null, null, null);      // 90 days: at the limit
        fx.suggestion("S2", "FY01", "2024-12-30", null, null, null);      // 91 days: 1 day over
        fx.suggestion("S3", "FY01", "2024-11-01", "2025-04-02", null, null); // answered after the end: 150 − 90 = 60
        fx.suggestion("S4", "FY01", "2024-11-01", "2025-03-31", null, null); // answered on the end day
        fx.petition("X1", "GAJ01", "2025-01-30", "来信", null, null);       // 60 days: at the limit
        fx.petition("X2", "GAJ01", "2025-01-29", "来信", null, null);       // 61 days: 1 day over
        fx.petition("X3", "GAJ01", "2025-01-01", "来信", "2025-03-31", "息诉罢访"); // closed on the end day
        fx.compute(AS_OF);
        fx.value(Q1, "FY01", "", "D05", 2);
        fx.value(Q1, "ALL", "", "D05", 2);
        softly.assertThat(days(ListCode.D05, Q1, "FY01")).containsExactlyInAnyOrderEntriesOf(Map.of("S2", 1L, "S3", 60L));
        fx.value(Q1, "GAJ01", "", "X05", 1);
        softly.assertThat(days(ListCode.X05, Q1, "GAJ01")).containsExactlyEntriesOf(Map.of("X2", 1L));
        // The same deadlines with other settings: 答复 within 30 days makes S1 (90 − 30 = 60) overdue too.
        fx.properties.getSupervision().setSuggestionReplyDays(30);
        fx.compute(AS_OF);
        softly.assertThat(days(ListCode.D05, Q1, "FY01")).containsEntry("S1", 60L).containsEntry("S2", 61L);
    }

    @Test
    void followUpLevelsAtTheEscalationBoundaries() {
        // overdue days at 03-31: P1 30, P2 31, P3 90, P4 91; P5 共性问题 31, P6 共性问题 30; due soon: P7 10 days
        // left, P8 11, P9 20, P10 21 (not listed).
        fx.problem("P1", "FY01", "2024-12-01", "2025-03-01", "整改中", null);
        fx.problem("P2", "FY01", "2024-12-01", "2025-02-28", "整改中", null);
        fx.problem("P3", "FY01", "2024-12-01", "2024-12-31", "整改中", null);
        fx.problem("P4", "FY01", "2024-12-01", "2024-12-30", "整改中", null);
        fx.row("problem").set("problem_no", "P5").set("found_on", "2024-12-01").set("source", "案件评查").set("unit_code", "FY01")
                .set("description", "共性问题P5").set("deadline", "2025-02-28").set("status", "整改中").set("common_issue", 1).insert();
        fx.row("problem").set("problem_no", "P6").set("found_on", "2024-12-01").set("source", "案件评查").set("unit_code", "FY01")
                .set("description", "共性问题P6").set("deadline", "2025-03-01").set("status", "整改中").set("common_issue", 1).insert();
        fx.problem("P7", "SFJ01", "2025-03-01", "2025-04-10", "整改中", null);
        fx.problem("P8", "SFJ01", "2025-03-01", "2025-04-11", "整改中", null);
        fx.problem("P9", "SFJ01", "2025-03-01", "2025-04-20", "整改中", null);
        fx.problem("P10", "SFJ01", "2025-03-01", "2025-04-21", "整改中", null);
        fx.problem("P11", "FY01", "2024-12-01", "2025-01-31", "已整改", "2025-03-31"); // done on the as-of date
        fx.compute(AS_OF);
        Map<String, FollowUpItem> items = new SupervisionRepository(fx.jdbc).followUpItems().stream()
                .collect(Collectors.toMap(FollowUpItem::key, i -> i));
        softly.assertThat(items.keySet()).containsExactlyInAnyOrder("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9");
        level(items, "P1", 30, FollowUpLevel.GENERAL);
        level(items, "P2", 31, FollowUpLevel.PRIORITY);
        level(items, "P3", 90, FollowUpLevel.PRIORITY);
        level(items, "P4", 91, FollowUpLevel.SPECIAL_REPORT);
        level(items, "P5", 31, FollowUpLevel.SPECIAL_REPORT);   // a 共性问题 overdue more than 30 days
        level(items, "P6", 30, FollowUpLevel.GENERAL);
        softly.assertThat(items.get("P7").source()).isEqualTo("Z06A");
        softly.assertThat(items.get("P7").days()).isEqualTo(10);
        softly.assertThat(items.get("P8").source()).isEqualTo("Z06B");
        softly.assertThat(items.get("P9").source()).isEqualTo("Z06B");
        softly.assertThat(items.get("P9").level()).isNull();
        // The period's lists say the same: Z04 with its overdue days, Z06A / Z06B with the days left.
        softly.assertThat(days(ListCode.Z04, Q1, "FY01")).containsExactlyInAnyOrderEntriesOf(
                Map.of("P1", 30L, "P2", 31L, "P3", 90L, "P4", 91L, "P5", 31L, "P6", 30L));
        softly.assertThat(days(ListCode.Z06A, Q1, "SFJ01")).containsExactlyEntriesOf(Map.of("P7", 10L));
        softly.assertThat(days(ListCode.Z06B, Q1, "SFJ01")).containsExactlyInAnyOrderEntriesOf(Map.of("P8", 11L, "P9", 20L));
        // Pure rule: [30, 90] → 30 一般, 31 重点, 90 重点, 91 专题, 共性 31 专题.
        softly.assertThat(FollowUpLevel.of(30, false, List.of(30, 90))).isEqualTo(FollowUpLevel.GENERAL);
        softly.assertThat(FollowUpLevel.of(31, true, List.of(30, 90))).isEqualTo(FollowUpLevel.SPECIAL_REPORT);
    }

    @Test
    void planItemsDoneOnTheirDeadlineAndOverdueOnes() {
        // 计划完成日期 in 2025Q1: A1 (FY01, done on its deadline 02-28), A2 (FY01, done 03-31 = the end),
        // A3 (no 对象单位, not done, due 03-01 → 30 days overdue), A4 (JCY01, done 04-01, after the end).
        // A5 (GAJ01) is due 2025-04-30, after Q1: not counted in A04, not overdue.
        plan("A1", "FY01", "2025-02-28", "2025-02-28");
        plan("A2", "FY01", "2025-03-31", "2025-03-31");
        plan("A3", null, "2025-03-01", null);
        plan("A4", "JCY01", "2025-01-31", "2025-04-01");
        plan("A5", "GAJ01", "2025-04-30", null);
        fx.compute(AS_OF);
        fx.value(Q1, "ALL", "", "A04", 4);
        fx.ratio(Q1, "ALL", "", "A05", 2, 4);                     // A1, A2 done by 03-31
        fx.value(Q1, "ALL", "", "A06", 2);                        // A3 (30 days), A4 (59 days: 01-31 → 03-31)
        fx.ratio(Q1, "FY01", "", "A05", 2, 2);
        fx.value(Q1, "FY01", "", "A06", 0);                       // A2 is due on the end day, not before it
        fx.ratio(Q1, "JCY01", "", "A05", 0, 1);
        fx.value(Q1, "JCY01", "", "A06", 1);
        fx.noData(Q1, "GAJ01", "", "A04");                        // its first 计划完成日期 is after Q1 (§5.1)
        softly.assertThat(days(ListCode.A06, Q1, "ALL")).containsExactlyInAnyOrderEntriesOf(Map.of("A3", 30L, "A4", 59L));
        softly.assertThat(fx.repo.items(ListCode.A06, Q1, null)).filteredOn(i -> i.key().equals("A3"))
                .extracting(IndicatorRepository.StoredItem::unitCode).containsExactly("ALL");
        Map<String, FollowUpItem> items = new SupervisionRepository(fx.jdbc).followUpItems().stream()
                .filter(i -> i.source().equals("A06")).collect(Collectors.toMap(FollowUpItem::key, i -> i));
        softly.assertThat(items.keySet()).containsExactlyInAnyOrder("A3", "A4");
        softly.assertThat(items.get("A4").level()).isEqualTo(FollowUpLevel.PRIORITY);
        softly.assertThat(items.get("A3").unitCode()).isEqualTo("ALL");
    }

    private void plan(String no, String unit, String due, String done) {
        fx.row("supervision_plan").set("plan_no", no).set("plan_year", 2025).set("subject", "事项" + no)
                .set("unit_code", unit).set("due_on", due).set("done_on", done).insert();
    }

    @Test
    void warningsOfTheThreeRules() {
        fx.reference("C06", 0, 200);                      // a configured interval: 达标 throughout, never 示例
        fx.problem("P1", "FY01", "2024-12-01", "2025-03-01", "整改中", null);
        fx.compute(AS_OF);
        List<IndicatorRepository.Warning> w = fx.repo.warnings();
        // 连续变差 across the year boundary: C06 (↓) FY01 2024Q3 10 → 2024Q4 20 → 2025Q1 105.5.
        softly.assertThat(w).anySatisfy(x -> {
            assertThat(x.period()).isEqualTo(Q1);
            assertThat(x.unitCode()).isEqualTo("FY01");
            assertThat(x.indicator()).isEqualTo("C06");
            assertThat(x.rule()).isEqualTo("连续变差");
            assertThat(x.value()).isEqualTo(105.5);
            assertThat(x.previous()).isEqualTo(20.0);
            assertThat(x.beforePrevious()).isEqualTo(10.0);
        });
        // 2025H1 (as of 03-31): 2024H1 30 (K0) → 2024H2 15 → 105.5 is not worse twice → no warning.
        softly.assertThat(w).noneMatch(x -> x.period().equals("2025H1") && x.indicator().equals("C06"));
        // 清单: C17, C07 and Z04 are not empty for FY01 and the county; a count never warns 连续变差.
        for (String unit : List.of("FY01", "ALL")) {
            for (String code : List.of("C17", "C07", "Z04")) {
                softly.assertThat(w).as(code + " " + unit).anyMatch(x -> x.period().equals(Q1) && x.unitCode().equals(unit)
                        && x.indicator().equals(code) && x.rule().equals("清单"));
            }
        }
        softly.assertThat(w).noneMatch(x -> x.indicator().equals("C01") || x.indicator().equals("C02"));
        // 未达标 against the shipped example of C08 [0, 5%]: FY01 2025Q1 C08 = C07 ÷ C04 = 1 ÷ 5 (K1, K2, K3, K4, K6
        // open) = 20% → 未达标, flagged as an example.
        softly.assertThat(w).anySatisfy(x -> {
            assertThat(x.period() + x.unitCode() + x.indicator() + x.rule()).isEqualTo(Q1 + "FY01C08未达标");
            assertThat(x.value()).isEqualTo(0.2);
            assertThat(x.example()).isTrue();
        });
        // The configured C06 interval is never an example and here always met.
        softly.assertThat(w).noneMatch(x -> x.indicator().equals("C06") && x.rule().equals("未达标"));
        // No warnings per person: every unit code is a unit or ALL.
        softly.assertThat(w).allMatch(x -> List.of("ALL", "FY01", "JCY01", "GAJ01", "SFJ01", "JCY02").contains(x.unitCode()));
    }

    @Test
    void evaluatedPersonsWhoseCasesWereReviewedWithinAYearBefore() {
        fx.evaluation("EV1", "J1", "2025-03-01", 20, 0, 0, "满意");
        fx.evaluation("EV2", "J2", "2025-03-01", 20, 0, 0, "满意");
        fx.review("R1", "K0", "2024-03-01", "合格", null, null, null);   // J1's case, exactly 365 days before EV1
        fx.review("R2", "K10", "2024-02-29", "合格", null, null, null);  // J2's case, 366 days before EV2
        fx.review("R3", "K10", "2025-03-15", "合格", null, null, null);  // J2's case, after EV2
        fx.compute(AS_OF);
        fx.ratio(Q1, "FY01", "", "E11", 1, 2);
        fx.value(Q1, "FY01", "", "E12", 1);
        fx.ratio(Q1, "ALL", "", "E11", 1, 2);
        softly.assertThat(fx.listKeys("E12", Q1, "ALL", "personId")).containsExactly("J2");
        StoredItemCheck.person(fx, softly, ListCode.E12, Q1, "J2", "J2", "李华", "2025-03-01");
        // 2024Q4: nobody evaluated → E11 has no value, E12 = 0.
        fx.noValue("2024Q4", "FY01", "", "E11");
        fx.value("2024Q4", "FY01", "", "E12", 0);
    }

    @Test
    void staleCaseDataIsMarkedAfterTheConfiguredDays() {
        fx.prosecutionCase("G1", "JCY01", null, "审查起诉", "2025-02-14", null).insert(); // 45 days before 03-31
        fx.prosecutionCase("G2", "JCY02", null, "审查起诉", "2025-02-13", null).insert(); // 46 days
        fx.compute(AS_OF);
        Map<String, SupervisionRepository.Currency> cases = new SupervisionRepository(fx.jdbc).currency().stream()
                .filter(c -> c.kind().endsWith("案件")).collect(Collectors.toMap(SupervisionRepository.Currency::unitCode, c -> c));
        softly.assertThat(cases.get("JCY01").stale()).isFalse();
        softly.assertThat(cases.get("JCY02").stale()).isTrue();
        // FY01's latest 立案日期 is 2025-01-01 (K1, K9): 89 days → 可能不全.
        softly.assertThat(cases.get("FY01").latestEvent()).isEqualTo(LocalDate.of(2025, 1, 1));
        softly.assertThat(cases.get("FY01").stale()).isTrue();
        softly.assertThat(cases.get("FY01").rows()).isEqualTo(11);
        softly.assertThat(new SupervisionRepository(fx.jdbc).staleUnits()).containsExactly("FY01", "JCY02");
    }

    @Test
    void listsCsvHasOneRowPerMemberUnderItsOwnUnit() throws Exception {
        fx.compute(AS_OF);
        Path data = dir.resolve("data");
        new ListExport(fx.repo).write(data);
        List<String> lines = Files.readAllLines(data.resolve("lists.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFperiod,unit_code,list,item_key,item_label,person_id,person_name,date,days");
        softly.assertThat(lines).contains("2025Q1,FY01,C17,K2,民事,J1,张明,2024-12-31,1",
                "2025Q1,FY01,C17,K4,民事,J2,李华,2024-11-28,3", "2025Q1,FY01,C07,K6,民事,J1,张明,2024-01-01,455");
        // The county list is the union of the units' lists: no member is written again under ALL.
        softly.assertThat(lines).noneMatch(l -> l.startsWith("2025Q1,ALL,C17,"));
        List<String> warnings = Files.readAllLines(data.resolve("warnings.csv"), StandardCharsets.UTF_8);
        assertThat(warnings.get(0)).isEqualTo("\uFEFFperiod,unit_code,indicator,rule,value,previous,before_previous,"
                + "reference_low,reference_high");
        softly.assertThat(warnings).contains("2025Q1,FY01,C06,连续变差,105.5,20,10,,");
        softly.assertThat(warnings).hasSize(1 + fx.repo.warnings().size());
    }

    private Map<String, Long> days(ListCode list, String period, String unit) {
        return fx.repo.items(list, period, unit).stream().collect(Collectors.toMap(IndicatorRepository.StoredItem::key,
                i -> i.days() == null ? -1L : i.days()));
    }

    private void level(Map<String, FollowUpItem> items, String key, long days, FollowUpLevel level) {
        FollowUpItem i = items.get(key);
        softly.assertThat(i).as(key).isNotNull();
        if (i == null) return;
        softly.assertThat(i.days()).as(key + " days").isEqualTo(days);
        softly.assertThat(i.level()).as(key + " level").isEqualTo(level);
        softly.assertThat(i.source()).as(key + " source").isEqualTo("Z04");
    }

    /** The §6 columns of one stored member: whose, and the date that put it on the list. */
    static final class StoredItemCheck {
        static void person(IndicatorFixture fx, SoftAssertions softly, ListCode list, String period, String key,
                           String personId, String personName, String date) {
            IndicatorRepository.StoredItem i = fx.repo.items(list, period, null).stream().filter(x -> x.key().equals(key))
                    .findFirst().orElse(null);
            softly.assertThat(i).as(list + " " + key).isNotNull();
            if (i == null) return;
            softly.assertThat(i.personId()).isEqualTo(personId);
            softly.assertThat(i.personName()).isEqualTo(personName);
            softly.assertThat(i.date()).isEqualTo(LocalDate.parse(date));
        }
    }
}
