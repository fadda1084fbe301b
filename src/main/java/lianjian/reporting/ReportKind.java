package lianjian.reporting;

/** The report families, named as in reports/index.json ("kind"). */
public enum ReportKind {
    OVERVIEW("overview"), UNIT("unit"), COVERAGE("coverage"), RECTIFICATION("rectification"), DOSSIER("dossier");

    private final String json;

    ReportKind(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
