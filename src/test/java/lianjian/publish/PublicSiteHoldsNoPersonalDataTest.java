package lianjian.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.junit.jupiter.api.TestInstance;

import lianjian.site.DemoSite;

/**
 * Issue #15's acceptance check, done as an outsider would: the demo county is run end to end, and every
 * file of the published {@code site-public/} — pages, CSV, JSON, SVG, and the PDFs through their text — is
 * searched for every staff name and 人员编号 of the county's roster. The roster is read from the database's
 * person table (what the 人员名册 workbooks imported), not from the code that builds the 公开版.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSiteHoldsNoPersonalDataTest {

    private Path workspace;
    private Path publicSite;
    /** 人员编号 → 姓名 of every roster row. */
    private final Map<String, String> roster = new LinkedHashMap<>();

    @BeforeAll
    void runTheDemoCounty() throws Exception {
        // The demo county run end to end once for the site tests (plus a problem with markup in its texts).
        DemoSite demo = DemoSite.get();
        workspace = demo.workspace;
        // The sample county deliberately holds one broken workbook: 2 = ran, one file refused.
        assertThat(demo.runExitCode).isEqualTo(2);
        publicSite = workspace.resolve(Audience.PUBLIC.folder());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("db/lianjian.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT person_id, person_name FROM person ORDER BY person_id")) {
            while (rs.next()) roster.put(rs.getString(1), rs.getString(2));
        }
    }

    @Test
    void theRosterIsThereToSearchFor() {
        // A scan for nothing finds nothing: the demo county has judges, prosecutors and other staff.
        assertThat(roster).hasSizeGreaterThan(50);
        assertThat(roster.values()).allSatisfy(name -> assertThat(name).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void theInternalSiteNamesTheStaffSoTheScanCanSeeThem() throws IOException {
        // The same scan on the 内部版 must find names and ids, or the scan (or the text extraction) is blind.
        Path internal = workspace.resolve(Audience.INTERNAL.folder());
        List<String> hits = scan(internal, p -> p.startsWith(internal.resolve("reports")) || p.startsWith(internal.resolve("data"))
                || p.startsWith(internal.resolve("2025")));
        assertThat(hits).anyMatch(h -> h.contains(".pdf")).anyMatch(h -> h.contains(".html")).anyMatch(h -> h.contains(".csv"));
    }

    @Test
    void noFileOfThePublicSiteNamesAStaffMemberOrTheirId() throws IOException {
        assertThat(publicSite.resolve("index.html")).exists();
        assertThat(files(publicSite)).as("the public overview and unit PDFs are scanned too")
                .anyMatch(p -> p.getFileName().toString().startsWith("overview-") && p.toString().endsWith(".pdf"))
                .anyMatch(p -> p.getFileName().toString().startsWith("unit-") && p.toString().endsWith(".pdf"));
        assertThat(scan(publicSite)).as("staff names or 人员编号 in site-public/").isEmpty();
    }

    /**
     * Beyond the roster: the spreadsheets name other people (评查人, the deputy of a 代表建议, the 承办人 as
     * written in the case lists) and carry free text that may name anyone (问题描述, 整改措施, 建议标题, 主要问题, 评议意见, 案件名称
     * with the defendant's name, 监督事项, 活动名称, 旁听意见 …). None of it may reach the 公开版. Texts shorter than
     * 6 characters are left out: they are enumerations or words any page may hold (满意, 已整改).
     */
    @Test
    void noOtherNameNorAnyFreeTextOfTheSpreadsheetsIsInThePublicSite() throws Exception {
        Map<String, String> needles = new LinkedHashMap<>();
        String[][] names = {{"case_review", "reviewer"}, {"suggestion", "deputy_name"},
                {"court_case", "judge_name"}, {"prosecution_case", "prosecutor_name"}, {"case_review", "handler_name"}};
        for (String[] c : names) {
            for (String v : distinct(c[0], c[1])) {
                for (String name : v.split("[、，,;；\\s]+")) {
                    if (name.length() >= 2) needles.putIfAbsent(name, c[0] + "." + c[1]);
                }
            }
        }
        String[][] texts = {{"problem", "description"}, {"problem", "measures"}, {"suggestion", "title"},
                {"case_review", "main_issues"}, {"evaluation", "opinion"}, {"prosecution_case", "case_name"},
                {"supervision_plan", "subject"}, {"supervision_plan", "remarks"}, {"activity", "title"}, {"hearing", "comments"}};
        for (String[] c : texts) {
            for (String v : distinct(c[0], c[1])) {
                String t = v.replaceAll("[\\s\\u3000]+", "");
                if (t.length() >= 6) needles.putIfAbsent(t, c[0] + "." + c[1]);
            }
        }
        assertThat(needles).as("the demo county's spreadsheets hold such texts").hasSizeGreaterThan(200);
        List<String> hits = new ArrayList<>();
        for (Path file : files(publicSite)) {
            String text = text(file).replaceAll("[\\s\\u3000]+", "");
            String rel = publicSite.relativize(file).toString();
            needles.forEach((needle, column) -> {
                if (text.contains(needle)) hit(hits, rel, text, column + " " + needle, Pattern.compile(Pattern.quote(needle)));
            });
        }
        assertThat(hits).as("names or free text from the spreadsheets in site-public/").isEmpty();
    }

    private List<String> distinct(String table, String column) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("db/lianjian.db"));
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT DISTINCT " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /** Every hit as "file: what (人员编号 or 姓名) … context". */
    private List<String> scan(Path root) throws IOException {
        return scan(root, p -> true);
    }

    private List<String> scan(Path root, java.util.function.Predicate<Path> which) throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path file : files(root)) {
            if (!which.test(file)) continue;
            String text = text(file);
            String rel = root.relativize(file).toString();
            for (Map.Entry<String, String> p : roster.entrySet()) {
                // indexOf first: a regex per person and file would make the scan of the 内部版 crawl
                if (text.contains(p.getKey())) hit(hits, rel, text, "人员编号 " + p.getKey(), idPattern(p.getKey()));
                if (text.contains(p.getValue())) {
                    hit(hits, rel, text, "姓名 " + p.getValue() + "（" + p.getKey() + "）", Pattern.compile(Pattern.quote(p.getValue())));
                }
            }
        }
        return hits;
    }

    /** An id not glued to other letters or digits (P0012 is not a hit inside P00123). */
    private static Pattern idPattern(String id) {
        return Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(id) + "(?![A-Za-z0-9])");
    }

    private static void hit(List<String> hits, String file, String text, String what, Pattern p) {
        Matcher m = p.matcher(text);
        if (!m.find()) return;
        int from = Math.max(0, m.start() - 30);
        int to = Math.min(text.length(), m.end() + 30);
        hits.add(file + ": " + what + " … " + text.substring(from, to).replace('\n', ' '));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * A file's text: PDFs through PDFBox (whitespace removed, since extraction adds spaces between CJK
     * characters), everything else as UTF-8 with numeric character references decoded, so that a name
     * written as {@code &#x5f20;} is found too.
     */
    static String text(Path file) throws IOException {
        if (file.toString().endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                String t = new PDFTextStripper().getText(doc);
                String title = doc.getDocumentInformation().getTitle();
                String subject = doc.getDocumentInformation().getSubject();
                String keywords = doc.getDocumentInformation().getKeywords();
                return (t + "\n" + title + "\n" + subject + "\n" + keywords).replaceAll("[\\s\\u3000]+", "");
            }
        }
        if (file.toString().endsWith(".docx")) { // the Word copies of the overviews
            try (var in = Files.newInputStream(file); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
                 var words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
                return (words.getText() + "\n" + doc.getProperties().getCoreProperties().getTitle())
                        .replaceAll("[\\s\\u3000]+", "");
            }
        }
        if (file.toString().endsWith(".ofd")) { // the OFD copies of the overviews: the text of their text objects
            try {
                return lianjian.office.OfdText.all(file);
            } catch (Exception e) {
                throw new IOException("OFD 无法读取：" + file, e);
            }
        }
        if (file.toString().endsWith(".xlsx")) { // the workbooks per period
            try (var in = Files.newInputStream(file); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
                 var cells = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(wb)) {
                return cells.getText().replaceAll("[\\s\\u3000]+", "");
            }
        }
        return decodeReferences(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    private static final Pattern REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    private static String decodeReferences(String s) {
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            int cp = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void theScanReadsBothTheFileTypesItMeetsAndNoOther() throws IOException {
        // Binary formats other than PDF would be scanned as garbage text: fail so a new type gets a reader.
        TreeSet<String> types = new TreeSet<>();
        for (Path f : files(publicSite)) {
            String n = f.getFileName().toString();
            types.add(n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : n);
        }
        // page-inputs: the plain-text record of what each page was rendered from (paths and digests, issue 13)
        assertThat(types).isSubsetOf("html", "css", "js", "csv", "json", "svg", "pdf", "docx", "ofd", "xlsx", "md", "txt", "xml",
                "page-inputs");
    }
}
