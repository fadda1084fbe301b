package lianjian.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark workbook: one sheet 法院案件 with any number of court cases, same columns and
 * distributions as the county's court files, streamed through {@link MinimalXlsxWriter} so memory
 * does not grow with the row count (only with the distinct strings of the shared-strings table).
 */
final class BigCourtWorkbook {

    static final String SHEET_NAME = "法院案件";
    static final int FIRST_YEAR = 2022;
    static final int LAST_YEAR = 2025;

    private BigCourtWorkbook() {
    }

    static void write(Path file, int rows, long seed, MinimalXlsxWriter.StringMode mode) throws IOException {
        if (rows < 0 || rows > 1_048_575) {
            throw new IllegalArgumentException("rows must be in 0..1,048,575 (one sheet): " + rows);
        }
        StaffRoster roster = StaffRoster.generate(Rng.derive(seed, "roster"), LocalDate.of(LAST_YEAR, 12, 31));
        CourtCaseGenerator generator = new CourtCaseGenerator(Rng.derive(seed, "big-court"), roster, FIRST_YEAR,
                LAST_YEAR);
        try (MinimalXlsxWriter w = new MinimalXlsxWriter(file, mode)) {
            int[] widths = {26, 16, 9, 9, 9, 22, 11, 11, 9, 11, 8, 8, 8, 8, 12, 8, 8, 9, 16, 16, 8};
            w.startSheet(SHEET_NAME, widths);
            w.writeHeader(CourtSheetStyle.ALL);
            List<Object> row = new ArrayList<>(CourtSheetStyle.ALL.size());
            IOException[] failure = new IOException[1];
            generator.stream(rows, c -> {
                if (failure[0] != null) {
                    return;
                }
                row.clear();
                row.add(c.caseNo());
                row.add(SampleCounty.COURT.name());
                row.add(c.caseType());
                row.add(c.procedure());
                row.add(c.trialProcedure());
                row.add(c.cause());
                row.add(c.filedOn());
                row.add(c.closedOn());
                row.add(c.judge().name());
                row.add(c.judge().id());
                row.add(c.statutoryDays());
                row.add(c.extendedDays());
                row.add(c.deductedDays());
                row.add(yesNo(c.withinLimit()));
                row.add(c.closingMethod());
                row.add(yesNo(c.verdictInCourt()));
                row.add(yesNo(c.appealed()));
                row.add(c.appealResult());
                row.add(c.appliedCents() == null ? null : BigDecimal.valueOf(c.appliedCents(), 2));
                row.add(c.recoveredCents() == null ? null : BigDecimal.valueOf(c.recoveredCents(), 2));
                row.add(c.complaints());
                try {
                    w.writeRow(row);
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "是" : "否";
    }
}
