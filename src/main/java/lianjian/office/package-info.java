/**
 * Office copies of what the reports and the dashboard publish (issue #14): an editable Word file beside the
 * 联席会议 overview and each 督办通知单 PDF, and an OFD (GB/T 33190) copy of the overview, written from the very
 * same assembled {@code Document} (so every figure is the PDF's text), and a formatted Excel workbook of the stored
 * figures per period.
 */
package lianjian.office;
