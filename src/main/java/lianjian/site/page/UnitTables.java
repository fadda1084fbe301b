package lianjian.site.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.indicators.Figure;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.readmodel.Unit;
import lianjian.site.view.TableView;
import lianjian.site.view.TableView.Cell;
import lianjian.site.view.TableView.Column;

/**
 * "County and each unit" tables of some indicators (coverage, problems). The figure columns are not
 * sortable and rows stay in 单位名录 order, so a table of units is never a league table (DOMAIN §1).
 */
final class UnitTables {

    private final SiteContext ctx;

    UnitTables(SiteContext ctx) { this.ctx = ctx; }

    /**
     * @param units    the units to list after the county row (those without any of the codes are left out)
     * @param linkPath page to link each unit name to, given (period, unit code)
     */
    TableView figures(String id, String caption, String csvName, PeriodRow p, List<Unit> units, List<String> codes,
                      java.util.function.BiFunction<String, String, String> linkPath) {
        TableView.Builder t = TableView.builder(id, caption).csvName(csvName).tools("csv")
                .workbook(lianjian.site.render.SitePaths.workbook(p.code())).column(Column.code("单位"));
        for (String c : codes) t.column(Column.figure(ctx.figures().name(c) + Formats.unitSuffix(ctx.figures().def(c).display())));
        List<String> scopes = new ArrayList<>();
        scopes.add("ALL");
        units.forEach(u -> scopes.add(u.code()));
        for (String scope : scopes) {
            Map<String, Figure> figs = ctx.data().figures.unit(p.code(), scope);
            if (codes.stream().noneMatch(figs::containsKey)) continue;
            List<Cell> cells = new ArrayList<>();
            boolean county = "ALL".equals(scope);
            cells.add(county ? Cell.of("全县") : Cell.link(ctx.data().unitName(scope), linkPath.apply(p.code(), scope)));
            for (String c : codes) cells.add(Cell.sorted(ctx.figures().bare(c, figs.get(c)), FigureViews.sortKey(figs.get(c))));
            t.row(county ? "row-total" : "", cells);
        }
        return t.build();
    }
}
