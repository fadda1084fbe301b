package lianjian.reporting.data;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import lianjian.config.LianjianProperties;
import lianjian.importing.receipt.Receipt;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorRepository;
import lianjian.indicators.IndicatorRepository.StoredItem;
import lianjian.indicators.ListCode;
import lianjian.indicators.Period;
import lianjian.publish.Audience;
import lianjian.publish.PublicFields;
import lianjian.readmodel.ReadModel;
import lianjian.supervision.SupervisionRepository.Currency;
import lianjian.supervision.SupervisionRepository.FollowUpItem;

/**
 * Everything the report families read, for one publication: the stored figures (the only source
 * of numbers), the catalog, the read model (units, staff, attributed reviews), the listed records, the import
 * receipts, the computation's as-of date and term, the stored 督办 items and 数据时效 rows with the
 * supervision settings they were judged by, and the time the reports are generated.
 *
 * <p>A unit's figures of a period are read once per publication: the same ones appear in the
 * overview, the unit reports, the trend tables of both periods and the dossiers. They cannot change
 * meanwhile (the indicators step has committed), and a new context is made for every publication.
 *
 * <p>A publication is for one {@link Audience}. The 公开版 (the overview and unit reports only) is the same
 * report families in their public mode: they ask {@link #showsPeople()} and {@link #showsFreeText()} and leave
 * out names, lists of people and free text. Lists read through {@link #list} and {@link #items} and the 督办
 * items come already reduced to their public fields ({@link PublicFields}), and there are no import receipts
 * (their file names are written by people), so a section that forgets to ask still prints nothing personal.
 */
public final class ReportContext {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final IndicatorRepository figures;
    private final IndicatorCatalog catalog;
    private final ReadModel model;
    private final DomainRecords records;
    private final List<Receipt> receipts;
    private final IndicatorRepository.Run run;
    private final String county;
    private final LocalDateTime generatedAt;
    private final Map<String, FigureSet> unitFigures = new ConcurrentHashMap<>();
    private final List<IndicatorRepository.PeriodRow> periods;
    private final List<FollowUpItem> followUps;
    private final List<Currency> currency;
    private final LianjianProperties.Supervision supervision;
    private final Audience audience;
    private List<IndicatorRepository.Warning> warnings;

    /** The 内部版's context. */
    public ReportContext(IndicatorRepository figures, IndicatorCatalog catalog, ReadModel model, DomainRecords records,
                         List<Receipt> receipts, IndicatorRepository.Run run, String county, LocalDateTime generatedAt,
                         List<FollowUpItem> followUps, List<Currency> currency, LianjianProperties.Supervision supervision) {
        this(figures, catalog, model, records, receipts, run, county, generatedAt, followUps, currency, supervision,
                Audience.INTERNAL);
    }

    public ReportContext(IndicatorRepository figures, IndicatorCatalog catalog, ReadModel model, DomainRecords records,
                         List<Receipt> receipts, IndicatorRepository.Run run, String county, LocalDateTime generatedAt,
                         List<FollowUpItem> followUps, List<Currency> currency, LianjianProperties.Supervision supervision,
                         Audience audience) {
        this.audience = audience;
        this.figures = figures;
        this.catalog = catalog;
        this.model = model;
        this.records = records;
        this.receipts = audience.showsFreeText() ? List.copyOf(receipts) : List.of();
        this.run = run;
        this.county = county;
        this.generatedAt = generatedAt;
        this.periods = List.copyOf(figures.periods());
        this.followUps = followUps.stream().map(i -> PublicFields.followUp(i, audience)).toList();
        this.currency = List.copyOf(currency);
        this.supervision = supervision;
    }

    public IndicatorRepository figures() { return figures; }

    /** Who the publication is for. */
    public Audience audience() { return audience; }

    /** Names, 人员编号, lists of people (the 内部版). */
    public boolean showsPeople() { return audience.showsPeople(); }

    /** Free text from the spreadsheets: 问题描述, 整改措施, 主要问题, 建议标题, 活动名称, 旁听意见 … (the 内部版). */
    public boolean showsFreeText() { return audience.showsFreeText(); }

    /**
     * A stored list as the audience may see it (members as field maps): for the 公开版 a list of people is
     * empty and members keep their public fields only.
     */
    public List<Map<String, Object>> list(ListCode list, String period, String unit) {
        if (!PublicFields.showsMembers(list, audience)) return List.of();
        return figures.list(list, period, unit).stream().map(i -> PublicFields.item(list, i, audience)).toList();
    }

    /** {@link #list} as stored members. */
    public List<StoredItem> items(ListCode list, String period, String unit) {
        if (!PublicFields.showsMembers(list, audience)) return List.of();
        return figures.items(list, period, unit).stream().map(i -> PublicFields.storedItem(i, audience)).toList();
    }
    public IndicatorCatalog catalog() { return catalog; }
    public ReadModel model() { return model; }
    public DomainRecords records() { return records; }
    public List<Receipt> receipts() { return receipts; }
    public IndicatorRepository.Run run() { return run; }
    public String county() { return county; }
    public LocalDateTime generatedAt() { return generatedAt; }

    /** The stored 督办 items as of the run's as-of date (overdue with a level, and 临期提醒), by unit. */
    public List<FollowUpItem> followUps() { return followUps; }

    /** 数据时效 as of the run's as-of date, by unit and sheet kind. */
    public List<Currency> currency() { return currency; }

    /** Reply and close limits, escalation and stale days: the settings the 督办 items were judged by. */
    public LianjianProperties.Supervision supervision() { return supervision; }

    /** Every stored warning (DOMAIN §8.3), read once per publication on first use. */
    public synchronized List<IndicatorRepository.Warning> warnings() {
        if (warnings == null) warnings = List.copyOf(figures.warnings());
        return warnings;
    }

    /** The unit's case data (法院案件 / 检察案件) marked 可能不全 (DOMAIN §8.5); empty when current. */
    public List<Currency> staleCases(String unit) {
        return currency.stream().filter(c -> c.stale() && c.unitCode().equals(unit)).toList();
    }

    /** The computed periods: years, then halves, then quarters, each in time order. */
    public List<IndicatorRepository.PeriodRow> periods() {
        return periods;
    }

    public FigureSet unit(String period, String unit) {
        return unitFigures.computeIfAbsent(period + "|" + unit, k -> new FigureSet(figures.unitFigures(period, unit), catalog));
    }

    public FigureSet county(String period) {
        return unit(period, "ALL");
    }

    public FigureSet person(String period, String personId) {
        return new FigureSet(figures.personFigures(period, personId), catalog);
    }

    /** The period as stored (with its as-of capped end), or null when it was not computed. */
    public Period period(String code) {
        for (IndicatorRepository.PeriodRow p : periods) if (p.code().equals(code)) return p.period();
        return null;
    }

    public String generatedAtText() {
        return generatedAt.format(STAMP);
    }

    /** 示例县人大常委会监察和司法工作委员会 */
    public String congressOffice() {
        return county + "人大常委会监察和司法工作委员会";
    }

    /** 中共示例县委政法委员会 */
    public String politicalLegalCommittee() {
        return "中共" + county + "委政法委员会";
    }
}
