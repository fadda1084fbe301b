package lianjian.indicators;

/**
 * The lists the indicators step stores (DOMAIN §5, §5.8a, §8.2): the members behind a figure. The
 * public ones are exported to {@code lists.csv} and opened from their figure on the dashboard; the
 * internal ones serve the pages and reports (the latest evaluation of each person, the term's progress,
 * open and closed problems). Writers and readers name a list only through this enum.
 */
public enum ListCode {
    C07("C07", "C07", "court", true, "超过12个月未结的案件"),
    C17("C17", "C17", "court", true, "超过审限未结的案件"),
    C11("C11", "C11", "court", true, "一审被改判、发回重审的案件"),
    C16("C16", "C16", "court", true, "有信访投诉的结案案件"),
    J07("J07", "J07", "procuratorate", true, "捕后不诉的案件"),
    J09("J09", "J09", "procuratorate", true, "判决无罪的案件"),
    R05("R05", "R05", "review", true, "评查不合格的案件"),
    E04("E04", "E04", "coverage", true, "本届尚未评议的人员"),
    E08("E08", "E08", "coverage", true, "离任前未评议的人员"),
    E12("E12", "E12", "coverage", true, "评议前未评查其所办案件的人员"),
    Z04("Z04", "Z04", "rectification", true, "逾期未整改的问题"),
    Z06A("Z06A", "Z06", "rectification", true, "10天内到期的问题"),
    Z06B("Z06B", "Z06", "rectification", true, "11—20天内到期的问题"),
    D05("D05", "D05", "suggestion", true, "超期未答复的代表建议"),
    X05("X05", "X05", "petition", true, "超期未办结的信访"),
    A06("A06", "A06", "plan", true, "逾期未完成的监督计划事项"),
    /** Each judge's and prosecutor's latest evaluation in the term (coverage pages and reports). */
    E_LATEST("E-LATEST", null, "coverage", false, "已评议人员的最近一次评议"),
    /** The term year by year, stored per scope (ALL and each unit) under the year as period. */
    E_PROGRESS("E-PROGRESS", null, "coverage", false, "届内逐年进度"),
    Z_OPEN("Z-OPEN", null, "rectification", false, "期末未完成整改的问题"),
    Z_CLOSED("Z-CLOSED", null, "rectification", false, "本期完成整改的问题");

    private final String code;
    private final String figure;
    private final String family;
    private final boolean published;
    private final String title;

    ListCode(String code, String figure, String family, boolean published, String title) {
        this.code = code;
        this.figure = figure;
        this.family = family;
        this.published = published;
        this.title = title;
    }

    /** The code stored in indicator_list and written in lists.csv. */
    public String code() { return code; }

    /** The indicator the list is behind (Z06A and Z06B are both behind Z06); null for internal lists. */
    public String figure() { return figure; }

    /** The catalog family whose data the members come from (the "before the data" rule of §5.1). */
    public String family() { return family; }

    /** A list of §8.2: exported to lists.csv and opened from its figure. */
    public boolean published() { return published; }

    /** What the members are, as a page or report titles the list. */
    public String title() { return title; }

    /** The members are people (E04, E08, E12): a public build shows their number only. */
    public boolean personMembers() { return this == E04 || this == E08 || this == E12; }

    /** DOMAIN §8.3 清单: a warning when the list is not empty at the end of the period. */
    public boolean warnsWhenNotEmpty() {
        return this == C07 || this == C17 || this == E08 || this == Z04 || this == D05 || this == X05 || this == A06;
    }

    public static ListCode of(String code) {
        for (ListCode l : values()) if (l.code.equals(code)) return l;
        throw new IllegalArgumentException("unknown list " + code);
    }
}
