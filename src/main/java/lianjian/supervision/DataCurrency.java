package lianjian.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.config.LianjianProperties;
import lianjian.readmodel.ReadModel;

/**
 * 数据时效 (DOMAIN §8.5, art. 10): per unit and sheet kind, the latest event date in the stored rows and
 * the latest import of a file whose rows of that unit and kind are stored. A unit's court or
 * procuratorate cases are marked 可能不全 when the run's as-of date is more than {@code stale-days}
 * after their latest event: a court that stopped sending case lists must not read as a court with few
 * cases.
 */
public final class DataCurrency {

    /** A sheet kind, the table holding its rows, its event date and how a row's unit is found. */
    public record Kind(String name, String table, String event, String unitColumn, String join, boolean cases) {}

    /** In the order of DOMAIN §4. */
    public static final List<Kind> KINDS = List.of(
            new Kind("法院案件", "court_case t", "t.filed_on", "t.unit_code", "", true),
            new Kind("检察案件", "prosecution_case t", "t.received_on", "t.unit_code", "", true),
            new Kind("案件评查", "case_review t", "t.reviewed_on", "COALESCE(cc.unit_code, pc.unit_code, t.unit_code)",
                    " LEFT JOIN court_case cc ON cc.row_key = t.case_no LEFT JOIN prosecution_case pc ON pc.row_key = t.case_no",
                    false),
            new Kind("履职评议", "evaluation t", "t.evaluated_on", "p.unit_code", " JOIN person p ON p.person_id = t.person_id",
                    false),
            new Kind("满意度调查", "survey t", "t.ended_on", "t.unit_code", "", false),
            new Kind("问题清单", "problem t", "t.found_on", "t.unit_code", "", false),
            new Kind("代表建议", "suggestion t", "t.assigned_on", "t.unit_code", "", false),
            new Kind("涉法涉诉信访", "petition t", "t.received_on", "t.unit_code", "", false),
            new Kind("旁听庭审", "hearing t", "t.hearing_on", "t.unit_code", "", false),
            new Kind("监督活动", "activity t", "t.activity_on", "t.unit_code", "", false));

    private final JdbcTemplate jdbc;
    private final ReadModel model;
    private final LianjianProperties.Supervision settings;

    public DataCurrency(JdbcTemplate jdbc, ReadModel model, LianjianProperties.Supervision settings) {
        this.jdbc = jdbc;
        this.model = model;
        this.settings = settings;
    }

    /** Computes and stores the table as of {@code a}. */
    public void store(LocalDate a) {
        Map<Long, String> finished = new HashMap<>();
        jdbc.query("SELECT id, finished_at FROM import_file", rs -> { finished.put(rs.getLong(1), rs.getString(2)); });
        List<Object[]> rows = new ArrayList<>();
        for (Kind k : KINDS) {
            // The latest import is the file of the highest id: receipts are numbered in import order.
            jdbc.query("SELECT " + k.unitColumn() + ", MAX(" + k.event() + "), MAX(t.source_file_id), COUNT(*) FROM " + k.table()
                    + k.join() + " GROUP BY " + k.unitColumn(), rs -> {
                String unit = rs.getString(1);
                if (unit == null || model.unit(unit) == null) return;
                String latest = rs.getString(2);
                Object file = rs.getObject(3);
                boolean stale = k.cases() && latest != null
                        && a.toEpochDay() - LocalDate.parse(latest.strip()).toEpochDay() > settings.getStaleDays();
                rows.add(new Object[] {unit, k.name(), latest, file == null ? null : finished.get(((Number) file).longValue()),
                        rs.getInt(4), stale ? 1 : 0});
            });
        }
        jdbc.batchUpdate("INSERT INTO data_currency (unit_code, kind, latest_event, latest_import, rows_stored, stale)"
                + " VALUES (?, ?, ?, ?, ?, ?)", rows);
    }
}
