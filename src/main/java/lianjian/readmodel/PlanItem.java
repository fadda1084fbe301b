package lianjian.readmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One item of the annual joint supervision plan (DOMAIN §4.13, art. 7) with the 监督活动 that carried it out
 * (those whose 计划编号 names it). Which of the six ways of art. 7 — 查、听、谈、测、评、议 — were planned,
 * and which were done: a way is done when a linked activity used a 监督方式 that belongs to it.
 *
 * @param unitCode 对象单位; null for a matter across units (专项工作)
 * @param methods  the planned ways, canonical (查、听、评)
 */
public record PlanItem(String no, int year, String subject, String type, String unitCode, String methods, String lead,
                       LocalDate due, LocalDate done, String remarks, List<Activity> activities) {

    /** A 监督活动 linked to the item. */
    public record Activity(String no, LocalDate date, String method, String title) {}

    /** The six ways of art. 7, in their canonical order. */
    public static final List<String> WAYS = List.of("查", "听", "谈", "测", "评", "议");

    /** Which way a 监督方式 of §4.12 belongs to (案件评查 is both 查 and 评). */
    static final Map<String, List<String>> WAYS_OF_METHOD = Map.of(
            "明察暗访", List.of("查"), "执法检查", List.of("查"), "个案督查", List.of("查"),
            "案件评查", List.of("查", "评"), "听取审议报告", List.of("听"), "专题调研", List.of("谈"),
            "社会调查", List.of("测"), "履职评议", List.of("评"), "联席会议", List.of("议"));

    public PlanItem {
        activities = List.copyOf(activities);
    }

    /** The planned ways, in canonical order. */
    public List<String> plannedWays() {
        List<String> out = new ArrayList<>();
        if (methods == null) return out;
        for (String w : WAYS) if (methods.contains(w)) out.add(w);
        return out;
    }

    /** The ways the linked activities carried out, in canonical order. */
    public List<String> doneWays() {
        Set<String> done = new LinkedHashSet<>();
        for (Activity a : activities) done.addAll(waysOf(a.method()));
        return WAYS.stream().filter(done::contains).toList();
    }

    /** The ways a 监督方式 of §4.12 belongs to (none for 其他). */
    public static List<String> waysOf(String method) {
        return WAYS_OF_METHOD.getOrDefault(method, List.of());
    }

    /** Done by the date (完成日期 on or before it). */
    public boolean doneBy(LocalDate d) { return done != null && !done.isAfter(d); }

    /** Past its 计划完成日期 at d and not done by then (A06). */
    public boolean overdueAt(LocalDate d) { return due.isBefore(d) && !doneBy(d); }
}
