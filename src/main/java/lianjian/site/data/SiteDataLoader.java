package lianjian.site.data;

import java.nio.file.Path;
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
import lianjian.publish.Audience;
import lianjian.publish.PublicFields;
import lianjian.publish.ReportIndex;
import lianjian.readmodel.ReadModel;
import lianjian.supervision.SupervisionRepository;

/**
 * Loads {@link SiteData}. Figures and lists come from {@link IndicatorRepository} only; units, staff,
 * evaluations and reviews come from the run's {@link ReadModel} (descriptive content, never used to
 * compute a figure); the import log from the receipts; warnings, 督办 items and 数据时效 from what the
 * indicators step stored.
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

    /** The 内部版. */
    public SiteData load(ReadModel model, Path siteDir, Path workspaceRoot, LocalDateTime generatedAt) {
        return load(model, siteDir, workspaceRoot, generatedAt, Audience.INTERNAL);
    }

    /**
     * @param siteDir  the build folder: its reports/index.json (written by the reports step) is read
     * @param audience the 公开版 loads no person, no per-person figure, no import message, and lists and 督办 items
     *                 with their public fields only
     */
    public SiteData load(ReadModel model, Path siteDir, Path workspaceRoot, LocalDateTime generatedAt, Audience audience) {
        List<Receipt> log = new ArrayList<>(receipts.all());
        java.util.Collections.reverse(log); // newest first
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("SELECT file_id, COUNT(*) FROM import_message GROUP BY file_id",
                rs -> { counts.put(rs.getLong(1), rs.getInt(2)); });
        Map<Long, List<ImportMessage>> messages = new LinkedHashMap<>();
        for (Receipt r : log) {
            if (!audience.showsFreeText()) break; // messages quote cells: names, free text
            if (counts.getOrDefault(r.id(), 0) > 0 || r.outcome() == Outcome.REJECTED || r.outcome() == Outcome.PARTIAL) {
                messages.put(r.id(), receipts.messages(r.id(), MESSAGES_PER_FILE));
            }
        }
        SupervisionRepository supervision = new SupervisionRepository(jdbc);
        return new SiteData(audience, properties.getCounty(), generatedAt, figures.run().orElse(null), figures.periods(),
                IndicatorCatalog.load(properties), model, FigureIndex.load(figures, audience.showsPeople()),
                new StoredLists(figures, audience), log, messages, audience.showsFreeText() ? counts : Map.of(),
                ReportIndex.read(siteDir.resolve("reports")), workspaceRoot, figures.warnings(),
                supervision.followUpItems().stream().map(i -> PublicFields.followUp(i, audience)).toList(),
                supervision.currency(), properties.getSupervision());
    }
}
