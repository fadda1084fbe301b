package lianjian.site.data;

import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lianjian.importing.receipt.Receipt;
import lianjian.importing.validate.ImportMessage;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.IndicatorRepository.Run;
import lianjian.indicators.Period;

/**
 * Everything one site build shows, loaded once before any page is written (the pages only read it):
 * stored figures and lists, the catalog, units and persons, the import log and the PDF index.
 */
public final class SiteData {

    /** Chinese names in pinyin order: people are sorted by unit and name, never by a figure (DOMAIN §1). */
    public static final Comparator<String> CHINESE = Collator.getInstance(Locale.SIMPLIFIED_CHINESE)::compare;

    public final String county;
    public final LocalDateTime generatedAt;
    public final Run run;
    public final List<PeriodRow> periods;
    public final IndicatorCatalog catalog;
    public final List<UnitInfo> units;
    public final List<PersonInfo> persons;
    public final FigureIndex figures;
    public final StoredLists lists;
    public final Map<String, List<EvaluationRecord>> evaluations;
    public final Map<String, List<ReviewRecord>> reviews;
    public final List<Receipt> receipts;
    public final Map<Long, List<ImportMessage>> messages;
    public final Map<Long, Integer> messageCounts;
    public final ReportIndex reports;
    public final Path workspaceRoot;

    private final Map<String, PeriodRow> periodByCode = new LinkedHashMap<>();
    private final Map<String, UnitInfo> unitByCode = new LinkedHashMap<>();
    private final Map<String, PersonInfo> personById = new LinkedHashMap<>();

    SiteData(String county, LocalDateTime generatedAt, Run run, List<PeriodRow> periods, IndicatorCatalog catalog,
             List<UnitInfo> units, List<PersonInfo> persons, FigureIndex figures, StoredLists lists,
             Map<String, List<EvaluationRecord>> evaluations, Map<String, List<ReviewRecord>> reviews,
             List<Receipt> receipts, Map<Long, List<ImportMessage>> messages, Map<Long, Integer> messageCounts,
             ReportIndex reports, Path workspaceRoot) {
        this.county = county;
        this.generatedAt = generatedAt;
        this.run = run;
        this.periods = List.copyOf(periods);
        this.catalog = catalog;
        this.units = List.copyOf(units);
        this.figures = figures;
        this.lists = lists;
        this.evaluations = evaluations;
        this.reviews = reviews;
        this.receipts = receipts;
        this.messages = messages;
        this.messageCounts = messageCounts;
        this.reports = reports;
        this.workspaceRoot = workspaceRoot;
        for (PeriodRow p : periods) periodByCode.put(p.code(), p);
        for (UnitInfo u : units) unitByCode.put(u.code(), u);
        List<PersonInfo> sorted = new ArrayList<>(persons);
        sorted.sort(byUnitAndName());
        this.persons = List.copyOf(sorted);
        for (PersonInfo p : this.persons) personById.put(p.id(), p);
    }

    /** By unit (in 单位名录 code order), then name in pinyin order, then 人员编号. */
    public Comparator<PersonInfo> byUnitAndName() {
        List<String> unitOrder = units.stream().map(UnitInfo::code).toList();
        return Comparator.comparingInt((PersonInfo p) -> {
                    int i = unitOrder.indexOf(p.unitCode());
                    return i < 0 ? Integer.MAX_VALUE : i;
                })
                .thenComparing(PersonInfo::name, CHINESE)
                .thenComparing(PersonInfo::id);
    }

    public boolean hasData() { return !periods.isEmpty(); }

    public Optional<PeriodRow> period(String code) { return Optional.ofNullable(periodByCode.get(code)); }

    public Optional<UnitInfo> unit(String code) { return Optional.ofNullable(unitByCode.get(code)); }

    public Optional<PersonInfo> person(String id) { return Optional.ofNullable(personById.get(id)); }

    public String unitName(String code) {
        if (code == null || "ALL".equals(code)) return "全县";
        UnitInfo u = unitByCode.get(code);
        return u == null ? code : u.name();
    }

    public List<PeriodRow> periodsOf(Period.Kind kind) {
        return periods.stream().filter(p -> p.kind() == kind).toList();
    }

    public Optional<PeriodRow> latest(Period.Kind kind) {
        List<PeriodRow> list = periodsOf(kind);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    /**
     * The period the site opens on (site/index.html, and the navigation of pages that have no period):
     * the latest year, i.e. "本年以来" up to the as-of date, the usual cumulative view of Chinese
     * statistics; the latest quarter or half-year is one click away in the selector.
     */
    public PeriodRow defaultPeriod() {
        return latest(Period.Kind.YEAR).orElseGet(() -> periods.get(periods.size() - 1));
    }

    public LocalDate asOf() { return run == null ? null : run.asOf(); }

    public List<PersonInfo> personsOf(String unitCode) {
        return persons.stream().filter(p -> unitCode.equals(p.unitCode())).toList();
    }
}
