package lianjian.importing.receipt;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import lianjian.importing.parse.BidiControls;
import lianjian.importing.validate.ImportMessage;
import lianjian.importing.validate.Level;

/** The import log: {@code import_file} (one receipt per processed file) and {@code import_message}. */
@Repository
public class ReceiptRepository {

    private static final RowMapper<Receipt> MAPPER = (rs, i) -> new Receipt(rs.getLong("id"), rs.getString("file_name"),
            rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("started_at"), rs.getString("finished_at"),
            Outcome.valueOf(rs.getString("outcome")), rs.getInt("rows_read"), rs.getInt("rows_imported"),
            rs.getInt("rows_rejected"), rs.getInt("warnings"), rs.getString("sheets"), rs.getString("message"),
            rs.getString("moved_to"), rs.getString("error_workbook"));

    private final JdbcTemplate jdbc;

    public ReceiptRepository(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    /**
     * Opens a receipt; its id is the source_file_id of every row the file brings.
     *
     * @param runId the job execution that handles the file, or null outside a run
     */
    public long open(String fileName, String sha256, long size, Long runId) {
        // RETURNING: the same on SQLite and PostgreSQL (PostgreSQL's generated keys would be every column).
        // The name is shown on the dashboard: no reordering tricks (bidi controls stripped).
        return jdbc.queryForObject("INSERT INTO import_file (file_name, sha256, size_bytes, started_at, outcome, run_id)"
                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id", Long.class, BidiControls.strip(fileName), sha256, size, now(),
                Outcome.IMPORTING.name(), runId);
    }

    public void close(long id, Outcome outcome, int rowsRead, int rowsImported, int rowsRejected, int warnings,
                      String sheets, String message, String movedTo, String errorWorkbook) {
        jdbc.update("UPDATE import_file SET finished_at = ?, outcome = ?, rows_read = ?, rows_imported = ?,"
                        + " rows_rejected = ?, warnings = ?, sheets = ?, message = ?, moved_to = ?, error_workbook = ?"
                        + " WHERE id = ?", now(), outcome.name(), rowsRead, rowsImported, rowsRejected, warnings,
                BidiControls.strip(sheets), BidiControls.strip(message), movedTo, errorWorkbook, id);
    }

    public void addMessages(long fileId, List<ImportMessage> messages) {
        List<Object[]> args = new ArrayList<>(messages.size());
        for (ImportMessage m : messages) {
            // cut to the columns' sizes (V2): PostgreSQL enforces VARCHAR(n), SQLite does not, and a message
            // about an overlong cell must not fail the run on either
            args.add(new Object[] {fileId, m.level().name(), fit(m.sheet(), 200), m.rowNumber() == 0 ? null : m.rowNumber(),
                    fit(m.column(), 200), fit(m.columnLetter(), 5), fit(m.value(), 1000), fit(m.rule(), 1000),
                    fit(m.text(), 2000)});
        }
        jdbc.batchUpdate("INSERT INTO import_message (file_id, level, sheet, row_number, column_name, column_letter,"
                + " cell_value, rule, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", args);
    }

    /** The latest receipt that imported these bytes. */
    public Optional<Receipt> latestImportBySha(String sha256) {
        return jdbc.query("SELECT * FROM import_file WHERE sha256 = ? AND outcome IN ('IMPORTED', 'PARTIAL')"
                + " ORDER BY id DESC LIMIT 1", MAPPER, sha256).stream().findFirst();
    }

    /**
     * Marks as moved every receipt whose original is now at its destination. Run outside the
     * per-file transactions (at the start and the end of the import step), so that a file the
     * analyst later takes out of rejected/ and drops again is not mistaken for an interrupted move.
     */
    public void confirmMoves() {
        List<Object[]> done = new ArrayList<>();
        jdbc.query("SELECT id, moved_to FROM import_file WHERE moved = 0 AND moved_to IS NOT NULL AND outcome <> 'IMPORTING'",
                rs -> {
                    if (java.nio.file.Files.exists(java.nio.file.Path.of(rs.getString(2)))) done.add(new Object[] {rs.getLong(1)});
                });
        if (!done.isEmpty()) jdbc.batchUpdate("UPDATE import_file SET moved = 1 WHERE id = ?", done);
    }

    /**
     * Files rejected by runs after job execution {@code afterRunId} (0: by any run), oldest first.
     * Called before a run starts, these are the rejections of runs that never completed.
     */
    public List<Receipt> rejectedInRunsAfter(long afterRunId) {
        return jdbc.query("SELECT * FROM import_file WHERE outcome = 'REJECTED' AND run_id IS NOT NULL AND run_id > ?"
                + " ORDER BY id", MAPPER, afterRunId);
    }

    /** The latest receipt for these bytes whose move was committed but never confirmed. */
    public Optional<Receipt> unconfirmedMove(String sha256) {
        return jdbc.query("SELECT * FROM import_file WHERE sha256 = ? AND moved = 0 AND moved_to IS NOT NULL"
                + " AND outcome <> 'IMPORTING' ORDER BY id DESC LIMIT 1", MAPPER, sha256).stream().findFirst();
    }

    public List<Receipt> latest(int limit) {
        return jdbc.query("SELECT * FROM import_file WHERE outcome <> 'IMPORTING' ORDER BY id DESC LIMIT ?", MAPPER, limit);
    }

    public List<Receipt> all() {
        return jdbc.query("SELECT * FROM import_file WHERE outcome <> 'IMPORTING' ORDER BY id", MAPPER);
    }

    public List<ImportMessage> messages(long fileId, int limit) {
        return jdbc.query("SELECT level, sheet, row_number, column_name, column_letter, cell_value, rule FROM import_message"
                + " WHERE file_id = ? ORDER BY id LIMIT ?", (rs, i) -> new ImportMessage(Level.valueOf(rs.getString(1)),
                rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                fileId, limit);
    }

    private static String fit(String s, int max) {
        return ImportMessage.shortened(s, max);
    }

    private static String now() { return LocalDateTime.now().withNano(0).toString().replace('T', ' '); }
}
