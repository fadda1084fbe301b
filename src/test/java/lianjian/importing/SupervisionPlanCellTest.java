package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import lianjian.importing.kind.ColumnDef;
import lianjian.importing.kind.ColumnType;
import lianjian.importing.kind.SheetKind;
import lianjian.importing.parse.CellParser;
import lianjian.importing.parse.CellProblem;
import lianjian.importing.read.RawCell;
import lianjian.testsupport.ImportHarness;

/**
 * DOMAIN §4.13 cell values: 监督方式 (an enumeration set of 查、听、谈、测、评、议) and 年度, and how the
 * kind is declared (the 计划编号 reference of 监督活动).
 */
class SupervisionPlanCellTest {

    private final CellParser parser = new CellParser();
    private final SheetKind plan = ImportHarness.KINDS.require("supervision_plan");
    private final ColumnDef methods = plan.requireColumn("methods");
    private final ColumnDef year = plan.requireColumn("plan_year");

    private Object methods(String cell) throws CellProblem {
        return parser.parse(methods, RawCell.text(cell));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "查、听、评|查、听、评",
        "评、查、听|查、听、评",          // canonical order 查听谈测评议, whatever the order written
        "查，听，评|查、听、评",          // full-width commas
        "查,听,评|查、听、评",            // half-width commas
        "查 听  评|查、听、评",           // spaces
        "查　听|查、听",                  // the ideographic space
        "查；议|查、议",
        "查/测|查、测",
        "'查、听，评 议'|查、听、评、议",  // mixed separators
        "查听评|查、听、评",              // written together without separators
        "议评测谈听查|查、听、谈、测、评、议",
        "查、查、听|查、听",              // each value once
        "'、查、听、'|查、听",            // stray separators at the ends
        "听取汇报、座谈、满意度测评|听、谈、测", // long forms an analyst writes
        "查阅资料，听取工作报告，评议，审议|查、听、评、议",
        "评议|评",                        // a synonym of 评, not 评 + 议
        "审议|议",
        "实地查看 个别谈话 问卷调查|查、谈、测",
        "案件评查、联席会议|评、议",
    })
    void methodsAreStoredOnceEachInTheCanonicalOrder(String cell, String stored) throws CellProblem {
        assertThat(methods(cell)).isEqualTo(stored);
    }

    @Test
    void multiLineCellsAndFullWidthCharactersAreFolded() throws CellProblem {
        assertThat(methods("查\n听\r\n谈")).isEqualTo("查、听、谈");
        assertThat(methods("座谈，　测评")).isEqualTo("谈、测");
    }

    @Test
    void onlySeparatorsIsBlank() throws CellProblem {
        assertThat(methods("、，")).isNull();
        assertThat(parser.parse(methods, RawCell.text("   "))).isNull();
    }

    @Test
    void anUnknownPartIsAnErrorNamingItAndTheAllowedValues() {
        assertThatThrownBy(() -> methods("查、看、评"))
                .isInstanceOf(CellProblem.class)
                .hasMessage("含有不允许的值「看」（允许：查、听、谈、测、评、议，可填多个，用顿号、逗号或空格分隔）");
        assertThatThrownBy(() -> methods("查听看"))
                .isInstanceOf(CellProblem.class).hasMessageStartingWith("不是允许的值（允许：查、听、谈、测、评、议");
        assertThatThrownBy(() -> methods("听取汇报，实地调研"))
                .isInstanceOf(CellProblem.class).hasMessageStartingWith("含有不允许的值「实地调研」（允许：");
    }

    @Test
    void theCacheDoesNotHideAnError() throws CellProblem {
        assertThat(methods("查、听")).isEqualTo("查、听");
        assertThatThrownBy(() -> methods("查、听、看")).isInstanceOf(CellProblem.class);
        assertThat(methods("查、听")).isEqualTo("查、听");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025", "2025年", "2025年度", " 2025 ", "２０２５年"})
    void yearAsText(String text) throws CellProblem {
        assertThat(parser.parse(year, RawCell.text(text))).isEqualTo(2025L);
    }

    @Test
    void yearAsANumberAndOutOfRange() throws CellProblem {
        assertThat(parser.parse(year, RawCell.number(2024, "2024", false))).isEqualTo(2024L);
        assertThat(parser.parse(year, RawCell.number(2000, "2000", false))).isEqualTo(2000L);
        assertThat(parser.parse(year, RawCell.number(2100, "2100", false))).isEqualTo(2100L);
        for (RawCell bad : new RawCell[] {RawCell.number(1999, "1999", false), RawCell.number(2101, "2101", false),
                RawCell.number(2024.5, "2024.5", false), RawCell.text("25年"), RawCell.text("二〇二五年"),
                RawCell.text("2025-01-01")}) {
            assertThatThrownBy(() -> parser.parse(year, bad)).as(bad.display())
                    .isInstanceOf(CellProblem.class).hasMessageStartingWith("不是有效年度（应填 2000—2100");
        }
    }

    @Test
    void theKindIsDeclaredAsDomainSaysAndActivitiesReferToIt() {
        assertThat(plan.name()).isEqualTo("监督计划");
        assertThat(plan.key()).containsExactly("plan_no");
        assertThat(plan.requiredColumns()).extracting(ColumnDef::header).containsExactly("计划编号", "年度", "监督事项", "计划完成日期");
        assertThat(plan.columns()).extracting(ColumnDef::header).containsExactly("计划编号", "年度", "监督事项", "监督类型",
                "对象单位", "监督方式", "牵头方", "计划完成日期", "完成日期", "备注");
        assertThat(methods.type()).isEqualTo(ColumnType.ENUM_SET);
        assertThat(methods.values().keySet()).containsExactly("查", "听", "谈", "测", "评", "议");
        assertThat(plan.requireColumn("plan_type").values().keySet()).containsExactly("专项工作", "单位");
        assertThat(plan.requireColumn("lead").values().keySet()).containsExactly("人大", "政法委", "联合");

        SheetKind activity = ImportHarness.KINDS.require("activity");
        ColumnDef planNo = activity.requireColumn("plan_no");
        assertThat(planNo.type()).isEqualTo(ColumnType.KEY_REF);
        assertThat(planNo.required()).isFalse();
        assertThat(planNo.unknownIsError()).isFalse();
        assertThat(planNo.refKindName()).isEqualTo("监督计划");
        assertThat(plan.importOrder()).as("plans are read before the activities that refer to them")
                .isLessThan(activity.importOrder());
        assertThat(ImportHarness.KINDS.referencedKinds()).containsExactly(plan);
    }
}
