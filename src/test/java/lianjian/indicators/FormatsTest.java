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
}
