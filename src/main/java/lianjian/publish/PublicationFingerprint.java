package lianjian.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import lianjian.config.LianjianProperties;

/**
 * What a published site was built from, as one hash (issue 13): every import receipt (id, file hash,
 * outcome, when it finished — a new, corrected or removed file always leaves one, on this workspace or
 * another sharing the database), the configuration that shapes figures and outputs (county, term,
 * reference intervals, thresholds, scores), the run's as-of parameter, today's date (a period still
 * running is computed as of today, and covers carry the date) and the product build. Stored beside the
 * published 内部版; a run whose fingerprint equals the published one has nothing to re-publish.
 */
@Component
public class PublicationFingerprint {

    /** Inside site/: the fingerprint of the publication it holds. Hidden from the dashboard's own pages. */
    public static final String FILE = ".publication-fingerprint";

    private final JdbcTemplate jdbc;
    private final LianjianProperties properties;

    public PublicationFingerprint(JdbcTemplate jdbc, LianjianProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The fingerprint of what this run would publish, computed after the import. */
    public String compute(String asOfParameter, LocalDate today) {
        MessageDigest sha = sha256();
        jdbc.query("SELECT id, sha256, outcome, finished_at, rows_imported FROM import_file ORDER BY id", rs -> {
            update(sha, rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                    + rs.getLong(5) + "\n");
        });
        update(sha, "config:" + configuration() + "\n");
        update(sha, "asOf:" + (asOfParameter == null ? "" : asOfParameter) + "\n");
        update(sha, "today:" + today + "\n");
        update(sha, "build:" + build() + "\n");
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The fingerprint recorded in a published site, if any. */
    public static Optional<String> published(Path site) {
        Path file = site.resolve(FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: treated as unknown, so everything is rebuilt
        }
    }

    /** Records the fingerprint in a site being built. */
    public static void write(Path build, String fingerprint) {
        try {
            Files.writeString(build.resolve(FILE), fingerprint + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入发布指纹 " + build.resolve(FILE), e);
        }
    }

    /** The settings that change figures or what the outputs say; not the workspace path nor the database login. */
    private String configuration() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("county", properties.getCounty());
        c.put("term", properties.getTerm());
        c.put("satisfaction", properties.getSatisfaction());
        c.put("supervision", properties.getSupervision());
        c.put("indicators", new java.util.TreeMap<>(properties.getIndicators()));
        return JsonMapper.builder().build().writeValueAsString(c);
    }

    /**
     * The product build: each file of the class path by size and time (under {@code java -jar} the jar itself), so a new
     * build, even of the same version, re-publishes everything. Folders (tests, the IDE) count by path.
     */
    public static String build() {
        StringBuilder b = new StringBuilder();
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (entry.isBlank()) continue;
            b.append(entry);
            try {
                Path p = Path.of(entry);
                if (Files.isRegularFile(p)) b.append(':').append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p).toMillis());
            } catch (IOException | RuntimeException e) {
                b.append(":unreadable").append(System.nanoTime()); // cannot tell: never treat the build as unchanged
            }
            b.append(';');
        }
        return b.toString();
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
