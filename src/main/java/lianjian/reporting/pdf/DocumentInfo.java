package lianjian.reporting.pdf;

/**
 * The running header and footer of a report and its PDF metadata.
 *
 * @param county       printed before the header title (示例县)
 * @param headerTitle  the short title in the running header (联席会议综合报告)
 * @param periodLabel  right side of the running header (统计期间：2025年上半年)
 * @param asOfText     the data's as-of date in the footer (2025-06-30)
 * @param generatedAt  generation time in the footer (2025-07-03 09:30)
 * @param pdfTitle     the document title (metadata; shown by viewers)
 * @param author       metadata author: the issuing office
 * @param cover        the cover page, or null for a report that opens with a title block
 * @param plainFirstPage no running header on page 1, which opens with its own 版头 (a notice); the footer stays
 */
public record DocumentInfo(String county, String headerTitle, String periodLabel, String asOfText, String generatedAt,
                           String pdfTitle, String author, CoverPage cover, boolean plainFirstPage) {

    public DocumentInfo(String county, String headerTitle, String periodLabel, String asOfText, String generatedAt,
                        String pdfTitle, String author, CoverPage cover) {
        this(county, headerTitle, periodLabel, asOfText, generatedAt, pdfTitle, author, cover, false);
    }
}
