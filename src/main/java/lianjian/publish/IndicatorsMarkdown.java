package lianjian.publish;

import java.util.List;

import lianjian.config.LianjianProperties;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorDef;
import lianjian.site.page.IndicatorGuidePage;

/**
 * docs/INDICATORS.md from the indicator catalog (indicators.yml), the same source as the dashboard's 指标说明
 * page and the PDFs' appendix, so the repository's own documentation of the formulas cannot drift from what
 * the program computes and shows. IndicatorsMarkdownTest fails when the committed file differs and rewrites
 * it on request (see docs/INDICATORS.md's header).
 */
public final class IndicatorsMarkdown {

    private IndicatorsMarkdown() {}

    /** The document for the shipped defaults (settings and example intervals as the program ships them). */
    public static String render() {
        return render(IndicatorCatalog.load(new LianjianProperties()));
    }

    static String render(IndicatorCatalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append("# 指标说明\n\n")
                .append("<!-- 本文件由程序生成，请勿手改：改 src/main/resources/lianjian/indicators.yml 后运行\n")
                .append("     mvn -o -q test -Dtest=IndicatorsMarkdownTest -Dlianjian.docs.write=true -->\n\n")
                .append("联监计算的全部指标，与看板的“指标说明”页、PDF 报告的附件“指标说明”出自同一份指标目录")
                .append("（`src/main/resources/lianjian/indicators.yml`）。计算方法中的天数等设置按程序的默认值写出；")
                .append("县里在 `lianjian.yml` 中改了设置时，看板和报告中显示的是改后的值。\n\n")
                .append("- **统计期**：年度（1月1日至12月31日）、半年度（上半年、下半年）和季度；“截至”类指标按统计截止日计算。\n")
                .append("- **方向**：↑ 越高越好；↓ 越低越好；◎ 以参考区间衡量；ℹ 描述性指标（不判断好坏）。\n")
                .append("- **适用范围**：全县合计、各单位；标“承办人”的指标在内部版看板中也按承办人计算（公开版不含个人数据）。\n")
                .append("- **参考区间**：标“示例”的是程序自带的示例区间，只用于演示达标/未达标的显示，")
                .append("请在 `lianjian.yml` 的 `lianjian.indicators.<代码>.reference` 中换成上级部门公布的正式区间。\n")
                .append("- 分母为 0 时指标没有数值，显示为“—”。不对单位或个人排名。\n\n")
                .append("CSV 文件中各指标的列见 [FORMATS.md](FORMATS.md)。\n");
        for (IndicatorCatalog.Family fam : catalog.families()) {
            List<IndicatorDef> defs = catalog.family(fam.code());
            if (defs.isEmpty()) continue;
            out.append("\n## ").append(fam.title()).append("\n\n");
            out.append("| 代码 | 指标 | 方向 | 计算方法 | 适用范围 | 参考区间 |\n|---|---|---|---|---|---|\n");
            for (IndicatorDef d : defs) {
                out.append("| ").append(d.code()).append(" | ").append(cell(d.name())).append(" | ")
                        .append(d.direction().symbol()).append(' ').append(d.direction().chinese()).append(" | ")
                        .append(cell(d.formula())).append(" | ").append(IndicatorGuidePage.scope(d)).append(" | ").append(IndicatorGuidePage.reference(d))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    /** A table cell: a pipe would end the cell, a line break the row. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }
}
