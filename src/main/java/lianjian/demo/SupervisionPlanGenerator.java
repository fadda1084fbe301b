package lianjian.demo;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The annual joint supervision plan (DOMAIN §4.13, art. 7): two items a year, carried out by the
 * 监督活动 that {@link SupervisionGenerator} already made. Nothing here draws from the activities'
 * random stream, so the activities, problems and every figure computed from them stay as they
 * were; this only decides which activity belongs to which plan item (its 计划编号) and, from the
 * linked activities' dates, when each item was finished.
 *
 * <p>Each of an item's methods (查、听、谈、测、评、议) is carried out by one linked activity of a
 * matching 监督方式 ({@link #ACTIVITY_METHODS}), of the item's unit or of no unit (联席会议,
 * 社会调查); a method no activity of the year can carry out is left out of the plan. One item (the
 * first of the second year) is finished late, one (the second of the last year) is not finished by
 * its 计划完成日期 at the end of the data; one (the second of the second year) is a 专项工作 across
 * units, without 对象单位.
 */
final class SupervisionPlanGenerator {

    /** One plan item; {@code unit} null for a 专项工作 across all units, {@code doneOn} null when unfinished. */
    record PlanItem(String planNo, int year, String subject, String type, SampleCounty.Unit unit, List<String> methods,
                    String lead, LocalDate dueOn, LocalDate doneOn, String remarks, List<String> activityNos) {

        boolean finishedLate() {
            return doneOn != null && doneOn.isAfter(dueOn);
        }
    }

    /** The plan, and the 计划编号 of each linked activity (by 活动编号). */
    record Result(List<PlanItem> items, Map<String, String> planOfActivity) {
    }

    /**
     * Which activities (by their 监督方式, DOMAIN §4.12) carry out which method of the plan, the usual
     * one first: 查 by inspection and case checks, 听 by hearing a work report, 谈 by a 调研 with
     * 座谈, 测 by a satisfaction survey, 评 by evaluation or case review, 议 by the joint meeting.
     */
    static final Map<String, List<String>> ACTIVITY_METHODS = Map.of(
            "查", List.of("执法检查", "明察暗访", "个案督查", "案件评查"),
            "听", List.of("听取审议报告"),
            "谈", List.of("专题调研"),
            "测", List.of("社会调查"),
            "评", List.of("履职评议", "案件评查"),
            "议", List.of("联席会议"));

    static final List<String> METHOD_ORDER = List.of("查", "听", "谈", "测", "评", "议");

    private record Draft(String subject, String type, SampleCounty.Unit unit, List<String> methods, String lead,
                         MonthDay due) {
    }

    /** Two items per year; the years of the data take these pairs in turn. */
    private static final List<List<Draft>> DRAFTS = List.of(
            List.of(new Draft("执行难综合治理专项监督", "专项工作", SampleCounty.COURT, List.of("查", "听", "评"), "人大",
                            MonthDay.of(11, 30)),
                    new Draft("对县公安局受案立案工作的监督", "单位", SampleCounty.POLICE, List.of("查", "谈", "测"), "政法委",
                            MonthDay.of(12, 15))),
            List.of(new Draft("刑事案件认罪认罚从宽制度适用情况专项监督", "专项工作", SampleCounty.PROCURATORATE,
                            List.of("查", "听", "议"), "联合", MonthDay.of(6, 30)),
                    new Draft("全县政法单位涉企案件办理专项监督", "专项工作", null, List.of("查", "谈", "测", "议"), "联合",
                            MonthDay.of(12, 15))),
            List.of(new Draft("对县人民法院审判执行工作的监督", "单位", SampleCounty.COURT, List.of("查", "听", "测", "评"), "人大",
                            MonthDay.of(11, 30)),
                    new Draft("社区矫正工作专项监督", "专项工作", SampleCounty.JUSTICE, List.of("查", "测", "议"), "联合",
                            MonthDay.of(10, 31))),
            List.of(new Draft("对县人民检察院法律监督工作的监督", "单位", SampleCounty.PROCURATORATE,
                            List.of("查", "听", "谈", "评"), "人大", MonthDay.of(11, 30)),
                    new Draft("县公安局执法办案管理中心规范化运行专项监督", "专项工作", SampleCounty.POLICE,
                            List.of("查", "谈", "议"), "政法委", MonthDay.of(10, 31))));

    private enum Fate { ON_TIME, LATE, OVERDUE }

    private SupervisionPlanGenerator() {
    }

    static Result generate(Rng rng, List<SupervisionGenerator.Activity> activities, int firstYear, int lastYear) {
        LocalDate dataEnd = LocalDate.of(lastYear, 12, 31);
        int lateYear = lastYear > firstYear ? firstYear + 1 : firstYear;
        List<PlanItem> items = new ArrayList<>();
        Map<String, String> planOfActivity = new LinkedHashMap<>();
        Set<String> linked = new HashSet<>();
        for (int year = firstYear; year <= lastYear; year++) {
            List<SupervisionGenerator.Activity> ofYear = new ArrayList<>();
            for (SupervisionGenerator.Activity a : activities) {
                if (a.on().getYear() == year) {
                    ofYear.add(a);
                }
            }
            List<Draft> drafts = DRAFTS.get((year - firstYear) % DRAFTS.size());
            for (int k = 0; k < drafts.size(); k++) {
                Draft d = drafts.get(k);
                String planNo = String.format(Locale.ROOT, "JH%d-%02d", year, k + 1);
                LocalDate nominalDue = d.due().atYear(year);
                List<String> methods = new ArrayList<>();
                List<SupervisionGenerator.Activity> carriedOutBy = new ArrayList<>();
                for (String method : d.methods()) {
                    SupervisionGenerator.Activity a = pick(ofYear, linked, method, d.unit(), nominalDue);
                    if (a == null) {
                        continue; // no activity of the year could carry it out: not in the plan
                    }
                    methods.add(method);
                    carriedOutBy.add(a);
                    linked.add(a.activityNo());
                    planOfActivity.put(a.activityNo(), planNo);
                }
                carriedOutBy.sort(Comparator.comparing(SupervisionGenerator.Activity::on));
                LocalDate last = carriedOutBy.isEmpty() ? nominalDue.minusMonths(2)
                        : carriedOutBy.get(carriedOutBy.size() - 1).on();
                Fate fate = year == lastYear && k == 1 ? Fate.OVERDUE : year == lateYear && k == 0 ? Fate.LATE : Fate.ON_TIME;
                LocalDate due;
                LocalDate done;
                String remarks;
                switch (fate) {
                    case LATE -> {
                        due = nominalDue;
                        LocalDate from = last.isAfter(due) ? last : due;
                        done = WorkCalendar.onOrAfter(from.plusDays(rng.between(20, 45)));
                        if (done.isAfter(dataEnd)) {
                            done = dataEnd;
                        }
                        remarks = "原定" + due.getMonthValue() + "月底前完成，因"
                                + (methods.contains("听") ? "听取和审议专项工作报告" : "部分监督活动") + "时间调整，推迟至"
                                + done.getMonthValue() + "月完成";
                    }
                    case OVERDUE -> {
                        due = nominalDue;
                        done = null;
                        remarks = "整改情况跟踪评估尚未完成，已提请联席会议督办";
                    }
                    default -> {
                        // the plan allows the time its activities need; the report follows the last one
                        LocalDate endOfLastMonth = last.withDayOfMonth(last.lengthOfMonth());
                        due = endOfLastMonth.isAfter(nominalDue) ? endOfLastMonth : nominalDue;
                        LocalDate report = WorkCalendar.onOrAfter(last.plusDays(rng.between(5, 20)));
                        done = report.isAfter(due) ? due : report; // due is never before the last activity
                        remarks = switch (rng.between(0, 2)) {
                            case 0 -> "已形成审议意见，交" + (d.unit() == null ? "各政法单位" : d.unit().shortName()) + "研究处理";
                            case 1 -> "监督报告已提交主任会议";
                            default -> null;
                        };
                    }
                }
                items.add(new PlanItem(planNo, year, d.subject(), d.type(), d.unit(), List.copyOf(methods), d.lead(),
                        due, done, remarks, carriedOutBy.stream().map(SupervisionGenerator.Activity::activityNo).toList()));
            }
        }
        return new Result(List.copyOf(items), planOfActivity);
    }

    /**
     * The activity that carries out one method of an item: not yet linked, of a matching 监督方式,
     * of the item's unit or of none (any unit for an item across units); one on or before the item's
     * nominal deadline first, then the usual 监督方式, then the item's own unit, then the earliest.
     */
    private static SupervisionGenerator.Activity pick(List<SupervisionGenerator.Activity> ofYear, Set<String> linked,
                                                      String method, SampleCounty.Unit unit, LocalDate due) {
        List<String> ways = ACTIVITY_METHODS.get(method);
        SupervisionGenerator.Activity best = null;
        for (SupervisionGenerator.Activity a : ofYear) {
            if (linked.contains(a.activityNo()) || !ways.contains(a.method())) {
                continue;
            }
            if (unit != null && a.unit() != null && !unit.code().equals(a.unit().code())) {
                continue;
            }
            if (best == null || rank(a, ways, unit, due).compareTo(rank(best, ways, unit, due)) < 0) {
                best = a;
            }
        }
        return best;
    }

    private static String rank(SupervisionGenerator.Activity a, List<String> ways, SampleCounty.Unit unit, LocalDate due) {
        int usual = ways.indexOf(a.method());
        int late = a.on().isAfter(due) ? 1 : 0;
        int otherUnit = unit != null && a.unit() == null ? 1 : 0;
        return late + "|" + usual + "|" + otherUnit + "|" + a.on() + "|" + a.activityNo();
    }
}
