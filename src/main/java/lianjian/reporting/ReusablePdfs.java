package lianjian.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import lianjian.publish.ReportEntry;
import lianjian.publish.ReportIndex;
import lianjian.workspace.Folders;

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

    /** Puts the previous file into {@code buildDir} when its inputs are the same; empty when it must be rendered. */
    Optional<ReportEntry> reuse(String file, String inputs, Path buildDir) {
        ReportEntry e = byFile.get(file);
        if (e == null || !inputs.equals(e.inputs())) return Optional.empty();
        Path from = dir.resolve(file), to = buildDir.resolve(file);
        try {
            Folders.linkOrCopy(from, to);
        } catch (IOException e2) {
            return Optional.empty(); // could not take it over: render it
        }
        reused.incrementAndGet();
        return Optional.of(e);
    }

    /**
     * Puts the previous office copy of a reused PDF (its .docx, its .ofd) into {@code buildDir}; false when the
     * previous publication has none (it predates that copy) or it could not be taken over: then it is written anew.
     */
    boolean reuseCopy(String copy, Path buildDir) {
        Path from = dir.resolve(copy), to = buildDir.resolve(copy);
        if (!Files.isRegularFile(from)) return false;
        try {
            Folders.linkOrCopy(from, to);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    int reused() { return reused.get(); }
}
