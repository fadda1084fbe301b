package lianjian.publish;

/**
 * One PDF of reports/index.json: {@code {"file","title","kind","period","unitCode","personId","asOf",
 * "pages","bytes"}}, null where a field does not apply.
 *
 * @param file   the ASCII file name inside reports/
 * @param kind   null for a kind this version does not know
 * @param period the period code (2025H1, 2025) for period reports; null for as-of reports
 * @param asOf   the data's as-of date, ISO (the period's capped end, or the run's as-of date)
 * @param exists whether the file is really in reports/ (a page never links a missing file)
 * @param inputs a hash of everything the PDF was rendered from (its document model and the product build), so a
 *               later run can reuse the file when it would render the same thing (issue 13); null when unknown
 */
public record ReportEntry(String file, String title, ReportKind kind, String period, String unitCode, String personId,
                          String asOf, Integer pages, Long bytes, boolean exists, String inputs) {

    public ReportEntry(String file, String title, ReportKind kind, String period, String unitCode, String personId,
                       String asOf, Integer pages, Long bytes, boolean exists) {
        this(file, title, kind, period, unitCode, personId, asOf, pages, bytes, exists, null);
    }

    /** 总览报告, 单位报告 … for the 报告下载 page. */
    public String kindName() { return kind == null ? "其他报告" : kind.chinese(); }

    /** Order of the kinds on the 报告下载 page. */
    public int kindOrder() { return kind == null ? ReportKind.values().length : kind.ordinal(); }

    public boolean is(ReportKind k) { return kind == k; }
}
