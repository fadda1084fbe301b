package lianjian.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.demo.MessyValues.BoolText;
import lianjian.demo.MessyValues.DateText;
import lianjian.demo.SheetSpec.Column;

/**
 * Decides which workbooks the units send and how messy each one is (see the class comment of
 * {@link SampleCountyGenerator} for the list). Everything here only uses headers, synonyms and
 * enumeration values of sheet-kinds.yml, except the deliberately broken workbook.
 */
final class CountyWorkbookLayout {

    private final CountyDataset data;
    private final int firstYear;
    private final int lastYear;
    /** Files are "saved" in the first days after the end of the data, one after another. */
    private final LocalDateTime exportDay;
    private int saved;

    CountyWorkbookLayout(CountyDataset data) {
        this.data = data;
        this.firstYear = data.options().firstYear();
        this.lastYear = data.options().lastYear();
        this.exportDay = LocalDateTime.of(lastYear + 1, 1, 6, 9, 0);
    }

    /** All workbooks in the order a reasonable analyst would drop them (reference data first). */
    List<WorkbookSpec> workbooks() {
        List<WorkbookSpec> out = new ArrayList<>();
        out.add(units());
        out.add(roster());
        for (int year = firstYear; year <= lastYear; year++) {
            out.add(courtYear(year));
        }
        out.add(procuratorate());
        out.add(reviews());
        out.add(evaluations());
        out.add(surveys());
        out.add(problems());
        out.add(deputyWork());
        out.add(petitions());
        if (data.options().includeBrokenWorkbook()) {
            out.add(BrokenWorkbook.spec(lastYear, nextStamp()));
        }
        return out;
    }

    private LocalDateTime nextStamp() {
        return exportDay.plusMinutes(17L * saved++);
    }

    private WorkbookSpec workbook(String fileName, String author, SheetSpec... sheets) {
        return new WorkbookSpec(fileName, List.of(sheets), author, nextStamp(), false);
    }

    // ---------------------------------------------------------------- 单位名录 and 人员名册

    private WorkbookSpec units() {
        List<Column<SampleCounty.Unit>> cols = List.of(
                new Column<>("单位编码", SampleCounty.Unit::code),
                new Column<>("单位名称", SampleCounty.Unit::name),
                // the procuratorate's row uses the enum synonym 人民检察院
                new Column<>("单位类型", u -> "检察院".equals(u.type()) ? "人民检察院" : u.type()),
                new Column<>("别名", u -> u.aliases().isEmpty() ? null : String.join(",", u.aliases())));
        return workbook("单位名录.xlsx", "示例县人大常委会监察和司法工委",
                SheetSpec.of("单位名录", cols, SampleCounty.UNITS));
    }

    /** A merged title row and a blank row above the header; unit given by name, alias or code. */
    private WorkbookSpec roster() {
        List<Column<Person>> cols = List.of(
                new Column<>("人员编号", Person::id),
                new Column<>("姓名", Person::name),
                new Column<>("所属单位", p -> switch (p.unitCode()) {
                    case "FY01" -> "示例县人民法院";
                    case "JCY01" -> "县检察院";
                    default -> p.unitCode();
                }),
                new Column<>("人员类别", Person::category),
                new Column<>("职务", Person::position),
                new Column<>("是否员额", p -> BoolText.SHI_FOU.render(p.quotaCell())),
                new Column<>("人大常委会任命日期", Person::appointedOn),
                new Column<>("离任日期", Person::leftOn),
                new Column<>("离任原因", Person::leaveReason));
        SheetSpec sheet = SheetSpec.of("人员名册", cols, data.roster().all())
                .withTitles(SampleCounty.COUNTY + "人大常委会任命法官、检察官名册")
                .withBlankRows(1)
                .withDateFormat("yyyy\"年\"m\"月\"d\"日\"");
        return workbook("人员名册（" + lastYear + "年12月更新）.xlsx", "示例县人大常委会人事代表工委", sheet);
    }

