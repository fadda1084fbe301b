package lianjian.indicators;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lianjian.config.LianjianProperties;
import lianjian.readmodel.ReadModelSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes every indicator of DOMAIN §5 for every period, county-wide, per unit and per person, and
 * stores them (replacing the previous computation) with comparisons (环比, 同比) and the reference
 * intervals in force. Everything that shows a figure reads these tables.
 */
@Component
public class IndicatorComputation {

    private static final Logger log = LoggerFactory.getLogger(IndicatorComputation.class);

    /** What a computation produced. */
    public record Result(LocalDate asOf, List<Period> periods, int values, int listItems) {}

    private final JdbcTemplate jdbc;
    private final LianjianProperties properties;
    private final ReadModelSource readModel;
    private final JsonMapper json = JsonMapper.builder().build();

    public IndicatorComputation(JdbcTemplate jdbc, LianjianProperties properties, ReadModelSource readModel) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.readModel = readModel;
    }

    public Result compute(LocalDate requestedAsOf, LocalDate today) {
        IndicatorCatalog catalog = IndicatorCatalog.load(properties);
        LocalDate[] range = Periods.eventRange(jdbc);
        // §5.1: each period is computed as of its own end, or --as-of when earlier. Without --as-of a
        // period still running today is computed as of today (its end has not happened yet).
        LocalDate cap = requestedAsOf != null ? requestedAsOf : today;
        List<Period> periods = range == null ? List.of() : Periods.between(range[0], range[1], cap);
        // The run's own as-of date (coverage, rectification and dossier reports): --as-of, else the
        // end of the latest quarter the data touch (not after today).
        LocalDate asOf = requestedAsOf != null ? requestedAsOf : Periods.defaultAsOf(range, today);
        List<Double> pts = properties.getSatisfaction().getScores();
        // The first reader after the import: the reports and the dashboard reuse this read model.
        IndicatorContext ctx = new IndicatorContext(jdbc, readModel.reload(), periods, asOf, properties.getTerm().getStart(),
                properties.getTerm().getEnd(), new double[] {pts.get(0), pts.get(1), pts.get(2)});

        FigureSink sink = new FigureSink();
        long t0 = System.nanoTime();
        computePerPersonFamilies(ctx, sink);
        for (UnitFamily f : List.of(new SatisfactionIndicators(), new CoverageIndicators(),
                new RectificationIndicators(), new SuggestionIndicators(),
                new PetitionIndicators(), new ActivityIndicators())) {
            f.compute(ctx, sink);
        }
        long t1 = System.nanoTime();
        store(ctx, catalog, sink);
        log.info("indicators: {} periods, {} values, {} list items; computed in {} ms, stored in {} ms", periods.size(),
                sink.values().size(), sink.items().size(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        return new Result(asOf, periods, sink.values().size(), sink.items().size());
    }

    private void computePerPersonFamilies(IndicatorContext ctx, FigureSink sink) {
        List<PerPersonFamily> families = List.of(new CourtIndicators(), new ProcuratorateIndicators(), new ReviewIndicators());
        for (PerPersonFamily f : families) f.tally(ctx);
        Comparator<String> byUnitAndName = Comparator.comparing(ctx.model::person, ctx.model.byUnitAndName());
        for (Period p : ctx.periods) {
            String code = p.code();
            for (PerPersonFamily f : families) {
                f.emit(code, FigureSink.ALL, "", f.allCounters(code), sink);
                for (String unit : f.unitsWithRows(ctx)) f.emit(code, unit, "", f.unitCounters(code, unit), sink);
            }
            // §6: a person gets rows when they have a case received, closed or open at the end, or a review.
            Set<String> active = new LinkedHashSet<>();
            for (PerPersonFamily f : families) active.addAll(f.touchedPersons(code));
            active.removeIf(id -> ctx.model.person(id) == null);
            List<String> ordered = new ArrayList<>(active);
            ordered.sort(byUnitAndName);
            for (String person : ordered) {
                String unit = ctx.model.person(person).unitCode();
                for (PerPersonFamily f : families) {
                    if (f.coversPerson(ctx, person)) f.emit(code, unit, person, f.personCounters(code, person), sink);
                }
            }
        }
        for (PerPersonFamily f : families) f.lists(ctx, sink);
    }

    private void store(IndicatorContext ctx, IndicatorCatalog catalog, FigureSink sink) {
        for (String t : List.of("indicator_value", "indicator_breakdown", "indicator_list", "indicator_period", "indicator_run")) {
            jdbc.update("DELETE FROM " + t);
        }
        jdbc.update("INSERT INTO indicator_run (computed_at, as_of, term_name, term_start, term_end) VALUES (?, ?, ?, ?, ?)",
                LocalDateTime.now().withNano(0).toString().replace('T', ' '), ctx.asOf.toString(),
                properties.getTerm().getName(), ctx.termStart.toString(), ctx.termEnd.toString());
        Set<String> computed = new LinkedHashSet<>();
        for (Period p : ctx.periods) computed.add(p.code());
        List<Object[]> periodRows = new ArrayList<>();
        for (Period p : ctx.periods) {
            periodRows.add(new Object[] {p.code(), p.kind().name(), p.start().toString(), p.end().toString(),
                    computed.contains(p.previousCode()) ? p.previousCode() : null,
                    computed.contains(p.yearEarlierCode()) ? p.yearEarlierCode() : null});
        }
        jdbc.batchUpdate("INSERT INTO indicator_period (period, kind, period_start, period_end, prev_period, yoy_period)"
                + " VALUES (?, ?, ?, ?, ?, ?)", periodRows);

        Map<String, Double> byKey = new HashMap<>(sink.values().size() * 2);
        for (FigureSink.Value v : sink.values()) byKey.put(key(v.period(), v.unit(), v.person(), v.code()), v.value());
        Map<String, Period> periodByCode = new HashMap<>();
        for (Period p : ctx.periods) periodByCode.put(p.code(), p);
        List<Object[]> rows = new ArrayList<>(sink.values().size());
        for (FigureSink.Value v : sink.values()) {
            Period p = periodByCode.get(v.period());
            IndicatorDef def = catalog.get(v.code());
            Boolean meets = def.meets(v.value());
            rows.add(new Object[] {v.period(), v.unit(), v.person(), v.code(), v.numerator(), v.denominator(), v.value(),
                    byKey.get(key(p.previousCode(), v.unit(), v.person(), v.code())),
                    byKey.get(key(p.yearEarlierCode(), v.unit(), v.person(), v.code())),
                    def.referenceLow(), def.referenceHigh(), meets == null ? null : meets ? 1 : 0});
        }
        jdbc.batchUpdate("INSERT INTO indicator_value (period, unit_code, person_id, indicator, numerator, denominator, value,"
                + " prev_value, yoy_value, reference_low, reference_high, meets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);

        List<Object[]> breakdowns = new ArrayList<>();
        for (FigureSink.Breakdown b : sink.breakdowns()) {
            breakdowns.add(new Object[] {b.period(), b.unit(), b.code(), b.category(), b.numerator(), b.denominator(), b.value()});
        }
        jdbc.batchUpdate("INSERT INTO indicator_breakdown (period, unit_code, indicator, category, numerator, denominator, value)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", breakdowns);

        List<Object[]> items = new ArrayList<>();
        Map<String, Integer> seq = new HashMap<>();
        for (FigureSink.ListItem i : sink.items()) {
            String k = i.list() + "|" + i.period() + "|" + i.unit();
            int n = seq.merge(k, 1, Integer::sum);
            items.add(new Object[] {i.list(), i.period(), i.unit(), n, i.key(), json.writeValueAsString(i.item())});
        }
        jdbc.batchUpdate("INSERT INTO indicator_list (list_code, period, unit_code, seq, item_key, item_json)"
                + " VALUES (?, ?, ?, ?, ?, ?)", items);
    }

    private static String key(String period, String unit, String person, String code) {
        return period + "|" + unit + "|" + person + "|" + code;
    }
}
