package lianjian.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import lianjian.importing.receipt.Outcome;
import lianjian.importing.receipt.Receipt;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorDef;
import lianjian.reporting.data.ReportContext;
import lianjian.reporting.pdf.Document;
import lianjian.reporting.table.DefinitionRow;
import lianjian.reporting.table.ProvenanceRow;
import lianjian.reporting.table.Grid;
import lianjian.reporting.text.Cells;
import lianjian.supervision.SupervisionRepository.Currency;

/** The appendices: every indicator's definition, and where the data came from. */
final class Appendix {

    private Appendix() {}

    static void definitions(Document doc, ReportContext ctx, String heading) {
        doc.h1(heading);
        doc.paragraph("本报告所有数据均由联监系统依据各单位报送的数据表按以下口径统一计算。比率保留一位小数，按四舍五入显示；"
                + "分母为零的比率不计算，以“—”表示。");
        List<DefinitionRow> rows = new ArrayList<>();
        for (var family : ctx.catalog().families()) {
            for (IndicatorDef def : ctx.catalog().family(family.code())) {
                String reference = Cells.reference(def);
                if (Cells.isExample(def)) reference = reference.replace("*", "") + "\n（" + def.referenceNote() + "）";
                rows.add(new DefinitionRow(family.title(), def.code(), def.name(), def.direction().chinese(),
                        def.formula(), reference));
            }
        }
        doc.table(DefinitionRow.table(rows));
    }

    static void provenance(Document doc, ReportContext ctx, String heading) {
        doc.h1(heading);
        var run = ctx.run();
        doc.paragraph("本报告数据截至" + Formats.chineseDate(run.asOf()) + "，指标于" + run.computedAt() + "计算，"
                + "届次为" + run.termName() + "（" + Formats.chineseDate(run.termStart()) + "至" + Formats.chineseDate(run.termEnd())
                + "）。数据来自下列导入的数据表；被拒绝的文件未导入任何数据，修正后重新放入导入目录即可。");
        if (!ctx.showsFreeText()) {
            publicProvenance(doc, ctx);
            return;
        }
        List<ProvenanceRow> rows = new ArrayList<>();
        for (Receipt r : ctx.receipts()) {
            rows.add(new ProvenanceRow(r.fileName(), r.finishedAt() == null ? r.startedAt() : r.finishedAt(),
                    Formats.integer(r.rowsRead()), Formats.integer(r.rowsImported()), Formats.integer(r.rowsRejected()),
                    r.outcome().chinese(), r.outcome() == Outcome.REJECTED));
        }
        doc.table(ProvenanceRow.table(rows).whenEmpty("尚未导入数据"));
    }

    /**
     * The 公开版's provenance: per unit and kind of data, how many rows, the latest date in them and the latest
     * import (数据时效) — not the files, whose names are written by people.
     */
    private static void publicProvenance(Document doc, ReportContext ctx) {
        List<String> order = ctx.model().units().stream().map(u -> u.code()).toList();
        List<String> kinds = lianjian.supervision.DataCurrency.KINDS.stream().map(k -> k.name()).toList();
        List<Currency> rows = new ArrayList<>(ctx.currency());
        rows.sort(Comparator.comparingInt((Currency c) -> order.contains(c.unitCode()) ? order.indexOf(c.unitCode()) : order.size())
                .thenComparingInt(c -> kinds.indexOf(c.kind())));
        // The day of the latest import, not its time: "2026-12-06 22:08" fills the grid's 80-point column to the
        // edge, so whether it wrapped (and the appendix took another page) depended on the digits of the minute.
        Grid g = new Grid("单位", "数据类型", "行数", "最近日期", "最近导入日期");
        for (Currency c : rows) {
            g.row(ctx.model().unitName(c.unitCode()), c.kind(), Formats.integer(c.rows()), Formats.isoDate(c.latestEvent()),
                    c.latestImport() == null ? Formats.NONE : c.latestImport().substring(0, Math.min(10, c.latestImport().length())));
        }
        doc.table(g.table().whenEmpty("尚未导入数据"));
        doc.note("注：各单位各类数据的行数、其中最近的日期（立案、受理、评查、评议等日期）和最近一次导入的日期；公开版不列导入文件的名称。");
    }
}
