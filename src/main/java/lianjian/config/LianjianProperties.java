package lianjian.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of DOMAIN §2, bound from {@code application.yml} (in the jar), {@code lianjian.yml} /
 * {@code application.yml} in the working folder or workspace, and {@code --key=value}.
 */
@ConfigurationProperties(prefix = "lianjian")
public class LianjianProperties {

    /** County name shown in titles. */
    private String county = "示例县";

    /** Folder that holds data-import/, site/ and db/. */
    private Path workspace = Path.of(".");

    private final Term term = new Term();
    private final Import importing = new Import();
    private final Satisfaction satisfaction = new Satisfaction();
    private final Supervision supervision = new Supervision();
    private final Database database = new Database();

    /** Per-indicator settings, e.g. {@code lianjian.indicators.C05.reference: [0.95, 1.0]}. */
    private Map<String, IndicatorSetting> indicators = new LinkedHashMap<>();

    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public Path getWorkspace() { return workspace; }
    public void setWorkspace(Path workspace) { this.workspace = workspace; }
    public Term getTerm() { return term; }
    /** Bound from {@code lianjian.import.*} ("import" is a Java keyword). */
    public Import getImport() { return importing; }
    public Satisfaction getSatisfaction() { return satisfaction; }
    public Supervision getSupervision() { return supervision; }
    public Database getDatabase() { return database; }
    public Map<String, IndicatorSetting> getIndicators() { return indicators; }
    public void setIndicators(Map<String, IndicatorSetting> indicators) { this.indicators = indicators; }

    /** The current 人大 term (届). */
    public static class Term {
        private String name = "第十八届";
        private LocalDate start = LocalDate.of(2022, 1, 1);
        private LocalDate end = LocalDate.of(2026, 12, 31);

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public LocalDate getStart() { return start; }
        public void setStart(LocalDate start) { this.start = start; }
        public LocalDate getEnd() { return end; }
        public void setEnd(LocalDate end) { this.end = end; }
    }

    /** How import treats bad rows and doubtful files. */
    public static class Import {
        private OnRowError onRowError = OnRowError.REJECT_FILE;
        private int settleSeconds = 5;
        private long maxFileMb = 512;
        private long maxUnpackedMb = 2048;
        private int maxErrorRows = 20_000;

        public OnRowError getOnRowError() { return onRowError; }
        public void setOnRowError(OnRowError onRowError) { this.onRowError = onRowError; }
        public int getSettleSeconds() { return settleSeconds; }
        public void setSettleSeconds(int settleSeconds) { this.settleSeconds = settleSeconds; }
        public long getMaxFileMb() { return maxFileMb; }
        public void setMaxFileMb(long maxFileMb) { this.maxFileMb = maxFileMb; }
        /** The most an .xlsx may unpack to (a zip bomb compressed just under POI's ratio check stops here). */
        public long getMaxUnpackedMb() { return maxUnpackedMb; }
        public void setMaxUnpackedMb(long maxUnpackedMb) { this.maxUnpackedMb = maxUnpackedMb; }
        public int getMaxErrorRows() { return maxErrorRows; }
        public void setMaxErrorRows(int maxErrorRows) { this.maxErrorRows = maxErrorRows; }
    }

    /** DOMAIN §3.4: a row error rejects the whole file, or only that row. */
    public enum OnRowError { REJECT_FILE, SKIP_ROW }

    /**
     * DOMAIN §9: where the data lives. A blank url means SQLite in the workspace ({@code db/lianjian.db});
     * a {@code jdbc:postgresql://} url runs everything on that server, so several workspaces (the 人大
     * office and the 政法委 office) can share one database.
     */
    public static class Database {
        private String url;
        private String username;
        private String password;

        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }

        /** True when no url is set: SQLite in the workspace. */
        public boolean isEmbedded() { return url == null || url.isBlank(); }
    }

    /** Points for 满意 / 基本满意 / 不满意 in S03. */
    public static class Satisfaction {
        private List<Double> scores = List.of(100.0, 60.0, 0.0);

        public List<Double> getScores() { return scores; }
        public void setScores(List<Double> scores) { this.scores = scores; }
    }

    /** Supervision follow-up (DOMAIN §2, §8): deadlines, escalation and data currency. */
    public static class Supervision {
        /** Days after 交办日期 by which a 代表建议 must be answered (D05). */
        private int suggestionReplyDays = 90;
        /** Days after 收到日期 by which a 信访 must be closed (X05). */
        private int petitionCloseDays = 60;
        /** Overdue days [a, b]: ≤ a 一般督办, a < d ≤ b 重点督办, > b (or a 共性问题 over a) 提请专题报告 (§8.4). */
        private List<Integer> escalationDays = List.of(30, 90);
        /** Days without new case data after which a unit's cases are marked 可能不全 (§8.5). */
        private int staleDays = 45;

        public int getSuggestionReplyDays() { return suggestionReplyDays; }
        public void setSuggestionReplyDays(int d) { this.suggestionReplyDays = d; }
        public int getPetitionCloseDays() { return petitionCloseDays; }
        public void setPetitionCloseDays(int d) { this.petitionCloseDays = d; }
        public List<Integer> getEscalationDays() { return escalationDays; }
        public void setEscalationDays(List<Integer> d) { this.escalationDays = d; }
        public int getStaleDays() { return staleDays; }
        public void setStaleDays(int d) { this.staleDays = d; }

        /** Settings a formula text may name as ${name} (indicators.yml). */
        public java.util.Map<String, Object> formulaValues() {
            return java.util.Map.of("suggestion-reply-days", suggestionReplyDays, "petition-close-days", petitionCloseDays,
                    "stale-days", staleDays);
        }
    }

    /** Configuration of one indicator: its reference interval [low, high] (§5.9). */
    public static class IndicatorSetting {
        private List<Double> reference;
        /** Free text shown beside the interval, e.g. "示例" or the document it comes from. */
        private String referenceNote;

        public List<Double> getReference() { return reference; }
        public void setReference(List<Double> reference) { this.reference = reference; }
        public String getReferenceNote() { return referenceNote; }
        public void setReferenceNote(String referenceNote) { this.referenceNote = referenceNote; }
    }
}
