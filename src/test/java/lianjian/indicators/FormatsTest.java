package lianjian.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import lianjian.indicators.IndicatorDef.Display;

/** Issue 15 part 7: every figure with thousands separators, whatever its kind (hand-computed cases). */
class FormatsTest {

    @Test
    void decimalsGetThousandsSeparatorsLikeWholeNumbers() {
        assertThat(Formats.fixed(17700.166, 2)).isEqualTo("17,700.17");
        assertThat(Formats.fixed(999.995, 2)).isEqualTo("1,000.00");
        assertThat(Formats.fixed(-1234567.25, 1)).isEqualTo("-1,234,567.3");
        assertThat(Formats.fixed(12.5, 1)).isEqualTo("12.5");
        assertThat(Formats.integer(11487)).isEqualTo("11,487");
        assertThat(Formats.wanYuan(408_553_400.0)).isEqualTo("40,855.34 万元");
    }

    @Test
    void valuesAndChangesOfEveryKindUseTheSameStyle() {
        assertThat(Formats.value(Display.DAYS, 1234.56)).isEqualTo("1,234.6 天");
        assertThat(Formats.value(Display.RATIO_1X, 1234.5)).isEqualTo("1:1,234.50");
        assertThat(Formats.value(Display.PERCENT, 0.9634)).isEqualTo("96.3%");
        assertThat(Formats.change(Display.DAYS, -1500.04)).isEqualTo("▼1,500.0 天");
        assertThat(Formats.change(Display.COUNT, 2500.0)).isEqualTo("▲2,500 件");
        assertThat(Formats.change(Display.COUNT, 0.2)).isEqualTo("持平");
    }

    /**
     * Issue 14 part 8: the change printed beside two rounded values is the difference of those values, so the
     * reader's own subtraction agrees. By hand: 0.84% and 0.95% print as 0.8% and 1.0%: 0.8 − 1.0 = −0.2 points,
     * although the unrounded change (−0.11 points) would print as ▼0.1.
     */
    @Test
    void aChangeIsTheDifferenceOfTheRoundedValuesAsPrinted() {
        assertThat(Formats.bare(Display.PERCENT, 0.0084)).isEqualTo("0.8%");
        assertThat(Formats.bare(Display.PERCENT, 0.0095)).isEqualTo("1.0%");
        assertThat(Formats.change(Display.PERCENT, 0.0084 - 0.0095)).isEqualTo("▼0.1 个百分点"); // what was printed before
        assertThat(Formats.change(Display.PERCENT, 0.0084, 0.0095)).isEqualTo("▼0.2 个百分点");
        // 98.349% and 98.251% both print as 98.3%: 持平, not ▲0.1
        assertThat(Formats.change(Display.PERCENT, 0.98349, 0.98251)).isEqualTo("持平");
        // 66.04 天 and 66.65 天 print as 66.0 and 66.7 (half-up): ▼0.7 天, not the unrounded ▼0.6
        assertThat(Formats.change(Display.DAYS, 66.04, 66.65)).isEqualTo("▼0.7 天");
        // 0.994 and 0.986 print as 0.99 and 0.99
        assertThat(Formats.change(Display.RATIO_PLAIN, 0.994, 0.986)).isEqualTo("持平");
        // counts: 12.4 → 12, 10.5 → 11 (half-up): ▲1 件
        assertThat(Formats.change(Display.COUNT, 12.4, 10.5)).isEqualTo("▲1 件");
        assertThat(Formats.shownChange(Display.PERCENT, 0.0084, 0.0095)).isCloseTo(-0.002, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Formats.change(Display.PERCENT, 0.5, null)).isEqualTo("—");
        assertThat(Formats.shownChange(Display.PERCENT, null, 0.5)).isNull();
    }
}
