package lianjian.site.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.indicators.Formats;
import lianjian.readmodel.Person;
import lianjian.site.render.Page;
import lianjian.site.render.SitePaths;
import lianjian.site.view.TableView;
import lianjian.site.view.TableView.Cell;
import lianjian.site.view.TableView.Column;

/** 人员: everyone in 人员名册, by unit and name (never by a figure), each linking to their page. */
public final class PeopleIndexPage {

    private final SiteContext ctx;

    public PeopleIndexPage(SiteContext ctx) { this.ctx = ctx; }

    public Page page() {
        Map<String, Object> m = ctx.layout().page(SitePaths.PEOPLE, Layout.NAV_PEOPLE, "人员");
        TableView.Builder t = TableView.builder("people", "人大常委会任命人员（按单位、姓名）").untitled().csvName("任命人员名录")
                .empty("人员名册为空。")
                .columns(Column.text("姓名"), Column.code("人员编号"), Column.text("单位"), Column.text("类别"), Column.text("职务"),
                        Column.text("是否员额"), Column.code("任命日期"), Column.code("离任日期"), Column.text("离任原因"));
        for (Person p : ctx.data().persons) {
            t.row(List.of(Cell.link(p.name(), ctx.people().latestPathFor(p.id())), Cell.of(p.id()),
                    Cell.of(ctx.data().unitName(p.unitCode())), Cell.of(ListTables.dash(p.category())),
                    Cell.of(ListTables.dash(p.position())), Cell.of(Formats.quota(p)),
                    Cell.of(Formats.isoDate(p.appointedOn())), Cell.of(Formats.isoDate(p.leftOn())),
                    Cell.of(ListTables.dash(p.leaveReason()))));
        }
        m.put("peopleTable", t.build());
        m.put("personPeriods", new ArrayList<>(ctx.people().personPeriods().stream().map(p -> p.period().chineseName()).toList()));
        return new Page(SitePaths.PEOPLE, "people.ftlh", m, "人员名录");
    }
}
