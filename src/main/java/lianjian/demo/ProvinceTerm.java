package lianjian.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A province's term of data for the scale benchmark (DOMAIN §9): by default 10,000,000 court cases
 * and 3,000,000 procuratorate cases of 100 units (50 法院, 50 检察院) over five years, written as
 * the units would send them: one workbook per unit and year (40,000 rows for a court-year at the
 * default size, far under Excel's 1,048,576-row limit), plus one 单位名录 and one 人员名册 listing all
 * the units and their judges and prosecutors.
 *
 * <p>Every court and procuratorate has the sample county's staff (same names, departments and
 * caseload mix) under its own unit code and 人员编号; cases come from the sample county's
 * generators with the unit's own 案号 / 部门受案号, so keys never collide. Rows are streamed (court
 * cases) or generated per unit-year (procuratorate cases), so memory does not grow with the size.
 * Deterministic for a seed.
 */
public final class ProvinceTerm {

    /** What to generate. {@code courtCases} are spread evenly over the courts and years. */
    public record Options(int units, int firstYear, int years, long courtCases, long procuratorateCases, long seed) {

        public static Options defaults() {
            return new Options(100, 2021, 5, 10_000_000L, 3_000_000L, SampleCountyOptions.DEFAULT_SEED);
        }

        /** Court cases as given, procuratorate cases in the default proportion (3 to 10). */
        public Options withCourtCases(long n) {
            return new Options(units, firstYear, years, n, n * 3 / 10, seed);
        }

        public Options withSeed(long s) {
            return new Options(units, firstYear, years, courtCases, procuratorateCases, s);
        }

        int courts() { return units / 2; }

        int procuratorates() { return units - courts(); }

        int lastYear() { return firstYear + years - 1; }

        /** A folder name that identifies the data set. */
        public String key() {
            return "province-" + units + "u-" + firstYear + "-" + years + "y-" + courtCases + "-" + procuratorateCases + "-" + seed;
        }
    }

    private static final String REFERENCE_UNITS = "000-单位名录.xlsx";
    private static final String REFERENCE_ROSTER = "001-人员名册.xlsx";

    private final Options options;
    private final StaffRoster roster;

    public ProvinceTerm(Options options) {
        this.options = options;
        this.roster = StaffRoster.generate(Rng.derive(options.seed(), "province-roster"),
                LocalDate.of(options.lastYear(), 12, 31));
    }

    static String courtCode(int i) { return String.format(Locale.ROOT, "FY%03d", i); }

    static String procuratorateCode(int i) { return String.format(Locale.ROOT, "JCY%03d", i); }

    static String courtName(int i) { return "示例省第" + i + "县人民法院"; }

    static String procuratorateName(int i) { return "示例省第" + i + "县人民检察院"; }

