package lianjian.site.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.Period;
import lianjian.readmodel.Evaluation;
import lianjian.readmodel.Person;
import lianjian.site.data.SiteData;
import lianjian.site.render.SitePaths;

/**
 * Which person pages exist. Pages for every person in every period would be about 150 × 30 = 4,500
 * pages, mostly quarters nobody opens for one person. A person page is written for every <b>year</b>
 * and for the <b>latest half-year and latest quarter</b> (the periods the half-yearly 联席会议 and the
 * quarterly reports look at), and only for periods in which the person was in office or has figures
 * or an evaluation; each page also carries a year-by-year table of the person's main figures. Pages of
 * other periods link a person to the page of the same year. Everyone in 人员名册 gets at least one page.
 */
public final class PersonPagePlan {

    private final SiteData data;
    private final List<PeriodRow> personPeriods;
    private final Map<String, List<PeriodRow>> byPerson = new HashMap<>();
    private final Set<String> pages = new java.util.HashSet<>();

    public PersonPagePlan(SiteData data) {
        this.data = data;
        Set<PeriodRow> chosen = new LinkedHashSet<>(data.periodsOf(Period.Kind.YEAR));
        data.latest(Period.Kind.HALF).ifPresent(chosen::add);
        data.latest(Period.Kind.QUARTER).ifPresent(chosen::add);
        this.personPeriods = List.copyOf(chosen);
        for (Person person : data.persons) {
            List<PeriodRow> own = new ArrayList<>();
            for (PeriodRow p : personPeriods) if (relevant(person, p)) own.add(p);
            if (own.isEmpty() && data.hasData()) own.add(data.defaultPeriod());
            byPerson.put(person.id(), List.copyOf(own));
            for (PeriodRow p : own) pages.add(p.code() + "|" + person.id());
        }
    }

    private boolean relevant(Person person, PeriodRow p) {
        if (person.inOfficeDuring(p.start(), p.end())) return true;
        if (!data.figures.person(p.code(), person.id()).isEmpty()) return true;
        for (Evaluation e : data.evaluationsOf(person.id())) {
            if (!e.date().isBefore(p.start()) && !e.date().isAfter(p.end())) return true;
        }
        return false;
    }

    /** The periods that get person pages at all (years, latest half-year, latest quarter). */
    public List<PeriodRow> personPeriods() { return personPeriods; }

    /** The periods with a page for this person, in selector order. */
    public List<PeriodRow> periodsOf(String personId) { return byPerson.getOrDefault(personId, List.of()); }

    public boolean exists(String period, String personId) { return pages.contains(period + "|" + personId); }

    public int pageCount() { return pages.size(); }

    /**
     * The page to open for a person seen on a page of {@code period}: the same period when it has one,
     * else the same year, else the person's latest page up to that year, else their first. Null for an
     * id that is not in 人员名册 (shown as plain text).
     */
    public String pathFor(String period, String personId) {
        List<PeriodRow> own = byPerson.get(personId);
        if (own == null || own.isEmpty()) return null;
        if (exists(period, personId)) return SitePaths.person(period, personId);
        String year = period.substring(0, 4);
        if (exists(year, personId)) return SitePaths.person(year, personId);
        PeriodRow best = null;
        for (PeriodRow p : own) {
            if (p.kind() == Period.Kind.YEAR && p.code().compareTo(year) <= 0) best = p;
        }
        return SitePaths.person((best != null ? best : own.get(0)).code(), personId);
    }

    /** The page the 人员 index links to: the default period's page, else the person's latest. */
    public String latestPathFor(String personId) {
        List<PeriodRow> own = byPerson.getOrDefault(personId, List.of());
        if (own.isEmpty()) return null;
        String def = data.defaultPeriod().code();
        if (exists(def, personId)) return SitePaths.person(def, personId);
        PeriodRow last = own.stream().filter(p -> p.kind() == Period.Kind.YEAR).reduce((a, b) -> b).orElse(own.get(0));
        return SitePaths.person(last.code(), personId);
    }
}
