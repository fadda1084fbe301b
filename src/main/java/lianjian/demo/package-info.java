/**
 * The synthetic sample county 示例县: the workbooks behind the {@code demo} command, the tests
 * and the import benchmark.
 *
 * <p>Entry points: {@link lianjian.demo.SampleCountyGenerator#writeTo} writes the county as the
 * units would send it (messy but importable, plus one deliberately broken file);
 * {@link lianjian.demo.SampleCountyGenerator#writeBigCourtWorkbook} writes one large court sheet for
 * the benchmark; {@link lianjian.demo.MinimalXlsxWriter} is the streaming .xlsx writer both use and
 * tests can use to write workbooks not produced by POI.
 *
 * <p>Generation runs in two steps: the generators ({@code StaffRoster}, {@code CourtCaseGenerator},
 * {@code ProcuratorateCaseGenerator}, …) build a {@code CountyDataset} in canonical form; then
 * {@code CountyWorkbookLayout} decides how each file spells it and {@code MessyWorkbookWriter}
 * writes it. Everything is a function of the seed.
 */
package lianjian.demo;
