package lianjian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The 监督计划 page of the demo county (DOMAIN §4.13, art. 7), checked against the database: one row per plan
 * item; the ways done are those of the linked activities' 监督方式 (worked out here from the database, with
 * the mapping of art. 7); the overdue item is the one lists.csv has in A06 at the end of the data.
 */
class PlanPageTest {

    @Test
    void everyPlanItemWithTheWaysItsActivitiesCarriedOutAndItsState() throws Exception {
        DemoSite demo = DemoSite.get();
        Document doc = SiteDom.parse(demo.site.resolve("plan.html"));
        Element table = SiteDom.all(doc, "table").stream().filter(t -> "plan".equals(t.getAttribute("id"))).findFirst()
                .orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : SiteDom.all(SiteDom.all(table, "tbody").get(0), "tr")) {
            rows.add(SiteDom.all(tr, "td").stream().map(SiteDom::text).toList());
        }
        List<Map<String, String>> plan = demo.query("SELECT plan_no, methods, done_on, due_on FROM supervision_plan");
        assertThat(rows).hasSize(plan.size());
        Map<String, List<String>> ways = Map.of("明察暗访", List.of("查"), "执法检查", List.of("查"), "个案督查", List.of("查"),
                "案件评查", List.of("查", "评"), "听取审议报告", List.of("听"), "专题调研", List.of("谈"), "社会调查", List.of("测"),
                "履职评议", List.of("评"), "联席会议", List.of("议"));
        for (Map<String, String> item : plan) {
            List<String> row = rows.stream().filter(r -> r.get(1).equals(item.get("plan_no"))).findFirst().orElseThrow();
            List<String> done = new ArrayList<>();
            for (Map<String, String> a : demo.query("SELECT method FROM activity WHERE plan_no = '" + item.get("plan_no") + "'")) {
                for (String w : ways.getOrDefault(a.get("method"), List.of())) if (!done.contains(w)) done.add(w);
            }
            String expected = "查听谈测评议".chars().mapToObj(c -> String.valueOf((char) c)).filter(done::contains)
                    .reduce((x, y) -> x + "、" + y).orElse("—");
            assertThat(row.get(6)).as(item.get("plan_no") + " 已开展方式").isEqualTo(expected);
            assertThat(row.get(5)).as(item.get("plan_no") + " 计划方式").isEqualTo(item.get("methods"));
        }
        // The demo's 2025 item without 完成日期, due 2025-10-31, is 61 days overdue at 2025-12-31, as A06 in lists.csv says.
        Map<String, String> a06 = demo.csv("lists.csv").stream().filter(r -> r.get("period").equals("2025Q4")
                && r.get("list").equals("A06")).findFirst().orElseThrow();
        List<String> overdue = rows.stream().filter(r -> r.get(1).equals(a06.get("item_key"))).findFirst().orElseThrow();
        assertThat(overdue.get(11)).isEqualTo("逾期未完成 " + a06.get("days") + " 天");
        assertThat(rows).filteredOn(r -> r.get(11).startsWith("逾期未完成")).hasSize(1);
        assertThat(rows).filteredOn(r -> r.get(11).contains("逾期") && r.get(11).contains("天完成")).hasSize(1);
    }
}
