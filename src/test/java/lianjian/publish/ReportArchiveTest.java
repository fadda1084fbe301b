package lianjian.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 part 6: the 2025H1 report survives the publication of 2025H2. */
class ReportArchiveTest {

    @TempDir
    Path dir;

    private static ReportEntry entry(String file, String period) {
        return new ReportEntry(file, "示例县联席会议综合报告", ReportKind.OVERVIEW, period, null, null, "2025-06-30", 3, 10L, true);
    }

    @Test
    void aPreviouslyPublishedReportNotWrittenAgainIsCopiedAndListed() throws Exception {
        Path old = Files.createDirectories(dir.resolve("site/reports"));
        Files.writeString(old.resolve("overview-2025H1.pdf"), "H1 as published");
        Files.writeString(old.resolve("overview-2025.pdf"), "year, old figures");
        ReportIndex.write(old, List.of(entry("overview-2025H1.pdf", "2025H1"), entry("overview-2025.pdf", "2025"),
                entry("overview-2024H2.pdf", "2024H2"))); // listed but its file is gone: nothing to keep

        Path fresh = Files.createDirectories(dir.resolve(".site-build/reports"));
        Files.writeString(fresh.resolve("overview-2025H2.pdf"), "H2 new");
        Files.writeString(fresh.resolve("overview-2025.pdf"), "year, new figures");
        List<ReportEntry> written = List.of(entry("overview-2025H2.pdf", "2025H2"), entry("overview-2025.pdf", "2025"));

        List<ReportEntry> kept = ReportArchive.carryOver(old, fresh, written);

        assertThat(kept).extracting(ReportEntry::file).containsExactly("overview-2025H1.pdf");
        assertThat(Files.readString(fresh.resolve("overview-2025H1.pdf"))).isEqualTo("H1 as published");
        // the report written again is this run's, not the old copy
        assertThat(Files.readString(fresh.resolve("overview-2025.pdf"))).isEqualTo("year, new figures");
        assertThat(fresh.resolve("overview-2024H2.pdf")).doesNotExist();

        List<ReportEntry> listed = new ArrayList<>(written);
        listed.addAll(kept);
        ReportIndex.write(fresh, listed);
        assertThat(ReportIndex.read(fresh).available()).extracting(ReportEntry::period).containsExactly("2025H2", "2025", "2025H1");
    }

    @Test
    void theWordAndOfdCopiesOfAKeptReportStayBesideIt() throws Exception {
        Path old = Files.createDirectories(dir.resolve("site/reports"));
        Files.writeString(old.resolve("overview-2025H1.pdf"), "H1 pdf");
        Files.writeString(old.resolve("overview-2025H1.docx"), "H1 docx");
        Files.writeString(old.resolve("overview-2025H1.ofd"), "H1 ofd");
        ReportIndex.write(old, List.of(entry("overview-2025H1.pdf", "2025H1")));
        Path fresh = Files.createDirectories(dir.resolve(".site-build/reports"));

        List<ReportEntry> kept = ReportArchive.carryOver(old, fresh, List.of());
        ReportIndex.write(fresh, kept);

        assertThat(Files.readString(fresh.resolve("overview-2025H1.docx"))).isEqualTo("H1 docx");
        assertThat(Files.readString(fresh.resolve("overview-2025H1.ofd"))).isEqualTo("H1 ofd");
        ReportIndex index = ReportIndex.read(fresh);
        ReportEntry h1 = index.overview("2025H1").orElseThrow();
        assertThat(index.word(h1)).contains("overview-2025H1.docx");
        assertThat(index.ofd(h1)).contains("overview-2025H1.ofd");
    }

    @Test
    void aFirstPublicationHasNothingToKeep() {
        assertThat(ReportArchive.carryOver(dir.resolve("site/reports"), dir, List.of())).isEmpty();
        assertThat(ReportArchive.carryOver(null, dir, List.of())).isEmpty();
    }
}
