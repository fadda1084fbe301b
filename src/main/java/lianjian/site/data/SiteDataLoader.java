package lianjian.site.data;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.config.LianjianProperties;
import lianjian.importing.receipt.Outcome;
import lianjian.importing.receipt.Receipt;
import lianjian.importing.receipt.ReceiptRepository;
import lianjian.importing.validate.ImportMessage;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorRepository;

/**
 * Loads {@link SiteData}. Figures and lists come from {@link IndicatorRepository} only; the domain
 * tables are read for descriptive content (names, appointments, the texts of evaluations and
 * reviews), never to compute a figure.
 */
public final class SiteDataLoader {

    /** Messages listed per file on the import-log page; the error workbook has them all. */
    public static final int MESSAGES_PER_FILE = 200;

    private final IndicatorRepository figures;
    private final ReceiptRepository receipts;
    private final JdbcTemplate jdbc;
    private final LianjianProperties properties;

    public SiteDataLoader(IndicatorRepository figures, ReceiptRepository receipts, JdbcTemplate jdbc,
                          LianjianProperties properties) {
        this.figures = figures;
        this.receipts = receipts;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** @param siteDir the build folder: its reports/index.json (written by the reports step) is read */
    public SiteData load(Path siteDir, Path workspaceRoot, LocalDateTime generatedAt) {
        String county = properties.getCounty();
        // 政法单位 in their customary order (法院, 检察院, 公安局, 司法局), then by code.
        List<UnitInfo> units = new ArrayList<>(jdbc.query("SELECT unit_code, unit_name, unit_type FROM unit ORDER BY unit_code",
                (rs, i) -> UnitInfo.of(rs.getString(1), rs.getString(2), rs.getString(3), county)));
        List<String> typeOrder = List.of("法院", "检察院", "公安局", "司法局");
        units.sort(java.util.Comparator.comparingInt((UnitInfo u) -> {
            int i = typeOrder.indexOf(u.type());
            return i < 0 ? typeOrder.size() : i;
        }).thenComparing(UnitInfo::code));
        List<PersonInfo> persons = jdbc.query("SELECT person_id, person_name, unit_code, category, position, is_quota,"
                + " appointed_on, left_on, leave_reason FROM person", (rs, i) -> new PersonInfo(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), bool(rs, 6), date(rs, 7), date(rs, 8),
                rs.getString(9)));

        Map<String, List<EvaluationRecord>> evaluations = new HashMap<>();
        jdbc.query("SELECT evaluation_no, person_id, evaluated_on, method, votes_satisfied, votes_basic, votes_unsatisfied,"
                + " score, result, opinion FROM evaluation ORDER BY evaluated_on, evaluation_no", rs -> {
            EvaluationRecord e = new EvaluationRecord(rs.getString(1), rs.getString(2), date(rs, 3), rs.getString(4),
                    lng(rs, 5), lng(rs, 6), lng(rs, 7), dbl(rs, 8), rs.getString(9), rs.getString(10));
            evaluations.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(e);
        });

        // The person of a review is the case's 承办人 when the case is known, as R01–R06 count it.
        Map<String, List<ReviewRecord>> reviews = new HashMap<>();
        jdbc.query("SELECT r.review_no, r.case_no, r.reviewed_on, r.review_type, r.reviewer, r.score, r.grade, r.main_issues,"
                + " COALESCE(cc.unit_code, pc.unit_code, r.unit_code),"
                + " CASE WHEN cc.row_key IS NOT NULL THEN cc.person_id WHEN pc.row_key IS NOT NULL THEN pc.person_id"
                + " ELSE r.person_id END FROM case_review r"
                + " LEFT JOIN court_case cc ON cc.row_key = r.case_no"
                + " LEFT JOIN prosecution_case pc ON pc.row_key = r.case_no"
                + " ORDER BY r.reviewed_on, r.review_no", rs -> {
            String person = rs.getString(10);
            if (person == null) return;
            reviews.computeIfAbsent(person, k -> new ArrayList<>()).add(new ReviewRecord(rs.getString(1), rs.getString(2),
                    date(rs, 3), rs.getString(4), rs.getString(5), dbl(rs, 6), rs.getString(7), rs.getString(8),
                    rs.getString(9), person));
        });

        List<Receipt> log = new ArrayList<>(receipts.all());
        java.util.Collections.reverse(log); // newest first
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("SELECT file_id, COUNT(*) FROM import_message GROUP BY file_id",
                rs -> { counts.put(rs.getLong(1), rs.getInt(2)); });
        Map<Long, List<ImportMessage>> messages = new LinkedHashMap<>();
        for (Receipt r : log) {
            if (counts.getOrDefault(r.id(), 0) > 0 || r.outcome() == Outcome.REJECTED || r.outcome() == Outcome.PARTIAL) {
                messages.put(r.id(), receipts.messages(r.id(), MESSAGES_PER_FILE));
            }
        }

        return new SiteData(county, generatedAt, figures.run().orElse(null), figures.periods(),
                IndicatorCatalog.load(properties), units, persons, FigureIndex.load(figures),
                new StoredLists(figures), evaluations, reviews, log, messages, counts,
                ReportIndex.read(siteDir.resolve("reports")), workspaceRoot);
    }

    private static LocalDate date(ResultSet rs, int col) throws SQLException {
        String s = rs.getString(col);
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    private static Boolean bool(ResultSet rs, int col) throws SQLException {
        Object o = rs.getObject(col);
        return o == null ? null : ((Number) o).intValue() == 1;
    }

    private static Long lng(ResultSet rs, int col) throws SQLException {
        Object o = rs.getObject(col);
        return o == null ? null : ((Number) o).longValue();
    }

    private static Double dbl(ResultSet rs, int col) throws SQLException {
        Object o = rs.getObject(col);
        return o == null ? null : ((Number) o).doubleValue();
    }
}
