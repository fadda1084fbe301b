package lianjian.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The formula guard every published CSV uses (issue 16). */
class CsvCellsTest {

    @Test
    void textThatWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(CsvCells.text("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(CsvCells.text("+cmd|'/c calc'!A0")).isEqualTo("'+cmd|'/c calc'!A0");
        assertThat(CsvCells.text("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.text("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.text("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvCells.text("+86 571 8888 8888")).as("a phone number is not a plain number").isEqualTo("'+86 571 8888 8888");
    }

    @Test
    void plainNumbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(CsvCells.text("-12.5")).isEqualTo("-12.5");
        assertThat(CsvCells.text("0.963")).isEqualTo("0.963");
        assertThat(CsvCells.text("+3")).isEqualTo("+3");
        assertThat(CsvCells.text("-.5")).isEqualTo("-.5");
        assertThat(CsvCells.text("示例县人民法院")).isEqualTo("示例县人民法院");
        assertThat(CsvCells.text("A=B")).as("only the first character matters").isEqualTo("A=B");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text(null)).isNull();
    }
}
