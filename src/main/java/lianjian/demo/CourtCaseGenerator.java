package lianjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Court cases of a basic court: the type mix (民事 ≈55%, 执行 ≈30%, 刑事 ≈10%, 行政 ≈3%), the
 * procedures, durations drawn log-normally around realistic medians and bounded by the statutory
 * time limit (审限), outcomes by case type, appeals, enforcement amounts and the odd long-pending
 * case. Cases are numbered per year and 代字 in filing order, as the court's case system does.
 */
final class CourtCaseGenerator {

    /** Statutory limit, median effective duration, log-normal spread, allowed extension (days). */
    private record Limits(Integer statutory, double median, double sigma, int extension) {
    }

    private record Draft(String wordCode, CourtCase courtCase) {
    }

    private static final Weighted<String> TYPES = Weighted.of("民事", 55.0).or("执行", 30.0).or("刑事", 10.0)
            .or("行政", 3.0).or("国家赔偿", 0.3).or("其他", 1.7);

    private static final Weighted<String> CIVIL_TRIAL = Weighted.of("简易", 0.60).or("小额", 0.15).or("普通", 0.25);
    private static final Weighted<String> CRIMINAL_TRIAL = Weighted.of("速裁", 0.35).or("简易", 0.40).or("普通", 0.25);
    private static final Weighted<String> ADMIN_TRIAL = Weighted.of("普通", 0.70).or("简易", 0.30);

    private static final Weighted<String> CIVIL_CLOSING = Weighted.of("判决", 0.36).or("调解", 0.24).or("撤诉", 0.30)
            .or("驳回起诉", 0.03).or("裁定", 0.05).or("移送", 0.02);
    private static final Weighted<String> CRIMINAL_CLOSING = Weighted.of("判决", 0.965).or("撤诉", 0.012)
            .or("裁定", 0.018).or("移送", 0.005);
    private static final Weighted<String> ADMIN_CLOSING = Weighted.of("判决", 0.45).or("撤诉", 0.30)
            .or("驳回起诉", 0.15).or("裁定", 0.08).or("调解", 0.02);
    private static final Weighted<String> RETRIAL_CLOSING = Weighted.of("判决", 0.6).or("裁定", 0.3).or("调解", 0.1);
    private static final Weighted<String> APPEAL_RESULT = Weighted.of("维持", 0.75).or("改判", 0.10)
            .or("发回重审", 0.05).or("撤诉", 0.07).or("调解", 0.03);

    private static final Weighted<String> CRIMINAL_CAUSES = Weighted.of("危险驾驶罪", 22.0).or("盗窃罪", 14.0)
            .or("帮助信息网络犯罪活动罪", 12.0).or("诈骗罪", 10.0).or("故意伤害罪", 7.0).or("开设赌场罪", 5.0)
            .or("交通肇事罪", 5.0).or("掩饰、隐瞒犯罪所得、犯罪所得收益罪", 5.0).or("寻衅滋事罪", 4.0)
            .or("拒不执行判决、裁定罪", 3.0).or("赌博罪", 3.0).or("非法捕捞水产品罪", 2.0).or("滥伐林木罪", 2.0)
            .or("非法吸收公众存款罪", 2.0).or("妨害公务罪", 2.0).or("容留他人吸毒罪", 2.0);
    private static final Weighted<String> CIVIL_CAUSES = Weighted.of("民间借贷纠纷", 16.0).or("买卖合同纠纷", 12.0)
            .or("金融借款合同纠纷", 10.0).or("离婚纠纷", 10.0).or("信用卡纠纷", 8.0).or("机动车交通事故责任纠纷", 8.0)
            .or("物业服务合同纠纷", 5.0).or("劳务合同纠纷", 4.0).or("租赁合同纠纷", 4.0).or("建设工程施工合同纠纷", 4.0)
            .or("追索劳动报酬纠纷", 3.0).or("提供劳务者受害责任纠纷", 3.0).or("生命权、身体权、健康权纠纷", 3.0)
            .or("房屋买卖合同纠纷", 3.0).or("抚养纠纷", 2.0).or("继承纠纷", 2.0).or("服务合同纠纷", 2.0)
            .or("相邻关系纠纷", 1.0);
    private static final Weighted<String> ADMIN_CAUSES = Weighted.of("行政处罚", 25.0).or("行政强制", 12.0)
            .or("工伤认定", 12.0).or("政府信息公开", 10.0).or("行政协议", 10.0).or("行政征收", 10.0)
            .or("行政登记", 8.0).or("行政不作为", 8.0).or("行政赔偿", 5.0);
    private static final Weighted<String> EXECUTION_CAUSES = Weighted.of("民间借贷纠纷", 25.0)
            .or("金融借款合同纠纷", 15.0).or("买卖合同纠纷", 15.0).or("信用卡纠纷", 10.0)
            .or("机动车交通事故责任纠纷", 6.0).or("追索劳动报酬纠纷", 5.0).or("建设工程施工合同纠纷", 5.0)
            .or("租赁合同纠纷", 5.0).or("离婚纠纷", 4.0).or("刑事裁判涉财产部分执行", 5.0).or("非诉行政执行", 5.0);

