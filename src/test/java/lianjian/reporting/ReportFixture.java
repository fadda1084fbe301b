package lianjian.reporting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import lianjian.config.LianjianProperties;
import lianjian.console.Console;
import lianjian.indicators.IndicatorComputation;
import lianjian.indicators.IndicatorRepository;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;
import lianjian.readmodel.ReadModelSource;

/**
 * A small county built by hand for the report tests: four units, eighteen judges and prosecutors
 * (one left office, one not 员额, one whose 是否员额 is blank), two years of cases, reviews, evaluations, surveys, problems with
 * deadlines around the as-of date, suggestions, petitions, hearings and activities; imported through
 * the real import pipeline and computed by the real indicator computation, as of 2025-12-31.
 * Deterministic (fixed seed), so a failing test can be looked at again.
 *
 * <p>Hand-made for issues #9 and #11 (the rest is random but seeded):
 * <ul>
 *   <li>督办 as of 2025-12-31 (escalation [30, 90], reply 90 days, close 60 days). 示例县司法局 (SFJ01):
 *       DB-1 deadline 2025-06-30, 共性问题 → 184 days overdue, 提请专题报告; DB-2 deadline 2025-11-20, 共性问题
 *       → 41 days, 提请专题报告 (共性 and over 30); DB-4 deadline 2025-10-31 → 61 days, 重点督办; DB-3
 *       deadline 2025-12-01 → 30 days, 一般督办 (30 is still 一般); suggestion JY-15 交办 2025-09-30 →
 *       deadline 2025-12-29 → 2 days, 一般督办. 临期: DB-5 due 2026-01-03 (3 days left), WT-27 (AS_OF + 5)
 *       and WT-19 (AS_OF + 15), random problems whose deadline the generator sets.
 *       示例县人民检察院 (JCY01): only JY-5, 交办 2025-08-15 → deadline 2025-11-13 → 48 days, 重点督办 (its
 *       random problems are done or due later, its petitions closed). 示例县公安局 (GAJ01): only 临期 problems
 *       (WT-10, WT-18) and JY-10 交办 2025-11-01, not yet due: no notice. 示例县人民法院 (FY01): the random
 *       problems i % 4 == 0 are never done and mostly past their deadline; petitions XF-6 (收到 2025-06-01
 *       → 153 days overdue) and the other unclosed ones.</li>
 *   <li>数据时效: the procuratorate's case list stops at 2025-10-31 (受理日期), more than 45 days before
 *       the as-of date: its case data is 可能不全. The court's runs to 2025-12-19: current.</li>
 *   <li>E12 in 2025: 冯刚 (P011, 法官, appointed 2025-01-01) and 秦川 (P107, 检察官, appointed 2025-02-01)
 *       handle no case, so no review can precede their evaluations (2025-06-20, 2025-12-01).</li>
 * </ul>
 */
final class ReportFixture {

    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    /** The procuratorate's case list ends here: stale at AS_OF (more than 45 days). */
    static final LocalDate LAST_PROSECUTION_CASE = LocalDate.of(2025, 10, 31);

    final ImportHarness harness;
    final IndicatorRepository figures;
    final LianjianProperties properties;
    private final Random random = new Random(20250630L);

    private ReportFixture(Path dir) throws Exception {
        harness = new ImportHarness(dir);
        properties = harness.properties;
        LianjianProperties.IndicatorSetting c05 = new LianjianProperties.IndicatorSetting();
        c05.setReference(List.of(0.95, 1.0));
        c05.setReferenceNote("示例");
        properties.getIndicators().put("C05", c05);
        LianjianProperties.IndicatorSetting r02 = new LianjianProperties.IndicatorSetting();
        r02.setReference(List.of(0.9, 1.0));
        properties.getIndicators().put("R02", r02);
        figures = new IndicatorRepository(harness.db.jdbc);
    }

    static ReportFixture build(Path dir) throws Exception {
        ReportFixture f = new ReportFixture(dir);
        f.writeWorkbooks();
        for (var r : f.harness.runImport()) {
            if (r.rowsRejected() > 0 || r.errorWorkbook() != null) throw new IllegalStateException("fixture file rejected: " + r);
        }
        new IndicatorComputation(f.harness.db.jdbc, f.properties, new ReadModelSource(f.harness.db.jdbc)).compute(AS_OF, AS_OF);
        return f;
    }

