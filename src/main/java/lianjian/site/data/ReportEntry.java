package lianjian.site.data;

/**
 * One PDF listed in {@code reports/index.json} by the reports step.
 *
 * @param kind     overview | unit | coverage | rectification | dossier
 * @param exists   whether the file is really in the build's reports/ folder (never link a missing file)
 */
public record ReportEntry(String file, String title, String kind, String period, String unitCode, String personId,
                          String asOf, Integer pages, Long bytes, boolean exists) {

    /** 总览报告, 单位报告 … for the 报告下载 page. */
    public String kindName() {
        return switch (kind == null ? "" : kind) {
            case "overview" -> "总览报告";
            case "unit" -> "单位报告";
            case "coverage" -> "履职评议覆盖报告";
            case "rectification" -> "问题整改报告";
            case "dossier" -> "个人履职档案";
            default -> "其他报告";
        };
    }

    /** Order of the kinds on the 报告下载 page. */
    public int kindOrder() {
        return switch (kind == null ? "" : kind) {
            case "overview" -> 0;
            case "unit" -> 1;
            case "coverage" -> 2;
            case "rectification" -> 3;
            case "dossier" -> 4;
            default -> 5;
        };
    }
}
