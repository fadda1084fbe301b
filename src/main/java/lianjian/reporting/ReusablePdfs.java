package lianjian.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import lianjian.publish.ReportEntry;
import lianjian.publish.ReportIndex;

/**
 * The PDFs of the previous publication that this run may reuse (issue 13): those whose recorded inputs
 * ({@code inputs} in reports/index.json) equal what this run would render them from. A reused file is hard
 * linked into the build (a copy keeping its time where links are not possible), so it keeps its bytes and its
 * modification time. A previous index that cannot be read simply offers nothing.
 */
final class ReusablePdfs {

    private final Path dir;
    private final Map<String, ReportEntry> byFile;
    private final AtomicInteger reused = new AtomicInteger();

    private ReusablePdfs(Path dir, Map<String, ReportEntry> byFile) {
        this.dir = dir;
        this.byFile = byFile;
    }

    static ReusablePdfs in(Path previousDir) {
        Map<String, ReportEntry> m = new HashMap<>();
        if (previousDir != null) {
            try {
                for (ReportEntry e : ReportIndex.read(previousDir).available()) {
                    if (e.inputs() != null) m.put(e.file(), e);
                }
            } catch (RuntimeException e) {
                m.clear(); // a damaged index: render everything
            }
        }
        return new ReusablePdfs(previousDir, m);
    }

    /**
     * Puts the previous file, and the copies written beside it ({@code companions}: the Word copy of an overview or a
     * notice), into {@code buildDir} when its inputs are the same; empty when it must be rendered — also when a
     * companion is missing there, so a reused PDF never comes without the copies a fresh one would have.
     */
    Optional<ReportEntry> reuse(String file, List<String> companions, String inputs, Path buildDir) {
        ReportEntry e = byFile.get(file);
        if (e == null || !inputs.equals(e.inputs())) return Optional.empty();
        List<String> files = new ArrayList<>();
        files.add(file);
        files.addAll(companions);
        for (String f : files) {
            if (!Files.isRegularFile(dir.resolve(f))) return Optional.empty();
        }
        try {
            for (String f : files) take(dir.resolve(f), buildDir.resolve(f));
        } catch (IOException e2) {
            for (String f : files) {
                try {
                    Files.deleteIfExists(buildDir.resolve(f));
                } catch (IOException ignored) {
                    // overwritten when the report is rendered below
                }
            }
            return Optional.empty(); // could not take it over: render it
        }
        reused.incrementAndGet();
        return Optional.of(e);
    }

    /** A hard link keeps bytes and time at no cost; a copy keeping the time where links are not possible. */
    private static void take(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException linkFailed) {
            Files.deleteIfExists(to);
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    int reused() { return reused.get(); }
}