    // ---------------------------------------------------------------- 法院案件, one file per year

    private WorkbookSpec courtYear(int year) {
        List<CourtCase> cases = data.courtCasesByYear().get(year);
        String base = "县法院" + year + "年收结案清单";
        String author = "示例县人民法院审判管理办公室";
        switch ((year - firstYear) % 4) {
            case 0 -> {
                // Plain export: standard headers, real dates, 是/否, an instructions sheet in front.
                CourtSheetStyle style = new CourtSheetStyle(Map.of(), DateText.EXCEL, BoolText.SHI_FOU, false, 0,
                        "示例县人民法院", false, false, false);
                SheetSpec instructions = SheetSpec.text("填表说明", List.of(
                        "填表说明",
                        "一、本表由审判管理办公室从审判流程管理系统导出，每年一表。",
                        "二、日期按年-月-日填写，金额以元为单位。",
                        "三、是否类字段填写“是”或“否”，未结案件结案相关字段留空。",
                        "四、如有疑问请联系审管办。"));
                // cases of the previous year still pending on 1 January (旧存), on their own sheet
                SheetSpec main = SheetSpec.of("收结案清单", style.columns(List.of()), cases);
                if (year != firstYear) {
                    return workbook(base + ".xlsx", author, instructions, main);
                }
                SheetSpec carryOver = SheetSpec.of((year - 1) + "年旧存", style.columns(List.of()),
                        data.courtCarryOver());
                return workbook(base + ".xlsx", author, instructions, main, carryOver);
            }
            case 1 -> {
                // Excel 97–2003, header synonyms, text dates 2023/3/1, √/×, some half-width brackets.
                Map<String, String> synonyms = Map.ofEntries(
                        Map.entry("案号", "案件编号"), Map.entry("承办单位", "审理法院"), Map.entry("案件类型", "案件类别"),
                        Map.entry("审判程序", "审级"), Map.entry("适用程序", "审理程序"), Map.entry("立案日期", "收案日期"),
                        Map.entry("结案日期", "审结日期"), Map.entry("承办人", "承办法官"),
                        Map.entry("承办人编号", "承办法官编号"), Map.entry("法定审限天数", "法定审限"),
                        Map.entry("延长审限天数", "延长审限"), Map.entry("扣除审限天数", "扣除审限"),
                        Map.entry("是否审限内结案", "审限内结案"), Map.entry("是否当庭宣判", "当庭宣判"),
                        Map.entry("是否上诉", "上诉"), Map.entry("二审结果", "上诉结果"),
                        Map.entry("申请执行标的金额", "执行标的金额(元)"), Map.entry("实际到位金额", "执行到位金额(元)"),
                        Map.entry("信访投诉次数", "信访投诉数"));
                CourtSheetStyle style = new CourtSheetStyle(synonyms, DateText.SLASH, BoolText.CHECK, false, 15,
                        "县法院", false, true, true);
                SheetSpec sheet = SheetSpec.of(year + "年", style.columns(List.of()), cases)
                        .withTitles(SampleCounty.COURT.name() + year + "年收结案情况统计表");
                return workbook(base + ".xls", author, sheet);
            }
            case 2 -> {
                // Two sheets (审判/执行), no court column, Y/N, amounts as text "1,234.00",
                // 是否审限内结案 left blank so the importer must compute it.
                List<CourtCase> trial = new ArrayList<>();
                List<CourtCase> execution = new ArrayList<>();
                for (CourtCase c : cases) {
                    (c.isExecution() ? execution : trial).add(c);
                }
                CourtSheetStyle trialStyle = new CourtSheetStyle(Map.of(), DateText.CHINESE, BoolText.YES_NO, true, 0,
                        null, true, true, false);
                CourtSheetStyle executionStyle = new CourtSheetStyle(Map.of(), DateText.DOT, BoolText.YES_NO, true, 0,
                        null, true, true, false);
                return workbook(base + ".xlsx", author,
                        SheetSpec.of("审判案件", trialStyle.columns(CourtSheetStyle.EXECUTION_ONLY), trial),
                        SheetSpec.of("执行案件", executionStyle.columns(CourtSheetStyle.TRIAL_ONLY), execution)
                                .withBlankRows(1));
            }
            default -> {
                // Two title rows, the unit by code, 主审法官, full-width (元) in the amount headers.
                Map<String, String> headers = Map.of("承办人", "主审法官",
                        "申请执行标的金额", "申请执行标的金额（元）", "实际到位金额", "实际到位金额（元）");
                CourtSheetStyle style = new CourtSheetStyle(headers, DateText.EXCEL, BoolText.SHI_FOU, false, 0,
                        SampleCounty.COURT.code(), false, false, false);
                SheetSpec sheet = SheetSpec.of("法院案件", style.columns(List.of()), cases)
                        .withTitles(SampleCounty.COURT.name() + year + "年收结案清单",
                                "统计截至：" + year + "年12月31日")
                        .withDateFormat("yyyy/m/d");
                return workbook(base + ".xlsx", author, sheet);
            }
        }
    }

