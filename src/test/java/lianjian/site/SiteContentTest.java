package lianjian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks on the generated files of the demo county that need no browser: the page inventory, links
 * (every internal link and every linked PDF exists; nothing absolute, nothing outside the site),
 * escaping of spreadsheet text, the no-ranking rule, charts with vector text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteContentTest {

    private DemoSite demo;
    private final Map<Path, Document> dom = new TreeMap<>();

    @BeforeAll
    void build() throws Exception {
        demo = DemoSite.get();
        for (Path p : demo.pages()) dom.put(p, SiteDom.parse(p));
    }

    private Path site() { return demo.site; }

    private List<String> periodFolders() throws Exception {
        try (Stream<Path> s = Files.list(site())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{4}(H[12]|Q[1-4])?"))
                    .sorted().toList();
        }
    }

    @Test
    void theRunPublishedASiteAndTheDemoHasItsRejectedFile() {
        assertThat(demo.runExitCode).as("demo has one broken workbook: exit 2").isEqualTo(2);
        assertThat(demo.workspace.resolve("site/index.html")).exists();
        assertThat(demo.workspace.resolve("site/2025/unit-FY01.html")).exists();
        assertThat(demo.workspace.resolve(".site-build")).doesNotExist();
    }

    @Test
    void inventoryEveryPeriodHasEveryPageAndPersonPagesFollowThePlan() throws Exception {
        List<String> periods = periodFolders();
        assertThat(periods).contains("2022", "2025", "2025H1", "2025H2", "2025Q4").hasSizeGreaterThanOrEqualTo(28);
        for (String p : periods) {
            for (String f : List.of("index.html", "unit-FY01.html", "unit-JCY01.html", "unit-GAJ01.html", "unit-SFJ01.html",
                    "coverage.html", "rectification.html")) {
                assertThat(site().resolve(p).resolve(f)).as(p + "/" + f).exists();
            }
        }
        for (String f : List.of("index.html", "people.html", "imports.html", "indicators.html", "reports.html", "periods.html",
                "assets/site.css", "assets/tables.js", "assets/site.js", "assets/favicon.svg", "data/indicators.csv")) {
            assertThat(site().resolve(f)).as(f).exists();
        }
        // Person pages: every year, the latest half-year and quarter; none in other halves or quarters.
        assertThat(site().resolve("2025/person-P0001.html")).exists();
        assertThat(site().resolve("2025Q4/person-P0001.html")).exists();
        assertThat(site().resolve("2025H2/person-P0001.html")).exists();
        assertThat(site().resolve("2025Q3/person-P0001.html")).doesNotExist();
        assertThat(site().resolve("2024H2/person-P0001.html")).doesNotExist();
        long personPages = demo.pages().stream().filter(p -> p.getFileName().toString().startsWith("person-")).count();
        assertThat(demo.result.pagesByType().get("人员")).isEqualTo((int) personPages);
        assertThat(personPages).isBetween(400L, 1300L);
        assertThat(demo.result.pages()).isEqualTo(demo.pages().size());
        System.out.println("[site] inventory: " + demo.result.pagesByType() + ", charts " + demo.result.charts());
    }

    @Test
    void everyPageIsChineseUtf8WithATitleAndOneH1() {
        dom.forEach((path, d) -> {
            Element html = d.getDocumentElement();
            assertThat(html.getAttribute("lang")).as(path.toString()).isEqualTo("zh-CN");
            assertThat(SiteDom.all(d, "title")).as(path.toString()).hasSize(1);
            assertThat(SiteDom.text(SiteDom.all(d, "title").get(0))).as(path.toString()).endsWith("— 示例县联监");
            assertThat(SiteDom.all(d, "h1")).as(path.toString()).hasSize(1);
            assertThat(SiteDom.all(d, "meta").stream().anyMatch(m -> "utf-8".equalsIgnoreCase(m.getAttribute("charset"))))
                    .as(path.toString()).isTrue();
        });
    }

    /**
     * Every href/src/option value is relative, stays inside the site and names a file that exists; a link
     * to a section (list-C07.html#unit-FY01, warnings.html#unit-ALL, #unit-JCY01) names an element there.
     */
    @Test
    void everyInternalLinkAndEveryLinkedPdfExists() {
        List<String> problems = new ArrayList<>();
        Set<String> pdfs = new HashSet<>();
        int checked = 0, fragments = 0;
        for (Map.Entry<Path, Document> e : dom.entrySet()) {
            Path page = e.getKey();
            List<String> urls = new ArrayList<>();
            for (Element a : SiteDom.all(e.getValue(), "a")) if (a.hasAttribute("href")) urls.add(a.getAttribute("href"));
            for (Element l : SiteDom.all(e.getValue(), "link")) urls.add(l.getAttribute("href"));
            for (Element s : SiteDom.all(e.getValue(), "script")) if (s.hasAttribute("src")) urls.add(s.getAttribute("src"));
            for (Element i : SiteDom.all(e.getValue(), "img")) urls.add(i.getAttribute("src"));
            for (Element o : SiteDom.all(e.getValue(), "option")) urls.add(o.getAttribute("value"));
            for (String url : urls) {
                if (url.startsWith("#")) {
                    if (url.length() > 1 && !ids(e.getValue()).contains(url.substring(1))) {
                        problems.add(site().relativize(page) + ": no element " + url);
                    }
                    fragments++;
                    continue;
                }
                checked++;
                URI u = URI.create(url);
                if (u.isAbsolute() || url.startsWith("/") || url.startsWith("//")) {
                    problems.add(site().relativize(page) + ": not relative: " + url);
                    continue;
                }
                Path target = page.getParent().resolve(u.getPath()).normalize();
                if (!target.startsWith(site())) problems.add(site().relativize(page) + ": leaves the site: " + url);
                else if (!Files.isRegularFile(target)) problems.add(site().relativize(page) + ": broken: " + url);
                else if (url.endsWith(".pdf")) pdfs.add(site().relativize(target).toString());
                else if (u.getFragment() != null && target.toString().endsWith(".html")) {
                    fragments++;
                    if (!ids(dom.get(target)).contains(u.getFragment())) {
                        problems.add(site().relativize(page) + ": no element #" + u.getFragment() + " in " + url);
                    }
                }
            }
        }
        assertThat(problems).as("broken or non-relative links").isEmpty();
        assertThat(checked).isGreaterThan(50_000);
        assertThat(fragments).as("links to a unit's section of a list or 预警 page").isGreaterThan(1_000);
        assertThat(pdfs).as("every PDF of the fake index that exists is linked somewhere")
                .containsExactlyInAnyOrder("reports/overview-2025.pdf", "reports/overview-2025H2.pdf", "reports/unit-FY01-2025.pdf",
                        "reports/unit-JCY01-2025.pdf", "reports/coverage-2025-12-31.pdf", "reports/rectification-2025H2.pdf",
                        "reports/rectification-2025.pdf",
                        "reports/dossier-P0001-2025-12-31.pdf", "reports/dossier-P0002-2025-12-31.pdf",
                        "reports/notice-FY01-2025-12-31.pdf");
    }

    /**
     * Issue 14 part 7/8: the period's Excel workbook beside 下载CSV of each indicator table (tables.js makes the
     * 下载Excel link from data-xlsx). Every data-xlsx names a workbook of the same build that exists; tables that
     * are not indicator tables (lists, ledgers) carry none; the 公开版 links its own workbook, without person sheets.
     */
    @Test
    void indicatorTablesNameTheirPeriodsWorkbookOfTheSameBuild() throws Exception {
        List<String> problems = new ArrayList<>();
        int marked = 0;
        for (Map.Entry<Path, Document> e : dom.entrySet()) {
            for (Element t : SiteDom.all(e.getValue(), "table")) {
                if (!t.hasAttribute("data-xlsx")) continue;
                marked++;
                String url = t.getAttribute("data-xlsx");
                Path target = e.getKey().getParent().resolve(url).normalize();
                if (!target.startsWith(site()) || !Files.isRegularFile(target)) problems.add(site().relativize(e.getKey()) + ": " + url);
            }
        }
        assertThat(problems).as("data-xlsx naming no workbook of the site").isEmpty();
        assertThat(marked).isGreaterThan(100);
        String unit = demo.read("2025H2/unit-FY01.html");
        assertThat(unit).contains("id=\"figures\" data-csv-name=\"FY01-全部指标-2025H2\" data-xlsx=\"../data/indicators-2025H2.xlsx\"");
        assertThat(demo.read("2025/rectification.html"))
                .contains("id=\"rectification-units\"").containsPattern("id=\"rectification-units\"[^>]*data-xlsx=\"\\.\\./data/indicators-2025\\.xlsx\"")
                .doesNotContainPattern("id=\"ledger\"[^>]*data-xlsx");
        assertThat(demo.read("2025/person-P0001.html")).containsPattern("id=\"person-figures\"[^>]*data-xlsx=\"\\.\\./data/indicators-2025\\.xlsx\"");
        // the 公开版 of the demo run: its own workbook, in its own data folder, without the per-person sheet
        Path publicSite = demo.workspace.resolve("site-public");
        assertThat(Files.readString(publicSite.resolve("2025/unit-FY01.html"))).contains("data-xlsx=\"../data/indicators-2025.xlsx\"");
        try (var in = Files.newInputStream(publicSite.resolve("data/indicators-2025.xlsx"));
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(wb.getSheet("个人指标")).isNull();
        }
        try (var in = Files.newInputStream(demo.workspace.resolve("site/data/indicators-2025.xlsx"));
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(wb.getSheet("个人指标")).isNotNull();
        }
    }

    @Test
    void reportsArePlacedOnTheirPagesAndAMissingOneIsNoted() {
        assertThat(demo.read("2025/index.html")).contains("href=\"../reports/overview-2025.pdf\"");
        assertThat(demo.read("index.html")).contains("href=\"reports/overview-2025.pdf\"");
        assertThat(demo.read("2025Q3/index.html")).contains("本期间没有总览 PDF 报告。").doesNotContain(".pdf\"");
        assertThat(demo.read("2025/unit-FY01.html")).contains("href=\"../reports/unit-FY01-2025.pdf\"");
        // coverage as of 2025-12-31 belongs to every period ending that day
        for (String p : List.of("2025", "2025H2", "2025Q4")) {
            assertThat(demo.read(p + "/coverage.html")).contains("href=\"../reports/coverage-2025-12-31.pdf\"");
        }
        // the 整改清单 counts its own period (issue 14 part 8): the year's page links the year's, never the half-year's
        // that ends the same day; a quarter has none
        assertThat(demo.read("2025/rectification.html")).contains("href=\"../reports/rectification-2025.pdf\"")
                .doesNotContain("rectification-2025H2.pdf");
        assertThat(demo.read("2025H2/rectification.html")).contains("href=\"../reports/rectification-2025H2.pdf\"")
                .doesNotContain("rectification-2025.pdf");
        assertThat(demo.read("2025Q4/rectification.html")).contains("本期间没有问题整改清单 PDF").doesNotContain("reports/rectification-");
        assertThat(demo.read("2024/coverage.html")).contains("截至本期末没有履职评议覆盖 PDF 报告。");
        assertThat(demo.read("2025/person-P0001.html")).contains("href=\"../reports/dossier-P0001-2025-12-31.pdf\"");
        // in the index but not on disk: listed as missing, never linked
        assertThat(demo.read("2025/unit-GAJ01.html")).contains("本期间没有示例县公安局的 PDF 报告。").doesNotContain("unit-GAJ01-2025.pdf");
        String reports = demo.read("reports.html");
        assertThat(reports).contains("文件缺失：unit-GAJ01-2025.pdf").doesNotContain("href=\"reports/unit-GAJ01-2025.pdf\"");
        assertThat(reports).contains("个人履职档案").contains("履职评议覆盖报告").contains("共 10 份报告").contains("督办通知单");
    }

    @Test
    void spreadsheetTextIsEscapedEverywhere() {
        String ledger = demo.read("2025/rectification.html");
        assertThat(ledger).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(2)&gt;整改");
        String unit = demo.read("2025/unit-FY01.html");
        assertThat(unit).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(demo.read("imports.html")).contains("问题补充&lt;i&gt;斜体.xlsx");
        for (Map.Entry<Path, Document> e : dom.entrySet()) {
            String html = read(e.getKey());
            assertThat(html).as(e.getKey().toString()).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<i>斜体");
            // the only scripts are our two assets, in <head>
            List<Element> scripts = SiteDom.all(e.getValue(), "script");
            assertThat(scripts).as(e.getKey().toString()).hasSize(2)
                    .allSatisfy(s -> assertThat(s.getAttribute("src")).matches("(\\.\\./)*assets/(tables|site)\\.js"));
        }
    }

    /**
     * DOMAIN §1: no league tables. In every table that lists people or units (its first column is 姓名 or
     * 单位), no numeric column can be sorted; and lists of people are in unit-and-name order.
     */
    @Test
    void peopleAndUnitsCannotBeSortedByAFigure() {
        int tables = 0;
        for (Map.Entry<Path, Document> e : dom.entrySet()) {
            for (Element table : SiteDom.all(e.getValue(), "table")) {
                List<Element> headers = SiteDom.all(table, "th");
                if (headers.isEmpty()) continue;
                String first = SiteDom.text(headers.get(0));
                if (!first.equals("姓名") && !first.equals("单位")) continue;
                tables++;
                for (Element th : headers) {
                    boolean numeric = th.getAttribute("class").contains("num");
                    if (numeric) {
                        assertThat(th.hasAttribute("data-nosort")).as(e.getKey() + " #" + table.getAttribute("id") + " column "
                                + SiteDom.text(th)).isTrue();
                    }
                }
            }
        }
        assertThat(tables).as("tables of people or units checked").isGreaterThan(400);
    }

    @Test
    void personListsAreInUnitAndNameOrder() throws Exception {
        Document people = dom.get(site().resolve("people.html"));
        Element table = SiteDom.all(people, "table").get(0);
        List<String[]> rows = new ArrayList<>();
        for (Element tr : SiteDom.all(table, "tr")) {
            List<Element> td = SiteDom.all(tr, "td");
            if (!td.isEmpty()) rows.add(new String[] {SiteDom.text(td.get(2)), SiteDom.text(td.get(0))});
        }
        assertThat(rows).hasSizeGreaterThan(140);
        List<String> unitOrder = List.of("示例县人民法院", "示例县人民检察院", "示例县公安局", "示例县司法局");
        int lastUnit = -1;
        String lastName = null;
        java.text.Collator pinyin = java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE);
        for (String[] r : rows) {
            int u = unitOrder.indexOf(r[0]);
            if (u < 0) u = 99;
            assertThat(u).as("units in 法院, 检察院, … order").isGreaterThanOrEqualTo(lastUnit);
            if (u == lastUnit) assertThat(pinyin.compare(lastName, r[1])).as(lastName + " before " + r[1]).isLessThanOrEqualTo(0);
            lastUnit = u;
            lastName = r[1];
        }
    }

    /**
     * The selector offers the same page in every period that has data for it (DOMAIN §5.1): the demo's
     * 2020H2–2021Q4 exist only because the court's first list carries cases filed back then, and are left out.
     */
    @Test
    void periodSelectorOffersTheSamePageInEveryPeriodWithDataAndPersonPagesOnlyTheirOwn() throws Exception {
        List<String> withData = demo.query("SELECT DISTINCT period FROM indicator_value WHERE unit_code = 'JCY01'"
                + " AND person_id = '' AND no_data = 0").stream().map(r -> r.get("period")).toList();
        assertThat(withData).contains("2022", "2025Q2").doesNotContain("2021", "2020H2");
        assertThat(periodFolders()).contains("2021", "2020H2");
        Document unit = dom.get(site().resolve("2025Q2/unit-JCY01.html"));
        List<Element> options = SiteDom.all(unit, "option");
        assertThat(options.stream().map(o -> o.getAttribute("value").replaceAll("^\\.\\./|/unit-JCY01\\.html$", "")))
                .containsExactlyInAnyOrderElementsOf(withData);
        // a page of a period without data still offers itself, marked as the current one
        List<Element> own = SiteDom.all(dom.get(site().resolve("2021/unit-JCY01.html")), "option");
        assertThat(own.stream().filter(o -> o.hasAttribute("selected")).map(SiteDom::text)).containsExactly("2021年");
        assertThat(own).hasSize(withData.size() + 1);
        assertThat(demo.read("periods.html")).contains("2021年</strong><span class=\"muted\">2021-01-01 至 2021-12-31（本期无数据）");
        assertThat(options).anySatisfy(o -> assertThat(o.getAttribute("value")).isEqualTo("../2024/unit-JCY01.html"));
        assertThat(options.stream().filter(o -> o.hasAttribute("selected")).map(SiteDom::text)).containsExactly("2025年第二季度");
        Document person = dom.get(site().resolve("2025/person-P0001.html"));
        List<String> values = SiteDom.all(person, "option").stream().map(o -> o.getAttribute("value")).toList();
        assertThat(values).contains("../2025/person-P0001.html", "../2025Q4/person-P0001.html")
                .noneMatch(v -> v.contains("2025Q3"));
        // depth 0: the default period's overview at the top of the site, same selector
        assertThat(demo.read("index.html")).contains("<option value=\"2024/index.html\">2024年</option>")
                .contains("href=\"assets/site.css\"");
    }

    @Test
    void nothingRefersToAnotherHost() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(site())) {
            files = s.filter(p -> p.toString().matches(".*\\.(html|css|js|svg)$")).toList();
        }
        Pattern remote = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}|@import|url\\(\\s*['\"]?(https?:|//)");
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            // SVG namespace declarations are identifiers, not requests
            text = text.replace("http://www.w3.org/2000/svg", "").replace("http://www.w3.org/1999/xlink", "")
                    .replace("http://www.jfree.org/jfreesvg/svg", "");
            Matcher m = remote.matcher(text);
            assertThat(m.find()).as(f + ": " + (m.hitEnd() ? "" : text.substring(Math.max(0, m.start() - 40),
                    Math.min(text.length(), m.end() + 40)))).isFalse();
        }
        String js = Files.readString(site().resolve("assets/tables.js")) + Files.readString(site().resolve("assets/site.js"));
        assertThat(js).doesNotContain("fetch(").doesNotContain("XMLHttpRequest").doesNotContain("import(");
    }

    @Test
    void chartsAreSvgWithVectorTextAndTheirNumbersAreInATable() throws Exception {
        List<Path> svgs;
        try (Stream<Path> s = Files.list(site().resolve("charts"))) {
            svgs = s.filter(p -> p.toString().endsWith(".svg")).toList();
        }
        assertThat(svgs).hasSize(demo.result.charts()).hasSizeGreaterThan(20);
        for (Path svg : svgs) {
            String text = Files.readString(svg);
            assertThat(text).as(svg.toString()).doesNotContain("<text").doesNotContain("font-family").contains("<path").contains("<title>");
            assertThat(Files.size(svg)).as(svg.toString()).isLessThan(200_000);
        }
        String overview = demo.read("2025Q4/index.html");
        assertThat(overview).contains("src=\"../charts/court-flow-ALL-quarter.svg\"");
        // one court: its chart and the county's court chart are the same figures, drawn once
        assertThat(demo.read("2025Q4/unit-FY01.html")).contains("src=\"../charts/court-flow-ALL-quarter.svg\"");
        assertThat(site().resolve("charts/court-flow-FY01-quarter.svg")).doesNotExist();
        Document d = dom.get(site().resolve("2025Q4/index.html"));
        Element table = SiteDom.all(d, "table").stream().filter(t -> t.getAttribute("id").equals("chart-court-flow-ALL-quarter"))
                .findFirst().orElseThrow();
        Element current = SiteDom.all(table, "tr").stream().filter(tr -> tr.getAttribute("class").contains("row-current"))
                .findFirst().orElseThrow();
        assertThat(SiteDom.text(current)).startsWith("2025年第四季度");
    }

    @Test
    void indicatorGuideHasEveryFormulaOfTheCatalog() {
        String guide = demo.read("indicators.html");
        for (String code : List.of("C01", "C16", "J04", "J10", "R06", "S03", "E07", "E10", "Z06", "D04", "X04", "A03")) {
            assertThat(guide).contains("<td>" + code + "</td>");
        }
        assertThat(guide).contains("统计期内结案且在审限内结案的案件数").contains("参考区间").contains("（示例）");
    }

    @Test
    void csvExportIsThereWithBom() throws Exception {
        byte[] b = Files.readAllBytes(site().resolve("data/indicators.csv"));
        assertThat(new byte[] {b[0], b[1], b[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    }

    /** Every id in a document. */
    private final Map<Document, Set<String>> idCache = new java.util.IdentityHashMap<>();

    private synchronized Set<String> ids(Document d) {
        return idCache.computeIfAbsent(d, doc -> {
            Set<String> ids = new HashSet<>();
            org.w3c.dom.NodeList all = doc.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                String id = ((Element) all.item(i)).getAttribute("id");
                if (!id.isEmpty()) ids.add(id);
            }
            return ids;
        });
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
