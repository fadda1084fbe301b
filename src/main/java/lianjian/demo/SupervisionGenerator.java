package lianjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * 监督活动 and the 问题清单 they produce. Every problem comes from an activity of the matching
 * method, on the activity's date, so 发现问题数 in 监督活动 adds up to the problems in 问题清单.
 * The end of the data is shaped on purpose: a few problems are overdue, and problems found in
 * Nov/Dec of the last year fall due within 10 and within 20 days after it (DOMAIN §5.7, Z04/Z06).
 */
final class SupervisionGenerator {

    record Activity(String activityNo, LocalDate on, String method, String title, SampleCounty.Unit unit,
                    String lead, Integer deputies, int problemsFound) {
    }

    record Problem(String problemNo, LocalDate foundOn, String source, SampleCounty.Unit unit, String category,
                   String description, String measures, LocalDate deadline, String status, LocalDate doneOn,
                   Boolean common) {
    }

    record Result(List<Activity> activities, List<Problem> problems) {
    }

    /** Activity plan of one year: method, how many, months it falls in, problems per activity. */
    private record Plan(String method, int count, int minProblems, int maxProblems) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("联席会议", 2, 1, 2), new Plan("履职评议", 2, 1, 2), new Plan("案件评查", 3, 2, 5),
            new Plan("明察暗访", 4, 1, 4), new Plan("个案督查", 3, 1, 2), new Plan("社会调查", 2, 1, 3),
            new Plan("执法检查", 3, 1, 4), new Plan("专题调研", 3, 1, 3), new Plan("听取审议报告", 3, 1, 3));

    private static final Weighted<String> CATEGORIES = Weighted.of("执法司法理念", 0.15).or("贯彻执行法律法规", 0.30)
            .or("司法责任制", 0.15).or("接受监督", 0.10).or("纪律作风", 0.20).or("其他", 0.10);

    private static final List<String> TOPICS = List.of("诉源治理", "执行难综合治理", "矛盾纠纷多元化解",
            "未成年人司法保护", "认罪认罚从宽制度适用", "电信网络诈骗犯罪打击治理", "行政争议实质性化解",
            "公益诉讼检察", "社区矫正", "法律援助", "涉企案件办理", "刑事案件办理质量");

    private SupervisionGenerator() {
    }

    static Result generate(Rng rng, int firstYear, int lastYear) {
        LocalDate dataEnd = LocalDate.of(lastYear, 12, 31);
        List<Activity> activities = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> nearEnd = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            List<Activity> drafts = new ArrayList<>();
            for (Plan plan : PLANS) {
                for (int i = 0; i < plan.count(); i++) {
                    drafts.add(activity(rng, plan, year, i));
                }
            }
            if (year == lastYear) {
                // the year-end inspections whose problems are due just after the end of the data
                drafts.add(new Activity(null, WorkCalendar.onOrAfter(LocalDate.of(year, 11, 18)), "明察暗访",
                        year + "年冬季政法单位窗口作风明察暗访", SampleCounty.POLICE, "政法委", null, 2));
                drafts.add(new Activity(null, WorkCalendar.onOrAfter(LocalDate.of(year, 12, 3)), "执法检查",
                        "《中华人民共和国法律援助法》执法检查", SampleCounty.JUSTICE, "人大", rng.between(6, 12), 2));
            }
            drafts.sort(Comparator.comparing(Activity::on));
            int seq = 1;
            for (Activity a : drafts) {
                Activity numbered = new Activity(String.format(Locale.ROOT, "HD%d-%02d", year, seq++), a.on(), a.method(),
                        a.title(), a.unit(), a.lead(), a.deputies(), a.problemsFound());
                activities.add(numbered);
                boolean yearEnd = year == lastYear && a.on().getMonthValue() >= 11
                        && ("明察暗访".equals(a.method()) && a.title().contains("冬季")
                            || "执法检查".equals(a.method()) && a.title().contains("法律援助法"));
                for (int k = 0; k < a.problemsFound(); k++) {
                    Problem p = problem(rng, numbered, dataEnd, yearEnd, k);
                    problems.add(p);
                    if (yearEnd) {
                        nearEnd.add(p);
                    }
                }
            }
        }
        problems = ensureSomeOverdue(rng, problems, dataEnd);
        problems.sort(Comparator.comparing(Problem::foundOn));
        List<Problem> numbered = new ArrayList<>();
        int year = -1;
        int seq = 0;
        for (Problem p : problems) {
            if (p.foundOn().getYear() != year) {
                year = p.foundOn().getYear();
                seq = 0;
            }
            numbered.add(new Problem(String.format(Locale.ROOT, "WT%d-%03d", year, ++seq), p.foundOn(), p.source(), p.unit(),
                    p.category(), p.description(), p.measures(), p.deadline(), p.status(), p.doneOn(), p.common()));
        }
        return new Result(activities, numbered);
    }

    private static Activity activity(Rng rng, Plan plan, int year, int i) {
        // spread the activities of one method over March–December (little happens around 春节
        // and before the annual 人代会)
        int span = Math.max(1, 10 / plan.count());
        int month = Math.min(12, 3 + i * span + rng.between(0, span - 1));
        if ("联席会议".equals(plan.method())) {
            month = i == 0 ? 7 : 12; // the joint meeting reviews each half-year
        }
        LocalDate from = LocalDate.of(year, month, 1);
        LocalDate to = "联席会议".equals(plan.method()) ? from.plusDays(19) : from.plusMonths(1).minusDays(1);
        LocalDate day = WorkCalendar.randomWorkday(rng, from, to);
        SampleCounty.Unit unit = switch (plan.method()) {
            case "联席会议", "社会调查" -> null;
            case "履职评议", "案件评查" -> i % 2 == 0 ? SampleCounty.COURT : SampleCounty.PROCURATORATE;
            case "个案督查" -> List.of(SampleCounty.COURT, SampleCounty.PROCURATORATE, SampleCounty.POLICE).get(i % 3);
            case "执法检查" -> List.of(SampleCounty.POLICE, SampleCounty.JUSTICE, SampleCounty.COURT).get(i % 3);
            default -> SampleCounty.UNITS.get((i + year) % 4);
        };
        String lead = switch (plan.method()) {
            case "联席会议", "案件评查", "社会调查" -> "联合";
            case "明察暗访", "个案督查" -> rng.chance(0.7) ? "政法委" : "人大";
            default -> "人大";
        };
        Integer deputies = "政法委".equals(lead) ? null : switch (plan.method()) {
            case "听取审议报告" -> rng.between(15, 25);
            case "履职评议" -> rng.between(10, 20);
            case "执法检查" -> rng.between(6, 12);
            default -> rng.between(3, 8);
        };
        String unitName = unit == null ? "" : unit.name();
        String topic = rng.pick(TOPICS);
        String title = switch (plan.method()) {
            case "联席会议" -> year + "年" + (i == 0 ? "上半年" : "下半年") + "人大司法监督与政法委执法监督衔接联席会议";
            case "履职评议" -> year + "年度" + unitName + "法官检察官履职评议";
            case "案件评查" -> year + "年第" + (i + 1) + "批" + unitName + "案件评查";
            case "明察暗访" -> unitName + "窗口服务和工作作风明察暗访";
            case "个案督查" -> unitName + "群众反映强烈案件个案督查";
            case "社会调查" -> year + "年" + (i == 0 ? "上半年" : "下半年") + "政法单位满意度社会调查";
            case "执法检查" -> List.of("《中华人民共和国治安管理处罚法》", "《中华人民共和国社区矫正法》",
                    "《中华人民共和国民事诉讼法》").get(i % 3) + "执法检查";
            case "专题调研" -> "关于" + unitName + topic + "工作的专题调研";
            default -> "听取审议" + unitName + "关于" + topic + "工作情况的报告";
        };
        int found = rng.between(plan.minProblems(), plan.maxProblems());
        return new Activity(null, day, plan.method(), title, unit, lead, deputies, found);
    }

    private static Problem problem(Rng rng, Activity a, LocalDate dataEnd, boolean yearEnd, int k) {
        SampleCounty.Unit unit = a.unit() != null ? a.unit() : SampleCounty.UNITS.get(rng.nextInt(4));
        String source = "听取审议报告".equals(a.method()) ? "其他" : a.method();
        String category = CATEGORIES.pick(rng);
        String description = ProblemTexts.description(rng, unit.type());
        String measures = ProblemTexts.measure(rng);
        LocalDate found = a.on();
        LocalDate deadline;
        LocalDate done = null;
        if (yearEnd) {
            // due 5/9 days (Z06 first list) or 15/18 days (second list) after the end of the data
            int after = "明察暗访".equals(a.method()) ? (k == 0 ? 5 : 9) : (k == 0 ? 15 : 18);
            deadline = dataEnd.plusDays(after);
        } else {
            deadline = found.plusDays(rng.pick(30, 45, 60, 60, 90));
            long limit = deadline.toEpochDay() - found.toEpochDay();
            double u = rng.nextDouble();
            if (u < 0.07) {
                done = deadline.plusDays(rng.between(5, 40)); // closed, but late
            } else if (u < 0.10 && found.isAfter(dataEnd.minusDays(400))) {
                done = null; // stalled
            } else {
                done = found.plusDays(rng.between((int) (limit * 0.4), (int) limit));
            }
            if (done != null) {
                done = WorkCalendar.onOrBefore(done, found);
                if (done.isAfter(dataEnd)) {
                    done = null;
                }
            }
        }
        String status = status(rng, found, done, dataEnd);
        Boolean common = rng.chance(0.1) ? Boolean.TRUE : rng.chance(0.7) ? Boolean.FALSE : null;
        return new Problem(null, found, source, unit, category, description, measures, deadline, status, done, common);
    }

    private static String status(Rng rng, LocalDate found, LocalDate done, LocalDate dataEnd) {
        if (done == null) {
            return found.isAfter(dataEnd.minusDays(20)) ? "未整改" : "整改中";
        }
        return done.plusDays(30).isBefore(dataEnd) && rng.chance(0.8) ? "已销号" : "已整改";
    }

    /** At least three problems of the last year must still be open after their deadline. */
    private static List<Problem> ensureSomeOverdue(Rng rng, List<Problem> problems, LocalDate dataEnd) {
        int overdue = 0;
        for (Problem p : problems) {
            if (p.doneOn() == null && p.deadline().isBefore(dataEnd)) {
                overdue++;
            }
        }
        List<Problem> out = new ArrayList<>(problems);
        for (int i = out.size() - 1; i >= 0 && overdue < 3; i--) {
            Problem p = out.get(i);
            boolean candidate = p.doneOn() != null && p.foundOn().getYear() == dataEnd.getYear()
                    && p.deadline().isBefore(dataEnd.minusDays(10)) && rng.chance(0.5);
            if (candidate) {
                out.set(i, new Problem(null, p.foundOn(), p.source(), p.unit(), p.category(), p.description(),
                        p.measures(), p.deadline(), "整改中", null, p.common()));
                overdue++;
            }
        }
        return out;
    }
}