    /**
     * Writes every workbook into {@code dir} (created if needed), using {@code threads} threads;
     * returns the files in import order: 单位名录, 人员名册, then the case workbooks.
     */
    public List<Path> writeTo(Path dir, int threads) throws Exception {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        files.add(writeUnits(dir.resolve(REFERENCE_UNITS)));
        files.add(writeRoster(dir.resolve(REFERENCE_ROSTER)));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Path>> parts = new ArrayList<>();
            for (int year = options.firstYear(); year <= options.lastYear(); year++) {
                for (int i = 1; i <= options.courts(); i++) {
                    int unit = i;
                    int y = year;
                    parts.add(pool.submit(() -> writeCourtYear(dir, unit, y)));
                }
                for (int i = 1; i <= options.procuratorates(); i++) {
                    int unit = i;
                    int y = year;
                    parts.add(pool.submit(() -> writeProcuratorateYear(dir, unit, y)));
                }
            }
            for (Future<Path> f : parts) files.add(f.get());
        } finally {
            pool.shutdownNow();
        }
        return files;
    }

    /** Rows of the unit-year: the total spread evenly (the first units take the remainder). */
    private static int share(long total, int units, int years, int unit, int yearIndex) {
        long slots = (long) units * years;
        long slot = (long) yearIndex * units + (unit - 1);
        return (int) (total * (slot + 1) / slots - total * slot / slots);
    }

    private Path writeUnits(Path file) throws IOException {
        try (MinimalXlsxWriter w = new MinimalXlsxWriter(file, MinimalXlsxWriter.StringMode.SHARED_STRINGS)) {
            w.startSheet("单位名录", 12, 24, 10, 24);
            w.writeHeader(List.of("单位编码", "单位名称", "单位类型", "别名"));
            for (int i = 1; i <= options.courts(); i++) w.writeRow(courtCode(i), courtName(i), "法院", "第" + i + "县法院");
            for (int i = 1; i <= options.procuratorates(); i++) {
                w.writeRow(procuratorateCode(i), procuratorateName(i), "检察院", "第" + i + "县检察院");
            }
        }
        return file;
    }

    private Path writeRoster(Path file) throws IOException {
        List<Person> judges = roster.ofUnit("FY01");
        List<Person> prosecutors = roster.ofUnit("JCY01");
        try (MinimalXlsxWriter w = new MinimalXlsxWriter(file, MinimalXlsxWriter.StringMode.SHARED_STRINGS)) {
            w.startSheet("人员名册", 16, 10, 12, 9, 20, 9, 12, 12, 10);
            w.writeHeader(List.of("人员编号", "姓名", "所属单位", "人员类别", "职务", "是否员额", "任命日期", "离任日期", "离任原因"));
            for (int i = 1; i <= options.courts(); i++) rosterRows(w, courtCode(i), judges);
            for (int i = 1; i <= options.procuratorates(); i++) rosterRows(w, procuratorateCode(i), prosecutors);
        }
        return file;
    }

    private static void rosterRows(MinimalXlsxWriter w, String unit, List<Person> people) throws IOException {
        for (Person p : people) {
            w.writeRow(personId(unit, p), p.name(), unit, p.category(), p.position(),
                    p.quotaCell() == null ? null : p.quotaCell() ? "是" : "否", p.appointedOn(), p.leftOn(), p.leaveReason());
        }
    }

    private static String personId(String unit, Person p) {
        return unit + "-" + p.id();
    }

    private Path writeCourtYear(Path dir, int i, int year) throws IOException {
        String unit = courtCode(i);
        Path file = dir.resolve(unit + "-" + courtName(i) + year + "年收结案清单.xlsx");
        int rows = share(options.courtCases(), options.courts(), options.years(), i, year - options.firstYear());
        CourtCaseGenerator generator = new CourtCaseGenerator(Rng.derive(options.seed(), "province-court-" + unit + "-" + year),
                roster, options.firstYear(), options.lastYear(), String.format(Locale.ROOT, "示%04d", 1000 + i));
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (MinimalXlsxWriter w = new MinimalXlsxWriter(part, MinimalXlsxWriter.StringMode.SHARED_STRINGS)) {
            w.startSheet("法院案件", 26, 12, 9, 9, 9, 22, 11, 11, 9, 16, 8, 8, 8, 8, 12, 8, 8, 9, 16, 16, 8);
            w.writeHeader(CourtSheetStyle.ALL);
            List<Object> row = new ArrayList<>(CourtSheetStyle.ALL.size());
            IOException[] failure = new IOException[1];
            generator.streamYear(year, rows, c -> {
                if (failure[0] != null) return;
                row.clear();
                row.add(c.caseNo());
                row.add(unit);
                row.add(c.caseType());
                row.add(c.procedure());
                row.add(c.trialProcedure());
                row.add(c.cause());
                row.add(c.filedOn());
                row.add(c.closedOn());
                row.add(c.judge().name());
                row.add(personId(unit, c.judge()));
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
            if (failure[0] != null) throw failure[0];
        }
        Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private Path writeProcuratorateYear(Path dir, int i, int year) throws IOException {
        String unit = procuratorateCode(i);
        Path file = dir.resolve(unit + "-" + procuratorateName(i) + year + "年受理案件.xlsx");
        int rows = share(options.procuratorateCases(), options.procuratorates(), options.years(), i, year - options.firstYear());
        ProcuratorateCaseGenerator generator = new ProcuratorateCaseGenerator(
                Rng.derive(options.seed(), "province-procuratorate-" + unit + "-" + year), roster, options.lastYear(),
                String.format(Locale.ROOT, "示%03d检", i));
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (MinimalXlsxWriter w = new MinimalXlsxWriter(part, MinimalXlsxWriter.StringMode.SHARED_STRINGS)) {
            w.startSheet("检察案件", 24, 20, 12, 10, 10, 16, 11, 11, 8, 10, 10, 8, 8, 8, 8, 10, 8, 8, 10);
            w.writeHeader(List.of("部门受案号", "案件名称", "承办单位", "案件类别", "承办检察官", "承办人编号", "受理日期", "办结日期",
                    "是否逮捕", "审查逮捕结果", "审查起诉结果", "退回补充侦查次数", "延长审查起诉期限次数", "其他程序件数", "是否认罪认罚",
                    "量刑建议类型", "量刑建议是否采纳", "是否撤回起诉", "判决结果"));
            for (ProsecutionCase c : generator.generateYear(year, rows)) {
                w.writeRow(c.caseNo(), c.caseName(), unit, c.category(), c.prosecutor().name(), personId(unit, c.prosecutor()),
                        c.receivedOn(), c.closedOn(), yesNo(c.arrested()), c.arrestResult(), c.prosecutionResult(),
                        c.returnedCount(), c.extensionCount(), c.otherProcedures(), yesNo(c.pleaAccepted()),
                        c.sentencingType(), yesNo(c.sentencingAdopted()), yesNo(c.withdrawn()), c.judgment());
            }
        }
        Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "是" : "否";
    }

    /** Rows a written file holds (for reports): court and procuratorate cases of the options. */
    public long totalCaseRows() {
        return options.courtCases() + options.procuratorateCases();
    }

}
