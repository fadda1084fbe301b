package lianjian.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps what was published (issue 14 part 6): a run writes the reports of the latest periods only, so
 * without this the 2025H1 联席会议综合报告 would vanish from 报告下载 when 2025H2 is published. Every
 * report of the previously published site's index whose file is still there and which this run did not
 * write again (the file names carry the period or the as-of date, DOMAIN §6) is copied into the new
 * build and listed after the new ones. A report this run writes again under the same name replaces the
 * old one: it is the same report, computed from the current data.
 */
public final class ReportArchive {

    private ReportArchive() {
    }

    /**
     * @param previousReports {@code site/reports} (or {@code site-public/reports}) as published before this run; may not exist
     * @param newReports      the build's reports folder, already holding this run's PDFs
     * @param fresh           this run's reports
     * @return the reports carried over, in the previous index's order
     */
    public static List<ReportEntry> carryOver(Path previousReports, Path newReports, List<ReportEntry> fresh) {
        if (previousReports == null || !Files.isDirectory(previousReports)) return List.of();
        Set<String> written = new HashSet<>();
        for (ReportEntry e : fresh) written.add(e.file());
        List<ReportEntry> kept = new ArrayList<>();
        ReportIndex previous;
        try {
            previous = ReportIndex.read(previousReports);
        } catch (IllegalStateException unreadable) {
            // A damaged old index must not stop this run's publication; its files are simply not carried over.
            return List.of();
        }
        for (ReportEntry e : previous.available()) {
            if (written.contains(e.file())) continue;
            try {
                Files.copy(previousReports.resolve(e.file()), newReports.resolve(e.file()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException ex) {
                throw new UncheckedIOException("无法保留已发布的报告 " + previousReports.resolve(e.file()) + "：" + ex.getMessage(), ex);
            }
            // its Word and OFD copies (issue #14) stay beside it
            for (String copy : ReportIndex.copiesOf(e.file())) {
                Path from = previousReports.resolve(copy);
                if (!Files.isRegularFile(from)) continue;
                try {
                    Files.copy(from, newReports.resolve(copy), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                } catch (IOException ex) {
                    throw new UncheckedIOException("无法保留已发布的报告 " + from + "：" + ex.getMessage(), ex);
                }
            }
            written.add(e.file());
            kept.add(e);
        }
        return kept;
    }
}