    private static final List<String> CIVIL_DEPTS = List.of("民事审判第一庭", "民事审判第二庭", "城关人民法庭",
            "青山人民法庭", "白石人民法庭", "河口人民法庭", "立案庭", StaffRoster.LEADERSHIP);
    private static final List<String> SMALL_CLAIMS_DEPTS = List.of("立案庭", "城关人民法庭", "青山人民法庭",
            "白石人民法庭", "河口人民法庭");

    private final Rng rng;
    private final StaffRoster roster;
    private final int firstYear;
    private final int lastYear;
    private final LocalDate dataEnd;
    /** 法院代字 in the 案号 (the sample county's, or one court's of the benchmark province). */
    private final String courtCode;
    private final Map<String, List<Person>> departmentCache = new HashMap<>();

    CourtCaseGenerator(Rng rng, StaffRoster roster, int firstYear, int lastYear) {
        this(rng, roster, firstYear, lastYear, SampleCounty.COURT_CODE);
    }

    CourtCaseGenerator(Rng rng, StaffRoster roster, int firstYear, int lastYear, String courtCode) {
        this.courtCode = courtCode;
        this.rng = rng;
        this.roster = roster;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.dataEnd = LocalDate.of(lastYear, 12, 31);
    }

    /** All cases filed in one year, in filing order, numbered. */
    List<CourtCase> generateYear(int year, int count) {
        FilingDays days = new FilingDays(year);
        List<Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drafts.add(draft(days.pick(rng)));
        }
        // stable sort: equal dates keep generation order, so the result depends on the seed only
        drafts.sort(Comparator.comparing(d -> d.courtCase().filedOn()));
        CaseNumbers numbers = new CaseNumbers(courtCode);
        List<CourtCase> cases = new ArrayList<>(count);
        for (Draft d : drafts) {
            cases.add(d.courtCase().withCaseNo(numbers.next(year, d.wordCode())));
        }
        return cases;
    }

    /**
     * The benchmark variant: {@code rows} cases spread evenly over the years, handed to the sink
     * one at a time in filing order, never held together.
     */
    void stream(int rows, Consumer<CourtCase> sink) {
        int years = lastYear - firstYear + 1;
        for (int y = 0; y < years; y++) {
            int n = (int) ((long) rows * (y + 1) / years - (long) rows * y / years);
            streamYear(firstYear + y, n, sink);
        }
    }

    /** {@code n} cases filed in one year, spread evenly over its working days, in filing order. */
    void streamYear(int year, int n, Consumer<CourtCase> sink) {
        CaseNumbers numbers = new CaseNumbers(courtCode);
        List<LocalDate> workdays = WorkCalendar.workdaysOfYear(year);
        for (int k = 0; k < n; k++) {
            LocalDate filed = workdays.get((int) ((long) k * workdays.size() / n));
            Draft d = draft(filed);
            sink.accept(d.courtCase().withCaseNo(numbers.next(year, d.wordCode())));
        }
    }

    /** Sequence numbers per (year, 代字), like （2024）浙0123民初1234号. */
    private static final class CaseNumbers {
        private final Map<String, Integer> next = new HashMap<>();
        private final String courtCode;

        CaseNumbers(String courtCode) { this.courtCode = courtCode; }

        String next(int year, String wordCode) {
            int n = next.merge(year + wordCode, 1, Integer::sum);
            return "（" + year + "）" + courtCode + wordCode + n + "号";
        }
    }

    /** Filing days of a year, weighted by month: fewer around 春节 and in the October holiday month. */
    private final class FilingDays {
        private final List<LocalDate> days;
        private final double[] cumulative;

        FilingDays(int year) {
            double[] monthWeight = {0.9, 0.6, 1.1, 1.0, 0.95, 1.05, 1.0, 0.95, 1.0, 0.85, 1.05, 1.0};
            days = WorkCalendar.workdays(LocalDate.of(year, 1, 1), min(LocalDate.of(year, 12, 31), dataEnd));
            cumulative = new double[days.size()];
            double total = 0;
            for (int i = 0; i < days.size(); i++) {
                total += monthWeight[days.get(i).getMonthValue() - 1];
                cumulative[i] = total;
            }
        }

        LocalDate pick(Rng r) {
            double u = r.nextDouble() * cumulative[cumulative.length - 1];
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > u) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return days.get(lo);
        }
    }

    private Draft draft(LocalDate filed) {
        String type = TYPES.pick(rng);
        String procedure = procedure(type);
        String trial = trialProcedure(type, procedure);
        String wordCode = wordCode(type, procedure);
        String cause = cause(type);
        Limits limits = limits(type, procedure, trial);

        // Effective duration (days counted against the time limit) and the time-limit bookkeeping.
        Integer statutory = limits.statutory();
        int extension = 0;
        int effective;
        double u = rng.nextDouble();
        if (statutory == null) {
            effective = (int) Math.round(rng.logNormal(limits.median(), limits.sigma()));
        } else if (u < 0.018) {
            // a breach: closed after the (possibly extended) limit
            if (limits.extension() > 0 && rng.chance(0.3)) {
                extension = limits.extension();
            }
            effective = statutory + extension + rng.between(1, Math.max(3, statutory / 4));
        } else if (u < 0.068 && limits.extension() > 0) {
            extension = limits.extension();
            effective = rng.between(statutory + 1, statutory + extension);
        } else {
            effective = boundedDuration(limits, statutory);
        }
        effective = Math.max(1, effective);

        Integer deducted = null;
        boolean deductible = !("刑事".equals(type) && !"普通".equals(trial));
        if (deductible && rng.chance(0.08)) {
            // 公告送达 (30 days) or 鉴定/评估 (variable) are not counted against the time limit
            deducted = rng.chance(0.45) ? 30 : rng.between(20, 120);
        }

        LocalDate closed = filed.plusDays(effective + (deducted == null ? 0 : deducted));
        closed = WorkCalendar.onOrBefore(closed, filed);
        int year = filed.getYear();
        boolean longPending = year > firstYear && year < lastYear && rng.chance(0.01);
        if (longPending || closed.isAfter(dataEnd)) {
            closed = null;
        }

        Person judge = judge(type, procedure, trial, filed, closed == null ? dataEnd : closed);
        Integer extended = extension > 0 ? extension : null;
        if (closed == null) {
            Long applied = "执行".equals(type) ? appliedAmount() : null;
            return new Draft(wordCode, new CourtCase(null, type, procedure, trial, cause, filed, null, judge,
                    statutory, extended, deducted, null, null, null, null, null, applied, null, null));
        }

        long actual = closed.toEpochDay() - filed.toEpochDay() - (deducted == null ? 0 : deducted);
        Boolean within = statutory == null ? null : actual <= statutory + extension;

        String closing;
        Long applied = null;
        Long recovered = null;
        if ("执行".equals(type)) {
            applied = appliedAmount();
            closing = executionClosing(applied);
            recovered = recovered(applied, closing);
        } else {
            closing = closing(type, procedure);
        }
        Boolean inCourt = null;
        Boolean appealed = null;
        String appealResult = null;
        if ("一审".equals(procedure)) {
            if ("判决".equals(closing)) {
                inCourt = rng.chance(verdictInCourtShare(type, trial));
            }
            appealed = rng.chance(appealShare(type, trial, closing));
            if (appealed && !closed.plusDays(rng.between(45, 150)).isAfter(dataEnd)) {
                appealResult = APPEAL_RESULT.pick(rng);
                if ("刑事".equals(type) && "调解".equals(appealResult)) {
                    appealResult = "维持"; // no mediation on a criminal appeal
                }
            }
        }
        Integer complaints = 0;
        if (rng.chance(0.01)) {
            complaints = rng.chance(0.7) ? 1 : rng.chance(0.67) ? 2 : rng.between(3, 5);
        }
        return new Draft(wordCode, new CourtCase(null, type, procedure, trial, cause, filed, closed, judge,
                statutory, extended, deducted, within, closing, inCourt, appealed, appealResult, applied,
                recovered, complaints));
    }

    private int boundedDuration(Limits limits, int statutory) {
        for (int attempt = 0; attempt < 6; attempt++) {
            int d = (int) Math.round(rng.logNormal(limits.median(), limits.sigma()));
            if (d <= statutory) {
                return d;
            }
        }
        // Cases that would run over are, in practice, pushed to close just before the limit.
        return rng.between((int) Math.round(statutory * 0.8), statutory);
    }

    private String procedure(String type) {
        return switch (type) {
            case "执行" -> "执行";
            case "国家赔偿", "其他" -> "其他";
            case "民事" -> rng.chance(0.006) ? "再审" : "一审";
            case "刑事" -> rng.chance(0.004) ? "再审" : "一审";
            default -> rng.chance(0.01) ? "再审" : "一审";
        };
    }

    private String trialProcedure(String type, String procedure) {
        if ("再审".equals(procedure)) {
            return "普通";
        }
        if (!"一审".equals(procedure)) {
            return null;
        }
        return switch (type) {
            case "民事" -> CIVIL_TRIAL.pick(rng);
            case "刑事" -> CRIMINAL_TRIAL.pick(rng);
            default -> ADMIN_TRIAL.pick(rng);
        };
    }

    private String wordCode(String type, String procedure) {
        boolean retrial = "再审".equals(procedure);
        return switch (type) {
            case "刑事" -> retrial ? "刑再" : "刑初";
            case "民事" -> retrial ? "民再" : "民初";
            case "行政" -> retrial ? "行再" : "行初";
            case "执行" -> rng.chance(0.05) ? "执恢" : "执";
            case "国家赔偿" -> "法赔";
            default -> "司救";
        };
    }

    private String cause(String type) {
        return switch (type) {
            case "刑事" -> CRIMINAL_CAUSES.pick(rng);
            case "民事" -> CIVIL_CAUSES.pick(rng);
            case "行政" -> ADMIN_CAUSES.pick(rng);
            case "执行" -> EXECUTION_CAUSES.pick(rng);
            case "国家赔偿" -> rng.chance(0.5) ? "错误执行赔偿" : "违法采取对妨害诉讼的强制措施赔偿";
            default -> "司法救助";
        };
    }

    /** 审限 per procedure (民诉法, 刑诉法, 行诉法 and the execution rules) and typical durations. */
    private static Limits limits(String type, String procedure, String trial) {
        if ("执行".equals(type)) {
            return new Limits(180, 90, 0.6, 90);
        }
        if ("国家赔偿".equals(type)) {
            return new Limits(60, 40, 0.3, 0);
        }
        if ("其他".equals(type)) {
            return new Limits(null, 20, 0.5, 0);
        }
        if ("再审".equals(procedure)) {
            return "刑事".equals(type) ? new Limits(90, 70, 0.35, 90) : new Limits(180, 110, 0.4, 180);
        }
        return switch (type + trial) {
            case "民事简易" -> new Limits(90, 40, 0.6, 30);
            case "民事小额" -> new Limits(60, 25, 0.55, 30);
            case "民事普通" -> new Limits(180, 100, 0.45, 180);
            case "刑事速裁" -> new Limits(15, 9, 0.3, 0);
            case "刑事简易" -> new Limits(20, 13, 0.3, 25);
            case "刑事普通" -> new Limits(90, 50, 0.4, 90);
            case "行政简易" -> new Limits(45, 28, 0.35, 0);
            default -> new Limits(180, 90, 0.45, 90); // 行政普通
        };
    }

    private String closing(String type, String procedure) {
        if ("再审".equals(procedure)) {
            String c = RETRIAL_CLOSING.pick(rng);
            return "刑事".equals(type) && "调解".equals(c) ? "判决" : c;
        }
        return switch (type) {
            case "民事" -> CIVIL_CLOSING.pick(rng);
            case "刑事" -> CRIMINAL_CLOSING.pick(rng);
            case "行政" -> ADMIN_CLOSING.pick(rng);
            default -> "其他";
        };
    }

    private static double verdictInCourtShare(String type, String trial) {
        return switch (type + trial) {
            case "刑事速裁" -> 0.9;
            case "刑事简易" -> 0.6;
            case "刑事普通" -> 0.25;
            case "民事简易", "民事小额" -> 0.35;
            case "民事普通" -> 0.15;
            default -> 0.1;
        };
    }

    /** 小额诉讼 is final at first instance; judgments are appealed far more often than rulings. */
    private static double appealShare(String type, String trial, String closing) {
        if ("小额".equals(trial)) {
            return 0;
        }
        if ("驳回起诉".equals(closing)) {
            return 0.10;
        }
        if ("裁定".equals(closing)) {
            return 0.03;
        }
        if (!"判决".equals(closing)) {
            return 0;
        }
        return switch (type + trial) {
            case "民事简易", "民事普通" -> 0.15;
            case "刑事速裁" -> 0.02;
            case "刑事简易" -> 0.05;
            case "刑事普通" -> 0.15;
            default -> 0.35; // 行政: appealed far more often
        };
    }

    /** 申请执行标的金额 in 分: heavy-tailed, median ≈ 50,000 元, a third in round hundreds. */
    private long appliedAmount() {
        double yuan = Math.min(80_000_000, Math.max(500, rng.logNormal(50_000, 1.25)));
        long cents = Math.round(yuan * 100);
        if (rng.chance(0.35)) {
            cents = Math.max(10_000, Math.round(cents / 10_000.0) * 10_000);
        }
        return cents;
    }

    /** Small debts are paid in full far more often; large ones end in 终结本次执行. */
    private String executionClosing(long appliedCents) {
        double yuan = appliedCents / 100.0;
        double done = yuan <= 20_000 ? 0.62 : yuan <= 100_000 ? 0.55 : yuan <= 1_000_000 ? 0.45 : 0.30;
        if (rng.chance(done)) {
            return "执行完毕";
        }
        double v = rng.nextDouble();
        return v < 0.85 ? "终结本次执行" : v < 0.95 ? "终结执行" : "其他";
    }

    private long recovered(long applied, String closing) {
        double share = switch (closing) {
            case "执行完毕" -> rng.chance(0.55) ? 1.0 : rng.uniform(0.6, 1.0); // partial = 执行和解
            case "终结本次执行" -> rng.chance(0.65) ? 0.0 : rng.uniform(0.05, 0.5);
            case "终结执行" -> rng.chance(0.5) ? 0.0 : rng.uniform(0.0, 0.6);
            default -> 0.0;
        };
        return Math.round(applied * share);
    }

    private Person judge(String type, String procedure, String trial, LocalDate from, LocalDate through) {
        List<String> depts;
        if ("执行".equals(type)) {
            depts = List.of("执行局");
        } else if ("再审".equals(procedure) || "国家赔偿".equals(type)) {
            depts = List.of("审判监督庭");
        } else if ("其他".equals(type)) {
            depts = List.of("立案庭");
        } else if ("刑事".equals(type)) {
            depts = List.of("刑事审判庭", StaffRoster.LEADERSHIP);
        } else if ("行政".equals(type)) {
            depts = List.of("行政审判庭", StaffRoster.LEADERSHIP);
        } else {
            depts = "小额".equals(trial) ? SMALL_CLAIMS_DEPTS : CIVIL_DEPTS;
        }
        Person p = weightedActive(candidates(depts), from, through);
        if (p == null) {
            p = weightedActive(candidates(List.of("FY01")), from, through);
        }
        return p != null ? p : candidates(List.of("FY01")).get(0);
    }

    private List<Person> candidates(List<String> depts) {
        return departmentCache.computeIfAbsent(String.join("|", depts), key -> {
            List<Person> out = new ArrayList<>();
            for (Person p : roster.all()) {
                boolean courtJudge = "FY01".equals(p.unitCode()) && "法官".equals(p.category()) && p.isQuota();
                if (courtJudge && (depts.contains(p.department()) || depts.contains("FY01"))) {
                    out.add(p);
                }
            }
            return out;
        });
    }

    /** A judge in office over the whole life of the case, chosen in proportion to caseload weight. */
    private Person weightedActive(List<Person> people, LocalDate from, LocalDate through) {
        return Person.pickByCaseload(people, from, through, rng);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
