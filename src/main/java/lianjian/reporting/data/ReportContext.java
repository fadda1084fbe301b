package lianjian.reporting.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorRepository;
import lianjian.indicators.Period;
import lianjian.importing.receipt.Receipt;

/**
 * Everything the report families read, loaded once per publication: the stored figures (the only
 * source of numbers), the catalog, the directory of units and staff, the descriptive records, the
 * import receipts, the computation's as-of date and term, and the time the reports are generated.
 */
public record ReportContext(IndicatorRepository figures, IndicatorCatalog catalog, Directory directory,
                            DomainRecords records, List<Receipt> receipts, IndicatorRepository.Run run, String county,
                            LocalDateTime generatedAt) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public FigureSet unit(String period, String unit) {
        return new FigureSet(figures.unitFigures(period, unit), catalog);
    }

    public FigureSet county(String period) {
        return unit(period, "ALL");
    }

    public FigureSet person(String period, String personId) {
        return new FigureSet(figures.personFigures(period, personId), catalog);
    }

    /** The period as stored (with its as-of capped end), or null when it was not computed. */
    public Period period(String code) {
        return figures.period(code).map(IndicatorRepository.PeriodRow::period).orElse(null);
    }

    public LocalDate asOf() {
        return run.asOf();
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
