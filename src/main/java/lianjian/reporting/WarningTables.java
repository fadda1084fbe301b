package lianjian.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.IndicatorRepository.Warning;
import lianjian.indicators.ListCode;
import lianjian.indicators.Period;
import lianjian.readmodel.ReadModel;
import lianjian.reporting.data.ReportContext;
import lianjian.reporting.pdf.Table;
import lianjian.reporting.table.WarningRow;
import lianjian.reporting.text.Cells;

/**
 * 预警 (DOMAIN §8.3) as the reports show them: the stored warnings of a period, by unit (全县 first),
 * indicator (catalog order) and rule. A 未达标 judged against a shipped example interval says 示例
 * wherever it is printed — in the table and in the overview's sentences.
 */
final class WarningTables {

    static final String NOT_MET = "未达标";
    static final String WORSENING = "连续变差";
    static final String LISTED = "清单";

    private static final List<String> RULES = List.of(NOT_MET, WORSENING, LISTED);

    private WarningTables() {}

    /** The warnings of a period in reading order: 全县, then units by code; catalog order; 未达标, 连续变差, 清单. */
    static List<Warning> of(ReportContext ctx, String period) {
        List<String> codes = ctx.catalog().all().stream().map(IndicatorDef::code).toList();
        return ctx.warnings().stream().filter(w -> w.period().equals(period))
                .sorted(Comparator.comparing((Warning w) -> ReadModel.ALL.equals(w.unitCode()) ? "" : w.unitCode())
                        .thenComparingInt(w -> codes.indexOf(w.indicator()))
                        .thenComparingInt(w -> RULES.indexOf(w.rule())))
                .toList();
    }

    /** 未达标 / 未达标（示例） / 连续变差 / 清单 */
    static String rule(Warning w) {
        return NOT_MET.equals(w.rule()) && w.example() ? NOT_MET + "（示例）" : w.rule();
    }

    /** The table: one group per unit; the value columns headed by the period and the two before it. */
    static Table table(ReportContext ctx, Period p, List<Warning> warnings) {
        List<WarningRow> rows = new ArrayList<>();
        for (Warning w : warnings) {
            IndicatorDef def = ctx.catalog().get(w.indicator());
            IndicatorDef.Display d = def.display();
            String group = ReadModel.ALL.equals(w.unitCode()) ? "全县" : ctx.model().unitName(w.unitCode());
            rows.add(new WarningRow(group, Cells.nameWithDirection(def), rule(w), Formats.value(d, w.value()),
                    Formats.value(d, w.previous()), Formats.value(d, w.beforePrevious()),
                    Cells.interval(def, w.referenceLow(), w.referenceHigh()), remark(def, w),
                    NOT_MET.equals(w.rule()) && !w.example()));
        }
        Period previous = Period.parse(p.previousCode(), null);
        Period before = Period.parse(previous.previousCode(), null);
        return WarningRow.table(rows, twoLines(p), twoLines(previous), twoLines(before)).whenEmpty("本期没有预警");
    }

    /** What triggered it: the side of the interval, the bad direction twice running, or the list that is not empty. */
    static String remark(IndicatorDef def, Warning w) {
        return switch (w.rule()) {
            case NOT_MET -> (w.referenceLow() != null && w.value() != null && w.value() < w.referenceLow() ? "低于" : "高于")
                    + (w.example() ? "示例区间" : "参考区间");
            case WORSENING -> def.direction() == IndicatorDef.Direction.UP ? "连续两期下降" : "连续两期上升";
            case LISTED -> listTitle(w.indicator());
            default -> Formats.NONE;
        };
    }

    private static String listTitle(String code) {
        for (ListCode l : ListCode.values()) if (l.warnsWhenNotEmpty() && code.equals(l.figure())) return l.title();
        return "清单不为空";
    }

    /** 2025年\n下半年, 2025年\n二季度, 2025年 — for the narrow value columns. */
    static String twoLines(Period p) {
        String name = p.chineseName();
        int i = name.indexOf('年');
        return i < 0 || i == name.length() - 1 ? name : name.substring(0, i + 1) + "\n" + name.substring(i + 1);
    }

    static final String NOTE = "注：未达标指本期数值超出参考区间，标“示例”的是对照系统自带的示例参考区间作出的（尚未配置上级机关公布的正式区间），"
            + "仅供参考；连续变差指本期与前两期相比连续两次向不利方向变化（↑ 越高越好的指标下降，↓ 越低越好的指标上升）；"
            + "清单指超12个月未结案件、超审限未结案件、离任未评议人员、逾期未整改问题、超期未答复建议、超期未办结信访等清单不为空。"
            + "预警只与参考区间和本单位前期比较，不作单位之间的排名。";
}
