package lianjian.reporting.pdf;

/**
 * What the cover page of a report shows (report-book.jrxml, COVER band): the 内部资料 mark, the
 * issuing organs in red above the red double rule (like the 版头 of an official document), the
 * title, the period, the issuers and date at the foot, and a line about the data.
 */
public record CoverPage(String mark, String organ, String title, String period, String issuer, String date,
                        String note) {}
