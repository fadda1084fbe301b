/**
 * What a run publishes and how: the build folder that the reports and the dashboard are written into
 * and its atomic swap into {@code site/} ({@link lianjian.publish.PublicationBuild}), and the index of
 * the published PDFs ({@code reports/index.json}, {@link lianjian.publish.ReportIndex}) that the
 * reports step writes and the dashboard reads. Owned by neither of them, so both depend on it.
 */
package lianjian.publish;
