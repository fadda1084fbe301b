package lianjian.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line breaking of the OFD copy, on hand-counted widths: a Chinese character 1, a Latin one 0.5. */
class OfdLinesTest {

    private static final OfdLines.Advance ADVANCE = c -> c < 128 ? 0.5 : 1.0;

    @Test
    void chineseBreaksBetweenAnyTwoCharactersAndTheFirstLineMayBeShorter() {
        assertThat(OfdLines.wrap("示例县人民法院", ADVANCE, 3, 3)).containsExactly("示例县", "人民法", "院");
        assertThat(OfdLines.wrap("一二三四五", ADVANCE, 2, 3)).containsExactly("一二", "三四五");
    }

    @Test
    void aFigureStaysWhole() {
        // 收案 (2) + 188 (1.5) = 3.5 > 3: 188 goes down whole
        assertThat(OfdLines.wrap("收案188件", ADVANCE, 3, 3)).containsExactly("收案", "188件");
        // ▲2.1 (2.5) and 个百分点 (4) are two words, neither broken
        assertThat(OfdLines.wrap("▲2.1个百分点", ADVANCE, 4, 4)).containsExactly("▲2.1", "个百分点");
    }

    @Test
    void closingMarksDoNotStartALineNorOpeningOnesEndIt() {
        // 甲乙丙 fills the line; the comma takes 丙 down with it instead of hanging past the edge
        assertThat(OfdLines.wrap("甲乙丙，丁", ADVANCE, 3, 3)).containsExactly("甲乙", "丙，丁");
        // 甲乙（ would end on the bracket
        assertThat(OfdLines.wrap("甲乙（件）", ADVANCE, 3, 3)).containsExactly("甲乙", "（件）");
        // the direction mark stays with the indicator's name
        assertThat(OfdLines.wrap("结案率↑", ADVANCE, 3, 3)).containsExactly("结案", "率↑");
        assertThat(OfdLines.wrap("结案率 ↑", ADVANCE, 3, 3)).containsExactly("结案", "率↑");
        // both rules at one break: （件 must not end the line, ） must not start the next
        assertThat(OfdLines.wrap("期末未结数（件）ⓘ", ADVANCE, 7, 7)).containsExactly("期末未结数", "（件）ⓘ");
        // ⓘ would start the line; the ） before it may not either
        assertThat(OfdLines.wrap("期末未结数（件）ⓘ", ADVANCE, 8, 8)).containsExactly("期末未结数", "（件）ⓘ");
    }

    @Test
    void aRunWiderThanTheLineIsBrokenByCharacterAndABreakDropsItsSpace() {
        assertThat(OfdLines.wrap("ABCDEFGH", ADVANCE, 2, 2)).containsExactly("ABCD", "EFGH");
        assertThat(OfdLines.wrap("甲乙 丙丁", ADVANCE, 2, 2)).containsExactly("甲乙", "丙丁");
        assertThat(OfdLines.wrap("", ADVANCE, 2, 2)).containsExactly("");
    }
}
