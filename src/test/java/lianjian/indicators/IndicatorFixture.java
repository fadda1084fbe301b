package lianjian.indicators;

import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.SoftAssertions;
import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.config.LianjianProperties;
import lianjian.testsupport.Backend;
import lianjian.testsupport.ImportHarness;
import lianjian.readmodel.ReadModelSource;

/**
 * Test support for the indicator tests: a migrated database in a temp folder (through
 * {@link ImportHarness}), plain-SQL inserts into the domain tables of V2 (dates ISO text, yes/no
 * 1/0/NULL, enums canonical Chinese, row_key = natural key), the computation, and soft assertions
 * on the stored figures. Expected values always come from DOMAIN §5 worked out by hand in the tests.
 */
final class IndicatorFixture {

    /** A "today" far after every test dataset, so the default as-of is never capped by the clock. */
    static final LocalDate FAR_FUTURE = LocalDate.of(2099, 1, 1);
    static final double EPS = 1e-9;

    private static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry("unit", List.of("unit_code")), Map.entry("person", List.of("person_id")),
            Map.entry("court_case", List.of("case_no")), Map.entry("prosecution_case", List.of("case_no")),
            Map.entry("case_review", List.of("review_no")), Map.entry("evaluation", List.of("evaluation_no")),
            Map.entry("survey", List.of("survey_no", "unit_code", "respondent_group")),
            Map.entry("problem", List.of("problem_no")), Map.entry("suggestion", List.of("suggestion_no")),
            Map.entry("petition", List.of("petition_no")), Map.entry("hearing", List.of("record_no")),
            Map.entry("activity", List.of("activity_no")), Map.entry("supervision_plan", List.of("plan_no")));

    final ImportHarness h;
    final JdbcTemplate jdbc;
    final LianjianProperties properties;
    final IndicatorRepository repo;
    SoftAssertions softly;

    IndicatorFixture(Path dir) {
        this(dir, Backend.SQLITE);
    }

    IndicatorFixture(Path dir, Backend backend) {
        this.h = new ImportHarness(dir, backend);
        this.jdbc = h.db.jdbc;
        this.properties = h.properties;
        this.repo = new IndicatorRepository(jdbc);
    }

    IndicatorFixture with(SoftAssertions softly) {
        this.softly = softly;
        return this;
    }

    // ------------------------------------------------------------------ data

    /** One row of a domain table, filled column by column, then inserted. */
    final class Row {
        private final String table;
        private final Map<String, Object> values = new LinkedHashMap<>();

        Row(String table) { this.table = table; }

        Row set(String column, Object value) {
            values.put(column, value instanceof Boolean b ? (b ? 1 : 0) : value);
            return this;
        }

        void insert() {
            List<String> key = KEYS.get(table);
            StringBuilder rowKey = new StringBuilder();
            for (String k : key) {
                if (rowKey.length() > 0) rowKey.append('|');
                Object v = values.get(k);
                rowKey.append(v == null ? "" : v);
            }
            List<String> cols = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            cols.add("row_key");
            args.add(rowKey.toString());
            values.forEach((c, v) -> {
                cols.add(c);
                args.add(v);
            });
            jdbc.update("INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(cols.size(), "?")) + ")", args.toArray());
        }
    }

    Row row(String table) { return new Row(table); }

    /** The sample county's four units: FY01 法院, JCY01 检察院, GAJ01 公安局, SFJ01 司法局. */
    void standardUnits() {
        unit("FY01", "示例县人民法院", "法院");
        unit("JCY01", "示例县人民检察院", "检察院");
        unit("GAJ01", "示例县公安局", "公安局");
        unit("SFJ01", "示例县司法局", "司法局");
    }

    void unit(String code, String name, String type) {
        row("unit").set("unit_code", code).set("unit_name", name).set("unit_type", type).insert();
    }

    /** quota: null = blank (是 for 法官/检察官), true/false; left: null = still in office. */
    void person(String id, String name, String unit, String category, Boolean quota, String appointed, String left) {
        row("person").set("person_id", id).set("person_name", name).set("unit_code", unit).set("category", category)
                .set("is_quota", quota).set("appointed_on", appointed).set("left_on", left).insert();
    }

    /** A court case with the required columns; add optional ones with set() and finish with insert(). */
    Row courtCase(String caseNo, String unit, String person, String type, String procedure, String filed, String closed) {
        return row("court_case").set("case_no", caseNo).set("unit_code", unit).set("person_id", person)
                .set("case_type", type).set("procedure", procedure).set("filed_on", filed).set("closed_on", closed);
    }

    Row prosecutionCase(String caseNo, String unit, String person, String category, String received, String closed) {
        return row("prosecution_case").set("case_no", caseNo).set("unit_code", unit).set("person_id", person)
                .set("category", category).set("received_on", received).set("closed_on", closed);
    }

    /** A review; unit and person are what the review sheet itself says (used only for an unknown 案号). */
    void review(String no, String caseNo, String date, String grade, Double score, String unit, String person) {
        row("case_review").set("review_no", no).set("case_no", caseNo).set("reviewed_on", date).set("grade", grade)
                .set("score", score).set("unit_code", unit).set("person_id", person).insert();
    }

    void evaluation(String no, String person, String date, Integer satisfied, Integer basic, Integer unsatisfied,
                    String result) {
        row("evaluation").set("evaluation_no", no).set("person_id", person).set("evaluated_on", date)
                .set("votes_satisfied", satisfied).set("votes_basic", basic).set("votes_unsatisfied", unsatisfied)
                .set("result", result).insert();
    }

    void survey(String no, String unit, String started, String ended, String group, int satisfied, int basic,
                int unsatisfied, Integer unknown) {
        row("survey").set("survey_no", no).set("unit_code", unit).set("started_on", started).set("ended_on", ended)
                .set("respondent_group", group).set("satisfied", satisfied).set("basic", basic)
                .set("unsatisfied", unsatisfied).set("unknown", unknown).insert();
    }

    void problem(String no, String unit, String found, String deadline, String status, String done) {
        row("problem").set("problem_no", no).set("found_on", found).set("source", "明察暗访").set("unit_code", unit)
                .set("description", "问题" + no).set("deadline", deadline).set("status", status).set("done_on", done)
                .insert();
    }

    void suggestion(String no, String unit, String assigned, String replied, String result, String feedback) {
        row("suggestion").set("suggestion_no", no).set("title", "建议" + no).set("unit_code", unit)
                .set("assigned_on", assigned).set("replied_on", replied).set("result", result).set("feedback", feedback)
                .insert();
    }

    void petition(String no, String unit, String received, String source, String closed, String resolution) {
        row("petition").set("petition_no", no).set("received_on", received).set("source", source).set("unit_code", unit)
                .set("closed_on", closed).set("resolution", resolution).insert();
    }

    void activity(String no, String date, String method, String unit) {
        row("activity").set("activity_no", no).set("activity_on", date).set("method", method)
                .set("title", "活动" + no).set("unit_code", unit).insert();
    }

    void hearing(String no, String date, String unit, int deputies) {
        row("hearing").set("record_no", no).set("hearing_on", date).set("unit_code", unit).set("deputies", deputies)
                .insert();
    }

    /** Sets a reference interval [low, high] for an indicator (DOMAIN §2, §5.9). */
    void reference(String code, double low, double high) {
        LianjianProperties.IndicatorSetting s = new LianjianProperties.IndicatorSetting();
        s.setReference(List.of(low, high));
        properties.getIndicators().put(code, s);
    }

    // ------------------------------------------------------------------ computation

    IndicatorComputation.Result compute(LocalDate asOf) {
        return compute(asOf, FAR_FUTURE);
    }

    IndicatorComputation.Result compute(LocalDate asOf, LocalDate today) {
        return new IndicatorComputation(jdbc, properties, new ReadModelSource(jdbc)).compute(asOf, today);
    }

    Optional<Figure> figure(String period, String unit, String person, String code) {
        return repo.figure(period, unit, person == null ? "" : person, code);
    }

    private static String where(String period, String unit, String person, String code) {
        return code + " @ " + period + " / " + unit + (person == null || person.isEmpty() ? "" : " / " + person);
    }

    /** The figure exists and its value is {@code expected} (counts, means, anything without num/den check). */
    void value(String period, String unit, String person, String code, double expected) {
        Optional<Figure> f = figure(period, unit, person, code);
        if (f.isEmpty()) {
            softly.fail("missing row " + where(period, unit, person, code) + " (expected value " + expected + ")");
            return;
        }
        softly.assertThat(f.get().value()).as(where(period, unit, person, code)).isNotNull();
        if (f.get().value() != null) {
            softly.assertThat(f.get().value()).as(where(period, unit, person, code)).isCloseTo(expected, within(EPS));
        }
    }

    /** The figure exists with numerator, denominator and value = numerator ÷ denominator. */
    void ratio(String period, String unit, String person, String code, double numerator, double denominator) {
        Optional<Figure> f = figure(period, unit, person, code);
        String w = where(period, unit, person, code);
        if (f.isEmpty()) {
            softly.fail("missing row " + w + " (expected " + numerator + "/" + denominator + ")");
            return;
        }
        Figure g = f.get();
        softly.assertThat(g.numerator()).as(w + " numerator").isNotNull();
        softly.assertThat(g.denominator()).as(w + " denominator").isNotNull();
        if (g.numerator() != null) softly.assertThat(g.numerator()).as(w + " numerator").isCloseTo(numerator, within(EPS));
        if (g.denominator() != null) {
            softly.assertThat(g.denominator()).as(w + " denominator").isCloseTo(denominator, within(EPS));
        }
        softly.assertThat(g.value()).as(w + " value").isNotNull();
        if (g.value() != null) softly.assertThat(g.value()).as(w + " value").isCloseTo(numerator / denominator, within(EPS));
    }

    /** The figure exists but has no value (denominator 0 — never 0, §5.1). */
    void noValue(String period, String unit, String person, String code) {
        Optional<Figure> f = figure(period, unit, person, code);
        String w = where(period, unit, person, code);
        if (f.isEmpty()) {
            softly.fail("missing row " + w + " (expected a row without value)");
            return;
        }
        softly.assertThat(f.get().value()).as(w + " must have no value (denominator 0)").isNull();
    }

    /**
     * A row that exists with every field empty because the period ends before the family's data for the
     * unit begins (DOMAIN §5.1 "before the data"): pages say 本期无数据.
     */
    void noData(String period, String unit, String person, String code) {
        Optional<Figure> f = figure(period, unit, person, code);
        String w = where(period, unit, person, code);
        if (f.isEmpty()) {
            softly.fail("missing row " + w + " (expected an empty row before the data)");
            return;
        }
        softly.assertThat(f.get().noData()).as(w + " noData").isTrue();
        softly.assertThat(f.get().value()).as(w + " value").isNull();
        softly.assertThat(f.get().numerator()).as(w + " numerator").isNull();
        softly.assertThat(f.get().denominator()).as(w + " denominator").isNull();
    }

    /** No such row at all. */
    void noRow(String period, String unit, String person, String code) {
        softly.assertThat(figure(period, unit, person, code)).as("no row " + where(period, unit, person, code)).isEmpty();
    }

    /** The item keys (e.g. personId, problemNo) of a stored list, in any order. */
    List<Object> listKeys(String list, String period, String unit, String field) {
        List<Object> keys = new ArrayList<>();
        for (Map<String, Object> item : repo.list(ListCode.of(list), period, unit)) keys.add(item.get(field));
        return keys;
    }

    static LocalDate d(String iso) { return LocalDate.parse(iso); }
}
