package lianjian.reporting;

import java.time.LocalDate;

/**
 * One entry of reports/index.json, the contract with the dashboard's 报告下载 page and its unit and
 * person pages: {@code {"file","title","kind","period","unitCode","personId","asOf","pages","bytes"}},
 * null where a field does not apply.
 *
 * @param file   the ASCII file name inside reports/
 * @param period the period code (2025H1, 2025) for period reports; null for as-of reports
 * @param asOf   the data's as-of date (the period's capped end, or the run's as-of date)
 */
public record PublishedReport(String file, String title, ReportKind kind, String period, String unitCode,
                              String personId, LocalDate asOf, int pages, long bytes) {}
