package lianjian.indicators;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOMAIN §5.1 "before the data": a court whose case lists begin in 2022 (its first 结案 2022-02-01, with
 * cases filed in 2021 still pending) while the 履职评议 records go back to 2020. The periods of 2020 and
 * 2021 are computed (the evaluations touch them) but every court figure there is empty — a leader must
 * not read "2021 年法院一件没结" — and every E figure is empty before the term starts (2022-01-01).
 */
@ExtendWith(SoftAssertionsExtension.class)
class BeforeTheDataTest {

    @TempDir
    Path dir;
    @InjectSoftAssertions
    SoftAssertions softly;

    @Test
    void courtFiguresBeforeTheFirstClosingAndCoverageBeforeTheTermAreEmpty() {
        IndicatorFixture fx = new IndicatorFixture(dir).with(softly);
        fx.unit("FY01", "示例县人民法院", "法院");
        fx.person("J1", "张明", "FY01", "法官", null, "2015-01-01", null);
        fx.courtCase("K1", "FY01", "J1", "民事", "一审", "2021-06-01", "2022-02-01").insert();
        fx.courtCase("K2", "FY01", "J1", "民事", "一审", "2021-03-01", null).insert();
        fx.evaluation("EV0", "J1", "2020-05-01", 20, 0, 0, "满意");
        fx.compute(LocalDate.of(2022, 3, 31));

        for (String period : List.of("2020", "2021", "2021H2", "2021Q4")) {
            for (String code : List.of("C01", "C02", "C04", "C07")) {
                fx.noData(period, "FY01", "", code);
                fx.noData(period, "ALL", "", code);
            }
            for (String code : List.of("E01", "E02", "E03", "E10")) fx.noData(period, "ALL", "", code);
        }
        // J1's own row in 2021 (K1, K2 filed then): empty too.
        fx.noData("2021", "FY01", "J1", "C01");
        // 2022Q1 ends after the first closing: computed, and a real 0 is a 0.
        fx.value("2022Q1", "FY01", "", "C01", 0);
        fx.value("2022Q1", "FY01", "", "C02", 1);
        fx.value("2022Q1", "FY01", "", "C04", 1);          // K2, open
        fx.value("2022Q1", "FY01", "", "C07", 1);          // K2: 2021-03-01 → 2022-03-31 = 395 days
        fx.value("2022Q1", "ALL", "", "E01", 1);
        fx.value("2022Q1", "ALL", "", "E02", 0);           // EV0 is before the term
        // The lists behind empty figures are empty; 2022Q1's C07 list has K2.
        softly.assertThat(fx.listKeys("C07", "2021Q4", "ALL", "key")).isEmpty();
        softly.assertThat(fx.listKeys("E04", "2021Q4", "ALL", "key")).isEmpty();
        softly.assertThat(fx.listKeys("C07", "2022Q1", "ALL", "key")).containsExactly("K2");
        softly.assertThat(fx.listKeys("E04", "2022Q1", "ALL", "key")).containsExactly("J1");
        // Comparisons with an empty period are empty: 2022's 同比 (2021) has nothing.
        softly.assertThat(fx.figure("2022", "FY01", "", "C02").orElseThrow().previous()).isNull();
    }
}
