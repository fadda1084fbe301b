package lianjian.importing.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates are stored as yyyy-MM-dd; the fast path must write what LocalDate.toString() writes. */
class IsoDatesTest {

    @Test
    void fourDigitYearsWithPaddedMonthAndDay() {
        assertThat(IsoDates.format(LocalDate.of(2024, 3, 5))).isEqualTo("2024-03-05");
        assertThat(IsoDates.format(LocalDate.of(1999, 12, 31))).isEqualTo("1999-12-31");
        assertThat(IsoDates.format(LocalDate.of(2000, 1, 1))).isEqualTo("2000-01-01");
        assertThat(IsoDates.format(LocalDate.of(1000, 10, 10))).isEqualTo("1000-10-10");
        assertThat(IsoDates.format(LocalDate.of(9999, 2, 28))).isEqualTo("9999-02-28");
    }

    @Test
    void yearsOutsideFourDigitsAsTheJdkWritesThem() {
        assertThat(IsoDates.format(LocalDate.of(999, 1, 2))).isEqualTo("0999-01-02");
        assertThat(IsoDates.format(LocalDate.of(10000, 1, 2))).isEqualTo("+10000-01-02");
    }
}
