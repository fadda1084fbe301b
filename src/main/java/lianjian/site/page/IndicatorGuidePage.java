package lianjian.site.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorDef;
import lianjian.site.render.Page;
import lianjian.site.render.SitePaths;
import lianjian.site.view.TableView;
import lianjian.site.view.TableView.Cell;
import lianjian.site.view.TableView.Column;

/** 指标说明: every indicator of the catalog with its plain-Chinese formula, direction and reference interval. */
public final class IndicatorGuidePage {

    /** One family's indicators. */
    public record Family(String id, String name, TableView table) {}

    private final SiteContext ctx;

    public IndicatorGuidePage(SiteContext ctx) { this.ctx = ctx; }

    public Page page() {
        Map<String, Object> m = ctx.layout().page(SitePaths.INDICATORS, Layout.NAV_INDICATORS, "指标说明");
        List<Family> families = new ArrayList<>();
        int n = 0;
        for (IndicatorCatalog.Family fam : ctx.data().catalog.families()) {
            List<IndicatorDef> defs = ctx.data().catalog.family(fam.code());
            if (defs.isEmpty()) continue;
            String id = "family-" + (++n);
            TableView.Builder t = TableView.builder(id, fam.title()).untitled().csvName("指标说明-" + fam.title()).tools("csv")
                    .columns(Column.text("代码"), Column.text("指标"), Column.fixed("方向", ""), Column.longText("计算方法"),
                            Column.fixed("适用范围", ""), Column.fixed("参考区间", ""));
            for (IndicatorDef d : defs) {
                t.row(List.of(Cell.of(d.code()), Cell.of(d.name()), Cell.of(d.direction().symbol() + " " + d.direction().chinese()),
                        Cell.of(d.formula()), Cell.of(scope(d)), Cell.of(reference(d))));
            }
            families.add(new Family(id, fam.title(), t.build()));
        }
        m.put("families", families);
        return new Page(SitePaths.INDICATORS, "indicators.ftlh", m, "指标说明");
    }

    /** Where an indicator is computed, in the words of the 指标说明 page (docs/INDICATORS.md uses them too). */
    public static String scope(IndicatorDef d) {
        String units = d.appliesToEveryUnitWithRows() ? "有相关数据的各单位" : String.join("、", d.unitTypes());
        return "全县、" + units + (d.perPerson() ? "、承办人" : "");
    }

    /** The reference interval in force, or 未配置, in the words of the 指标说明 page. */
    public static String reference(IndicatorDef d) {
        if (!d.hasReference()) return "未配置";
        String range;
        if (d.referenceLow() != null && d.referenceHigh() != null) {
            range = Formats.bare(d.display(), d.referenceLow()) + "～" + Formats.bare(d.display(), d.referenceHigh());
        } else if (d.referenceLow() != null) {
            range = "不低于 " + Formats.bare(d.display(), d.referenceLow());
        } else {
            range = "不高于 " + Formats.bare(d.display(), d.referenceHigh());
        }
        return range + (d.referenceNote() == null || d.referenceNote().isBlank() ? "" : "（" + d.referenceNote() + "）");
    }
}
