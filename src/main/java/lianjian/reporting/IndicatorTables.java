package lianjian.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lianjian.indicators.Figure;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.Period;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.reporting.data.ReportContext;
import lianjian.reporting.pdf.Document;
import lianjian.reporting.table.IndicatorRow;
import lianjian.reporting.text.Cells;
import lianjian.reporting.text.Labels;

/**
 * The indicator comparison table of a unit (or the county) in a period: every stored figure of the
 * scope with 上期 / 环比, 上年同期 / 同比 (a year: 上年 / 较上年 only), the reference interval and
 * 达标 / 未达标, grouped by family. Changes are computed from the values as printed (Formats.shownChange).
 */
final class IndicatorTables {

    private IndicatorTables() {}

    /** The rows of every family that has figures for the scope, in catalog order within a family. */
    static List<IndicatorRow> rows(ReportContext ctx, String period, String unit) {
        Map<String, Figure> figures = ctx.figures().unitFigures(period, unit);
        Set<String> stale = StaleData.families(ctx, unit);
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorCatalog.Family family : ctx.catalog().families()) {
            String group = stale.contains(family.code()) ? family.title() + "（" + StaleData.MARK + "）" : family.title();
            for (IndicatorDef def : ctx.catalog().family(family.code())) {
                Figure f = figures.get(def.code());
                if (f == null) continue;
                rows.add(row(group, def, f));
            }
        }
        return rows;
    }

    static IndicatorRow row(String group, IndicatorDef def, Figure f) {
        IndicatorDef.Display d = def.display();
        // Units go with the name (收案数（件）) so that the narrow value columns hold bare numbers.
        String name = Cells.nameWithDirection(def).replace(def.name(), def.name() + Formats.unitSuffix(d));
        // Before the family's data (DOMAIN §5.1) the value says 本期无数据, not "—" or 0.
        return new IndicatorRow(group, name, Cells.cell(d, f), Formats.bare(d, f.previous()),
                Cells.change(def, f.value(), f.previous()), Formats.bare(d, f.yearEarlier()),
                Cells.change(def, f.value(), f.yearEarlier()), Cells.reference(def, f), Cells.verdict(f),
                Boolean.FALSE.equals(f.meets()));
    }

    /** Adds the table (when the scope has figures) and the note that explains its columns. */
    static void add(Document doc, ReportContext ctx, PeriodRow period, String unit) {
        List<IndicatorRow> rows = rows(ctx, period.code(), unit);
        if (rows.isEmpty()) {
            doc.paragraph("本期没有该单位的指标数据。");
            return;
        }
        doc.table(IndicatorRow.table(rows, period.kind() == Period.Kind.YEAR));
        String note = note(ctx, period);
        if (rows.stream().anyMatch(r -> Cells.NO_DATA_CELL.equals(r.value()))) {
            note += "“本期无数据”表示本期早于该类数据报送的起始时间。";
        }
        doc.note(note);
    }

    /** 注：本期… 上期… 上年同期…; arrows; 示例 intervals. */
    static String note(ReportContext ctx, PeriodRow period) {
        StringBuilder sb = new StringBuilder("注：本期为").append(Labels.period(period.period()));
        if (period.kind() == Period.Kind.YEAR) {
            // One comparison: a year's 上期 and 上年同期 are the same year.
            sb.append("；上年为").append(name(ctx, period.previous(), period.period().previousCode())).append("。");
        } else {
            sb.append("；上期为").append(name(ctx, period.previous(), period.period().previousCode()));
            sb.append("；上年同期为").append(name(ctx, period.yearEarlier(), period.period().yearEarlierCode())).append("。");
        }
        sb.append("↑ 越高越好，↓ 越低越好，◎ 以参考区间衡量，" + Cells.DESCRIPTIVE_MARK + " 描述性指标；未配置参考区间的指标不作达标评价，“—”表示无数据或分母为零。");
        boolean example = ctx.catalog().all().stream().anyMatch(Cells::isExample);
        if (example) {
            String what = ctx.catalog().all().stream().filter(Cells::isExample).map(IndicatorDef::referenceNote)
                    .distinct().reduce((a, b) -> a + "、" + b).orElse("示例");
            sb.append("标 * 的参考区间为").append(what).append("值，正式区间以上级机关公布的为准。");
        }
        return sb.toString();
    }

    private static String name(ReportContext ctx, String stored, String expected) {
        if (stored == null) return lianjian.indicators.Period.parse(expected, null).chineseName() + "（无数据）";
        return Labels.period(ctx.period(stored));
    }
}
