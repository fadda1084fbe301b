package lianjian.demo;

import java.util.List;

/** Wording of problems and measures, by unit type, as they appear in real 整改台账. */
final class ProblemTexts {

    private static final List<String> COURT = List.of(
            "部分案件超审限未及时办理延长审限手续", "执行案件终本程序适用不规范，财产调查不彻底",
            "诉讼服务中心窗口工作人员服务态度生硬", "部分裁判文书说理不充分，群众理解困难",
            "长期未结案件清理进度缓慢", "执行款发放不及时", "庭审中法官接打电话、庭审纪律不严",
            "立案登记制落实不到位，存在有案不立现象");
    private static final List<String> PROCURATORATE = List.of(
            "认罪认罚案件量刑建议精准度有待提高", "捕后不诉案件说理不充分", "公益诉讼诉前检察建议跟踪落实不到位",
            "控告申诉案件答复不及时", "退回补充侦查提纲针对性不强", "法律监督线索移送机制不健全");
    private static final List<String> POLICE = List.of(
            "户籍窗口办事群众排队时间过长", "部分受案登记不及时、不规范", "涉案财物管理不规范",
            "执法记录仪使用不规范", "行政处罚案件法制审核不到位", "接处警反馈不及时");
    private static final List<String> JUSTICE = List.of(
            "社区矫正对象日常监管存在薄弱环节", "法律援助案件质量评估机制不健全", "人民调解员业务培训不足",
            "基层司法所人员力量不足", "公共法律服务热线接通率偏低", "行政执法监督覆盖面不够");

    private static final List<String> MEASURES = List.of(
            "制定专项整改方案，明确责任人和完成时限", "开展专项培训，完善工作规程",
            "建立台账逐项销号，定期通报整改进度", "修订内部管理制度，加强日常督查",
            "约谈相关责任人，纳入绩效考核", "开展案件清理专项行动");

    private ProblemTexts() {
    }

    static String description(Rng rng, String unitType) {
        List<String> pool = switch (unitType) {
            case "法院" -> COURT;
            case "检察院" -> PROCURATORATE;
            case "公安局" -> POLICE;
            default -> JUSTICE;
        };
        return rng.pick(pool);
    }

    static String measure(Rng rng) {
        return rng.pick(MEASURES);
    }
}
