package lianjian.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.publish.PublicationFingerprint.DateStamp;

/** When a new day makes a publication out of date (issue 13): only while a period of the data is still running. */
class PublicationDateStampTest {

    private static final LocalDate DATA_YEAR_END = LocalDate.of(2025, 12, 31);

    @Test
    void whileTheDataYearRunsEveryNewDayRepublishes() {
        DateStamp published = DateStamp.of(LocalDate.of(2025, 11, 3), DATA_YEAR_END);
        assertThat(published.day()).isEqualTo("2025-11-03");
        assertThat(published.currentOn(LocalDate.of(2025, 11, 3))).isTrue();
        // 2025 and 2025Q4 are computed up to today: tomorrow they are different figures.
        assertThat(published.currentOn(LocalDate.of(2025, 11, 4))).isFalse();
    }

    @Test
    void afterTheDataYearHasEndedTheDayNoLongerMatters() {
        DateStamp published = DateStamp.of(LocalDate.of(2026, 12, 6), DATA_YEAR_END);
        assertThat(published.day()).isEqualTo("2025-12-31");
        assertThat(published.currentOn(LocalDate.of(2026, 12, 7))).isTrue();
        assertThat(published.currentOn(LocalDate.of(2027, 6, 1))).isTrue();
        // Published on the last day of the year: the next day every period has ended, the figures are the same.
        assertThat(DateStamp.of(DATA_YEAR_END, DATA_YEAR_END).currentOn(LocalDate.of(2026, 1, 1))).isTrue();
        // Published the day before: the year's last day still adds to its figures.
        assertThat(DateStamp.of(DATA_YEAR_END.minusDays(1), DATA_YEAR_END).currentOn(DATA_YEAR_END)).isFalse();
    }

    @Test
    void withAnAsOfDateTheDayNeverMatters() {
        DateStamp published = DateStamp.of(LocalDate.of(2025, 11, 3), null);
        assertThat(published.day()).isEqualTo("-");
        assertThat(published.currentOn(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void theStampIsReadBackFromThePublishedSiteAndAnOldRecordCountsAsNone(@TempDir Path site) throws Exception {
        PublicationFingerprint.write(site, "abc123", DateStamp.of(LocalDate.of(2026, 12, 6), DATA_YEAR_END));
        PublicationFingerprint.Published p = PublicationFingerprint.published(site).orElseThrow();
        assertThat(p.fingerprint()).isEqualTo("abc123");
        assertThat(p.date()).isEqualTo(new DateStamp("2025-12-31", DATA_YEAR_END));
        // A site published before the date line existed: unknown, so the next run publishes.
        java.nio.file.Files.writeString(site.resolve(PublicationFingerprint.FILE), "abc123\n");
        assertThat(PublicationFingerprint.published(site)).isEmpty();
        // Without data the as-of date is today itself: every day matters.
        assertThat(DateStamp.of(LocalDate.of(2026, 12, 6), LocalDate.MAX).currentOn(LocalDate.of(2026, 12, 7))).isFalse();
        PublicationFingerprint.write(site, "x", DateStamp.of(LocalDate.of(2026, 12, 6), LocalDate.MAX));
        assertThat(PublicationFingerprint.published(site).orElseThrow().date().horizon()).isEqualTo(LocalDate.MAX);
    }
}
