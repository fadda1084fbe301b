package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import lianjian.importing.kind.ColumnDef;
import lianjian.importing.kind.SheetKind;
import lianjian.importing.parse.CaseNumbers;
import lianjian.importing.parse.CellParser;
import lianjian.importing.parse.CellProblem;
import lianjian.importing.parse.HeaderText;
import lianjian.importing.read.RawCell;
import lianjian.testsupport.ImportHarness;

/** DOMAIN §3.3: every accepted cell format, and the wrong ones with their Chinese rule. */
class CellParserTest {

    private final CellParser parser = new CellParser();
    private final SheetKind court = ImportHarness.KINDS.require("court_case");
    private final ColumnDef filedOn = court.requireColumn("filed_on");
    private final ColumnDef appealed = court.requireColumn("appealed");
    private final ColumnDef complaints = court.requireColumn("complaints");
    private final ColumnDef applied = court.requireColumn("exec_applied");
    private final ColumnDef caseType = court.requireColumn("case_type");
    private final ColumnDef caseNo = court.requireColumn("case_no");
    private final ColumnDef cause = court.requireColumn("cause");
    private final ColumnDef score = ImportHarness.KINDS.require("case_review").requireColumn("score");

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-01", "2025/3/1", "2025.3.1", "2025年3月1日", "20250301", " 2025-03-01 ",
            "2025-03-01 00:00:00", "２０２５年３月１日", "2025/03/01"})
    void textDatesInEveryAcceptedForm(String text) throws CellProblem {
        assertThat(parser.parse(filedOn, RawCell.text(text))).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void realExcelDatesAndNumbersThatAreDates() throws CellProblem {
        // 45717 is 2025-03-01 in Excel's 1900 date system.
        assertThat(parser.parse(filedOn, RawCell.number(45717, "45717", true))).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(parser.parse(filedOn, RawCell.number(45717.75, "45717.75", true))).isEqualTo(LocalDate.of(2025, 3, 1));
        // 20250301 typed into a number cell.
        assertThat(parser.parse(filedOn, RawCell.number(20250301, "20250301", false))).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void impossibleDateIsAnErrorThatSaysSo() {
        assertThatThrownBy(() -> parser.parse(filedOn, RawCell.text("2025-02-30")))
                .isInstanceOf(CellProblem.class).hasMessageContaining("不是有效日期");
        assertThatThrownBy(() -> parser.parse(filedOn, RawCell.text("20250230")))
                .isInstanceOf(CellProblem.class).hasMessageContaining("不是有效日期");
    }

    @ParameterizedTest
    @ValueSource(strings = {"三月一日", "2025-3", "next week", "01/03/2025", "2025-13-01x"})
    void unrecognisedDateTextIsAnError(String text) {
        assertThatThrownBy(() -> parser.parse(filedOn, RawCell.text(text)))
                .isInstanceOf(CellProblem.class).hasMessageContaining("不是可识别的日期");
    }

    @Test
    void datesFarOutsideTheCentury() {
        assertThatThrownBy(() -> parser.parse(filedOn, RawCell.text("1900-01-05")))
                .isInstanceOf(CellProblem.class).hasMessageContaining("超出合理范围");
    }

    @ParameterizedTest
    @CsvSource({"是,true", "否,false", "Y,true", "N,false", "y,true", "√,true", "×,false", "1,true", "0,false",
            "TRUE,true", "FALSE,false", "true,true", "Yes,true"})
    void booleansInEveryAcceptedForm(String text, boolean expected) throws CellProblem {
        assertThat(parser.parse(appealed, RawCell.text(text))).isEqualTo(expected);
    }

    @Test
    void booleanCellsNumbersAndBlank() throws CellProblem {
        assertThat(parser.parse(appealed, RawCell.bool(true))).isEqualTo(true);
        assertThat(parser.parse(appealed, RawCell.number(0, "0", false))).isEqualTo(false);
        assertThat(parser.parse(appealed, RawCell.text("  "))).isNull(); // blank means unknown
        assertThat(parser.parse(appealed, null)).isNull();
    }

    @Test
    void wrongBooleanListsTheAcceptedForms() {
        assertThatThrownBy(() -> parser.parse(appealed, RawCell.text("可能")))
                .isInstanceOf(CellProblem.class).hasMessageContaining("是/否");
    }

    @Test
    void numbersWithSeparatorsFullWidthDigitsAndCurrency() throws CellProblem {
        assertThat(parser.parse(applied, RawCell.text("1,234,567.50"))).isEqualTo(1234567.5);
        assertThat(parser.parse(applied, RawCell.text("１２３４"))).isEqualTo(1234.0);
        assertThat(parser.parse(applied, RawCell.text("¥2,000元"))).isEqualTo(2000.0);
        assertThat(parser.parse(applied, RawCell.number(88.8, "88.8", false))).isEqualTo(88.8);
        assertThat(parser.parse(complaints, RawCell.text("3"))).isEqualTo(3L);
        assertThat(parser.parse(complaints, RawCell.number(2.0, "2", false))).isEqualTo(2L);
    }

    @Test
    void wrongNumbers() {
        assertThatThrownBy(() -> parser.parse(applied, RawCell.text("十万"))).hasMessageContaining("不是数字");
        assertThatThrownBy(() -> parser.parse(complaints, RawCell.text("2.5"))).hasMessageContaining("应为整数");
        assertThatThrownBy(() -> parser.parse(complaints, RawCell.text("-1"))).hasMessageContaining("不能为负数");
        assertThatThrownBy(() -> parser.parse(score, RawCell.number(101, "101", false))).hasMessageContaining("0 到 100");
    }

    @Test
    void enumerationValuesAndSynonyms() throws CellProblem {
        assertThat(parser.parse(caseType, RawCell.text("民事"))).isEqualTo("民事");
        assertThat(parser.parse(caseType, RawCell.text(" 民商事 "))).isEqualTo("民事");
        assertThat(parser.parse(caseType, RawCell.text("执行案件"))).isEqualTo("执行");
    }

    @Test
    void wrongEnumerationListsTheAllowedValues() {
        assertThatThrownBy(() -> parser.parse(caseType, RawCell.text("商事")))
                .hasMessageContaining("不是允许的值").hasMessageContaining("刑事、民事、行政、执行、国家赔偿、其他");
    }

    @Test
    void textIsTrimmedAndCaseNumbersFolded() throws CellProblem {
        assertThat(parser.parse(cause, RawCell.text("  买卖合同纠纷 "))).isEqualTo("买卖合同纠纷");
        assertThat(parser.parse(caseNo, RawCell.text("(2024)浙0102民初1234号"))).isEqualTo("（2024）浙0102民初1234号");
        assertThat(parser.parse(caseNo, RawCell.text("〔2024〕浙0102民初1234号"))).isEqualTo("（2024）浙0102民初1234号");
        assertThat(parser.parse(caseNo, RawCell.text("（２０２４）浙0102 民初1234号"))).isEqualTo("（2024）浙0102民初1234号");
        assertThat(CaseNumbers.canonical("[2024]浙0102执123号")).isEqualTo("（2024）浙0102执123号");
    }

    @Test
    void numbersInTextColumnsReadAsWritten() throws CellProblem {
        ColumnDef personId = ImportHarness.KINDS.require("person").requireColumn("person_id");
        assertThat(parser.parse(personId, RawCell.number(1001, "1001", false))).isEqualTo("1001");
    }

    @Test
    void formulaWithoutCachedValueAndErrorCellsAreErrors() {
        assertThatThrownBy(() -> parser.parse(cause, RawCell.formulaWithoutValue())).hasMessageContaining("没有计算结果");
        assertThatThrownBy(() -> parser.parse(complaints, RawCell.error("#DIV/0!"))).hasMessageContaining("公式错误值");
    }

    @Test
    void headersFoldWidthSpacesStarsAndLineBreaks() {
        assertThat(HeaderText.normalize(" 案　号* ")).isEqualTo(HeaderText.normalize("案号"));
        assertThat(HeaderText.normalize("立案\n日期")).isEqualTo(HeaderText.normalize("立案日期"));
        assertThat(HeaderText.normalize("申请执行标的金额（元）")).isEqualTo(HeaderText.normalize("申请执行标的金额(元)"));
    }
}
