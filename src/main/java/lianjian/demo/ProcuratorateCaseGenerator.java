package lianjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cases of a basic procuratorate under 捕诉一体: 审查逮捕 ≈25%, 审查起诉 ≈55%, the rest civil,
 * administrative and public-interest work. Outcomes follow the published national pattern of the
 * 2020s: most suspects are not arrested, ≈85% of 审查起诉 end in 起诉, 认罪认罚 applies to ≈85%,
 * and courts adopt ≈95% of sentencing recommendations. 部门受案号 follow the 统一业务应用系统
 * style 示检刑诉受〔2024〕123号.
 */
final class ProcuratorateCaseGenerator {

    private static final Weighted<String> CATEGORIES = Weighted.of("审查逮捕", 25.0).or("审查起诉", 55.0)
            .or("二审", 1.0).or("民事监督", 7.0).or("行政监督", 3.0).or("公益诉讼", 5.0).or("其他", 4.0);

    private static final Weighted<String> OFFENCES = Weighted.of("危险驾驶", 24.0).or("盗窃", 14.0)
            .or("帮助信息网络犯罪活动", 13.0).or("诈骗", 10.0).or("故意伤害", 7.0).or("开设赌场", 5.0)
            .or("交通肇事", 5.0).or("掩饰、隐瞒犯罪所得", 5.0).or("寻衅滋事", 4.0).or("赌博", 3.0)
            .or("非法捕捞水产品", 2.0).or("滥伐林木", 2.0).or("妨害公务", 2.0).or("非法吸收公众存款", 2.0);
    private static final List<String> CIVIL_DISPUTES = List.of("民间借贷纠纷", "买卖合同纠纷", "离婚纠纷",
            "机动车交通事故责任纠纷", "劳务合同纠纷", "建设工程施工合同纠纷");
    private static final List<String> ADMIN_AGENCIES = List.of("示例县市场监督管理局", "示例县自然资源和规划局",
            "示例县人力资源和社会保障局", "示例县综合行政执法局", "示例县公安局");
    private static final List<String> PUBLIC_INTEREST = List.of("青山河道非法采砂", "城关镇生活垃圾违规倾倒",
            "白石乡耕地非法占用", "县城食品摊贩食品安全", "河口镇饮用水水源地污染", "无障碍设施缺失",
            "个人信息泄露", "红色文物保护不力", "农村自建房安全隐患");

    private final Rng rng;
    private final StaffRoster roster;
    private final LocalDate dataEnd;
    private final Map<String, List<Person>> departmentCache = new HashMap<>();

    /** 简称 in the 部门受案号 (示检, or one procuratorate's of the benchmark province). */
    private final String abbreviation;

    ProcuratorateCaseGenerator(Rng rng, StaffRoster roster, int lastYear) {
        this(rng, roster, lastYear, SampleCounty.PROCURATORATE_ABBREVIATION);
    }

    ProcuratorateCaseGenerator(Rng rng, StaffRoster roster, int lastYear, String abbreviation) {
        this.abbreviation = abbreviation;
        this.rng = rng;
        this.roster = roster;
        this.dataEnd = LocalDate.of(lastYear, 12, 31);
    }

