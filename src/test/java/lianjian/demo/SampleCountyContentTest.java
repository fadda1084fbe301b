package lianjian.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.demo.WorkbookReadBack.ReadRow;
import lianjian.demo.WorkbookReadBack.ReadSheet;

/**
 * Reads the default sample county back from its workbooks, as the importer would, and checks the
 * properties the indicators and the demo rely on.
 */
class SampleCountyContentTest {

    private static final LocalDate END = LocalDate.of(2025, 12, 31);
    private static final SampleCountyOptions OPTIONS = SampleCountyOptions.defaults();

    @TempDir
    static Path inbox;

    private static List<Path> files;
    private static SheetKindsCatalog catalog;
    private static List<ReadSheet> sheets;

    @BeforeAll
    static void writeAndReadTheCounty() throws IOException {
        catalog = SheetKindsCatalog.load();
        files = new SampleCountyGenerator(OPTIONS).writeTo(inbox);
        sheets = new ArrayList<>();
        for (Path f : files) {
            sheets.addAll(WorkbookReadBack.read(f, catalog));
        }
    }

    private static boolean isBroken(ReadSheet s) {
        return s.file().equals(BrokenWorkbook.FILE_NAME);
    }

    private static List<ReadRow> rows(String kind) {
        List<ReadRow> out = new ArrayList<>();
        for (ReadSheet s : sheets) {
            if (s.recognised() && !s.hidden() && s.kind().id().equals(kind) && !isBroken(s)) {
                out.addAll(s.rows());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- files and sheets

    @Test
    void writesTheExpectedWorkbooksIncludingTwoXlsAndTheBrokenOne() {
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names).contains("单位名录.xlsx", "人员名册（2025年12月更新）.xlsx", "县法院2022年收结案清单.xlsx",
                "县法院2023年收结案清单.xls", "县法院2024年收结案清单.xlsx", "县法院2025年收结案清单.xlsx",
                "县检察院2022-2025年受理案件.xlsx", BrokenWorkbook.FILE_NAME);
        assertThat(names.stream().filter(n -> n.endsWith(".xls")).count()).isGreaterThanOrEqualTo(2);
        for (Path f : files) {
            assertThat(f).exists().isRegularFile();
            assertThat(f.getParent()).isEqualTo(inbox);
        }
        assertThat(names.get(0)).isEqualTo("单位名录.xlsx");
        assertThat(names.get(1)).startsWith("人员名册");
    }

    @Test
    void modificationTimesAreInWritingOrderAndInThePast() throws IOException {
        for (int i = 1; i < files.size(); i++) {
            assertThat(Files.getLastModifiedTime(files.get(i)))
                    .isGreaterThan(Files.getLastModifiedTime(files.get(i - 1)));
        }
        assertThat(Files.getLastModifiedTime(files.get(files.size() - 1)).toInstant())
                .isBefore(java.time.Instant.now());
    }

    @Test
    void everyVisibleSheetIsRecognisedExceptTheInstructionsAndAHiddenSheetExists() {
        List<String> unrecognised = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (ReadSheet s : sheets) {
            if (s.hidden()) {
                hidden.add(s.name());
            } else if (!s.recognised()) {
                unrecognised.add(s.name());
            }
        }
        assertThat(unrecognised).containsExactly("填表说明");
        assertThat(hidden).containsExactly("下拉选项");
        // sheets recognised only by their header row, not by their name
        assertThat(sheets.stream().filter(s -> s.recognised() && catalog.kindByName(s.name()) == null)
                .map(ReadSheet::name)).contains("2022年", "2023年", "2024年", "2025年", "2021年旧存");
    }

    @Test
    void rosterHeaderIsBelowAMergedTitleAndABlankRow() throws IOException {
        ReadSheet roster = sheets.stream().filter(s -> s.name().equals("人员名册")).findFirst().orElseThrow();
        assertThat(roster.headerRowIndex()).isEqualTo(2);
        Path file = files.stream().filter(p -> p.getFileName().toString().startsWith("人员名册")).findFirst().orElseThrow();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = wb.getSheet("人员名册");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, roster.headers().size() - 1));
            assertThat(sheet.getRow(1)).isNull();
        }
        ReadSheet court2025 = sheets.stream().filter(s -> s.file().startsWith("县法院2025")).findFirst().orElseThrow();
        assertThat(court2025.headerRowIndex()).isEqualTo(2);
        ReadSheet court2023 = sheets.stream().filter(s -> s.file().startsWith("县法院2023")).findFirst().orElseThrow();
        assertThat(court2023.headerRowIndex()).isEqualTo(1);
    }

    @Test
    void outsideTheBrokenWorkbookEveryHeaderIsAKnownHeaderOrSynonym() {
        for (ReadSheet s : sheets) {
            if (!s.recognised() || isBroken(s)) {
                continue;
            }
            for (String h : s.headers()) {
                assertThat(h).as("header in %s / %s", s.file(), s.name()).isNotNull();
                assertThat(s.kind().columnForHeader(h)).as("header %s in %s / %s", h, s.file(), s.name()).isNotNull();
            }
        }
    }

    @Test
    void outsideTheBrokenWorkbookEveryCellConvertsByItsColumnType() {
        int checked = 0;
        for (ReadSheet s : sheets) {
            if (!s.recognised() || isBroken(s)) {
                continue;
            }
            for (ReadRow row : s.rows()) {
                for (SheetKindsCatalog.Column col : s.kind().columns()) {
                    Object v = row.raw(col.field());
                    String where = s.file() + " / " + s.name() + " row " + (row.rowIndex() + 1) + " " + col.header();
                    if (v == null) {
                        assertThat(col.required()).as("required cell missing: %s", where).isFalse();
                        continue;
                    }
                    checked++;
                    switch (col.type()) {
                        case "date" -> assertThat(row.date(col.field())).as(where).isNotNull();
                        case "bool" -> assertThat(row.bool(col.field())).as(where).isNotNull();
                        case "count" -> assertThat(row.number(col.field())).as(where)
                                .isGreaterThanOrEqualTo(0.0).matches(d -> d == Math.rint(d), "whole");
                        case "amount" -> assertThat(row.number(col.field())).as(where).isGreaterThanOrEqualTo(0.0);
                        case "score" -> assertThat(row.number(col.field())).as(where).isBetween(0.0, 100.0);
                        case "enum" -> assertThat(col.canonicalValue(row.text(col.field())))
                                .as("%s value %s", where, row.text(col.field())).isNotNull();
                        case "enum-set" -> assertThat(col.canonicalSet(row.text(col.field())))
                                .as("%s value %s", where, row.text(col.field())).isNotNull().isNotEmpty();
                        case "year" -> assertThat(year(row.text(col.field()))).as(where).isBetween(2000, 2100);
                        default -> assertThat(row.text(col.field())).as(where).isNotBlank();
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500_000);
    }

    @Test
    void noEventDateAfterTheEndOfTheData() {
        Set<String> deadlines = Set.of("deadline");
        for (ReadSheet s : sheets) {
            if (!s.recognised()) {
                continue;
            }
            for (ReadRow row : s.rows()) {
                for (SheetKindsCatalog.Column col : s.kind().columns()) {
                    if (!"date".equals(col.type()) || deadlines.contains(col.field()) || row.raw(col.field()) == null) {
                        continue;
                    }
                    if (isBroken(s) && "2025-02-30".equals(row.raw(col.field()))) {
                        continue;
                    }
                    assertThat(row.date(col.field())).as("%s %s row %d", s.file(), col.header(), row.rowIndex() + 1)
                            .isBeforeOrEqualTo(END);
                }
            }
        }
    }

    @Test
    void keysAreUniqueAcrossAllFiles() {
        Map<String, String> keyField = Map.ofEntries(Map.entry("court_case", "case_no"),
                Map.entry("prosecution_case", "case_no"), Map.entry("case_review", "review_no"),
                Map.entry("evaluation", "evaluation_no"), Map.entry("problem", "problem_no"),
                Map.entry("suggestion", "suggestion_no"), Map.entry("petition", "petition_no"),
                Map.entry("hearing", "record_no"), Map.entry("activity", "activity_no"),
                Map.entry("person", "person_id"), Map.entry("supervision_plan", "plan_no"));
        for (Map.Entry<String, String> e : new TreeMap<>(keyField).entrySet()) {
            Set<String> seen = new HashSet<>();
            for (ReadRow r : rows(e.getKey())) {
                String key = WorkbookReadBack.Values.caseNo(r.text(e.getValue()));
                assertThat(seen.add(key)).as("duplicate %s %s", e.getKey(), key).isTrue();
            }
            assertThat(seen).as(e.getKey()).isNotEmpty();
        }
    }

    // ---------------------------------------------------------------- court cases

    private static List<ReadRow> courtRowsFiledIn(int year) {
        return rows("court_case").stream().filter(r -> r.date("filed_on").getYear() == year).toList();
    }

    @Test
    void courtCasesPerYearAreWithinFivePercentOfTheOption() {
        for (int year = OPTIONS.firstYear(); year <= OPTIONS.lastYear(); year++) {
            assertThat(courtRowsFiledIn(year).size()).as("court cases filed in %d", year)
                    .isBetween((int) (OPTIONS.courtCasesPerYear() * 0.95), (int) (OPTIONS.courtCasesPerYear() * 1.05));
        }
        // the pending cases of the year before the data are listed too, and only those
        List<ReadRow> before = courtRowsFiledIn(OPTIONS.firstYear() - 1);
        assertThat(before).isNotEmpty().allSatisfy(r -> assertThat(r.date("closed_on") == null
                || r.date("closed_on").getYear() >= OPTIONS.firstYear()).isTrue());
    }

    @Test
    void courtCaseTypeSharesArePlausible() {
        List<ReadRow> all = rows("court_case");
        SheetKindsCatalog.Column type = catalog.kind("court_case").column("case_type");
        Map<String, Integer> counts = new HashMap<>();
        for (ReadRow r : all) {
            counts.merge(type.canonicalValue(r.text("case_type")), 1, Integer::sum);
        }
        double n = all.size();
        assertThat(counts.get("民事") / n).isBetween(0.50, 0.60);
        assertThat(counts.get("执行") / n).isBetween(0.25, 0.35);
        assertThat(counts.get("刑事") / n).isBetween(0.07, 0.13);
        assertThat(counts.get("行政") / n).isBetween(0.02, 0.04);
        assertThat(counts.getOrDefault("国家赔偿", 0) / n).isBetween(0.0005, 0.01);
    }

    @Test
    void noSecondInstanceResultWithoutAnAppeal() {
        int withResult = 0;
        for (ReadRow r : rows("court_case")) {
            if (r.text("appeal_result") != null) {
                withResult++;
                assertThat(r.bool("appealed")).as("row %d", r.rowIndex() + 1).isTrue();
            }
        }
        assertThat(withResult).isGreaterThan(100);
    }

    @Test
    void appealsAreEightToFifteenPercentOfFirstInstanceJudgments() {
        SheetKindsCatalog.Kind k = catalog.kind("court_case");
        int judgments = 0;
        int appealed = 0;
        for (ReadRow r : rows("court_case")) {
            boolean firstInstance = "一审".equals(k.column("procedure").canonicalValue(r.text("procedure")));
            if (firstInstance && r.text("closing_method") != null
                    && "判决".equals(k.column("closing_method").canonicalValue(r.text("closing_method")))) {
                judgments++;
                if (Boolean.TRUE.equals(r.bool("appealed"))) {
                    appealed++;
                }
            }
        }
        assertThat(appealed / (double) judgments).isBetween(0.08, 0.15);
    }

    @Test
    void withinLimitIsConsistentWhereGivenAndBreachesAreRare() {
        int given = 0;
        int computedKnown = 0;
        int breaches = 0;
        int extended = 0;
        int deducted = 0;
        int closed = 0;
        for (ReadRow r : rows("court_case")) {
            LocalDate closedOn = r.date("closed_on");
            if (closedOn == null) {
                assertThat(r.text("within_limit")).isNull();
                assertThat(r.text("closing_method")).isNull();
                continue;
            }
            closed++;
            Double statutory = r.number("statutory_days");
            double ext = r.number("extended_days") == null ? 0 : r.number("extended_days");
            double ded = r.number("deducted_days") == null ? 0 : r.number("deducted_days");
            extended += ext > 0 ? 1 : 0;
            deducted += ded > 0 ? 1 : 0;
            if (statutory == null) {
                continue;
            }
            boolean within = closedOn.toEpochDay() - r.date("filed_on").toEpochDay() - ded <= statutory + ext;
            computedKnown++;
            breaches += within ? 0 : 1;
            Boolean stated = r.bool("within_limit");
            if (stated != null) {
                given++;
                assertThat(stated).as("row %d", r.rowIndex() + 1).isEqualTo(within);
            }
        }
        assertThat(given).isGreaterThan(10_000).isLessThan(computedKnown); // one year leaves it blank
        assertThat(breaches / (double) computedKnown).isBetween(0.01, 0.03);
        assertThat(extended / (double) closed).isBetween(0.03, 0.07);
        assertThat(deducted / (double) closed).isBetween(0.05, 0.11);
    }

    @Test
    void aboutOnePercentOfMiddleYearCasesAreStillOpenAtTheEnd() {
        int cases = 0;
        int open = 0;
        for (int year = OPTIONS.firstYear() + 1; year < OPTIONS.lastYear(); year++) {
            for (ReadRow r : courtRowsFiledIn(year)) {
                cases++;
                if (r.date("closed_on") == null) {
                    open++;
                    assertThat(END.toEpochDay() - r.date("filed_on").toEpochDay()).isGreaterThan(365);
                }
            }
        }
        assertThat(open / (double) cases).isBetween(0.005, 0.015);
        // and normal pendency at the end: a good part of the last quarter's intake is still open
        long openLastYear = courtRowsFiledIn(OPTIONS.lastYear()).stream().filter(r -> r.date("closed_on") == null).count();
        assertThat(openLastYear / (double) OPTIONS.courtCasesPerYear()).isBetween(0.10, 0.35);
    }

    @Test
    void enforcementRecoveryIsAroundFortyToFiftyPercent() {
        double applied = 0;
        double recovered = 0;
        List<Double> amounts = new ArrayList<>();
        for (ReadRow r : rows("court_case")) {
            if (r.date("closed_on") != null && r.number("exec_applied") != null && r.number("exec_recovered") != null) {
                applied += r.number("exec_applied");
                recovered += r.number("exec_recovered");
                assertThat(r.number("exec_recovered")).isLessThanOrEqualTo(r.number("exec_applied") + 0.005);
                amounts.add(r.number("exec_applied"));
            }
        }
        assertThat(recovered / applied).isBetween(0.38, 0.52);
        amounts.sort(Double::compare);
        assertThat(amounts.get(amounts.size() / 2)).isBetween(35_000.0, 70_000.0);
    }

    @Test
    void everyHandlerIsInTheRosterOfTheRightUnitAndInOfficeWhenTheCaseWasFiled() {
        Map<String, ReadRow> roster = new HashMap<>();
        for (ReadRow p : rows("person")) {
            roster.put(p.text("person_id"), p);
        }
        for (String kind : List.of("court_case", "prosecution_case")) {
            String receivedField = "court_case".equals(kind) ? "filed_on" : "received_on";
            for (ReadRow r : rows(kind)) {
                ReadRow person = roster.get(r.text("person_id"));
                assertThat(person).as("%s %s", kind, r.text("person_id")).isNotNull();
                assertThat(person.date("appointed_on")).isBeforeOrEqualTo(r.date(receivedField));
                LocalDate left = person.date("left_on");
                LocalDate closed = r.date("closed_on");
                if (left != null) {
                    assertThat(left).isAfterOrEqualTo(closed == null ? END : closed);
                }
                String unit = person.text("unit_code");
                assertThat(unit).isIn("court_case".equals(kind) ? List.of("示例县人民法院", "FY01", "县法院")
                        : List.of("示例县人民检察院", "JCY01", "县检察院"));
            }
        }
    }

    @Test
    void theRosterHasASharedNameWithinTheCourtAndPlausibleSize() {
        List<ReadRow> people = rows("person");
        assertThat(people.size()).isBetween(140, 160);
        Map<String, Integer> courtNames = new HashMap<>();
        int judges = 0;
        int prosecutors = 0;
        int leftDuringTerm = 0;
        int appointedDuringTerm = 0;
        for (ReadRow p : people) {
            String category = catalog.kind("person").column("category").canonicalValue(p.text("category"));
            judges += "法官".equals(category) ? 1 : 0;
            prosecutors += "检察官".equals(category) ? 1 : 0;
            if ("示例县人民法院".equals(p.text("unit_code"))) {
                courtNames.merge(p.text("person_name"), 1, Integer::sum);
            }
            LocalDate left = p.date("left_on");
            if (left != null && !left.isBefore(SampleCounty.TERM_START)) {
                leftDuringTerm++;
                assertThat(p.text("leave_reason")).isNotBlank();
            }
            appointedDuringTerm += p.date("appointed_on").isBefore(SampleCounty.TERM_START) ? 0 : 1;
            assertThat(p.date("appointed_on").getYear()).isBetween(2008, 2025);
        }
        assertThat(judges).isBetween(90, 100);
        assertThat(prosecutors).isBetween(50, 60);
        assertThat(courtNames.values()).contains(2);
        assertThat(leftDuringTerm).isBetween(10, 15);
        assertThat(appointedDuringTerm).isBetween(8, 20);
    }

    // ---------------------------------------------------------------- procuratorate

    @Test
    void procuratorateCasesPerYearAndOutcomesArePlausible() {
        SheetKindsCatalog.Kind k = catalog.kind("prosecution_case");
        Map<Integer, Integer> perYear = new TreeMap<>();
        int review = 0;
        int prosecuted = 0;
        int concluded = 0;
        int plea = 0;
        int innocent = 0;
        for (ReadRow r : rows("prosecution_case")) {
            perYear.merge(r.date("received_on").getYear(), 1, Integer::sum);
            String category = k.column("category").canonicalValue(r.text("category"));
            if ("审查起诉".equals(category)) {
                review++;
                if (r.text("prosecution_result") != null) {
                    concluded++;
                    prosecuted += "起诉".equals(k.column("prosecution_result").canonicalValue(
                            r.text("prosecution_result"))) ? 1 : 0;
                    plea += Boolean.TRUE.equals(r.bool("plea_accepted")) ? 1 : 0;
                }
            }
            innocent += "无罪".equals(r.text("judgment")) ? 1 : 0;
        }
        int option = OPTIONS.procuratorateCasesPerYear();
        assertThat(perYear.keySet()).containsExactly(2022, 2023, 2024, 2025);
        assertThat(perYear.values()).allSatisfy(n -> assertThat(n).isBetween((int) (option * 0.95), (int) (option * 1.05)));
        int all = perYear.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(review / (double) all).isBetween(0.50, 0.60);
        assertThat(prosecuted / (double) concluded).isBetween(0.80, 0.90);
        assertThat(plea / (double) concluded).isBetween(0.80, 0.90);
        assertThat(innocent).isBetween(0, 6);
    }

    // ---------------------------------------------------------------- reviews, evaluations

    @Test
    void reviewsReferenceRealCasesExceptAHandfulWithUnitAndHandler() {
        Set<String> caseNumbers = new HashSet<>();
        for (String kind : List.of("court_case", "prosecution_case")) {
            for (ReadRow r : rows(kind)) {
                caseNumbers.add(WorkbookReadBack.Values.caseNo(r.text("case_no")));
            }
        }
        Set<String> roster = new HashSet<>();
        for (ReadRow p : rows("person")) {
            roster.add(p.text("person_id"));
        }
        List<ReadRow> reviews = rows("case_review");
        Map<Integer, Integer> perYear = new TreeMap<>();
        int unknown = 0;
        for (ReadRow r : reviews) {
            perYear.merge(r.date("reviewed_on").getYear(), 1, Integer::sum);
            if (!caseNumbers.contains(WorkbookReadBack.Values.caseNo(r.text("case_no")))) {
                unknown++;
                assertThat(r.text("unit_code")).isNotBlank();
                assertThat(r.text("handler_name")).isNotBlank();
            }
            assertThat(roster).contains(r.text("person_id"));
        }
        assertThat(unknown).isBetween(1, 10);
        assertThat(perYear.values()).allSatisfy(n -> assertThat(n).isBetween(270, 330));
    }

    @Test
    void reviewScoresAgreeWithTheirGrades() {
        Map<String, double[]> bands = Map.of("优秀", new double[] {90, 100}, "优质", new double[] {85, 92},
                "合格", new double[] {75, 88}, "基本合格", new double[] {70, 78}, "瑕疵", new double[] {60, 70},
                "不合格", new double[] {0, 60});
        Map<String, Integer> grades = new HashMap<>();
        for (ReadRow r : rows("case_review")) {
            String grade = r.text("grade");
            grades.merge(grade, 1, Integer::sum);
            assertThat(r.number("score")).isBetween(bands.get(grade)[0], bands.get(grade)[1]);
        }
        assertThat(grades.keySet()).containsExactlyInAnyOrder("优秀", "优质", "合格", "基本合格", "瑕疵", "不合格");
        assertThat(grades.get("合格")).isGreaterThan(grades.get("不合格") * 5);
    }

    @Test
    void evaluationCoverageOfStaffInScopeIsVisiblyIncomplete() {
        Map<String, ReadRow> roster = new HashMap<>();
        for (ReadRow p : rows("person")) {
            roster.put(p.text("person_id"), p);
        }
        Set<String> evaluatedInTerm = new HashSet<>();
        int previousTerm = 0;
        for (ReadRow e : rows("evaluation")) {
            assertThat(roster).containsKey(e.text("person_id"));
            if (e.date("evaluated_on").isBefore(SampleCounty.TERM_START)) {
                previousTerm++;
            } else {
                evaluatedInTerm.add(e.text("person_id"));
            }
            double pass = (e.number("votes_satisfied") + e.number("votes_basic"))
                    / (e.number("votes_satisfied") + e.number("votes_basic") + e.number("votes_unsatisfied"));
            assertThat(pass > 2.0 / 3).as(e.text("evaluation_no")).isEqualTo(!"不满意".equals(e.text("result")));
        }
        int inScope = 0;
        int covered = 0;
        for (ReadRow p : roster.values()) {
            String category = catalog.kind("person").column("category").canonicalValue(p.text("category"));
            boolean scope = ("法官".equals(category) || "检察官".equals(category))
                    && !Boolean.FALSE.equals(p.bool("is_quota"))
                    && !p.date("appointed_on").isAfter(END)
                    && (p.date("left_on") == null || p.date("left_on").isAfter(END));
            if (scope) {
                inScope++;
                covered += evaluatedInTerm.contains(p.text("person_id")) ? 1 : 0;
            }
        }
        assertThat(covered / (double) inScope).isBetween(0.50, 0.70);
        assertThat(previousTerm).isBetween(2, 10);
    }

    // ---------------------------------------------------------------- problems and the rest

    @Test
    void problemsIncludeOverdueOnesAndOnesDueJustAfterTheEnd() {
        List<ReadRow> problems = rows("problem");
        Map<Integer, Integer> perYear = new TreeMap<>();
        int overdue = 0;
        int within10 = 0;
        int within20 = 0;
        int closedLate = 0;
        for (ReadRow p : problems) {
            perYear.merge(p.date("found_on").getYear(), 1, Integer::sum);
            LocalDate found = p.date("found_on");
            LocalDate deadline = p.date("deadline");
            LocalDate done = p.date("done_on");
            assertThat(deadline.toEpochDay() - found.toEpochDay()).isBetween(30L, 90L);
            String status = catalog.kind("problem").column("status").canonicalValue(p.text("status"));
            assertThat(done != null).as(p.text("problem_no")).isEqualTo(status.equals("已整改") || status.equals("已销号"));
            if (done == null) {
                long due = deadline.toEpochDay() - END.toEpochDay();
                overdue += due < 0 ? 1 : 0;
                within10 += due >= 0 && due <= 10 ? 1 : 0;
                within20 += due > 10 && due <= 20 ? 1 : 0;
            } else {
                assertThat(done).isBetween(found, END);
                closedLate += done.isAfter(deadline) ? 1 : 0;
            }
        }
        assertThat(perYear.values()).allSatisfy(n -> assertThat(n).isBetween(40, 62));
        assertThat(overdue).isGreaterThanOrEqualTo(2);
        assertThat(within10).isGreaterThanOrEqualTo(1);
        assertThat(within20).isGreaterThanOrEqualTo(1);
        assertThat(closedLate).isGreaterThanOrEqualTo(3);
        // every problem comes from a supervision activity that counted it
        int announced = rows("activity").stream().mapToInt(a -> a.number("problems_found").intValue()).sum();
        assertThat(announced).isEqualTo(problems.size());
    }

    @Test
    void everySupervisionMethodOccursAndVolumesArePlausible() {
        SheetKindsCatalog.Column method = catalog.kind("activity").column("method");
        Set<String> methods = new HashSet<>();
        for (ReadRow a : rows("activity")) {
            methods.add(method.canonicalValue(a.text("method")));
        }
        assertThat(methods).contains("明察暗访", "案件评查", "个案督查", "社会调查", "执法检查", "履职评议", "专题调研",
                "听取审议报告", "联席会议");
        int years = OPTIONS.lastYear() - OPTIONS.firstYear() + 1;
        assertThat(rows("activity").size() / (double) years).isBetween(20.0, 30.0);
        assertThat(rows("suggestion").size() / (double) years).isBetween(25.0, 35.0);
        assertThat(rows("petition").size() / (double) years).isBetween(70.0, 90.0);
        assertThat(rows("hearing").size() / (double) years).isBetween(15.0, 25.0);
        assertThat(rows("hearing")).allSatisfy(h -> assertThat(h.number("deputies")).isBetween(3.0, 15.0));
        assertThat(rows("petition").stream().filter(p -> "人大交办".equals(p.text("source"))).count()).isPositive();
    }

    @Test
    void surveysCoverEveryUnitEveryHalfYearWithPlausibleSatisfaction() {
        Map<String, Integer> perSurveyAndUnit = new HashMap<>();
        for (ReadRow s : rows("survey")) {
            perSurveyAndUnit.merge(s.text("survey_no") + "|" + s.text("unit_code"), 1, Integer::sum);
            double sat = s.number("satisfied");
            double basic = s.number("basic");
            double un = s.number("unsatisfied");
            assertThat((sat + basic) / (sat + basic + un)).isBetween(0.84, 0.975);
            assertThat(sat + basic + un).isBetween(10.0, 500.0);
        }
        int halfYears = 2 * (OPTIONS.lastYear() - OPTIONS.firstYear() + 1);
        assertThat(perSurveyAndUnit).hasSize(halfYears * 4).allSatisfy((k, v) -> assertThat(v).isEqualTo(4));
    }

    // ---------------------------------------------------------------- the annual supervision plan (§4.13)

    private static int year(String cell) {
        return Integer.parseInt(SheetKindsCatalog.normalize(cell).replace("年度", "").replace("年", ""));
    }

    @Test
    void thePlanHasTwoItemsAYearCarriedOutByLinkedActivities() {
        SheetKindsCatalog.Kind k = catalog.kind("supervision_plan");
        List<ReadRow> plan = rows("supervision_plan");
        assertThat(plan).extracting(r -> r.text("plan_no")).containsExactly("JH2022-01", "JH2022-02", "JH2023-01",
                "JH2023-02", "JH2024-01", "JH2024-02", "JH2025-01", "JH2025-02");
        // kept in the 人大 工委's ledger, as its last sheet (the importer reads it before 监督活动)
        ReadSheet sheet = sheets.stream().filter(s -> s.recognised() && s.kind().id().equals("supervision_plan"))
                .findFirst().orElseThrow();
        assertThat(sheet.file()).isEqualTo("县人大监察司法工委工作台账（2022-2025年）.xlsx");
        assertThat(sheet.name()).isEqualTo("年度监督计划");

        Map<String, List<ReadRow>> activitiesOf = new HashMap<>();
        for (ReadRow a : rows("activity")) {
            if (a.text("plan_no") != null) {
                activitiesOf.computeIfAbsent(a.text("plan_no"), x -> new ArrayList<>()).add(a);
            }
        }
        assertThat(activitiesOf.keySet()).as("every 计划编号 of an activity is a plan item")
                .isSubsetOf(plan.stream().map(r -> r.text("plan_no")).toList());
        SheetKindsCatalog.Column activityMethod = catalog.kind("activity").column("method");
        Set<String> spellings = new HashSet<>();
        List<String> late = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        List<String> acrossUnits = new ArrayList<>();
        for (ReadRow p : plan) {
            String no = p.text("plan_no");
            int year = year(p.text("plan_year"));
            assertThat(no).startsWith("JH" + year);
            LocalDate due = p.date("due_on");
            LocalDate done = p.date("done_on");
            assertThat(due.getYear()).isEqualTo(year);
            if (done == null) {
                overdue.add(no + (due.isBefore(END) ? " overdue" : ""));
            } else {
                assertThat(done).isBetween(LocalDate.of(year, 1, 1), END);
                if (done.isAfter(due)) {
                    late.add(no);
                }
            }
            if (p.text("unit_code") == null) {
                acrossUnits.add(no + " " + k.column("plan_type").canonicalValue(p.text("plan_type")));
            }
            spellings.add(p.text("methods").replaceAll("[^、，, ]", "x").replaceAll("x+", "x"));
            // each method of the item is carried out by one of its activities, in the item's year
            List<ReadRow> linked = activitiesOf.getOrDefault(no, List.of());
            assertThat(linked).as(no).isNotEmpty().allSatisfy(a -> assertThat(a.date("activity_on").getYear()).isEqualTo(year));
            Set<String> carriedOut = new HashSet<>();
            for (ReadRow a : linked) {
                String m = activityMethod.canonicalValue(a.text("method"));
                SupervisionPlanGenerator.ACTIVITY_METHODS.forEach((method, ways) -> {
                    if (ways.contains(m)) {
                        carriedOut.add(method);
                    }
                });
            }
            List<String> methods = k.column("methods").canonicalSet(p.text("methods"));
            assertThat(methods).as(no).hasSizeGreaterThanOrEqualTo(3);
            assertThat(carriedOut).as(no + " " + methods).containsAll(methods);
        }
        assertThat(late).containsExactly("JH2023-01");
        assertThat(overdue).containsExactly("JH2025-02 overdue");
        assertThat(acrossUnits).containsExactly("JH2023-02 专项工作");
        assertThat(spellings).as("监督方式 written with 、, ，, commas, spaces, or nothing between").hasSizeGreaterThanOrEqualTo(4);
        assertThat(plan).extracting(p -> p.text("methods")).contains("查、听、评").anySatisfy(m -> assertThat(m).contains("座谈"));
        int linkedActivities = activitiesOf.values().stream().mapToInt(List::size).sum();
        assertThat(linkedActivities).isBetween(24, 32);
    }

    // ---------------------------------------------------------------- the broken workbook

    @Test
    void theBrokenWorkbookHasExactlyTheIntendedMistakes() {
        ReadSheet broken = sheets.stream().filter(SampleCountyContentTest::isBroken).findFirst().orElseThrow();
        assertThat(broken.kind().id()).isEqualTo("petition");
        assertThat(broken.rows()).hasSize(10);
        SheetKindsCatalog.Kind k = broken.kind();
        int badDates = 0;
        int badEnums = 0;
        int missing = 0;
        int closedBefore = 0;
        for (ReadRow r : broken.rows()) {
            assertThat(r.text("petition_no")).startsWith("SFJ-BB");
            if ("2025-02-30".equals(r.text("received_on"))) {
                badDates++;
                assertThatThrownBy(() -> r.date("received_on")).isInstanceOf(java.time.DateTimeException.class);
                continue;
            }
            badEnums += k.column("source").canonicalValue(r.text("source")) == null ? 1 : 0;
            missing += r.text("unit_code") == null ? 1 : 0;
            LocalDate closed = r.date("closed_on");
            closedBefore += closed != null && closed.isBefore(r.date("received_on")) ? 1 : 0;
        }
        assertThat(new int[] {badDates, badEnums, missing, closedBefore}).containsExactly(1, 1, 1, 1);
        // its 信访编号 appear nowhere else
        assertThat(rows("petition")).noneMatch(p -> p.text("petition_no").startsWith("SFJ-BB"));
    }
}