    ReportPublisher publisher() {
        return new ReportPublisher(harness.db.jdbc, figures, harness.receipts, properties, new Console(true),
                new ReadModelSource(harness.db.jdbc));
    }

    private static final String[] JUDGES = {"张明", "李华", "王芳", "赵磊", "陈静", "刘洋", "杨帆", "黄蕾", "周涛", "吴敏"};
    private static final String[] PROSECUTORS = {"孙强", "朱丽", "胡军", "郭婷", "何平", "高原"};

    private void writeWorkbooks() throws Exception {
        TestWorkbook.create().sheet("单位名录").row("单位编码", "单位名称", "单位类型", "别名")
                .row("FY01", "示例县人民法院", "法院", "县法院")
                .row("JCY01", "示例县人民检察院", "检察院", "县检察院")
                .row("GAJ01", "示例县公安局", "公安局", null)
                .row("SFJ01", "示例县司法局", "司法局", null)
                .writeXlsx(harness.inbox("单位名录.xlsx"));

        TestWorkbook roster = TestWorkbook.create().sheet("人员名册")
                .row("人员编号", "姓名", "所属单位", "人员类别", "职务", "是否员额", "任命日期", "离任日期", "离任原因");
        for (int i = 0; i < JUDGES.length; i++) {
            boolean left = i == 9;
            roster.row(String.format("P%03d", i + 1), JUDGES[i], "FY01", "法官", i < 2 ? "庭长" : "审判员",
                    i == 8 ? "否" : i == 1 ? null : "是", // 李华 (P002): left blank, counts as 员额 (DOMAIN §4.2)
                    LocalDate.of(2015 + i % 6, 3, 1), left ? LocalDate.of(2024, 6, 30) : null, left ? "调任" : null);
        }
        for (int i = 0; i < PROSECUTORS.length; i++) {
            roster.row(String.format("P1%02d", i + 1), PROSECUTORS[i], "JCY01", "检察官", i == 0 ? "检察委员会委员" : "检察员", "是",
                    LocalDate.of(2016 + i % 5, 5, 1), null, null);
        }
        roster.row("P201", "钱进", "FY01", "其他", "书记员", null, LocalDate.of(2020, 1, 1), null, null);
        roster.row("P011", "冯刚", "FY01", "法官", "审判员", "是", LocalDate.of(2025, 1, 1), null, null);
        roster.row("P107", "秦川", "JCY01", "检察官", "检察员", "是", LocalDate.of(2025, 2, 1), null, null);
        roster.writeXlsx(harness.inbox("人员名册.xlsx"));

        TestWorkbook court = TestWorkbook.create().sheet("法院案件").row("案号", "案件类型", "审判程序", "立案日期", "结案日期",
                "承办人编号", "法定审限天数", "是否审限内结案", "结案方式", "是否当庭宣判", "是否上诉", "二审结果", "申请执行标的金额",
                "实际到位金额", "信访投诉次数");
        List<String> courtCases = new ArrayList<>();
        int n = 0;
        for (LocalDate d = LocalDate.of(2024, 1, 2); d.isBefore(LocalDate.of(2025, 12, 20)); d = d.plusDays(1)) {
            int perDay = d.getDayOfWeek().getValue() <= 5 ? 1 + random.nextInt(2) : 0;
            for (int k = 0; k < perDay; k++) {
                n++;
                String type = pick("民事", "民事", "民事", "刑事", "执行", "行政");
                boolean exec = type.equals("执行");
                String no = "（" + d.getYear() + "）示0123" + (exec ? "执" : type.equals("刑事") ? "刑初" : type.equals("行政") ? "行初" : "民初") + n + "号";
                courtCases.add(no);
                int days = 10 + random.nextInt(exec ? 300 : 160);
                LocalDate closed = random.nextInt(30) == 0 ? null : d.plusDays(days);
                if (closed != null && closed.isAfter(AS_OF)) closed = null;
                String judge = String.format("P%03d", 1 + random.nextInt(9));
                if (d.isBefore(LocalDate.of(2024, 6, 1)) && random.nextInt(8) == 0) judge = "P010";
                String method = closed == null ? null : exec ? pick("执行完毕", "终结本次执行", "执行完毕") : pick("判决", "调解", "撤诉", "判决");
                boolean appealed = closed != null && !exec && random.nextInt(5) == 0;
                double applied = exec ? 10_000 + random.nextInt(500_000) : 0;
                court.row(no, type, exec ? "执行" : "一审", d, closed, judge, exec ? 180 : 90,
                        closed == null ? null : days <= (exec ? 180 : 90) ? "是" : "否", method,
                        "判决".equals(method) ? (random.nextBoolean() ? "是" : "否") : null, closed == null || exec ? null : appealed ? "是" : "否",
                        appealed ? pick("维持", "改判", "维持", "发回重审") : null, exec ? applied : null,
                        exec && closed != null ? Math.round(applied * random.nextDouble()) : null, random.nextInt(25) == 0 ? 1 : 0);
            }
        }
        court.writeXlsx(harness.inbox("法院案件.xlsx"));

        TestWorkbook pros = TestWorkbook.create().sheet("检察案件").row("部门受案号", "案件名称", "案件类别", "承办人编号", "受理日期", "办结日期",
                "是否逮捕", "审查起诉结果", "退回补充侦查次数", "延长审查起诉期限次数", "是否认罪认罚", "量刑建议类型", "量刑建议是否采纳", "是否撤回起诉", "判决结果");
        List<String> prosCases = new ArrayList<>();
        n = 0;
        for (LocalDate d = LocalDate.of(2024, 1, 3); d.isBefore(LocalDate.of(2025, 12, 20)); d = d.plusDays(2 + random.nextInt(2))) {
            n++;
            String no = "示检刑诉受（" + d.getYear() + "）" + n + "号";
            LocalDate closed = d.plusDays(15 + random.nextInt(60));
            if (closed.isAfter(AS_OF)) closed = null;
            boolean arrested = random.nextInt(3) == 0;
            String result = closed == null ? null : random.nextInt(12) == 0 ? "相对不起诉" : "起诉";
            // The list stops at LAST_PROSECUTION_CASE: the procuratorate's data is stale at AS_OF.
            if (d.isAfter(LAST_PROSECUTION_CASE)) continue;
            prosCases.add(no);
            pros.row(no, "某某案" + n, "审查起诉", String.format("P1%02d", 1 + random.nextInt(6)), d, closed, arrested ? "是" : "否",
                    result, random.nextInt(6) == 0 ? 1 : 0, random.nextInt(10) == 0 ? 1 : 0, random.nextInt(10) < 8 ? "是" : "否",
                    "起诉".equals(result) ? pick("确定刑", "幅度刑") : null, "起诉".equals(result) ? (random.nextInt(10) < 9 ? "是" : "否") : null,
                    "起诉".equals(result) ? "否" : null, "起诉".equals(result) ? "有罪" : null);
        }
        pros.writeXlsx(harness.inbox("检察案件.xlsx"));

        TestWorkbook rest = TestWorkbook.create();
        rest.sheet("案件评查").row("评查编号", "案号", "评查日期", "评查类型", "评查人", "评查得分", "评查等次", "主要问题");
        for (int i = 1; i <= 90; i++) {
            boolean isCourt = i % 3 != 0;
            String caseNo = isCourt ? courtCases.get(random.nextInt(courtCases.size())) : prosCases.get(random.nextInt(prosCases.size()));
            String grade = pick("优秀", "优质", "合格", "合格", "合格", "基本合格", "瑕疵", "不合格");
            rest.row("PC-" + i, caseNo, LocalDate.of(2024, 2, 1).plusDays(random.nextInt(690)), pick("常规", "专项", "重点"), "评查组",
                    60 + random.nextInt(40), grade, grade.equals("不合格") ? "事实认定不清，证据采信说理不充分，文书存在多处错误" :
                            grade.equals("瑕疵") || grade.equals("基本合格") ? "裁判文书说理不够充分" : null);
        }
        rest.sheet("履职评议").row("评议编号", "人员编号", "评议日期", "评议方式", "满意票", "基本满意票", "不满意票", "综合得分", "评议结果", "评议意见");
        String[] evaluated = {"P001", "P002", "P003", "P004", "P101", "P102", "P103"};
        for (int i = 0; i < evaluated.length; i++) {
            LocalDate on = LocalDate.of(2022 + i % 4, 6 + i % 5, 10 + i);
            rest.row("PY-" + (i + 1), evaluated[i], on, "常委会评议", 20 + i, 5, i == 3 ? 16 : 1, 80 + i, i == 3 ? "基本满意" : "满意",
                    "依法履职，办案质效较好");
        }
        rest.row("PY-9", "P001", LocalDate.of(2019, 10, 1), "述职评议", 25, 3, 0, 88, "满意", "上届评议");
        rest.row("PY-10", "P011", LocalDate.of(2025, 6, 20), "常委会评议", 22, 4, 1, 85, "满意", "新任法官评议");
        rest.row("PY-11", "P107", LocalDate.of(2025, 12, 1), "常委会评议", 21, 5, 2, 83, "满意", "新任检察官评议");
        rest.sheet("满意度调查").row("调查编号", "被评单位", "调查开始日期", "调查结束日期", "调查对象", "满意", "基本满意", "不满意", "不了解");
        int s = 0;
        for (String unit : List.of("FY01", "JCY01", "GAJ01", "SFJ01")) {
            for (LocalDate end : List.of(LocalDate.of(2024, 6, 20), LocalDate.of(2024, 12, 20), LocalDate.of(2025, 6, 20), LocalDate.of(2025, 12, 20))) {
                s++;
                for (String group : List.of("群众", "当事人", "律师")) {
                    rest.row("MY-" + s, unit, end.minusDays(20), end, group, 60 + random.nextInt(60), 10 + random.nextInt(20),
                            2 + random.nextInt(8), random.nextInt(5));
                }
            }
        }
        rest.sheet("问题清单").row("问题编号", "发现日期", "问题来源", "责任单位", "问题类别", "问题描述", "整改措施", "整改时限", "整改状态", "完成日期",
                "是否共性问题");
        String[] units = {"FY01", "JCY01", "GAJ01", "SFJ01"};
        for (int i = 1; i <= 36; i++) {
            LocalDate found = LocalDate.of(2024, 3, 1).plusDays(random.nextInt(640));
            LocalDate deadline = i % 9 == 0 ? AS_OF.plusDays(5) : i % 9 == 1 ? AS_OF.plusDays(15) : found.plusDays(60 + random.nextInt(90));
            boolean done = i % 4 != 0 && i % 9 > 1;
            LocalDate doneOn = done ? found.plusDays(20 + random.nextInt(100)) : null;
            if (doneOn != null && doneOn.isAfter(AS_OF)) doneOn = AS_OF.minusDays(1);
            rest.row("WT-" + i, found, pick("明察暗访", "案件评查", "个案督查", "社会调查", "执法检查"), units[i % 4],
                    pick("执法司法理念", "司法责任制", "纪律作风"),
                    i % 5 == 0 ? "窗口服务态度生硬，群众办事等候时间过长，部分工作人员未按规定佩戴工作证件，服务承诺未公开公示" : "案件卷宗归档不及时",
                    "制定整改方案，明确责任人", deadline, done ? pick("已整改", "已销号") : pick("未整改", "整改中"), doneOn, "否");
        }
        // 督办 of 示例县司法局, by hand (see the class comment): deadline → overdue days at AS_OF → level.
        rest.row("DB-1", LocalDate.of(2025, 3, 1), "执法检查", "SFJ01", "贯彻执行法律法规", "社区矫正对象脱管漏管，未按规定定期报告",
                "逐人核查，完善报告制度", LocalDate.of(2025, 6, 30), "整改中", null, "是");
        rest.row("DB-2", LocalDate.of(2025, 9, 1), "明察暗访", "SFJ01", "纪律作风", "法律援助值班律师未按排班到岗",
                "调整排班，落实考勤", LocalDate.of(2025, 11, 20), "未整改", null, "是");
        rest.row("DB-3", LocalDate.of(2025, 10, 1), "社会调查", "SFJ01", "接受监督", "人民调解协议回访记录不全",
                "补齐回访记录", LocalDate.of(2025, 12, 1), "整改中", null, "否");
        rest.row("DB-4", LocalDate.of(2025, 8, 1), "个案督查", "SFJ01", "司法责任制", "行政复议案件超期未结",
                "倒排工期，限期办结", LocalDate.of(2025, 10, 31), "整改中", null, "否");
        rest.row("DB-5", LocalDate.of(2025, 11, 10), "执法检查", "SFJ01", "其他", "公共法律服务窗口指引标识不清",
                "更新标识", LocalDate.of(2026, 1, 3), "整改中", null, "否");
        rest.sheet("代表建议").row("建议编号", "代表姓名", "建议标题", "承办单位", "交办日期", "答复日期", "办理结果", "代表反馈");
        // The unanswered ones (i % 5 == 0) are dated by hand (see the class comment); the draw is made anyway.
        Map<Integer, LocalDate> unanswered = Map.of(5, LocalDate.of(2025, 8, 15), 10, LocalDate.of(2025, 11, 1), 15,
                LocalDate.of(2025, 9, 30));
        for (int i = 1; i <= 16; i++) {
            LocalDate a = LocalDate.of(2024, 3, 10).plusDays(random.nextInt(600));
            if (unanswered.containsKey(i)) a = unanswered.get(i);
            rest.row("JY-" + i, "代表" + i, "关于加强诉源治理推进矛盾纠纷多元化解的建议", units[i % 4], a, i % 5 == 0 ? null : a.plusDays(40),
                    i % 5 == 0 ? null : pick("A", "B", "C"), i % 5 == 0 ? null : pick("满意", "基本满意"));
        }
        rest.sheet("涉法涉诉信访").row("信访编号", "收到日期", "来源", "责任单位", "涉及案号", "办结日期", "化解状态");
        for (int i = 1; i <= 30; i++) {
            LocalDate r = LocalDate.of(2024, 1, 15).plusDays(random.nextInt(700));
            if (i == 6) r = LocalDate.of(2025, 6, 1); // XF-6: unclosed, deadline 2025-07-31, 153 days overdue at AS_OF
            boolean closed = i % 6 != 0;
            rest.row("XF-" + i, r, pick("人大转交", "来信", "来访", "网上"), i % 2 == 0 ? "FY01" : "JCY01",
                    i % 2 == 0 ? courtCases.get(random.nextInt(courtCases.size())) : null, closed ? r.plusDays(30) : null,
                    closed ? pick("息诉罢访", "依法终结", "导入司法程序") : "办理中");
        }
        rest.sheet("旁听庭审").row("记录编号", "开庭日期", "单位", "案号", "旁听代表人数", "评议得分", "意见建议");
        for (int i = 1; i <= 14; i++) {
            String caseNo = courtCases.get(random.nextInt(courtCases.size()));
            rest.row("PT-" + i, LocalDate.of(2024, 2, 1).plusDays(random.nextInt(680)), "FY01", caseNo, 3 + random.nextInt(8),
                    85 + random.nextInt(15), "庭审程序规范，法官驾驭庭审能力较强");
        }
        rest.sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称", "对象单位", "牵头方", "参加代表人数", "发现问题数",
                "计划编号");
        for (int i = 1; i <= 26; i++) {
            String method = pick("明察暗访", "案件评查", "个案督查", "社会调查", "执法检查", "履职评议", "专题调研");
            rest.row("HD-" + i, LocalDate.of(2024, 1, 20).plusDays(random.nextInt(700)), method, "2024—2025年度" + method + "（第" + i + "次）",
                    units[i % 4], pick("人大", "政法委", "联合"), 2 + random.nextInt(8), random.nextInt(5), i == 1 ? "JH-1" : null);
        }
        // The 2025 plan: JH-1 done 15 days after its 计划完成日期, JH-2 due on the as-of date (still 进行中, not overdue).
        rest.sheet("监督计划").row("计划编号", "年度", "监督事项", "监督类型", "对象单位", "监督方式", "牵头方", "计划完成日期", "完成日期")
                .row("JH-1", 2025, "审判执行工作专项监督", "单位", "FY01", "查、听", "联合", LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 15))
                .row("JH-2", 2025, "政法单位涉企案件办理专项监督", "专项工作", null, "查、谈、议", "人大", LocalDate.of(2025, 12, 31), null);
        rest.writeXlsx(harness.inbox("监督综合.xlsx"));
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
