package lianjian.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import lianjian.cli.LianjianCommand;
import lianjian.demo.SampleCountyGenerator;
import lianjian.demo.SampleCountyOptions;
import lianjian.testsupport.TestWorkbook;

/**
 * Issue 13 part 4: whatever sequence of incremental runs brought a workspace to its files, its published site equals
 * that of one run over the same files in a fresh workspace. The demo county (small case counts) arrives in random
 * batches over several runs, with a problem list and later its corrected version, a run with nothing new and a run
 * where only a reference interval changed; the one-run workspace gets every file at once, with the same interval.
 * Compared: the three CSV exports byte for byte, the set of pages and PDFs of site/ and site-public/, and every
 * PDF's text (times of day blanked: the footer says when a file was generated, and a reused file keeps its time).
 */
class IncrementalEqualsFullRunTest {

    /** A changed reference interval: the county replaces the catalog's example for C05 (法定审限内结案率, [0.95, 1.0]). */
    private static final String INTERVAL = "--lianjian.indicators.C05.reference=0.99,1.0";

    @TempDir
    Path tmp;

    static Stream<Long> seeds() {
        return Stream.of(13L, new Random().nextLong());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void incrementalRunsPublishWhatOneFullRunPublishes(long seed) throws Exception {
        Path files = tmp.resolve("files");
        Files.createDirectories(files);
        new SampleCountyGenerator(SampleCountyOptions.defaults().withCaseCounts(300, 100).withBrokenWorkbook(false)).writeTo(files);
        Path problem = files.resolve("问题清单补报-1.xlsx");
        Path corrected = files.resolve("问题清单补报-2（更正）.xlsx");
        problem(problem, "整改中", null);
        problem(corrected, "已整改", LocalDate.of(2025, 12, 10));

        // Incremental: the directory first (a roster before its units would be refused), the rest in random batches.
        Path inc = tmp.resolve("incremental");
        Random rnd = new Random(seed);
        List<Path> rest = new ArrayList<>();
        List<Path> first = new ArrayList<>();
        try (Stream<Path> s = Files.list(files)) {
            for (Path f : s.sorted().toList()) {
                if (f.equals(problem) || f.equals(corrected)) continue;
                String name = f.getFileName().toString();
                (name.contains("单位名录") || name.contains("人员名册") ? first : rest).add(f);
            }
        }
        Collections.shuffle(rest, rnd);
        int cut1 = rnd.nextInt(rest.size() + 1), cut2 = cut1 + rnd.nextInt(rest.size() - cut1 + 1);
        first.addAll(rest.subList(0, cut1));
        List<List<Path>> batches = List.of(first, rest.subList(cut1, cut2), rest.subList(cut2, rest.size()), List.of(problem),
                List.of(corrected));
        String context = "seed " + seed + ", batches " + batches;
        for (List<Path> batch : batches) {
            drop(batch, inc);
            assertThat(run(inc)).as(context).isZero();
        }
        Map<String, String> beforeNothingNew = pdfTimes(inc);
        assertThat(run(inc)).as("nothing new").isZero();
        assertThat(pdfTimes(inc)).as("a run with nothing new leaves every PDF as it was").isEqualTo(beforeNothingNew);
        assertThat(c05Reference(inc)).as("the shipped example interval of C05").isEqualTo(List.of(0.95, 1.0));
        assertThat(run(inc, INTERVAL)).as("changed interval").isZero();
        // indicators.csv holds no intervals; indicators.json does: republished with the configured one
        assertThat(c05Reference(inc)).as("a changed interval alone re-publishes").isEqualTo(List.of(0.99, 1.0));

        // One run over the same files.
        Path full = tmp.resolve("full");
        List<Path> all = new ArrayList<>();
        batches.forEach(all::addAll);
        drop(all, full);
        assertThat(run(full, INTERVAL)).isZero();

        for (Audience a : Audience.values()) {
            Path i = inc.resolve(a.folder()), f = full.resolve(a.folder());
            for (String csv : List.of("data/indicators.csv", "data/lists.csv", "data/warnings.csv")) {
                assertThat(Files.readString(i.resolve(csv))).as(context + " " + a + " " + csv).isEqualTo(Files.readString(f.resolve(csv)));
            }
            List<String> pages = relativeFiles(f, ".html");
            assertThat(relativeFiles(i, ".html")).as(context + " pages of " + a).isEqualTo(pages);
            // Pages taken over from earlier runs (issue 13) must read exactly like freshly rendered ones.
            List<String> differing = new ArrayList<>();
            for (String page : pages) {
                if (RUN_HISTORY_PAGES.contains(page)) continue;
                String mismatch = firstDifference(pageText(i.resolve(page)), pageText(f.resolve(page)));
                if (mismatch != null) differing.add(page + ": " + mismatch);
            }
            assertThat(differing).as(context + " pages of " + a + " that differ from the full run's").isEmpty();
            assertThat(relativeFiles(i, ".docx")).as(context + " Word copies of " + a).isEqualTo(relativeFiles(f, ".docx"));
            List<String> pdfs = relativeFiles(f, ".pdf");
            assertThat(pdfs).as("the full run renders PDFs").isNotEmpty();
            assertThat(relativeFiles(i, ".pdf")).as(context + " PDFs of " + a).isEqualTo(pdfs);
            for (String pdf : pdfs) {
                assertThat(text(i.resolve(pdf))).as(context + " " + a + " " + pdf).isEqualTo(text(f.resolve(pdf)));
            }
        }
    }

    /**
     * Pages about the runs themselves, which differ by construction between several runs and one: the import log
     * (each file's import time and run), and 报告下载 (earlier runs' reports stay downloadable, issue 14).
     */
    private static final java.util.Set<String> RUN_HISTORY_PAGES = java.util.Set.of("imports.html", "reports.html");

    /**
     * A page without its footer's generation time (a page taken over keeps the time it was generated at), without
     * the overview's 最近导入 table (when each file was imported: run history again) and without PDF sizes.
     */
    private static String pageText(Path page) throws IOException {
        return Files.readString(page).replaceAll("生成时间 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}", "生成时间 …")
                .replaceAll("(?s)<h2 id=\"imports-h\">最近导入</h2>.*?</section>", "最近导入 …")
                // A PDF's size and page count as listed: a reused PDF is the earlier file (its own time stamps), and
                // the 数据来源 appendix lists files in import order, which may break pages elsewhere. Their text is
                // compared below.
                .replaceAll("PDF · \\d+ 页 · [\\d.,]+ [KM]B", "PDF · …");
    }

    /** The first line where two texts differ, both versions; null when equal. */
    private static String firstDifference(String actual, String expected) {
        if (actual.equals(expected)) return null;
        String[] a = actual.split("\\R", -1), e = expected.split("\\R", -1);
        for (int k = 0; k < Math.min(a.length, e.length); k++) {
            if (!a[k].equals(e[k])) return "line " + (k + 1) + " incremental «" + a[k].strip() + "» full «" + e[k].strip() + "»";
        }
        return "line counts " + a.length + " and " + e.length;
    }

    private static void problem(Path file, String status, LocalDate doneOn) throws IOException {
        TestWorkbook.create().sheet("问题清单")
                .row("问题编号", "发现日期", "问题来源", "责任单位", "问题描述", "整改时限", "整改状态", "完成日期")
                .row("INC-1", LocalDate.of(2025, 11, 20), "执法检查", "SFJ01", "社区矫正档案未及时归档", LocalDate.of(2026, 1, 31), status, doneOn)
                .writeXlsx(file);
    }

    private static void drop(List<Path> batch, Path ws) throws IOException {
        Path inbox = ws.resolve("data-import/inbox");
        Files.createDirectories(inbox);
        for (Path f : batch) Files.copy(f, inbox.resolve(f.getFileName()));
    }

    private static int run(Path ws, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--workspace", ws.toString(), "-q", "--lianjian.import.settle-seconds=0"));
        args.addAll(List.of(extra));
        return LianjianCommand.execute(args.toArray(String[]::new));
    }

    private static List<String> relativeFiles(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static Map<String, String> pdfTimes(Path ws) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (Audience a : Audience.values()) {
            Path site = ws.resolve(a.folder());
            for (String pdf : relativeFiles(site, ".pdf")) m.put(a.folder() + "/" + pdf, Files.getLastModifiedTime(site.resolve(pdf)).toString());
        }
        return m;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return provenanceAsASet(new PDFTextStripper().getText(doc).replaceAll("\\d{1,2}:\\d{2}(:\\d{2})?", "hh:mm"));
        }
    }

    /**
     * The appendix 数据来源 lists the imported files in the order they were imported, which differs between
     * several runs and one by construction; the same files must be there. Its lines are compared as a
     * sorted set, without their 序号.
     */
    private static String provenanceAsASet(String text) {
        int at = text.lastIndexOf("数据来源");
        if (at < 0) return text;
        List<String> lines = new ArrayList<>();
        for (String line : text.substring(at).split("\\R")) {
            if (line.matches("\\s*\\d+\\s*")) continue; // a 序号 alone, its row wrapped onto the next line
            lines.add(line.replaceFirst("^\\s*\\d+\\s+", ""));
        }
        Collections.sort(lines);
        return text.substring(0, at) + String.join("\n", lines);
    }

    /** C05's reference interval as the published indicators.json states it. */
    private static List<Double> c05Reference(Path workspace) throws java.io.IOException {
        tools.jackson.databind.JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(workspace.resolve("site/data/indicators.json").toFile());
        for (tools.jackson.databind.JsonNode d : json.get("indicators")) {
            if (d.get("code").asString().equals("C05")) {
                List<Double> r = new ArrayList<>();
                d.get("reference").forEach(v -> r.add(v.asDouble()));
                return r;
            }
        }
        return List.of();
    }
}
