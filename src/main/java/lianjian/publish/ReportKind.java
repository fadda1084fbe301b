package lianjian.publish;

/** The report families: their name in reports/index.json ("kind"), their Chinese name, in download-page order. */
public enum ReportKind {
    OVERVIEW("overview", "总览报告"),
    UNIT("unit", "单位报告"),
    COVERAGE("coverage", "履职评议覆盖报告"),
    RECTIFICATION("rectification", "问题整改报告"),
    DOSSIER("dossier", "个人履职档案"),
    /** 督办通知单 of one responsible unit as of the run's as-of date (DOMAIN §8.4). */
    NOTICE("notice", "督办通知单");

    private final String json;
    private final String chinese;

    ReportKind(String json, String chinese) {
        this.json = json;
        this.chinese = chinese;
    }

    public String json() { return json; }

    public String chinese() { return chinese; }

    /** The kind named so in index.json, or null for a name this version does not know. */
    public static ReportKind fromJson(String name) {
        for (ReportKind k : values()) if (k.json.equals(name)) return k;
        return null;
    }
}
