package lianjian.site.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import lianjian.config.LianjianProperties;
import lianjian.indicators.Figure;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.Period;
import lianjian.site.view.FigureRow;
import lianjian.site.view.KpiCard;

/**
 * Issue 14 part 8 on the dashboard: the change beside two rounded values is the difference of the values shown,
 * as in the PDFs (hand-computed: 0.84% and 0.95% show as 0.8% and 1.0%, so ▼0.2 个百分点, not the unrounded ▼0.1).
 */
class FigureViewsTest {

    private final FigureViews views = new FigureViews(IndicatorCatalog.load(new LianjianProperties()));

    /** 法定审限内结案率 (a rate): 0.84% now, 0.95% in the previous half-year, 0.98% a year earlier. */
    private static Figure c05(String period) {
        return new Figure(period, "ALL", null, "C05", 84.0, 10_000.0, 0.0084, 0.0095, 0.0098, null, null, null, false);
    }

    @Test
    void tableRowsShowTheDifferenceOfTheShownValues() {
        FigureRow row = views.row(views.def("C05"), c05("2025H2"), Period.Kind.HALF);
        assertThat(row.value()).isEqualTo("0.8%");
        assertThat(row.previous()).isEqualTo("1.0%");
        assertThat(row.changePrevious()).isEqualTo("▼0.2 个百分点");
        // 0.8 − 1.0 = −0.2 as well (the unrounded −0.14 would print ▼0.1)
        assertThat(row.changeYearEarlier()).isEqualTo("▼0.2 个百分点");
    }

    @Test
    void cardsShowTheSameChangeAndAYearHasOneComparison() {
        KpiCard half = views.card(c05("2025H2"), Period.Kind.HALF);
        assertThat(half.changes()).extracting(c -> c.label() + c.arrow() + c.amount())
                .containsExactly("环比▼0.2 个百分点", "同比▼0.2 个百分点");
        KpiCard year = views.card(c05("2025"), Period.Kind.YEAR);
        assertThat(year.changes()).extracting(c -> c.label() + c.arrow() + c.amount() + "（" + c.base() + "）")
                .containsExactly("较上年▼0.2 个百分点（上年 1.0%）");
    }
}
