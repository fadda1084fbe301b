package lianjian.reporting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import lianjian.publish.ReportEntry;
import lianjian.publish.ReportKind;

/**
 * What {@link ReportPublisher#publishAll} did: the reports written and where the time went.
 *
 * @param loadMillis     reading the directory, records and receipts before anything is built
 * @param assembleMillis building the documents (queries, prose, tables, charts) on the calling thread;
 *                       it overlaps with rendering
 * @param renderMillis   from the first document to the last PDF written (assembly and rendering in parallel)
 * @param reused         PDFs taken unchanged from the previous publication instead of rendered (issue 13)
 */
public record PublishSummary(List<ReportEntry> reports, long loadMillis, long assembleMillis, long renderMillis,
                             long totalMillis, int threads, int reused) {

    /** PDFs filled and exported by this run. */
    public int rendered() { return reports.size() - reused; }

    public Map<ReportKind, Integer> countByKind() {
        Map<ReportKind, Integer> m = new EnumMap<>(ReportKind.class);
        for (ReportEntry r : reports) m.merge(r.kind(), 1, Integer::sum);
        return m;
    }

    public int pages() {
        return reports.stream().mapToInt(ReportEntry::pages).sum();
    }

    public long bytes() {
        return reports.stream().mapToLong(ReportEntry::bytes).sum();
    }
}
