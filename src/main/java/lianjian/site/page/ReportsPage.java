package lianjian.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lianjian.indicators.Formats;
import lianjian.readmodel.Person;
import lianjian.publish.ReportEntry;
import lianjian.site.data.SiteData;
import lianjian.site.render.Page;
import lianjian.site.render.SitePaths;
import lianjian.site.view.TableView;
import lianjian.site.view.TableView.Cell;
import lianjian.site.view.TableView.Column;

/**
 * 报告下载: every PDF of reports/index.json, by kind; dossiers by unit and name like every list of
 * people. An entry whose file is missing is listed as missing, never linked.
 */
public final class ReportsPage {

    /** The reports of one kind. */
    public record Group(String id, String name, TableView table) {}

    private final SiteContext ctx;

    public ReportsPage(SiteContext ctx) { this.ctx = ctx; }

    public Page page() {
        SiteData data = ctx.data();
        Map<String, Object> m = ctx.layout().page(SitePaths.REPORTS, Layout.NAV_REPORTS, "报告下载");
        m.put("indexPresent", data.reports.present());
        Map<String, List<ReportEntry>> byKind = new LinkedHashMap<>();
        data.reports.all().stream().sorted(Comparator.comparingInt(ReportEntry::kindOrder))
                .forEach(e -> byKind.computeIfAbsent(e.kindName(), k -> new ArrayList<>()).add(e));
        List<Group> groups = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<ReportEntry>> g : byKind.entrySet()) {
            List<ReportEntry> entries = new ArrayList<>(g.getValue());
            entries.sort(order(data));
            String id = "reports-" + (++n);
            // The 公开版 has no report about a person (no dossier), so no 人员 column.
            boolean people = ctx.showsPeople();
            TableView.Builder t = TableView.builder(id, g.getKey()).untitled().csvName("报告清单-" + g.getKey())
                    .columns(Column.longText("报告"), Column.text("期间"), Column.text("单位"));
            if (people) t.column(Column.text("人员"));
            t.columns(Column.text("截至"), Column.number("页数"), Column.number("大小"), Column.fixed("文件", ""),
                    Column.fixed("Word 版", ""), Column.fixed("OFD 版", ""));
            for (ReportEntry e : entries) {
                Person who = e.personId() == null ? null : data.person(e.personId()).orElse(null);
                String person = e.personId() == null ? Formats.NONE : who == null ? e.personId() : who.name();
                // a dossier names no unit: show the person's
                String unitCode = e.unitCode() != null ? e.unitCode() : who == null ? null : who.unitCode();
                String period = e.period() == null ? Formats.NONE
                        : data.period(e.period()).map(p -> p.period().chineseName()).orElse(e.period());
                List<Cell> cells = new ArrayList<>(List.of(
                        e.exists() ? Cell.link(title(e), SitePaths.report(e.file())) : Cell.of(title(e)),
                        Cell.sorted(period, Objects.requireNonNullElse(e.period(), "")),
                        Cell.of(unitCode == null ? Formats.NONE : data.unitName(unitCode))));
                if (people) cells.add(Cell.of(person));
                cells.addAll(List.of(Cell.of(ListTables.dash(e.asOf())),
                        Cell.sorted(e.pages() == null ? Formats.NONE : Formats.integer(e.pages()),
                                e.pages() == null ? "" : String.valueOf(e.pages())),
                        Cell.sorted(e.bytes() == null ? Formats.NONE : ReportLinks.size(e.bytes()),
                                e.bytes() == null ? "" : String.valueOf(e.bytes())),
                        Cell.of(e.exists() ? e.file() : "文件缺失：" + ListTables.dash(e.file())),
                        // Issue #14: the editable copy of the overview and the 督办通知单, beside the PDF.
                        data.reports.word(e).map(w -> Cell.link("可编辑 Word（.docx）", SitePaths.report(w)))
                                .orElse(Cell.of(Formats.NONE)),
                        // Issue #14 part 5: the overview's OFD copy (GB/T 33190) for the electronic-document systems.
                        data.reports.ofd(e).map(o -> Cell.link("OFD 版式文件（.ofd）", SitePaths.report(o)))
                                .orElse(Cell.of(Formats.NONE))));
                t.row(e.exists() ? "" : "row-overdue", cells);
            }
            groups.add(new Group(id, g.getKey(), t.build()));
        }
        m.put("groups", groups);
        m.put("reportCount", data.reports.available().size());
        m.put("missingCount", data.reports.all().size() - data.reports.available().size());
        return new Page(SitePaths.REPORTS, "reports.ftlh", m, "报告下载");
    }

    private static String title(ReportEntry e) { return e.title() == null ? ListTables.dash(e.file()) : e.title(); }

    /** Newest period first; dossiers and unit reports by unit (and name) within it. */
    private static Comparator<ReportEntry> order(SiteData data) {
        List<String> unitOrder = data.units.stream().map(u -> u.code()).toList();
        Comparator<Person> people = data.byUnitAndName();
        return Comparator.comparing((ReportEntry e) -> Objects.requireNonNullElse(e.asOf(), ""), Comparator.reverseOrder())
                .thenComparing(e -> Objects.requireNonNullElse(e.period(), ""))
                .thenComparingInt(e -> e.unitCode() == null ? -1 : unitOrder.indexOf(e.unitCode()))
                .thenComparing((a, b) -> {
                    Person pa = a.personId() == null ? null : data.person(a.personId()).orElse(null);
                    Person pb = b.personId() == null ? null : data.person(b.personId()).orElse(null);
                    if (pa == null || pb == null) return pa == null ? (pb == null ? 0 : -1) : 1;
                    return people.compare(pa, pb);
                })
                .thenComparing(e -> Objects.requireNonNullElse(e.file(), ""));
    }
}
