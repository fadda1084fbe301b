package lianjian.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.demo.MessyValues.BoolText;
import lianjian.demo.MessyValues.DateText;
import lianjian.demo.SheetSpec.Column;

/**
 * How one court file spells its cases: which header synonyms, date and yes/no notation, whether
 * amounts are text, how the court is named (or not named at all), whether 0 is written, whether
 * 是否审限内结案 is filled. Each yearly file gets a different style, as if exported by a
 * different clerk or a different version of the case system.
 */
record CourtSheetStyle(
        Map<String, String> headers,
        DateText dates,
        BoolText bools,
        boolean amountsAsText,
        int halfWidthBracketsPercent,
        String unitCell,
        boolean withinLimitBlank,
        boolean zeroAsBlank,
        boolean enumSynonyms) {

    /** The canonical column order; {@code headers} renames some of them. */
    static final List<String> ALL = List.of("案号", "承办单位", "案件类型", "审判程序", "适用程序", "案由", "立案日期",
            "结案日期", "承办人", "承办人编号", "法定审限天数", "延长审限天数", "扣除审限天数", "是否审限内结案", "结案方式",
            "是否当庭宣判", "是否上诉", "二审结果", "申请执行标的金额", "实际到位金额", "信访投诉次数");

    /** Columns that an execution-only sheet leaves out. */
    static final List<String> TRIAL_ONLY = List.of("适用程序", "是否当庭宣判", "是否上诉", "二审结果");
    /** Columns that a trial-only sheet leaves out. */
    static final List<String> EXECUTION_ONLY = List.of("申请执行标的金额", "实际到位金额");

    List<Column<CourtCase>> columns(List<String> omit) {
        List<Column<CourtCase>> out = new ArrayList<>();
        for (String name : ALL) {
            if (omit.contains(name) || "承办单位".equals(name) && unitCell == null) {
                continue;
            }
            out.add(new Column<>(headers.getOrDefault(name, name), c -> value(name, c)));
        }
        return out;
    }

    private Object value(String column, CourtCase c) {
        return switch (column) {
            case "案号" -> caseNo(c.caseNo());
            case "承办单位" -> unitCell;
            case "案件类型" -> enumSynonyms ? caseTypeSynonym(c.caseType()) : c.caseType();
            case "审判程序" -> enumSynonyms ? procedureSynonym(c.procedure()) : c.procedure();
            case "适用程序" -> c.trialProcedure() == null ? null
                    : enumSynonyms ? trialSynonym(c.trialProcedure()) : c.trialProcedure();
            case "案由" -> c.cause();
            case "立案日期" -> dates.render(c.filedOn());
            case "结案日期" -> dates.render(c.closedOn());
            case "承办人" -> c.judge().name();
            case "承办人编号" -> c.judge().id();
            case "法定审限天数" -> c.statutoryDays();
            case "延长审限天数" -> MessyValues.days(c.extendedDays(), zeroAsBlank);
            case "扣除审限天数" -> MessyValues.days(c.deductedDays(), zeroAsBlank);
            case "是否审限内结案" -> withinLimitBlank ? null : bools.render(c.withinLimit());
            case "结案方式" -> c.closingMethod() == null ? null
                    : enumSynonyms ? closingSynonym(c.closingMethod()) : c.closingMethod();
            case "是否当庭宣判" -> bools.render(c.verdictInCourt());
            case "是否上诉" -> bools.render(c.appealed());
            case "二审结果" -> c.appealResult() == null ? null
                    : enumSynonyms ? appealSynonym(c.appealResult(), c.caseNo()) : c.appealResult();
            case "申请执行标的金额" -> MessyValues.amount(c.appliedCents(), amountsAsText);
            case "实际到位金额" -> MessyValues.amount(c.recoveredCents(), amountsAsText);
            case "信访投诉次数" -> MessyValues.count(c.complaints(), zeroAsBlank);
            default -> throw new IllegalArgumentException(column);
        };
    }

    /** Some clerks type half-width brackets; which cases is a stable function of the 案号. */
    private String caseNo(String canonical) {
        if (halfWidthBracketsPercent > 0 && Math.floorMod(canonical.hashCode(), 100) < halfWidthBracketsPercent) {
            return MessyValues.halfWidthBrackets(canonical);
        }
        return canonical;
    }

    private static String caseTypeSynonym(String v) {
        return switch (v) {
            case "民事", "刑事", "行政", "执行" -> v + "案件";
            case "国家赔偿" -> "赔偿";
            default -> v;
        };
    }

    private static String procedureSynonym(String v) {
        return switch (v) {
            case "一审" -> "第一审";
            case "再审" -> "审判监督";
            case "执行" -> "执行实施";
            default -> v;
        };
    }

    private static String trialSynonym(String v) {
        return "小额".equals(v) ? "小额诉讼程序" : v + "程序";
    }

    private static String closingSynonym(String v) {
        return switch (v) {
            case "撤诉" -> "准予撤诉";
            case "终结本次执行" -> "终本";
            default -> v;
        };
    }

    private static String appealSynonym(String v, String caseNo) {
        return switch (v) {
            case "维持" -> Math.floorMod(caseNo.hashCode(), 2) == 0 ? "维持原判" : "驳回上诉";
            case "发回重审" -> "发回";
            case "撤诉" -> "撤回上诉";
            default -> v;
        };
    }
}
