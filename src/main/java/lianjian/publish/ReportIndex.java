package lianjian.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code reports/index.json}: a JSON array of {@link ReportEntry}, in publication order, written by the
 * reports step ({@link #write}) and read by the dashboard ({@link #read}). Pages link a report only
 * when its file is really there and its name is a plain ASCII file name: the index is another step's
 * output, and a link must never point outside reports/ or at nothing.
 */
public final class ReportIndex {

    public static final String INDEX = "index.json";

    /** DOMAIN §6: ASCII file names. Anything else (a path, "..") is never linked. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}\\.pdf");

    private final boolean present;
    private final List<ReportEntry> entries;
    /** Issue #14: the PDFs (by file name) that have an editable Word copy beside them (same name, .docx). */
    private final java.util.Set<String> withWord;

    /** Issue #14 part 5: the PDFs that have an OFD copy beside them (same name, .ofd). */
    private final java.util.Set<String> withOfd;

    private ReportIndex(boolean present, List<ReportEntry> entries) {
        this(present, entries, java.util.Set.of(), java.util.Set.of());
    }

    private ReportIndex(boolean present, List<ReportEntry> entries, java.util.Set<String> withWord, java.util.Set<String> withOfd) {
        this.present = present;
        this.entries = entries;
        this.withWord = withWord;
        this.withOfd = withOfd;
    }

    public static ReportIndex empty() { return new ReportIndex(false, List.of()); }

    /** The Word copy of a listed PDF (overview-2025H1.pdf → overview-2025H1.docx) when it is really there. */
    public Optional<String> word(ReportEntry e) {
        return e.file() != null && withWord.contains(e.file()) ? Optional.of(wordName(e.file())) : Optional.empty();
    }

    private static String wordName(String pdf) {
        return pdf.substring(0, pdf.length() - ".pdf".length()) + ".docx";
    }

    /** The OFD copy of a listed PDF (overview-2025H1.pdf → overview-2025H1.ofd) when it is really there. */
    public Optional<String> ofd(ReportEntry e) {
        return e.file() != null && withOfd.contains(e.file()) ? Optional.of(ofdName(e.file())) : Optional.empty();
    }

    private static String ofdName(String pdf) {
        return pdf.substring(0, pdf.length() - ".pdf".length()) + ".ofd";
    }

    /** The office copies that may sit beside a report's PDF (Word, OFD), by file name. */
    public static List<String> copiesOf(String pdf) {
        return List.of(wordName(pdf), ofdName(pdf));
    }

    /** Writes {@code reportsDir/index.json} for the reports written there. */
    public static void write(Path reportsDir, List<ReportEntry> reports) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ReportEntry r : reports) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", r.file());
            e.put("title", r.title());
            e.put("kind", r.kind() == null ? null : r.kind().json());
            e.put("period", r.period());
            e.put("unitCode", r.unitCode());
            e.put("personId", r.personId());
            e.put("asOf", r.asOf());
            e.put("pages", r.pages());
            e.put("bytes", r.bytes());
            if (r.inputs() != null) e.put("inputs", r.inputs());
            entries.add(e);
        }
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        try {
            Files.writeString(reportsDir.resolve(INDEX), json.writeValueAsString(entries) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入报告索引 " + reportsDir.resolve(INDEX), e);
        }
    }

    /** Reads {@code reportsDir/index.json}; no file means no reports (a period or a run without PDFs). */
    public static ReportIndex read(Path reportsDir) {
        Path index = reportsDir.resolve(INDEX);
        if (!Files.isRegularFile(index)) return empty();
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(index.toFile());
        } catch (RuntimeException e) {
            throw new IllegalStateException("报告索引 " + index + " 无法读取：" + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) throw new IllegalStateException("报告索引 " + index + " 应为 JSON 数组");
        List<ReportEntry> list = new ArrayList<>();
        java.util.Set<String> withWord = new java.util.HashSet<>(), withOfd = new java.util.HashSet<>();
        for (JsonNode n : root) {
            String file = text(n, "file");
            boolean safe = file != null && SAFE_NAME.matcher(file).matches();
            boolean exists = safe && Files.isRegularFile(reportsDir.resolve(file));
            if (exists && Files.isRegularFile(reportsDir.resolve(wordName(file)))) withWord.add(file);
            if (exists && Files.isRegularFile(reportsDir.resolve(ofdName(file)))) withOfd.add(file);
            list.add(new ReportEntry(file, text(n, "title"), ReportKind.fromJson(text(n, "kind")), text(n, "period"), text(n, "unitCode"),
                    text(n, "personId"), text(n, "asOf"), n.hasNonNull("pages") ? n.get("pages").asInt() : null,
                    n.hasNonNull("bytes") ? n.get("bytes").asLong() : null, exists, text(n, "inputs")));
        }
        return new ReportIndex(true, List.copyOf(list), java.util.Set.copyOf(withWord), java.util.Set.copyOf(withOfd));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        String s = v.asString().strip();
        return s.isEmpty() ? null : s;
    }

    /** Whether the reports step wrote an index at all. */
    public boolean present() { return present; }

    public List<ReportEntry> all() { return entries; }

    /** Entries whose file exists. */
    public List<ReportEntry> available() { return entries.stream().filter(ReportEntry::exists).toList(); }

    /** The overview PDF of a period. */
    public Optional<ReportEntry> overview(String period) {
        return available().stream().filter(e -> e.is(ReportKind.OVERVIEW) && period.equals(e.period())).findFirst();
    }

    /** A unit's PDF of a period. */
    public Optional<ReportEntry> unit(String period, String unitCode) {
        return available().stream().filter(e -> e.is(ReportKind.UNIT) && period.equals(e.period())
                && unitCode.equals(e.unitCode())).findFirst();
    }

    /**
     * A report made as of a date (coverage, rectification): it belongs to the period of that code,
     * or to every period that ends on its as-of date (2025-12-31 is the end of 2025, 2025H2 and 2025Q4).
     */
    public Optional<ReportEntry> asOf(ReportKind kind, String period, String periodEnd) {
        return available().stream().filter(e -> e.is(kind)
                && (period.equals(e.period()) || (e.period() == null && periodEnd.equals(e.asOf())))).findFirst();
    }

    /**
     * A unit's 督办通知单 (DOMAIN §8.4): the one as of {@code asOf} when the index has it, else the unit's most
     * recent one.
     */
    public Optional<ReportEntry> notice(String unitCode, String asOf) {
        List<ReportEntry> own = available().stream()
                .filter(e -> e.is(ReportKind.NOTICE) && unitCode.equals(e.unitCode())).toList();
        Optional<ReportEntry> exact = own.stream().filter(e -> asOf != null && asOf.equals(e.asOf())).findFirst();
        if (exact.isPresent()) return exact;
        return own.stream().max(Comparator.comparing(e -> Objects.requireNonNullElse(e.asOf(), "")));
    }

    /** A person's dossier for the period (as {@link #asOf}), else their most recent one. */
    public Optional<ReportEntry> dossier(String personId, String period, String periodEnd) {
        List<ReportEntry> own = available().stream()
                .filter(e -> e.is(ReportKind.DOSSIER) && personId.equals(e.personId())).toList();
        Optional<ReportEntry> exact = own.stream()
                .filter(e -> period.equals(e.period()) || periodEnd.equals(e.asOf())).findFirst();
        if (exact.isPresent()) return exact;
        return own.stream().max(Comparator.comparing(e -> Objects.requireNonNullElse(e.asOf(), "")));
    }
}
