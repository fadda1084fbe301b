package lianjian.site.data;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lianjian.config.LianjianProperties;
import lianjian.importing.receipt.Receipt;
import lianjian.importing.validate.ImportMessage;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.IndicatorRepository.Run;
import lianjian.indicators.IndicatorRepository.Warning;
import lianjian.indicators.Period;
import lianjian.publish.Audience;
import lianjian.publish.ReportIndex;
import lianjian.readmodel.Evaluation;
import lianjian.readmodel.Person;
import lianjian.readmodel.ReadModel;
import lianjian.readmodel.Review;
import lianjian.readmodel.Unit;
import lianjian.supervision.SupervisionRepository.Currency;
import lianjian.supervision.SupervisionRepository.FollowUpItem;

/**
 * Everything one site build shows, loaded once before any page is written (the pages only read it):
 * stored figures and lists, the catalog, the read model (units, persons, evaluations, reviews), the
 * import log and the PDF index, the warnings (DOMAIN §8.3), the 督办 items (§8.4) and 数据时效 (§8.5).
 *
 * <p>Loaded for one {@link Audience}. For the 公开版 the people are not there at all: no persons, no per-person
 * figures, no evaluations or reviews of a person, no import messages, lists and 督办 items with their public
 * fields only ({@link lianjian.publish.PublicFields}); the pages leave out what would show them.
 */
public final class SiteData {

    /** Chinese names in pinyin order: people are sorted by unit and name, never by a figure (DOMAIN §1). */
    public static final Comparator<String> CHINESE = ReadModel.CHINESE;

    public final String county;
    /** Who the build is for: the 内部版 shows everything, the 公开版 no personal data. */
    public final Audience audience;
    public final LocalDateTime generatedAt;
    public final Run run;
    public final List<PeriodRow> periods;
    public final IndicatorCatalog catalog;
    public final ReadModel model;
    /** Units in the customary order (法院, 检察院, 公安局, 司法局, then others by code). */
    public final List<Unit> units;
    /** Persons by unit and name. */
    public final List<Person> persons;
    public final FigureIndex figures;
    public final StoredLists lists;
    public final List<Receipt> receipts;
    public final Map<Long, List<ImportMessage>> messages;
    public final Map<Long, Integer> messageCounts;
    public final ReportIndex reports;
    public final Path workspaceRoot;
    /** Every stored warning, in the order of warnings.csv. */
    public final List<Warning> warnings;
    /** Every 督办 item and 临期提醒 as of the run's as-of date. */
    public final List<FollowUpItem> followUps;
    /** 数据时效: per unit and sheet kind. */
    public final List<Currency> currency;
    /** The settings behind D05, X05, the 督办 levels and 可能不全 (their numbers are quoted on the pages). */
    public final LianjianProperties.Supervision supervision;

    private final Map<String, PeriodRow> periodByCode = new LinkedHashMap<>();
    private final Map<String, List<Warning>> warningsByScope = new java.util.HashMap<>();

    SiteData(Audience audience, String county, LocalDateTime generatedAt, Run run, List<PeriodRow> periods, IndicatorCatalog catalog,
             ReadModel model, FigureIndex figures, StoredLists lists, List<Receipt> receipts,
             Map<Long, List<ImportMessage>> messages, Map<Long, Integer> messageCounts, ReportIndex reports,
             Path workspaceRoot, List<Warning> warnings, List<FollowUpItem> followUps, List<Currency> currency,
             LianjianProperties.Supervision supervision) {
        this.audience = audience;
        this.county = county;
        this.generatedAt = generatedAt;
        this.run = run;
        this.periods = List.copyOf(periods);
        this.catalog = catalog;
        this.model = model;
        this.units = model.units();
        this.persons = audience.showsPeople() ? model.persons() : List.of();
        this.figures = figures;
        this.lists = lists;
        this.receipts = receipts;
        this.messages = messages;
        this.messageCounts = messageCounts;
        this.reports = reports;
        this.workspaceRoot = workspaceRoot;
        for (PeriodRow p : periods) periodByCode.put(p.code(), p);
        this.warnings = List.copyOf(warnings);
        this.followUps = List.copyOf(followUps);
        this.currency = List.copyOf(currency);
        this.supervision = supervision;
        for (Warning w : warnings) warningsByScope.computeIfAbsent(w.period() + "|" + w.unitCode(), k -> new java.util.ArrayList<>()).add(w);
    }

    /** The warnings of one period and unit ("ALL" = the county's own rows), as stored (indicator, rule). */
    public List<Warning> warnings(String period, String unitCode) {
        return warningsByScope.getOrDefault(period + "|" + unitCode, List.of());
    }

    /** The unit's case data marked 可能不全 (§8.5: 法院案件 or 检察案件 without new rows for stale-days), if any. */
    public Optional<Currency> staleCases(String unitCode) {
        return currency.stream().filter(c -> c.stale() && c.unitCode().equals(unitCode)).findFirst();
    }

    /** Every 可能不全 mark, units in the customary order. */
    public List<Currency> staleCases() {
        List<String> order = units.stream().map(Unit::code).toList();
        return currency.stream().filter(Currency::stale)
                .sorted(Comparator.comparingInt((Currency c) -> order.indexOf(c.unitCode()))).toList();
    }

    /** Position of a unit in the customary order (法院, 检察院, 公安局, 司法局, then by code); "ALL" first, unknown codes last. */
    public int unitRank(String unitCode) {
        if (ReadModel.ALL.equals(unitCode)) return -1;
        for (int i = 0; i < units.size(); i++) if (units.get(i).code().equals(unitCode)) return i;
        return units.size();
    }

    /** By unit (customary order), then name in pinyin order, then 人员编号. */
    public Comparator<Person> byUnitAndName() { return model.byUnitAndName(); }

    public boolean hasData() { return !periods.isEmpty(); }

    public Optional<PeriodRow> period(String code) { return Optional.ofNullable(periodByCode.get(code)); }

    public Optional<Unit> unit(String code) { return Optional.ofNullable(model.unit(code)); }

    public Optional<Person> person(String id) {
        return audience.showsPeople() ? Optional.ofNullable(model.person(id)) : Optional.empty();
    }

    /** 全县 for "ALL"; the unit's name; its code when it is not in 单位名录. */
    public String unitName(String code) { return model.unitName(code); }

    /** The unit's name without the county prefix (法院, 检察院), for narrow places such as the navigation bar. */
    public String shortName(Unit u) { return u.shortName(county); }

    public List<Evaluation> evaluationsOf(String personId) {
        return audience.showsPeople() ? model.evaluationsOf(personId) : List.of();
    }

    public List<Review> reviewsOf(String personId) { return audience.showsPeople() ? model.reviewsOf(personId) : List.of(); }

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

    public List<Person> personsOf(String unitCode) {
        return audience.showsPeople() ? model.personsOf(unitCode) : List.of();
    }
}
