package lianjian.indicators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lianjian.config.LianjianProperties;
import lianjian.readmodel.ReadModel;
import lianjian.readmodel.ReadModelSource;
import lianjian.supervision.DataCurrency;
import lianjian.supervision.FollowUpItems;

/**
 * Computes every indicator of DOMAIN §5 for every period, county-wide, per unit and per person, with
 * the lists behind them, the warnings (§8.3), the 督办 items as of the run's as-of date (§8.4) and the
 * data currency (§8.5), and stores them, replacing the previous computation. Everything that shows a
 * figure, a list or a warning reads these tables; nothing recomputes them.
 */
@Component
public class IndicatorComputation {

    private static final Logger log = LoggerFactory.getLogger(IndicatorComputation.class);

    /** What a computation produced. */
    /**
     * @param todayMattersUntil the last day on which the day of the run changes the figures (periods still running
     *                          are computed up to today): the end of the data's latest year; null with --as-of, when
     *                          the day never matters; {@link LocalDate#MAX} without data (the as-of date is today)
     */
    public record Result(LocalDate asOf, List<Period> periods, long values, long listItems, int warnings,
                         LocalDate todayMattersUntil) {}

    private final JdbcTemplate jdbc;
    private final LianjianProperties properties;
    private final ReadModelSource readModel;

    public IndicatorComputation(JdbcTemplate jdbc, LianjianProperties properties, ReadModelSource readModel) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.readModel = readModel;
    }

    public Result compute(LocalDate requestedAsOf, LocalDate today) {
        long t0 = System.nanoTime();
        IndicatorCatalog catalog = IndicatorCatalog.load(properties);
        LocalDate[] range = Periods.eventRange(jdbc);
        // §5.1: each period is computed as of its own end, or --as-of when earlier. Without --as-of a
        // period still running today is computed as of today (its end has not happened yet).
        LocalDate cap = requestedAsOf != null ? requestedAsOf : today;
        List<Period> periods = range == null ? List.of() : Periods.between(range[0], range[1], cap);
        // The run's own as-of date (coverage, rectification, dossier reports, 督办): --as-of, else the
        // end of the latest quarter the data touch (not after today).
        LocalDate asOf = requestedAsOf != null ? requestedAsOf : Periods.defaultAsOf(range, today);
        List<Double> pts = properties.getSatisfaction().getScores();
        // The first reader after the import: the reports and the dashboard reuse this read model.
        ReadModel model = readModel.reload();
        IndicatorContext ctx = new IndicatorContext(jdbc, model, periods, asOf, properties.getTerm().getStart(),
                properties.getTerm().getEnd(), new double[] {pts.get(0), pts.get(1), pts.get(2)}, properties.getSupervision());
        Map<String, Period> byCode = new HashMap<>();
        for (Period p : periods) byCode.put(p.code(), p);
        DataStarts starts = DataStarts.load(jdbc, model, ctx.termStart);

        FigureStore.clear(jdbc);
        ListWriter lists = new ListWriter(jdbc, starts, byCode);
        FigureSink sink = new FigureSink(lists);
        List<PerPersonFamily> families = List.of(new CourtIndicators(), new ProcuratorateIndicators(), new ReviewIndicators());
        for (PerPersonFamily f : families) f.tally(ctx, sink);
        for (Period p : periods) {
            for (PerPersonFamily f : families) {
                f.emit(p.code(), FigureSink.ALL, "", f.allCounters(p.code()), sink);
                for (String unit : f.unitsWithRows(ctx)) f.emit(p.code(), unit, "", f.unitCounters(p.code(), unit), sink);
            }
        }
        PersonRows personRows = new PersonRows(jdbc, catalog, starts, byCode);
        personRows.write(ctx, families, PersonRows.active(ctx, families));
        for (UnitFamily f : List.of(new SatisfactionIndicators(), new CoverageIndicators(), new RectificationIndicators(),
                new SuggestionIndicators(), new PetitionIndicators(), new ActivityIndicators(), new PlanIndicators())) {
            f.compute(ctx, sink);
        }
        lists.flush();
        FigureStore.run(jdbc, asOf, properties.getTerm().getName(), ctx.termStart, ctx.termEnd);
        FigureStore.periods(jdbc, periods);
        FigureStore.UnitValues stored = FigureStore.values(jdbc, catalog, starts, byCode, sink);
        int warnings = Warnings.store(jdbc, catalog, byCode, sink, stored);
        int followUp = new FollowUpItems(jdbc, model, properties.getSupervision()).store(asOf);
        new DataCurrency(jdbc, model, properties.getSupervision()).store(asOf);
        long values = sink.values().size() + personRows.written();
        log.info("indicators: {} periods, {} values, {} list items, {} warnings, {} 督办 items in {} ms", periods.size(),
                values, lists.written(), warnings, followUp, (System.nanoTime() - t0) / 1_000_000);
        LocalDate horizon = requestedAsOf != null ? null
                : range == null ? LocalDate.MAX : LocalDate.of(range[1].getYear(), 12, 31);
        return new Result(asOf, periods, values, lists.written(), warnings, horizon);
    }
}
