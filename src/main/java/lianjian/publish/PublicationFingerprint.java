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
 * reference intervals, thresholds, scores), the run's as-of parameter and the product build. Stored beside the
 * published 内部版; a run whose fingerprint equals the published one has nothing to re-publish — unless the date
 * it was computed on still mattered ({@link DateStamp}).
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
    public String compute(String asOfParameter) {
        MessageDigest sha = sha256();
        jdbc.query("SELECT id, sha256, outcome, finished_at, rows_imported FROM import_file ORDER BY id", rs -> {
            update(sha, rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                    + rs.getLong(5) + "\n");
        });
        update(sha, "config:" + configuration() + "\n");
        update(sha, "asOf:" + (asOfParameter == null ? "" : asOfParameter) + "\n");
        update(sha, "build:" + build() + "\n");
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Which day a publication's figures were computed for, as far as the day matters. Without --as-of a period still
     * running is computed up to today (§5.1), so until the end of the data's latest year ({@code horizon}) a new day
     * changes figures and a publication of yesterday is out of date; after it, every period has ended and the day no
     * longer matters. With --as-of (horizon null) the day never matters.
     *
     * @param day     the day the figures depend on ("-" when none): today, or the horizon once today is past it
     * @param horizon the last day on which the day still matters, or null
     */
    public record DateStamp(String day, LocalDate horizon) {

        public static DateStamp of(LocalDate today, LocalDate horizon) {
            return new DateStamp(horizon == null ? "-" : (today.isAfter(horizon) ? horizon : today).toString(), horizon);
        }

        /** Whether a publication stamped so is still current on {@code today}. */
        public boolean currentOn(LocalDate today) {
            return day.equals(of(today, horizon).day());
        }

        String line() { return "date " + day + " " + (horizon == null ? "-" : horizon); }

        static Optional<DateStamp> parse(String line) {
            String[] p = line.strip().split(" ");
            if (p.length != 3 || !p[0].equals("date")) return Optional.empty();
            try {
                return Optional.of(new DateStamp(p[1], p[2].equals("-") ? null : LocalDate.parse(p[2])));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** What a published site records: its fingerprint and the day its figures depend on. */
    public record Published(String fingerprint, DateStamp date) {}

    /** The fingerprint recorded in a published site, if any (a record of an earlier format counts as none). */
    public static Optional<Published> published(Path site) {
        Path file = site.resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            java.util.List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2) return Optional.empty();
            return DateStamp.parse(lines.get(1)).map(d -> new Published(lines.get(0).strip(), d));
        } catch (IOException e) {
            return Optional.empty(); // unreadable: treated as unknown, so everything is rebuilt
        }
    }

    /** Records the fingerprint and the day the figures depend on in a site being built. */
    public static void write(Path build, String fingerprint, DateStamp date) {
        try {
            Files.writeString(build.resolve(FILE), fingerprint + "\n" + date.line() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入发布指纹 " + build.resolve(FILE), e);
        }
    }

    /** The settings that change figures or what the outputs say; not the workspace path nor the database login. */
    public String configuration() {
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