    List<ProsecutionCase> generateYear(int year, int count) {
        List<LocalDate> days = WorkCalendar.workdays(LocalDate.of(year, 1, 1),
                min(LocalDate.of(year, 12, 31), dataEnd));
        List<ProsecutionCase> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drafts.add(draft(rng.pick(days)));
        }
        drafts.sort(Comparator.comparing(ProsecutionCase::receivedOn));
        Map<String, Integer> seq = new HashMap<>();
        List<ProsecutionCase> out = new ArrayList<>(count);
        for (ProsecutionCase c : drafts) {
            String word = departmentWord(c.category());
            int n = seq.merge(word, 1, Integer::sum);
            out.add(c.withCaseNo(abbreviation + word + "〔" + year + "〕" + n + "号"));
        }
        return out;
    }

    /** The 案件类别 part of a 部门受案号. */
    private static String departmentWord(String category) {
        return switch (category) {
            case "审查逮捕" -> "刑捕受";
            case "审查起诉" -> "刑诉受";
            case "二审" -> "刑二审受";
            case "民事监督" -> "民监受";
            case "行政监督" -> "行监受";
            case "公益诉讼" -> "公益受";
            default -> "控申受";
        };
    }

    private ProsecutionCase draft(LocalDate received) {
        String category = CATEGORIES.pick(rng);
        boolean minors = false;
        String dept;
        switch (category) {
            case "审查逮捕", "审查起诉" -> {
                double u = rng.nextDouble();
                minors = u < 0.07;
                dept = minors ? "第五检察部" : u < 0.62 ? "第一检察部" : u < 0.97 ? "第二检察部" : StaffRoster.LEADERSHIP;
            }
            case "二审" -> dept = "第一检察部";
            case "民事监督", "行政监督" -> dept = "第三检察部";
            case "公益诉讼" -> dept = "第四检察部";
            default -> dept = rng.chance(0.7) ? "控告申诉检察部" : "第三检察部";
        }
        String name = caseName(category);

        Integer returned = null;
        Integer extensions = null;
        Integer others = null;
        int days;
        Boolean plea = null;
        switch (category) {
            case "审查逮捕" -> {
                days = Math.min(7, Math.max(1, (int) Math.round(rng.logNormal(5, 0.25))));
                others = rng.chance(0.02) ? 1 : 0;
            }
            case "审查起诉" -> {
                plea = rng.chance(0.88); // ≈85% after the 存疑/法定不起诉 cases, which never plead
                returned = rng.chance(0.88) ? 0 : rng.chance(0.83) ? 1 : 2;
                extensions = rng.chance(0.08) ? 1 : 0;
                others = rng.chance(0.04) ? 1 : 0;
                int base = Math.min(30 + 15 * extensions,
                        Math.max(2, (int) Math.round(rng.logNormal(plea ? 12 : 20, 0.4))));
                // each 退回补充侦查 sends the file back to the police for up to a month
                days = base + returned * rng.between(30, 45);
            }
            case "二审" -> days = (int) Math.round(rng.logNormal(25, 0.3));
            case "民事监督", "行政监督" -> days = Math.min(90, (int) Math.round(rng.logNormal(70, 0.3)));
            case "公益诉讼" -> days = (int) Math.round(rng.logNormal(120, 0.45));
            default -> days = (int) Math.round(rng.logNormal(20, 0.5));
        }
        LocalDate closed = WorkCalendar.onOrBefore(received.plusDays(Math.max(1, days)), received);
        if (closed.isAfter(dataEnd)) {
            closed = null;
        }
        Person prosecutor = prosecutor(dept, received, closed == null ? dataEnd : closed);

        Boolean arrested = null;
        String arrestResult = null;
        String prosecution = null;
        String sentencing = null;
        Boolean adopted = null;
        Boolean withdrawn = null;
        String judgment = null;
        if ("审查逮捕".equals(category)) {
            if (closed != null) {
                arrestResult = rng.chance(0.72) ? "批准逮捕" : "不批准逮捕";
                arrested = "批准逮捕".equals(arrestResult);
            }
        } else if ("审查起诉".equals(category)) {
            arrested = rng.chance(0.3); // known when the case is received
            if (closed == null) {
                plea = null;
            } else {
                prosecution = prosecutionResult(arrested, minors);
                if (!"起诉".equals(prosecution) && !"相对不起诉".equals(prosecution) && !"附条件不起诉".equals(prosecution)) {
                    plea = false;
                }
                if ("起诉".equals(prosecution)) {
                    sentencing = plea ? (rng.chance(0.88) ? "确定刑" : "幅度刑") : (rng.chance(0.35) ? "幅度刑" : "无");
                    withdrawn = rng.chance(0.003);
                    LocalDate judged = closed.plusDays(rng.between(plea ? 15 : 30, plea ? 60 : 120));
                    if (!withdrawn && !judged.isAfter(dataEnd)) {
                        judgment = judgment();
                        if (!"无".equals(sentencing)) {
                            adopted = "无罪".equals(judgment) ? Boolean.FALSE
                                    : rng.chance("确定刑".equals(sentencing) ? 0.965 : 0.93);
                        }
                    }
                }
            }
        }
        return new ProsecutionCase(null, name, category, prosecutor, received, closed, arrested, arrestResult,
                prosecution, returned, extensions, others, plea, sentencing, adopted, withdrawn, judgment);
    }

    /** ≈85% 起诉; arrested suspects are rarely not prosecuted (捕后不诉 is watched closely). */
    private String prosecutionResult(boolean arrested, boolean minors) {
        if (arrested) {
            return rng.chance(0.97) ? "起诉" : rng.chance(0.6) ? "相对不起诉" : "存疑不起诉";
        }
        double u = rng.nextDouble();
        if (minors && u < 0.25) {
            return "附条件不起诉";
        }
        if (u < 0.835) {
            return "起诉";
        }
        return u < 0.955 ? "相对不起诉" : u < 0.99 ? "存疑不起诉" : "法定不起诉";
    }

    private String judgment() {
        double u = rng.nextDouble();
        return u < 0.0003 ? "无罪" : u < 0.005 ? "免予刑事处罚" : "有罪";
    }

    private String caseName(String category) {
        return switch (category) {
            case "审查逮捕", "审查起诉", "二审" -> {
                String suspect = ChineseNames.anonymised(rng);
                String group = rng.chance(0.06) ? "等" + rng.between(2, 6) + "人" : "";
                yield suspect + group + OFFENCES.pick(rng) + "案";
            }
            case "民事监督" -> ChineseNames.anonymised(rng) + "与" + ChineseNames.anonymised(rng)
                    + rng.pick(CIVIL_DISPUTES) + "监督案";
            case "行政监督" -> ChineseNames.anonymised(rng) + "诉" + rng.pick(ADMIN_AGENCIES) + "行政处罚监督案";
            case "公益诉讼" -> rng.pick(PUBLIC_INTEREST) + "公益诉讼案";
            default -> ChineseNames.anonymised(rng) + "控告申诉案";
        };
    }

    private Person prosecutor(String dept, LocalDate from, LocalDate through) {
        List<Person> people = departmentCache.computeIfAbsent(dept, d -> {
            List<Person> out = new ArrayList<>();
            for (Person p : roster.inDepartment(d)) {
                if ("JCY01".equals(p.unitCode()) && p.isQuota()) {
                    out.add(p);
                }
            }
            return out;
        });
        Person picked = Person.pickByCaseload(people, from, through, rng);
        if (picked != null) return picked;
        for (Person p : roster.ofUnit("JCY01")) {
            if (p.isQuota() && p.activeOver(from, through)) return p;
        }
        return roster.ofUnit("JCY01").get(0);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
