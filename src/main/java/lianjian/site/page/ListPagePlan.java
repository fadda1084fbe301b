package lianjian.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lianjian.indicators.Figure;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.ListCode;
import lianjian.publish.PublicFields;
import lianjian.readmodel.ReadModel;
import lianjian.readmodel.Unit;
import lianjian.site.data.SiteData;
import lianjian.site.render.SitePaths;

/**
 * Which list pages exist (DOMAIN §8.1): one per period and list behind a figure ({@code <period>/list-C07.html}),
 * with a section per unit, and only where the list has members or the county's figure is above zero: a
 * page per list and period regardless would add some 600 pages that say "none". A figure opens its
 * list — the page, at its unit's section — only when that section exists.
 */
public final class ListPagePlan {

    /** One list page: the indicator it is behind and the stored lists it shows (Z06: Z06A and Z06B). */
    public record Spec(String code, List<ListCode> lists) {
        /** The list's title (Z06: both windows). */
        public String title() {
            return lists.size() == 1 ? lists.get(0).title() : "20天内到期的问题";
        }
    }

    /** Members stored without a unit (a plan item without 对象单位) are stored under "ALL"; their section is this. */
    public static final String NO_UNIT = ReadModel.ALL;

    /** The lists of DOMAIN §8.2 by the figure they are behind, in catalog order. */
    public static final List<Spec> SPECS = specs();

    private final SiteData data;
    /** "period|code" → the sections of the page (unit codes, customary order; NO_UNIT last). */
    private final Map<String, List<String>> sections = new HashMap<>();

    public ListPagePlan(SiteData data) {
        this.data = data;
        for (PeriodRow p : data.periods) {
            for (Spec s : SPECS) {
                // The 公开版 has no page for a list of people (E04, E08, E12): their figures are the counts.
                if (!s.lists().stream().allMatch(l -> PublicFields.showsMembers(l, data.audience))) continue;
                Set<String> units = new LinkedHashSet<>();
                for (ListCode l : s.lists()) {
                    for (Map<String, Object> i : data.lists.county(l, p.code())) units.add(ListTables.str(i, "unitCode"));
                }
                for (Unit u : data.units) if (positive(data.figures.unit(p.code(), u.code(), s.code()))) units.add(u.code());
                if (units.isEmpty() && !positive(data.figures.unit(p.code(), ReadModel.ALL, s.code()))) continue;
                List<String> ordered = new ArrayList<>(units);
                ordered.sort(Comparator.comparingInt((String u) -> NO_UNIT.equals(u) ? Integer.MAX_VALUE : data.unitRank(u))
                        .thenComparing(u -> u));
                sections.put(p.code() + "|" + s.code(), List.copyOf(ordered));
            }
        }
    }

    private static List<Spec> specs() {
        Map<String, List<ListCode>> byFigure = new LinkedHashMap<>();
        for (ListCode l : ListCode.values()) {
            if (l.published()) byFigure.computeIfAbsent(l.figure(), k -> new ArrayList<>()).add(l);
        }
        List<Spec> out = new ArrayList<>();
        byFigure.forEach((code, lists) -> out.add(new Spec(code, List.copyOf(lists))));
        return List.copyOf(out);
    }

    public static Spec spec(String figureCode) {
        for (Spec s : SPECS) if (s.code().equals(figureCode)) return s;
        return null;
    }

    static boolean positive(Figure f) {
        return f != null && !f.noData() && f.value() != null && f.value() > 0;
    }

    public boolean exists(String period, String code) { return sections.containsKey(period + "|" + code); }

    /** The sections of an existing page: unit codes in the customary order, {@link #NO_UNIT} last. */
    public List<String> sections(String period, String code) {
        return sections.getOrDefault(period + "|" + code, List.of());
    }

    /** The periods that have this list's page, in selector order. */
    public List<PeriodRow> periodsOf(String code) {
        return data.periods.stream().filter(p -> exists(p.code(), code)).toList();
    }

    /** Every page, by period then list. */
    public int pageCount() { return sections.size(); }

    /**
     * The page (and section) a figure opens: the county's figure opens the page, a unit's figure its section;
     * null when the figure carries no list, is before its data, or has nothing to show.
     */
    public String link(Figure f) {
        if (f == null || f.noData() || (f.personId() != null && !f.personId().isEmpty())) return null;
        Spec s = spec(f.code());
        if (s == null || !exists(f.period(), s.code())) return null;
        String page = SitePaths.list(f.period(), s.code());
        if (ReadModel.ALL.equals(f.unitCode())) return page;
        return sections(f.period(), s.code()).contains(f.unitCode()) ? page + "#" + anchor(f.unitCode()) : null;
    }

    /** The id of a section: unit-FY01, or unit-none for members without a unit. */
    public static String anchor(String unitCode) {
        return NO_UNIT.equals(unitCode) ? "unit-none" : SitePaths.unitAnchor(unitCode);
    }
}
