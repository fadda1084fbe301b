package lianjian.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import lianjian.indicators.Figure;
import lianjian.indicators.IndicatorDef;
import lianjian.reporting.text.Cells;

/** Reference intervals, 达标 / 未达标 and direction marks as printed in the indicator tables. */
class CellsTest {

    private static IndicatorDef def(IndicatorDef.Direction direction, Double low, Double high, String note) {
        return new IndicatorDef("C05", "法定审限内结案率", "court", List.of("法院"), true, direction,
                IndicatorDef.Display.PERCENT, "", low, high, note, "示例".equals(note));
    }

    private static Figure figure(Double value, Double low, Double high, Boolean meets) {
        return new Figure("2025", "FY01", "", "C05", null, null, value, null, null, low, high, meets, false);
    }

    @Test
    void intervalsInTheIndicatorsDisplayForm() {
        assertThat(Cells.reference(def(IndicatorDef.Direction.UP, 0.95, 1.0, null))).isEqualTo("95.0%～100.0%");
        assertThat(Cells.reference(def(IndicatorDef.Direction.UP, 0.95, null, null))).isEqualTo("≥95.0%");
        assertThat(Cells.reference(def(IndicatorDef.Direction.DOWN, null, 0.05, "示例"))).isEqualTo("≤5.0%*");
        assertThat(Cells.reference(def(IndicatorDef.Direction.UP, null, null, null))).isEqualTo("—");
    }

    @Test
    void theIntervalStoredWithTheFigureWinsOverTheCurrentConfiguration() {
        IndicatorDef now = def(IndicatorDef.Direction.UP, 0.98, 1.0, null);
        assertThat(Cells.reference(now, figure(0.96, 0.95, 1.0, true))).isEqualTo("95.0%～100.0%");
    }

    @Test
    void verdicts() {
        assertThat(Cells.verdict(figure(0.96, 0.95, 1.0, true))).isEqualTo("达标");
        assertThat(Cells.verdict(figure(0.90, 0.95, 1.0, false))).isEqualTo("未达标");
        assertThat(Cells.verdict(figure(null, 0.95, 1.0, null))).isEqualTo("—");
        assertThat(Cells.verdict(null)).isEqualTo("—");
    }

    @Test
    void directionMarksUseOnlyGlyphsOfTheEmbeddedFont() {
        assertThat(Cells.nameWithDirection(def(IndicatorDef.Direction.UP, null, null, null))).isEqualTo("法定审限内结案率 ↑");
        assertThat(Cells.nameWithDirection(def(IndicatorDef.Direction.INFO, null, null, null))).isEqualTo("法定审限内结案率 ⓘ");
    }
}
