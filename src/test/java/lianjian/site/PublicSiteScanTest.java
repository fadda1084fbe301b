package lianjian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 part 1, the outside scan: the 公开版 that a real {@code run} of the demo county published
 * ({@code workspace/site-public/}, with its real PDFs) holds no staff name and no 人员编号 in any file.
 * The names and ids come from the imported 人员名册 (the database's person table), not from the code
 * under test; PDFs are read through their text (PDFBox), OFD copies through theirs (ofdrw-reader), every other file
 * as UTF-8 text.
 */
class PublicSiteScanTest {

    static DemoSite demo;
    static Path publicSite;
    static final List<String> NAMES = new ArrayList<>();
    static final List<String> IDS = new ArrayList<>();

    @BeforeAll
    static void load() {
        demo = DemoSite.get();
        // 2: the demo county holds one deliberately faulty workbook, which is rejected; 1 would be a failed run.
        assertThat(demo.runExitCode).as("the demo run published").isEqualTo(2);
        publicSite = demo.workspace.resolve("site-public");
        for (Map<String, String> row : demo.query("SELECT DISTINCT person_id, person_name FROM person")) {
            IDS.add(row.get("person_id"));
            NAMES.add(row.get("person_name"));
        }
    }

    @Test
    void theRosterIsRealistic() {
        // A scan for nothing would pass; the demo county has a full roster of 2–4 character names.
        assertThat(NAMES).hasSizeGreaterThan(50).allMatch(n -> n.matches("\\p{IsHan}{2,4}"), "2–4 Chinese characters");
        assertThat(IDS).hasSizeGreaterThan(50);
    }

    @Test
    void thePublicBuildHasItsOwnReportsAndNoPersonalOnes() throws IOException {
        List<String> reports;
        try (Stream<Path> s = Files.list(publicSite.resolve("reports"))) {
            reports = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(reports).anyMatch(f -> f.startsWith("overview-") && f.endsWith(".pdf"))
                .anyMatch(f -> f.startsWith("unit-") && f.endsWith(".pdf"))
                .noneMatch(f -> f.startsWith("dossier-") || f.startsWith("notice-") || f.startsWith("coverage-")
                        || f.startsWith("rectification-"))
                .contains("index.json");
        // The 内部版 of the same run keeps them: the public build is a different build, not an accident.
        try (Stream<Path> s = Files.list(demo.workspace.resolve("site/reports"))) {
            assertThat(s.map(p -> p.getFileName().toString())).anyMatch(f -> f.startsWith("dossier-"));
        }
    }

    @Test
    void noFileOfThePublicBuildHoldsARosterNameOrPersonId() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(publicSite)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).as("the public build is not empty").hasSizeGreaterThan(20);
        Pattern ids = Pattern.compile("(?<![A-Za-z0-9])(" + String.join("|", IDS.stream().map(Pattern::quote).toList())
                + ")(?![A-Za-z0-9])");
        List<String> hits = new ArrayList<>();
        TreeSet<String> kinds = new TreeSet<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            kinds.add(name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name);
            String rel = publicSite.relativize(f).toString();
            hits.addAll(scan(rel, rel, ids)); // file names too
            String text = name.endsWith(".pdf") ? pdfText(f) : name.endsWith(".ofd") ? ofdText(f)
                    : new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            hits.addAll(scan(rel, text, ids));
        }
        System.out.println("[public scan] " + files.size() + " files (" + kinds + "), " + NAMES.size() + " names, " + IDS.size()
                + " ids");
        assertThat(hits).as("roster names or 人员编号 in the 公开版").isEmpty();
    }

    private static List<String> scan(String file, String text, Pattern ids) {
        List<String> hits = new ArrayList<>();
        for (String n : NAMES) {
            int at = text.indexOf(n);
            if (at >= 0) hits.add(file + ": 姓名「" + n + "」 … " + around(text, at, n.length()) + " …");
        }
        Matcher m = ids.matcher(text);
        while (m.find()) hits.add(file + ": 人员编号「" + m.group(1) + "」 … " + around(text, m.start(), m.group().length()) + " …");
        return hits;
    }

    private static String around(String text, int at, int len) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + len + 30)).replaceAll("\\s+", " ");
    }

    /** The OFD copy's text (a zip of compressed XML: its bytes would hide every name). */
    private static String ofdText(Path ofd) throws IOException {
        try {
            return lianjian.office.OfdText.all(ofd);
        } catch (Exception e) {
            throw new IOException("OFD 无法读取：" + ofd, e);
        }
    }

    /** The PDF's text with whitespace removed: extraction may put spaces or line breaks inside a CJK name. */
    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u3000]+", "")
                    + "\n" + String.valueOf(doc.getDocumentInformation().getTitle())
                    + "\n" + String.valueOf(doc.getDocumentInformation().getSubject())
                    + "\n" + String.valueOf(doc.getDocumentInformation().getKeywords());
        }
    }
}
