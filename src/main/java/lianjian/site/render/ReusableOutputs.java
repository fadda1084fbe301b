package lianjian.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import lianjian.workspace.Folders;

/**
 * The pages and charts of the previously published site that this build may take over (issue 13). Each build
 * records, per file, the digest of what it was rendered from ({@link ModelDigest}) in {@value #FILE}; a file whose
 * digest is unchanged is hard-linked from the published site (a copy keeping its time where links are not
 * possible) instead of being rendered again, so it keeps its bytes and its modification time. A missing or
 * unreadable record simply offers nothing: everything is rendered.
 */
public final class ReusableOutputs {

    /** Inside site/ and site-public/: path → digest of every page and chart, one per line. */
    public static final String FILE = ".page-inputs";

    private final Path previousSite;
    private final Map<String, String> previous;
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();

    private ReusableOutputs(Path previousSite, Map<String, String> previous) {
        this.previousSite = previousSite;
        this.previous = previous;
    }

    /** What the published site {@code previousSite} offers; null (or {@code run --full}) offers nothing. */
    public static ReusableOutputs from(Path previousSite) {
        Map<String, String> m = new HashMap<>();
        if (previousSite != null && Files.isRegularFile(previousSite.resolve(FILE))) {
            try {
                for (String line : Files.readAllLines(previousSite.resolve(FILE), StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) m.put(line.substring(0, tab), line.substring(tab + 1));
                }
            } catch (IOException | UncheckedIOException e) {
                m.clear(); // damaged: render everything
            }
        }
        return new ReusableOutputs(previousSite, m);
    }

    public static ReusableOutputs none() { return new ReusableOutputs(null, Map.of()); }

    /**
     * Records {@code digest} for {@code path} and, when the published site has the same file from the same inputs,
     * links it into {@code buildDir}. True when taken over; false when the caller must render it.
     */
    public boolean reuse(String path, String digest, Path buildDir) {
        current.put(path, digest);
        if (previousSite == null || !digest.equals(previous.get(path))) return false;
        Path from = previousSite.resolve(path), to = buildDir.resolve(path);
        if (!Files.isRegularFile(from)) return false;
        try {
            Files.createDirectories(to.getParent());
            Folders.linkOrCopy(from, to);
        } catch (IOException e) {
            return false; // could not take it over: render it
        }
        reused.incrementAndGet();
        return true;
    }

    public int reused() { return reused.get(); }

    /** Writes this build's record, for the next run to compare with. Unstable digests are never written. */
    public void write(Path buildDir) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(current).forEach((path, digest) -> {
            if (!digest.startsWith("unstable-")) b.append(path).append('\t').append(digest).append('\n');
        });
        try {
            Files.writeString(buildDir.resolve(FILE), b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + buildDir.resolve(FILE), e);
        }
    }
}
