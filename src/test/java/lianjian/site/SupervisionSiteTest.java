package lianjian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The dashboard side of DOMAIN §8 on the demo county, checked against the files and the database the
 * indicators step wrote (data/lists.csv, data/warnings.csv, indicator_warning, followup_item,
 * data_currency), never against the site's own code: the lists behind figures, the 预警 pages and
 * strips, the 督办台账, 数据时效, and 本期无数据 before the data (§5.1).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionSiteTest {

    /** The lists of §8.2 by the figure that opens them (Z06A and Z06B are both behind Z06). */
    static String page(String list) { return list.startsWith("Z06") ? "Z06" : list; }

    /** Lists whose members are people: their key (人员编号) is the table's second column, the name the first. */
    static final Set<String> PERSON_LISTS = Set.of("E04", "E08", "E12");

    private DemoSite demo;
    private List<Map<String, String>> lists;
    private List<Map<String, String>> warnings;
    private final Map<String, Document> dom = new HashMap<>();

    @BeforeAll
    void build() {
        demo = DemoSite.get();
        lists = demo.csv("lists.csv");
        warnings = demo.csv("warnings.csv");
        assertThat(lists).as("lists.csv of the demo").hasSizeGreaterThan(1_000);
        assertThat(warnings).as("warnings.csv of the demo").hasSizeGreaterThan(100);
    }

    private Document dom(String relative) {
        return dom.computeIfAbsent(relative, r -> {
            try {
                return SiteDom.parse(demo.site.resolve(r));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static Element byId(Document d, String id) {
        org.w3c.dom.NodeList all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) return e;
        }
        return null;
    }

    /** The body rows of a table, each as its cells' text. */
    private static List<List<String>> rows(Element table) {
        List<List<String>> out = new ArrayList<>();
        for (Element tbody : SiteDom.all(table, "tbody")) {
            for (Element tr : SiteDom.all(tbody, "tr")) out.add(SiteDom.all(tr, "td").stream().map(SiteDom::text).toList());
        }
        return out;
    }

    private static List<String> headers(Element table) {
        return SiteDom.all(table, "th").stream().map(SiteDom::text).toList();
    }

    // ------------------------------------------------------------------ lists (§8.1, §8.2)

    /**
     * Every (period, list) of lists.csv has its page, and each unit's section of every list page holds
     * exactly that unit's members of lists.csv, no more, no fewer; a page without members exists only
     * because the county's figure is above zero.
     */
    @Test
    void everyListPageShowsExactlyTheMembersOfListsCsv() throws Exception {
        Map<String, Map<String, Set<String>>> expected = new TreeMap<>(); // period/list-X.html → unit → keys
        for (Map<String, String> r : lists) {
            expected.computeIfAbsent(r.get("period") + "/list-" + page(r.get("list")) + ".html", k -> new TreeMap<>())
                    .computeIfAbsent(r.get("unit_code"), k -> new TreeSet<>()).add(r.get("item_key"));
        }
        List<String> pages;
        try (Stream<Path> s = Files.walk(demo.site)) {
            pages = s.filter(p -> p.getFileName().toString().matches("list-[A-Z0-9]+\\.html"))
                    .map(p -> demo.site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(pages).containsAll(expected.keySet());
        int members = 0;
        for (String p : pages) {
            String code = p.substring(p.indexOf("list-") + 5, p.length() - 5);
            Map<String, Set<String>> want = expected.getOrDefault(p, Map.of());
            if (want.isEmpty()) {
                String period = p.substring(0, p.indexOf('/'));
                assertThat(demo.query("SELECT value FROM indicator_value WHERE period = '" + period + "' AND unit_code = 'ALL'"
                        + " AND person_id = '' AND indicator = '" + code + "'").get(0).get("value"))
                        .as(p + " has no member in lists.csv: only a figure above zero gives it a page").isNotNull();
            }
            Document d = dom(p);
            Map<String, Set<String>> shown = new TreeMap<>();
            for (Element section : SiteDom.all(d, "section")) {
                String id = section.getAttribute("id");
                if (!id.startsWith("unit-")) continue;
                String unit = id.equals("unit-none") ? "ALL" : id.substring(5);
                Element table = SiteDom.all(section, "table").stream().findFirst().orElse(null);
                Set<String> keys = new TreeSet<>();
                if (table != null) {
                    int col = PERSON_LISTS.contains(code) ? 1 : 0;
                    for (List<String> row : rows(table)) keys.add(row.get(col));
                }
                shown.put(unit, keys);
                members += keys.size();
            }
            for (Map.Entry<String, Set<String>> e : want.entrySet()) {
                assertThat(shown.get(e.getKey())).as(p + " #unit-" + e.getKey()).isEqualTo(e.getValue());
            }
            shown.forEach((unit, keys) -> {
                if (!keys.isEmpty()) assertThat(want).as(p + ": section of " + unit + " not in lists.csv").containsKey(unit);
            });
        }
        assertThat(members).as("every member of lists.csv is on a page").isEqualTo(lists.size());
        System.out.println("[site] list pages: " + pages.size() + ", members " + members);
    }

    /** The columns an analyst expects, and the days under their own name. */
    @Test
    void listTablesNameTheirDays() {
        assertThat(headers(byId(dom("2025/list-C07.html"), "list-FY01")))
                .containsExactly("案号", "承办单位", "承办人", "案件类型", "案由", "立案日期", "已审理天数");
        assertThat(headers(byId(dom("2025/list-C17.html"), "list-FY01"))).contains("超审限天数").doesNotContain("已审理天数");
        assertThat(headers(byId(dom("2025Q4/list-Z04.html"), "list-FY01"))).contains("问题编号", "整改时限", "逾期天数");
        assertThat(headers(byId(dom("2025Q4/list-Z06.html"), "list-GAJ01"))).contains("剩余天数", "临期");
        List<String> e04 = headers(byId(dom("2025/list-E04.html"), "list-FY01"));
        assertThat(e04.get(0)).isEqualTo("姓名");
        // people by unit and name: the E04 rows of the court are in pinyin order of 姓名
        List<String> names = rows(byId(dom("2025/list-E04.html"), "list-FY01")).stream().map(r -> r.get(0)).toList();
        java.text.Collator pinyin = java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(names).hasSizeGreaterThan(5).isSortedAccordingTo(pinyin);
        // the days are the stored days: C07's are the lists.csv days of the same cases
        Map<String, String> days = lists.stream().filter(r -> r.get("period").equals("2025") && r.get("list").equals("C07"))
                .collect(Collectors.toMap(r -> r.get("item_key"), r -> r.get("days")));
        for (List<String> row : rows(byId(dom("2025/list-C07.html"), "list-FY01"))) {
            assertThat(row.get(6).replace(",", "")).as(row.get(0)).isEqualTo(days.get(row.get(0)));
        }
    }

    /** A case links to its unit's page and its judge's page; a person on a list to their page. */
    @Test
    void listMembersLinkToTheirUnitAndPerson() {
        Element table = byId(dom("2025/list-C07.html"), "list-FY01");
        Element first = SiteDom.all(SiteDom.all(table, "tbody").get(0), "tr").get(0);
        List<String> hrefs = SiteDom.all(first, "a").stream().map(a -> a.getAttribute("href")).toList();
        assertThat(hrefs).contains("../2025/unit-FY01.html").anyMatch(h -> h.matches("\\.\\./\\d{4}/person-P\\d+\\.html"));
        Element e04 = byId(dom("2025/list-E04.html"), "list-JCY01");
        assertThat(SiteDom.all(e04, "a").stream().map(a -> a.getAttribute("href")))
                .anyMatch(h -> h.matches("\\.\\./2025/person-P\\d+\\.html")).contains("../2025/unit-JCY01.html");
    }

    /**
     * Cards and 全部指标 open their list at the unit's section; a figure of 0 or before the data opens
     * nothing; the county's figure on 总览 opens the whole page.
     */
    @Test
    void figuresOpenTheirListAtTheUnitsSection() {
        Document unit = dom("2025/unit-FY01.html");
        assertThat(cardLink(unit, "C07")).isEqualTo("../2025/list-C07.html#unit-FY01");
        assertThat(cardLink(unit, "C17")).isEqualTo("../2025/list-C17.html#unit-FY01");
        assertThat(cardLink(unit, "E04")).isEqualTo("../2025/list-E04.html#unit-FY01");
        assertThat(cardLink(unit, "E12")).isEqualTo("../2025/list-E12.html#unit-FY01");
        assertThat(SiteDom.text(card(unit, "D05"))).as("demo court has no overdue suggestion").contains("0 件");
        assertThat(cardLink(unit, "D05")).as("a count of 0 opens no list").isNull();
        assertThat(cardLink(unit, "C01")).as("a figure without a list").isNull();
        Element figures = byId(unit, "figures");
        assertThat(SiteDom.all(figures, "a").stream().map(a -> a.getAttribute("href")))
                .contains("../2025/list-C07.html#unit-FY01", "../2025/list-C16.html#unit-FY01", "../2025/list-R05.html#unit-FY01");
        assertThat(cardLink(dom("2025/index.html"), "C07")).isEqualTo("../2025/list-C07.html");
        assertThat(cardLink(dom("index.html"), "C07")).isEqualTo("2025/list-C07.html");
        // before the data: no link (2021/unit-FY01 has every figure before its data)
        assertThat(SiteDom.all(dom("2021/unit-FY01.html"), "a").stream().map(a -> a.getAttribute("href")))
                .noneMatch(h -> h.contains("list-"));
    }

    /** The text of the page's main part without its trend charts (they show every period, not this one). */
    private static String withoutCharts(Document d) {
        Element main = (Element) SiteDom.all(d, "main").get(0).cloneNode(true);
        for (Element f : SiteDom.all(main, "figure")) f.getParentNode().removeChild(f);
        return SiteDom.text(main);
    }

    private static Element card(Document d, String code) {
        return SiteDom.all(d, "li").stream().filter(li -> code.equals(li.getAttribute("data-code"))).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + code));
    }

    private static String cardLink(Document d, String code) {
        return SiteDom.all(card(d, code), "a").stream().map(a -> a.getAttribute("href")).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ 预警 (§8.3)

    /** "本期 N 项预警" on 总览 and on every unit page of every period: N is the rows of warnings.csv there. */
    @Test
    void warningStripCountsTheRowsOfWarningsCsvForThePagesPeriodAndUnit() throws Exception {
        Map<String, Integer> count = new HashMap<>();
        for (Map<String, String> w : warnings) count.merge(w.get("period") + "|" + w.get("unit_code"), 1, Integer::sum);
        List<String> periods;
        try (Stream<Path> s = Files.list(demo.site)) {
            periods = s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{4}(H[12]|Q[1-4])?")).sorted().toList();
        }
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index.html", "2025|ALL");
        for (String p : periods) {
            pages.put(p + "/index.html", p + "|ALL");
            for (String u : List.of("FY01", "JCY01", "GAJ01", "SFJ01")) pages.put(p + "/unit-" + u + ".html", p + "|" + u);
        }
        Set<String> withData = demo.query("SELECT DISTINCT period || '|' || unit_code AS k FROM indicator_value"
                + " WHERE person_id = '' AND no_data = 0").stream().map(r -> r.get("k")).collect(Collectors.toSet());
        assertThat(withData).doesNotContain("2021|FY01", "2021|ALL").contains("2025|FY01");
        int nonZero = 0;
        for (Map.Entry<String, String> e : pages.entrySet()) {
            Element strip = SiteDom.all(dom(e.getKey()), "p").stream().filter(p -> p.getAttribute("class").contains("warning-strip"))
                    .findFirst().orElseThrow(() -> new AssertionError("no strip on " + e.getKey()));
            int n = count.getOrDefault(e.getValue(), 0);
            assertThat(Integer.parseInt(strip.getAttribute("data-warnings"))).as(e.getKey()).isEqualTo(n);
            boolean before = !withData.contains(e.getValue());
            assertThat(SiteDom.text(strip)).as(e.getKey())
                    .startsWith(n > 0 ? "本期 " + n + " 项预警" : before ? "本期无数据，不作预警判断" : "本期没有预警");
            if (n > 0) nonZero++;
        }
        assertThat(nonZero).as("pages with warnings checked").isGreaterThan(100);
        dom.clear();
    }

    /**
     * Each period's 预警 page lists exactly the warnings of warnings.csv for that period, in a section per
     * unit; 未达标 against an example interval says 示例 and no other row does; 清单 rows open their list.
     */
    @Test
    void warningPagesListEveryWarningOnceAndMarkExamples() {
        Map<String, Boolean> example = new HashMap<>();
        for (Map<String, String> r : demo.query("SELECT period, unit_code, indicator, rule, example FROM indicator_warning")) {
            example.put(r.get("period") + "|" + r.get("unit_code") + "|" + r.get("indicator") + "|" + r.get("rule"),
                    "1".equals(r.get("example")));
        }
        assertThat(example.values()).contains(true);
        Map<String, List<String>> expected = new TreeMap<>();
        for (Map<String, String> w : warnings) {
            expected.computeIfAbsent(w.get("period"), k -> new ArrayList<>())
                    .add(w.get("unit_code") + "|" + w.get("indicator") + "|" + w.get("rule"));
        }
        int examples = 0;
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            Document d = dom(e.getKey() + "/warnings.html");
            List<String> shown = new ArrayList<>();
            for (Element section : SiteDom.all(d, "section")) {
                if (!section.getAttribute("id").startsWith("unit-")) continue;
                String unit = section.getAttribute("id").substring(5);
                for (List<String> row : rows(SiteDom.all(section, "table").get(0))) {
                    String rule = row.get(2).replace("（示例区间）", "");
                    String key = e.getKey() + "|" + unit + "|" + row.get(0) + "|" + rule;
                    assertThat(row.get(2).contains("示例")).as(key).isEqualTo(rule.equals("未达标") && example.get(key));
                    if (row.get(2).contains("示例")) examples++;
                    if (rule.equals("清单")) assertThat(row.get(5)).as(key).isEqualTo("查看清单");
                    shown.add(unit + "|" + row.get(0) + "|" + rule);
                }
            }
            assertThat(shown).as(e.getKey()).containsExactlyInAnyOrderElementsOf(e.getValue());
        }
        assertThat(examples).isPositive();
        // the 预警 home shows the latest quarter, half-year and year first
        List<String> h2 = SiteDom.all(dom("warnings/index.html"), "h2").stream().map(SiteDom::text).toList();
        assertThat(h2.subList(0, 3)).satisfiesExactly(a -> assertThat(a).contains("2025年第四季度"),
                b -> assertThat(b).contains("2025年下半年"), c -> assertThat(c).contains("2025年（"));
        long q4 = warnings.stream().filter(w -> w.get("period").equals("2025Q4")).count();
        assertThat(rows(byId(dom("warnings/index.html"), "latest-quarter"))).hasSize((int) q4);
        dom.clear();
    }

    // ------------------------------------------------------------------ 督办台账 (§8.4)

    /**
     * The 督办台账 lists exactly the overdue items of the as-of date — the members of Z04, D05, X05, A06 in
     * lists.csv for the quarter ending on it — with their stored level, and the 临期提醒 exactly Z06A/Z06B;
     * each unit's 督办通知单 is linked where the index has one.
     */
    @Test
    void supervisionLedgerListsExactlyTheOverdueItems() {
        Set<String> overdue = new TreeSet<>(), due = new TreeSet<>();
        for (Map<String, String> r : lists) {
            if (!r.get("period").equals("2025Q4")) continue;
            if (Set.of("Z04", "D05", "X05", "A06").contains(r.get("list"))) overdue.add(r.get("item_key"));
            if (r.get("list").startsWith("Z06")) due.add(r.get("item_key"));
        }
        assertThat(overdue).as("the demo has overdue problems, among them the test's own").contains(DemoSite.MARKUP_PROBLEM_NO);
        Document d = dom("supervision.html");
        List<List<String>> items = rows(byId(d, "followups"));
        assertThat(items.stream().map(r -> r.get(3))).containsExactlyInAnyOrderElementsOf(overdue);
        assertThat(rows(byId(d, "due-soon")).stream().map(r -> r.get(1))).containsExactlyInAnyOrderElementsOf(due);
        Map<String, String> levels = demo.query("SELECT item_key, level, common_issue FROM followup_item WHERE level IS NOT NULL")
                .stream().collect(Collectors.toMap(r -> r.get("item_key"), r -> r.get("level") + ("1".equals(r.get("common_issue"))
                        ? "（共性问题）" : "")));
        for (List<String> row : items) assertThat(row.get(1)).as(row.get(3)).isEqualTo(levels.get(row.get(3)));
        // a work list: by unit (customary order), then level, then overdue days — never by days across units
        List<String> unitOrder = List.of("示例县人民法院", "示例县人民检察院", "示例县公安局", "示例县司法局");
        List<String> levelOrder = List.of("提请专题报告", "重点督办", "一般督办");
        for (int i = 1; i < items.size(); i++) {
            List<String> a = items.get(i - 1), b = items.get(i);
            int ua = unitOrder.indexOf(a.get(0)), ub = unitOrder.indexOf(b.get(0));
            assertThat(ua).isLessThanOrEqualTo(ub);
            if (ua == ub) {
                int la = levelOrder.indexOf(a.get(1).replace("（共性问题）", "")), lb = levelOrder.indexOf(b.get(1).replace("（共性问题）", ""));
                assertThat(la).isLessThanOrEqualTo(lb);
                if (la == lb) assertThat(Integer.parseInt(a.get(7).replace(",", ""))).isGreaterThanOrEqualTo(Integer.parseInt(b.get(7).replace(",", "")));
            }
        }
        // the court's notice is in the (fake) index; the other units have none
        String html = demo.read("supervision.html");
        assertThat(html).contains("href=\"reports/notice-FY01-2025-12-31.pdf\"");
        assertThat(items).filteredOn(r -> r.get(0).equals("示例县人民法院")).isNotEmpty().allMatch(r -> r.get(8).equals("督办通知单"));
        assertThat(items).filteredOn(r -> !r.get(0).equals("示例县人民法院")).allMatch(r -> r.get(8).equals("未生成"));
    }

    // ------------------------------------------------------------------ 数据时效 (§8.5)

    @Test
    void importLogShowsDataCurrencyPerUnitAndKind() {
        List<Map<String, String>> stored = demo.query("SELECT unit_code, kind, latest_event, stale FROM data_currency");
        List<List<String>> shown = rows(byId(dom("imports.html"), "data-currency"));
        assertThat(shown).hasSize(stored.size()).hasSizeGreaterThan(10);
        Map<String, String> latest = stored.stream().collect(Collectors.toMap(
                r -> r.get("kind") + "|" + r.get("unit_code"), r -> r.get("latest_event")));
        Map<String, String> codeOf = Map.of("示例县人民法院", "FY01", "示例县人民检察院", "JCY01", "示例县公安局", "GAJ01", "示例县司法局", "SFJ01");
        for (List<String> row : shown) {
            assertThat(row.get(3)).as(row.toString()).isEqualTo(latest.get(row.get(1) + "|" + codeOf.get(row.get(0))));
            assertThat(row.get(6)).as("the demo's cases are current").isIn("正常", "—");
        }
        assertThat(shown).anySatisfy(r -> assertThat(r).containsSequence("示例县人民法院", "法院案件", "立案日期"));
    }

    // ------------------------------------------------------------------ before the data (§5.1)

    /**
     * The demo's 2021 ends before every family's data: its pages say 本期无数据, never "0 件" or a rate;
     * a period where one family has no data yet shows 本期无数据 on exactly that family's figures.
     */
    @Test
    void beforeTheDataPagesSayNoDataAndNeverZero() {
        java.util.regex.Pattern zero = java.util.regex.Pattern.compile("(?<![\\d,.])0(\\.0)?( 件| 人|%)");
        for (String p : List.of("2021/unit-FY01.html", "2021/unit-JCY01.html", "2021/index.html", "2021Q3/unit-FY01.html")) {
            String text = withoutCharts(dom(p));
            assertThat(text).as(p).contains("本期无数据").doesNotContain("未达标");
            assertThat(zero.matcher(text).find()).as(p + ": a zero where there is no data: " + text).isFalse();
        }
        assertThat(demo.read("2021/unit-FY01.html")).contains("自2022年第一季度起才有");
        // 2022Q1: the procuratorate's problems start later (their first 发现日期), its other figures are there
        Map<String, String> noData = demo.query("SELECT indicator, no_data FROM indicator_value WHERE period = '2022Q1'"
                + " AND unit_code = 'JCY01' AND person_id = ''").stream().collect(Collectors.toMap(r -> r.get("indicator"), r -> r.get("no_data")));
        assertThat(noData).containsEntry("Z04", "1").containsEntry("J01", "0").containsEntry("A01", "1");
        Document j = dom("2022Q1/unit-JCY01.html");
        assertThat(SiteDom.text(card(j, "A01"))).contains("本期无数据").doesNotContain("0 件");
        assertThat(SiteDom.text(card(j, "J01"))).doesNotContain("本期无数据");
        assertThat(SiteDom.all(j, "li").stream().filter(li -> "Z04".equals(li.getAttribute("data-code")))).as("the whole 问题整改 group has no data")
                .isEmpty();
        assertThat(SiteDom.text(SiteDom.all(j, "main").get(0))).contains("本期无数据：本期结束时还没有示例县人民检察院的问题整改数据");
        for (List<String> row : rows(byId(j, "figures"))) {
            if (noData.containsKey(row.get(0))) {
                assertThat(row.get(4).equals("本期无数据")).as("全部指标 " + row.get(0)).isEqualTo(noData.get(row.get(0)).equals("1"));
            }
        }
        // charts start at the first period with data: no row of the court's yearly chart before 2022
        Element chart = byId(dom("2025/unit-FY01.html"), "chart-court-flow-FY01-year");
        assertThat(rows(chart).get(0).get(0)).isEqualTo("2022年");
        assertThat(rows(chart)).noneMatch(r -> r.contains("本期无数据"));
        dom.clear();
    }
}
