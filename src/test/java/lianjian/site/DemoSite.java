package lianjian.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import lianjian.LianjianApplication;
import lianjian.cli.LianjianCommand;
import lianjian.demo.SampleCountyGenerator;
import lianjian.demo.SampleCountyOptions;
import lianjian.indicators.IndicatorExport;
import lianjian.indicators.ListExport;
import lianjian.testsupport.TestWorkbook;
import lianjian.workspace.Folders;

/**
 * The demo county as the site tests see it, built once per test JVM (every site test class shares it):
 * the sample county's workbooks plus one workbook whose text is markup, imported and computed by a real
 * {@code run} (which also publishes {@code workspace/site/} the product's way); then a second build of
 * the same figures into {@code target/site-tests/site/} with fake PDFs and their index standing in for
 * the reports step, which is the site the tests check and the browser opens.
 */
public final class DemoSite {

    /** Text of a 问题描述 from a spreadsheet: must show as text everywhere. */
    public static final String SCRIPT_DESCRIPTION = "<script>alert(1)</script>";
    public static final String MARKUP_MEASURES = "<img src=x onerror=alert(2)>整改";
    public static final String MARKUP_FILE = "问题补充<i>斜体.xlsx";
    public static final String MARKUP_PROBLEM_NO = "WT-XSS-1";
    public static final LocalDateTime GENERATED_AT = LocalDateTime.of(2026, 1, 5, 9, 30);

    private static DemoSite instance;

    public final Path base;
    public final Path workspace;
    public final Path site;
    public final int runExitCode;
    public final SiteGenerator.Result result;

    private DemoSite(Path base) throws Exception {
        this.base = base;
        this.workspace = base.resolve("workspace");
        this.site = base.resolve("site");
        Folders.deleteTree(workspace);
        Folders.deleteTree(site);
        Path inbox = Files.createDirectories(workspace.resolve("data-import/inbox"));
        new SampleCountyGenerator(SampleCountyOptions.defaults()).writeTo(inbox);
        TestWorkbook.create().sheet("问题清单")
                .row("问题编号", "发现日期", "问题来源", "责任单位", "问题描述", "整改措施", "整改时限", "整改状态")
                .row(MARKUP_PROBLEM_NO, LocalDate.of(2025, 11, 3), "明察暗访", "FY01", SCRIPT_DESCRIPTION, MARKUP_MEASURES,
                        LocalDate.of(2025, 12, 20), "整改中")
                .writeXlsx(inbox.resolve(MARKUP_FILE));
        runExitCode = LianjianCommand.execute("run", "--workspace", workspace.toString(), "-q",
                "--lianjian.import.settle-seconds=0");

        Files.createDirectories(site);
        FakeReports reports = new FakeReports(site);
        reports.add("overview-2025.pdf", "示例县联监总览报告（2025年）", "overview", "2025", null, null, "2025-12-31")
                .add("overview-2025H2.pdf", "示例县联监总览报告（2025年下半年）", "overview", "2025H2", null, null, "2025-12-31")
                .add("unit-FY01-2025.pdf", "示例县人民法院 2025年报告", "unit", "2025", "FY01", null, "2025-12-31")
                .add("unit-JCY01-2025.pdf", "示例县人民检察院 2025年报告", "unit", "2025", "JCY01", null, "2025-12-31")
                .add("coverage-2025-12-31.pdf", "届内履职评议覆盖情况（截至2025年12月31日）", "coverage", null, null, null, "2025-12-31")
                .add("rectification-2025H2.pdf", "示例县问题整改清单（2025年下半年，截至2025年12月31日）", "rectification", "2025H2",
                        null, null, "2025-12-31")
                .add("rectification-2025.pdf", "示例县问题整改清单（2025年，截至2025年12月31日）", "rectification", "2025", null, null,
                        "2025-12-31")
                .add("dossier-P0001-2025-12-31.pdf", "个人履职档案 P0001", "dossier", null, null, "P0001", "2025-12-31")
                .add("dossier-P0002-2025-12-31.pdf", "个人履职档案 P0002", "dossier", null, null, "P0002", "2025-12-31")
                .add("notice-FY01-2025-12-31.pdf", "督办通知单（示例县人民法院，截至2025年12月31日）", "notice", null, "FY01", null,
                        "2025-12-31")
                .addMissing("unit-GAJ01-2025.pdf", "示例县公安局 2025年报告", "unit", "2025", "GAJ01", null, "2025-12-31")
                .writeIndex();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LianjianApplication.class)
                .logStartupInfo(false)
                .run("--lianjian.workspace=" + workspace, "--lianjian.quiet=true")) {
            ctx.getBean(IndicatorExport.class).write(site.resolve("data"));
            ctx.getBean(ListExport.class).write(site.resolve("data"));
            ctx.getBean(lianjian.office.IndicatorWorkbooks.class).write(site.resolve("data"), true);
            result = ctx.getBean(SiteGenerator.class).generate(site, GENERATED_AT);
        }
        System.out.println("[site] demo county: run exit " + runExitCode + ", site " + result.summary());
    }

    public static synchronized DemoSite get() {
        if (instance == null) {
            try {
                instance = new DemoSite(Path.of("target", "site-tests").toAbsolutePath());
            } catch (Exception e) {
                throw new IllegalStateException("demo site set-up failed", e);
            }
        }
        return instance;
    }

    /** 人员编号 → 单位编码 and the roster's order (by unit, then id), read from the demo database. */
    public java.util.LinkedHashMap<String, String> personUnits() {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("db/lianjian.db"));
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "SELECT person_id, unit_code FROM person ORDER BY unit_code, person_id")) {
            while (rs.next()) m.put(rs.getString(1), rs.getString(2));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    /** Rows of an SQL query on the demo database, each as column → text (null stays null). */
    public List<java.util.Map<String, String>> query(String sql) {
        List<java.util.Map<String, String>> rows = new java.util.ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("db/lianjian.db"));
             java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            java.sql.ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnLabel(i), rs.getString(i));
                rows.add(row);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** A CSV of the test site's data/ folder (lists.csv, warnings.csv …), each row as header → value. */
    public List<java.util.Map<String, String>> csv(String name) {
        try (java.io.Reader r = Files.newBufferedReader(site.resolve("data").resolve(name));
             org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).get().parse(r)) {
            List<java.util.Map<String, String>> rows = new java.util.ArrayList<>();
            for (org.apache.commons.csv.CSVRecord rec : p) {
                java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
                p.getHeaderNames().forEach(h -> row.put(h.replace("\uFEFF", ""), rec.get(h)));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML page of the test site, sorted. */
    public List<Path> pages() {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relative) {
        try {
            return Files.readString(site.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