    // ---------------------------------------------------------------- 检察案件: one sheet per year

    /** Sheets named only by year (2022年 …), so the importer must recognise them by the header. */
    private WorkbookSpec procuratorate() {
        List<SheetSpec> sheets = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            boolean newSystem = year - firstYear >= 2; // the case system was upgraded; headers changed
            boolean zeroAsBlank = (year - firstYear) % 2 == 1;
            List<Column<ProsecutionCase>> cols = List.of(
                    new Column<>(newSystem ? "受案号" : "部门受案号", ProsecutionCase::caseNo),
                    new Column<>("案件名称", ProsecutionCase::caseName),
                    new Column<>("承办单位", c -> "县检察院"),
                    new Column<>("案件类别", ProsecutionCase::category),
                    new Column<>(newSystem ? "承办人" : "承办检察官", c -> c.prosecutor().name()),
                    new Column<>("承办人编号", c -> c.prosecutor().id()),
                    new Column<>(newSystem ? "受案日期" : "受理日期", ProsecutionCase::receivedOn),
                    new Column<>("办结日期", ProsecutionCase::closedOn),
                    new Column<>("是否逮捕", c -> BoolText.SHI_FOU.render(c.arrested())),
                    new Column<>("审查逮捕结果", c -> newSystem && "批准逮捕".equals(c.arrestResult()) ? "批捕"
                            : c.arrestResult()),
                    new Column<>("审查起诉结果", c -> newSystem ? prosecutionSynonym(c.prosecutionResult())
                            : c.prosecutionResult()),
                    new Column<>("退回补充侦查次数", c -> MessyValues.count(c.returnedCount(), zeroAsBlank)),
                    new Column<>("延长审查起诉期限次数", c -> MessyValues.count(c.extensionCount(), zeroAsBlank)),
                    new Column<>("其他程序件数", c -> MessyValues.count(c.otherProcedures(), zeroAsBlank)),
                    new Column<>("是否认罪认罚", c -> BoolText.SHI_FOU.render(c.pleaAccepted())),
                    new Column<>("量刑建议类型", ProsecutionCase::sentencingType),
                    new Column<>("量刑建议是否采纳", c -> BoolText.SHI_FOU.render(c.sentencingAdopted())),
                    new Column<>("是否撤回起诉", c -> BoolText.SHI_FOU.render(c.withdrawn())),
                    new Column<>("判决结果", ProsecutionCase::judgment));
            sheets.add(SheetSpec.of(year + "年", cols, data.procuratorateCasesByYear().get(year))
                    .withTitles(SampleCounty.PROCURATORATE.name() + year + "年受理案件清单"));
        }
        // exported by the case system, which writes inline strings rather than a shared-strings table
        return new WorkbookSpec("县检察院" + firstYear + "-" + lastYear + "年受理案件.xlsx", sheets,
                "示例县人民检察院案件管理部", nextStamp(), true);
    }

    private static String prosecutionSynonym(String v) {
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "起诉" -> "提起公诉";
            case "相对不起诉" -> "酌定不起诉";
            default -> v;
        };
    }

    // ---------------------------------------------------------------- 案件评查

    /** Dates as 2023年3月1日 text, synonym headers, 承办单位 and 承办人编号 filled on every row. */
    private WorkbookSpec reviews() {
        StaffRoster roster = data.roster();
        List<Column<CaseReviewGenerator.Review>> cols = List.of(
                new Column<>("评查编号", CaseReviewGenerator.Review::reviewNo),
                new Column<>("被评查案号", r -> Math.floorMod(r.reviewNo().hashCode(), 20) == 0
                        ? MessyValues.halfWidthBrackets(r.caseNo()) : r.caseNo()),
                new Column<>("评查日期", r -> DateText.CHINESE.render(r.reviewedOn())),
                new Column<>("评查类型", r -> "常规".equals(r.reviewType()) && Math.floorMod(r.reviewNo().hashCode(), 3) == 0
                        ? "常规评查" : r.reviewType()),
                new Column<>("评查人员", CaseReviewGenerator.Review::reviewers),
                new Column<>("评查得分", CaseReviewGenerator.Review::score),
                new Column<>("评查等次", CaseReviewGenerator.Review::grade),
                new Column<>("存在问题", CaseReviewGenerator.Review::issues),
                // units are often filled even when the case is known: if the case list arrives
                // later, the review still names its unit
                new Column<>("承办单位", r -> SampleCounty.unit(r.unitCode()).shortName()),
                // an ambiguous name would be an import error; the 编号 identifies the person anyway
                new Column<>("承办人", r -> roster.nameIsAmbiguous(r.handler()) ? null : r.handler().name()),
                new Column<>("承办人编号", r -> r.handler().id()));
        SheetSpec sheet = SheetSpec.of("评查结果", cols, data.reviews())
                .withTitles(SampleCounty.COUNTY + firstYear + "-" + lastYear + "年案件评查结果汇总表");
        return workbook("案件评查结果汇总（" + firstYear + "-" + lastYear + "年）.xlsx", "示例县委政法委执法监督科", sheet);
    }

    // ---------------------------------------------------------------- 履职评议 (.xls)

    private WorkbookSpec evaluations() {
        List<Column<EvaluationGenerator.Evaluation>> cols = List.of(
                new Column<>("评议编号", EvaluationGenerator.Evaluation::evaluationNo),
                new Column<>("人员编号", e -> e.person().id()),
                new Column<>("评议日期", EvaluationGenerator.Evaluation::evaluatedOn),
                new Column<>("评议方式", EvaluationGenerator.Evaluation::method),
                new Column<>("满意票", EvaluationGenerator.Evaluation::satisfied),
                new Column<>("基本满意票", EvaluationGenerator.Evaluation::basic),
                new Column<>("不满意票", EvaluationGenerator.Evaluation::unsatisfied),
                new Column<>("综合得分", EvaluationGenerator.Evaluation::score),
                new Column<>("评议结果", EvaluationGenerator.Evaluation::result),
                new Column<>("评议意见", EvaluationGenerator.Evaluation::opinion));
        int from = data.evaluations().isEmpty() ? firstYear : data.evaluations().get(0).evaluatedOn().getYear();
        SheetSpec sheet = SheetSpec.of("履职评议", cols, data.evaluations()).withDateFormat("yyyy-m-d");
        return workbook("履职评议结果（" + from + "-" + lastYear + "）.xls", "示例县人大常委会监察和司法工委", sheet);
    }

    // ---------------------------------------------------------------- 满意度调查

    /** 非常满意/比较满意 headers, respondent groups by synonym, dates as 20220615. */
    private WorkbookSpec surveys() {
        List<Column<SurveyGenerator.SurveyRow>> cols = List.of(
                new Column<>("调查编号", SurveyGenerator.SurveyRow::surveyNo),
                new Column<>("调查名称", SurveyGenerator.SurveyRow::surveyName),
                new Column<>("测评单位", s -> s.unit().name()),
                new Column<>("开始日期", s -> DateText.COMPACT.render(s.startedOn())),
                new Column<>("结束日期", s -> DateText.COMPACT.render(s.endedOn())),
                new Column<>("受访对象", s -> switch (s.group()) {
                    case "群众" -> "人民群众";
                    case "人大代表" -> "代表";
                    default -> s.group();
                }),
                new Column<>("非常满意", SurveyGenerator.SurveyRow::satisfied),
                new Column<>("比较满意", SurveyGenerator.SurveyRow::basic),
                new Column<>("不满意", SurveyGenerator.SurveyRow::unsatisfied),
                new Column<>("不清楚", SurveyGenerator.SurveyRow::unknown));
        return workbook("满意度测评汇总（" + firstYear + "-" + lastYear + "年）.xlsx", "示例县委政法委执法监督科",
                SheetSpec.of("满意度测评", cols, data.surveys()));
    }

    // ---------------------------------------------------------------- 问题清单 (+ hidden 下拉选项)

    private WorkbookSpec problems() {
        List<Column<SupervisionGenerator.Problem>> cols = List.of(
                new Column<>("问题编号", SupervisionGenerator.Problem::problemNo),
                new Column<>("发现时间", SupervisionGenerator.Problem::foundOn),
                new Column<>("问题来源", SupervisionGenerator.Problem::source),
                new Column<>("责任单位", p -> p.unit().shortName()),
                new Column<>("问题类别", SupervisionGenerator.Problem::category),
                new Column<>("问题描述", SupervisionGenerator.Problem::description),
                new Column<>("整改措施", SupervisionGenerator.Problem::measures),
                new Column<>("整改期限", SupervisionGenerator.Problem::deadline),
                new Column<>("整改状态", p -> "整改中".equals(p.status()) && Math.floorMod(p.problemNo().hashCode(), 2) == 0
                        ? "正在整改" : p.status()),
                new Column<>("完成日期", SupervisionGenerator.Problem::doneOn),
                new Column<>("是否共性问题", p -> BoolText.SHI_FOU.render(p.common())));
        SheetSpec ledger = SheetSpec.of("问题台账", cols, data.problems())
                .withTitles(SampleCounty.COUNTY + "政法单位执法司法问题整改台账")
                .withDateFormat("yyyy\"年\"m\"月\"d\"日\"");
        // the template's dropdown lists, hidden as in the real template
        List<List<Object>> lists = new ArrayList<>();
        String[][] columns = {
            {"明察暗访", "案件评查", "个案督查", "社会调查", "执法检查", "履职评议", "专题调研", "联席会议", "其他"},
            {"执法司法理念", "贯彻执行法律法规", "司法责任制", "接受监督", "纪律作风", "其他"},
            {"未整改", "整改中", "已整改", "已销号"},
            {"是", "否"}};
        for (int r = 0; r < 9; r++) {
            List<Object> row = new ArrayList<>();
            for (String[] col : columns) {
                row.add(r < col.length ? col[r] : null);
            }
            lists.add(row);
        }
        SheetSpec dropdowns = new SheetSpec("下拉选项", List.of(), 0, List.of("来源选项", "类别选项", "状态选项", "是否"),
                lists, false, "yyyy-mm-dd").asHidden();
        return workbook("问题整改台账.xlsx", "示例县委政法委执法监督科", ledger, dropdowns);
    }

    // ---------------------------------------------------------------- 代表建议, 旁听庭审, 监督活动

    private WorkbookSpec deputyWork() {
        List<Column<SuggestionGenerator.Suggestion>> suggestionCols = List.of(
                new Column<>("建议编号", SuggestionGenerator.Suggestion::suggestionNo),
                new Column<>("领衔代表", SuggestionGenerator.Suggestion::deputy),
                new Column<>("建议标题", SuggestionGenerator.Suggestion::title),
                new Column<>("承办单位", s -> s.unit().name()),
                new Column<>("交办日期", SuggestionGenerator.Suggestion::assignedOn),
                new Column<>("答复日期", SuggestionGenerator.Suggestion::repliedOn),
                new Column<>("办理结果", s -> resultSpelling(s)),
                new Column<>("代表反馈", SuggestionGenerator.Suggestion::feedback));
        List<Column<HearingGenerator.Hearing>> hearingCols = List.of(
                new Column<>("记录编号", HearingGenerator.Hearing::recordNo),
                new Column<>("开庭日期", HearingGenerator.Hearing::on),
                new Column<>("法院", h -> SampleCounty.COURT.shortName()),
                new Column<>("案号", HearingGenerator.Hearing::caseNo),
                new Column<>("代表人数", HearingGenerator.Hearing::deputies),
                new Column<>("评议得分", HearingGenerator.Hearing::score),
                new Column<>("意见建议", HearingGenerator.Hearing::comments));
        List<Column<SupervisionGenerator.Activity>> activityCols = List.of(
                new Column<>("活动编号", SupervisionGenerator.Activity::activityNo),
                new Column<>("活动日期", SupervisionGenerator.Activity::on),
                new Column<>("监督方式", a -> "专题调研".equals(a.method()) && a.activityNo().endsWith("1") ? "调研"
                        : a.method()),
                new Column<>("活动名称", SupervisionGenerator.Activity::title),
                new Column<>("被监督单位", a -> a.unit() == null ? null : a.unit().name()),
                new Column<>("牵头方", a -> switch (a.lead()) {
                    case "人大" -> "县人大常委会";
                    case "政法委" -> "县委政法委";
                    default -> a.lead();
                }),
                new Column<>("参加代表人数", SupervisionGenerator.Activity::deputies),
                new Column<>("发现问题数", SupervisionGenerator.Activity::problemsFound),
                new Column<>("计划编号", a -> data.plan().planOfActivity().get(a.activityNo())));
        // The plan is the 工委's own ledger too, kept as the last sheet (added after the activities);
        // the importer reads it before 监督活动 whatever the sheet order.
        return workbook("县人大监察司法工委工作台账（" + firstYear + "-" + lastYear + "年）.xlsx",
                "示例县人大常委会监察和司法工委",
                SheetSpec.of("代表建议", suggestionCols, data.suggestions()),
                SheetSpec.of("旁听庭审", hearingCols, data.hearings()),
                SheetSpec.of("监督活动", activityCols, data.activities()),
                planSheet());
    }

    /**
     * 年度监督计划: a title row; 年度 as 2022, 2023年 or 2024年度; 监督方式 written as clerks write it
     * (查、听、评 / 查阅资料，座谈，满意度测评 / 查 听 议 / 查,谈,测,议 / 查听测评 / 审议、满意度测评、实地查看);
     * 牵头方 县人大常委会/县委政法委/联合; 对象单位 by short name, blank for the item across units.
     */
    private SheetSpec planSheet() {
        List<SupervisionPlanGenerator.PlanItem> items = data.plan().items();
        List<Column<SupervisionPlanGenerator.PlanItem>> cols = List.of(
                new Column<>("计划编号", SupervisionPlanGenerator.PlanItem::planNo),
                new Column<>("年度", p -> switch (items.indexOf(p) % 3) {
                    case 0 -> p.year();
                    case 1 -> p.year() + "年";
                    default -> p.year() + "年度";
                }),
                new Column<>("监督事项", SupervisionPlanGenerator.PlanItem::subject),
                new Column<>("监督类型", p -> "专项工作".equals(p.type()) && items.indexOf(p) == 5 ? "专项监督" : p.type()),
                new Column<>("对象单位", p -> p.unit() == null ? null : p.unit().shortName()),
                new Column<>("监督方式", p -> methodsSpelling(p.methods(), items.indexOf(p))),
                new Column<>("牵头方", p -> switch (p.lead()) {
                    case "人大" -> "县人大常委会";
                    case "政法委" -> "县委政法委";
                    default -> p.lead();
                }),
                new Column<>("计划完成日期", SupervisionPlanGenerator.PlanItem::dueOn),
                new Column<>("完成日期", SupervisionPlanGenerator.PlanItem::doneOn),
                new Column<>("备注", SupervisionPlanGenerator.PlanItem::remarks));
        return SheetSpec.of("年度监督计划", cols, items)
                .withTitles(SampleCounty.COUNTY + "人大司法监督与政法委执法监督年度联合监督计划（" + firstYear + "-" + lastYear + "年）");
    }

    /** The long forms analysts write for 查、听、谈、测、评、议. */
    private static final Map<String, String> METHOD_LONG_FORMS = Map.of("查", "查阅资料", "听", "听取汇报", "谈", "座谈",
            "测", "满意度测评", "评", "评议", "议", "审议");

    static String methodsSpelling(List<String> methods, int row) {
        if (methods.isEmpty()) {
            return null;
        }
        List<String> longForms = methods.stream().map(METHOD_LONG_FORMS::get).toList();
        return switch (row % 6) {
            case 0 -> String.join("、", methods);
            case 1 -> String.join("，", longForms);
            case 2 -> String.join(" ", methods);
            case 3 -> String.join(",", methods);
            case 4 -> String.join("", methods);
            default -> { // another clerk: 实地查看 for 查, in the reverse order
                List<String> reversed = new ArrayList<>(methods.stream()
                        .map(m -> "查".equals(m) ? "实地查看" : METHOD_LONG_FORMS.get(m)).toList());
                java.util.Collections.reverse(reversed);
                yield String.join("、", reversed);
            }
        };
    }

    /** 办理结果 as A, A类 or 已解决, varying by row as different clerks filled it in. */
    private static String resultSpelling(SuggestionGenerator.Suggestion s) {
        if (s.result() == null) {
            return null;
        }
        return switch (Math.floorMod(s.suggestionNo().hashCode(), 3)) {
            case 0 -> s.result();
            case 1 -> s.result() + "类";
            default -> switch (s.result()) {
                case "A" -> "已解决";
                case "B" -> "正在解决";
                case "C" -> "列入规划";
                default -> "留作参考";
            };
        };
    }

    // ---------------------------------------------------------------- 涉法涉诉信访

    private WorkbookSpec petitions() {
        List<Column<PetitionGenerator.Petition>> cols = List.of(
                new Column<>("信访编号", PetitionGenerator.Petition::petitionNo),
                new Column<>("登记日期", p -> DateText.DOT.render(p.receivedOn())),
                new Column<>("信访来源", p -> switch (p.source()) {
                    case "人大转交" -> "人大交办";
                    case "网上" -> "网上信访";
                    default -> p.source();
                }),
                new Column<>("责任单位", p -> p.unit().name()),
                new Column<>("涉及案号", PetitionGenerator.Petition::caseNo),
                new Column<>("办结日期", p -> DateText.DOT.render(p.closedOn())),
                new Column<>("化解状态", PetitionGenerator.Petition::resolution));
        return workbook("涉法涉诉信访台账（" + firstYear + "-" + lastYear + "年）.xlsx", "示例县委政法委执法监督科",
                SheetSpec.of("信访台账", cols, data.petitions()).withTitles("涉法涉诉信访事项登记台账"));
    }
}
