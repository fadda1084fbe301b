package lianjian.supervision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the stored 督办 items and 数据时效 rows: the only way notices and pages get them. */
@Repository
public class SupervisionRepository {

    /**
     * One 督办 item (or 临期提醒 when {@code level} is null), as of {@code asOf}.
     *
     * @param source    Z04 | D05 | X05 | A06 (overdue) or Z06A | Z06B (due soon)
     * @param date      the date the deadline runs from (发现日期, 交办日期, 收到日期, 计划完成日期)
     * @param days      overdue days (asOf − deadline); days left for Z06A / Z06B
     */
    public record FollowUpItem(String source, String key, String unitCode, LocalDate asOf, String label, LocalDate date,
                               LocalDate deadline, long days, FollowUpLevel level, boolean commonIssue,
                               Map<String, Object> details) {

        public boolean overdue() { return level != null; }

        /** 问题整改 / 代表建议 / 信访 / 监督计划 */
        public String kindName() {
            return switch (source) {
                case FollowUpItems.OVERDUE_PROBLEM, FollowUpItems.DUE_10, FollowUpItems.DUE_20 -> "问题整改";
                case FollowUpItems.OVERDUE_SUGGESTION -> "代表建议";
                case FollowUpItems.OVERDUE_PETITION -> "涉法涉诉信访";
                case FollowUpItems.OVERDUE_PLAN -> "监督计划";
                default -> source;
            };
        }
    }

    /** One row of 数据时效: a unit's data of one sheet kind. */
    public record Currency(String unitCode, String kind, LocalDate latestEvent, String latestImport, int rows, boolean stale) {}

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public SupervisionRepository(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    /** Every item, by unit code, then overdue before due-soon, most overdue first within a source, then key. */
    public List<FollowUpItem> followUpItems() {
        return jdbc.query("SELECT * FROM followup_item ORDER BY unit_code,"
                + " CASE WHEN level IS NULL THEN 1 ELSE 0 END, source, days DESC, item_key", (rs, i) -> new FollowUpItem(
                rs.getString("source"), rs.getString("item_key"), rs.getString("unit_code"), date(rs.getString("as_of")),
                rs.getString("item_label"), date(rs.getString("item_date")), date(rs.getString("deadline")),
                rs.getLong("days"), FollowUpLevel.fromChinese(rs.getString("level")), rs.getInt("common_issue") == 1,
                json.readValue(rs.getString("item_json"), new TypeReference<LinkedHashMap<String, Object>>() {})));
    }

    /** 数据时效, by unit code and in the order of {@link DataCurrency#KINDS}. */
    public List<Currency> currency() {
        List<Currency> rows = jdbc.query("SELECT * FROM data_currency", (rs, i) -> new Currency(rs.getString("unit_code"),
                rs.getString("kind"), date(rs.getString("latest_event")), rs.getString("latest_import"),
                rs.getInt("rows_stored"), rs.getInt("stale") == 1));
        List<String> order = DataCurrency.KINDS.stream().map(DataCurrency.Kind::name).toList();
        return rows.stream().sorted(java.util.Comparator.comparing(Currency::unitCode)
                .thenComparingInt(c -> order.indexOf(c.kind()))).toList();
    }

    /** Units whose case data is marked 可能不全 (§8.5). */
    public java.util.Set<String> staleUnits() {
        return new java.util.TreeSet<>(jdbc.queryForList("SELECT DISTINCT unit_code FROM data_currency WHERE stale = 1",
                String.class));
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }
}
