package lianjian.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import lianjian.indicators.IndicatorDef;
import lianjian.reporting.text.Prose;

/** The wording of changes in the summaries, against hand-written expectations. */
class ProseTest {

    private static IndicatorDef def(IndicatorDef.Display display) {
        return new IndicatorDef("X", "指标", "court", List.of("法院"), false, IndicatorDef.Direction.UP, display, "", null, null, null, false);
    }

    @Test
    void ratesChangeInPercentagePoints() {
        assertThat(Prose.change(def(IndicatorDef.Display.PERCENT), 0.685 - 0.564, "较上期")).isEqualTo("较上期提高 12.1 个百分点");
        assertThat(Prose.change(def(IndicatorDef.Display.PERCENT), -0.0125, "同比")).isEqualTo("同比下降 1.3 个百分点");
    }

    @Test
    void ratiosCountsAndDays() {
        assertThat(Prose.change(def(IndicatorDef.Display.RATIO_PLAIN), 1.02 - 0.99, "同比")).isEqualTo("同比上升 0.03");
        assertThat(Prose.change(def(IndicatorDef.Display.COUNT), -120.0, "同比")).isEqualTo("同比减少 120 件");
        assertThat(Prose.change(def(IndicatorDef.Display.COUNT), 1234.0, "同比")).isEqualTo("同比增加 1,234 件");
        assertThat(Prose.change(def(IndicatorDef.Display.DAYS), 2.25, "较上期")).isEqualTo("较上期增加 2.3 天");
        assertThat(Prose.change(def(IndicatorDef.Display.PERSONS), 3.0, "较上年末")).isEqualTo("较上年末增加 3 人");
    }

    @Test
    void aChangeThatRoundsToZeroIsUnchangedAndAMissingOneIsLeftOut() {
        assertThat(Prose.change(def(IndicatorDef.Display.PERCENT), 0.0004, "同比")).isEqualTo("同比持平");
        assertThat(Prose.change(def(IndicatorDef.Display.COUNT), 0.0, "同比")).isEqualTo("同比持平");
        assertThat(Prose.change(def(IndicatorDef.Display.PERCENT), null, "同比")).isNull();
    }

    @Test
    void aParagraphBeforeItsFamilysDataSaysNoDataOnce() {
        // DOMAIN §5.1: before the family's data the figures are empty and flagged; the prose says 本期无数据
        // instead of leaving the subject out or reading "0 件"
        java.util.Map<String, lianjian.indicators.Figure> figures = new java.util.HashMap<>();
        for (String code : List.of("C01", "C02", "R01", "Z02", "S01", "A01")) {
            figures.put(code, new lianjian.indicators.Figure("2023", "FY01", "", code, null, null, null, null, null, null, null, null, true));
        }
        SummaryProse w = new SummaryProse(new lianjian.reporting.data.FigureSet(figures, null));
        assertThat(w.court("本院")).isEqualTo("本院本期无数据。");
        assertThat(w.review("案件评查方面，本期")).isEqualTo("案件评查方面，本期无数据。");
        assertThat(w.rectification("问题整改方面，本期")).isEqualTo("问题整改方面，本期无数据。");
        assertThat(w.satisfaction("社会评价方面，本期")).isEqualTo("社会评价方面，本期无数据。");
        assertThat(w.activities("监督活动方面，本期")).isEqualTo("监督活动方面，本期无数据。");
        // a family without any stored figure (not applicable to the unit) is still left out
        assertThat(w.procuratorate("本院")).isNull();
    }

    @Test
    void sentencesSkipMissingClauses() {
        assertThat(Prose.sentence("收案 3 件", null, "结案 2 件")).isEqualTo("收案 3 件，结案 2 件。");
        assertThat(Prose.clauses(java.util.Arrays.asList("甲", null, "乙"))).isEqualTo("甲；乙。");
        assertThat(Prose.sentence((String) null)).isNull();
        assertThat(Prose.ordinal(3)).isEqualTo("三");
        assertThat(Prose.ordinal(12)).isEqualTo("十二");
    }
}
