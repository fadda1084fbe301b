package lianjian.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores list items as the calculators produce them, in batches, so that a province's lists never sit
 * in memory all at once. A member whose unit has no data of the list's family by the end of the period
 * is dropped: its figure is empty there (DOMAIN §5.1), and so is the list behind it.
 */
final class ListWriter {

    private static final int BATCH = 2_000;
    private static final String INSERT = "INSERT INTO indicator_list (list_code, period, unit_code, seq, item_key, item_json,"
            + " item_label, person_id, person_name, item_date, days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final DataStarts starts;
    private final Map<String, Period> periods;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Integer> seq = new HashMap<>();
    private final List<Object[]> batch = new ArrayList<>(BATCH);
    private long written;

    ListWriter(JdbcTemplate jdbc, DataStarts starts, Map<String, Period> periods) {
        this.jdbc = jdbc;
        this.starts = starts;
        this.periods = periods;
    }

    void add(ListItem i) {
        Period p = periods.get(i.period());
        if (p != null && i.list() != ListCode.E_PROGRESS && starts.before(i.list().family(), i.unit(), p)) return;
        int n = seq.merge(i.list().code() + "|" + i.period() + "|" + i.unit(), 1, Integer::sum);
        batch.add(new Object[] {i.list().code(), i.period(), i.unit(), n, i.key(),
                i.details() == null ? "{}" : json.writeValueAsString(i.details()), i.label(), i.personId(), i.personName(),
                i.date() == null ? null : i.date().toString(), i.days()});
        if (batch.size() >= BATCH) flush();
    }

    void flush() {
        if (batch.isEmpty()) return;
        jdbc.batchUpdate(INSERT, batch);
        written += batch.size();
        batch.clear();
    }

    long written() { return written; }
}
