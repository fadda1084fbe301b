package lianjian.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.publish.ReportEntry;
import lianjian.publish.ReportIndex;
import lianjian.publish.ReportKind;


/** Reading reports/index.json: only existing files with plain names are ever linked. */
class ReportIndexTest {

    @TempDir
    Path site;

    @Test
    void noIndexMeansNoReports() {
        ReportIndex index = ReportIndex.read(site.resolve("reports"));
        assertThat(index.present()).isFalse();
        assertThat(index.all()).isEmpty();
        assertThat(index.overview("2025")).isEmpty();
    }

    @Test
    void entriesAreMatchedToPeriodsUnitsAndPersons() throws Exception {
        FakeReports r = new FakeReports(site);
        r.add("overview-2025H1.pdf", "总览", "overview", "2025H1", null, null, "2025-06-30")
                .add("unit-FY01-2025.pdf", "法院", "unit", "2025", "FY01", null, "2025-12-31")
                .add("coverage-2025-12-31.pdf", "覆盖", "coverage", null, null, null, "2025-12-31")
                .add("dossier-P0123-2024-12-31.pdf", "档案", "dossier", null, null, "P0123", "2024-12-31")
                .add("dossier-P0123-2025-12-31.pdf", "档案", "dossier", null, null, "P0123", "2025-12-31")
                .writeIndex();
        ReportIndex index = ReportIndex.read(site.resolve("reports"));
        assertThat(index.present()).isTrue();
        assertThat(index.overview("2025H1")).map(ReportEntry::file).contains("overview-2025H1.pdf");
        assertThat(index.overview("2025")).isEmpty();
        assertThat(index.unit("2025", "FY01")).isPresent();
        assertThat(index.unit("2025", "JCY01")).isEmpty();
        assertThat(index.asOf(ReportKind.COVERAGE, "2025Q4", "2025-12-31")).isPresent();
        assertThat(index.asOf(ReportKind.COVERAGE, "2025Q3", "2025-09-30")).isEmpty();
        assertThat(index.dossier("P0123", "2024", "2024-12-31")).map(ReportEntry::file).contains("dossier-P0123-2024-12-31.pdf");
        assertThat(index.dossier("P0123", "2025Q2", "2025-06-30")).as("else the latest").map(ReportEntry::file)
                .contains("dossier-P0123-2025-12-31.pdf");
        assertThat(index.dossier("P9999", "2025", "2025-12-31")).isEmpty();
    }

    @Test
    void aUnitsNoticeIsTheOneAsOfTheRunElseItsLatest() throws Exception {
        FakeReports r = new FakeReports(site);
        r.add("notice-FY01-2025-09-30.pdf", "督办通知单", "notice", null, "FY01", null, "2025-09-30")
                .add("notice-FY01-2025-12-31.pdf", "督办通知单", "notice", null, "FY01", null, "2025-12-31")
                .add("unit-JCY01-2025.pdf", "检察院", "unit", "2025", "JCY01", null, "2025-12-31")
                .addMissing("notice-GAJ01-2025-12-31.pdf", "督办通知单", "notice", null, "GAJ01", null, "2025-12-31")
                .writeIndex();
        ReportIndex index = ReportIndex.read(site.resolve("reports"));
        assertThat(index.notice("FY01", "2025-09-30")).map(ReportEntry::file).contains("notice-FY01-2025-09-30.pdf");
        assertThat(index.notice("FY01", "2026-03-31")).as("else the latest").map(ReportEntry::file)
                .contains("notice-FY01-2025-12-31.pdf");
        assertThat(index.notice("JCY01", "2025-12-31")).as("a unit report is not a notice").isEmpty();
        assertThat(index.notice("GAJ01", "2025-12-31")).as("in the index, file missing").isEmpty();
    }

    @Test
    void missingFilesAndUnsafeNamesAreNeverAvailable() throws Exception {
        Files.createDirectories(site.resolve("reports"));
        Files.writeString(site.resolve("secret.pdf"), "not a report");
        Files.writeString(site.resolve("reports/index.json"), """
                [{"file": "../secret.pdf", "title": "越界", "kind": "overview", "period": "2025"},
                 {"file": "unit-FY01-2025.pdf", "title": "不存在", "kind": "unit", "period": "2025", "unitCode": "FY01"},
                 {"file": "总览.pdf", "title": "中文文件名", "kind": "overview", "period": "2024"},
                 {"title": "没有文件名", "kind": "coverage", "asOf": "2025-12-31"}]
                """);
        ReportIndex index = ReportIndex.read(site.resolve("reports"));
        assertThat(index.all()).hasSize(4).noneMatch(ReportEntry::exists);
        assertThat(index.available()).isEmpty();
        assertThat(index.overview("2025")).isEmpty();
    }

    @Test
    void anUnreadableIndexFailsTheBuild() throws Exception {
        Files.createDirectories(site.resolve("reports"));
        Files.writeString(site.resolve("reports/index.json"), "{\"file\": ");
        assertThatThrownBy(() -> ReportIndex.read(site.resolve("reports"))).hasMessageContaining("报告索引");
        Files.writeString(site.resolve("reports/index.json"), "{\"file\": \"a.pdf\"}");
        assertThatThrownBy(() -> ReportIndex.read(site.resolve("reports"))).hasMessageContaining("JSON 数组");
    }
}
