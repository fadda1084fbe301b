package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.cli.LianjianCommand;
import lianjian.importing.read.Refusals;
import lianjian.importing.receipt.Outcome;
import lianjian.testsupport.HandMadeXlsx;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;

/**
 * Issue 15: a file that is refused says why in its own words — a workbook declaring a DTD or
 * entities (XXE, billion laughs) is refused for safety, not called damaged; a macro workbook is
 * told to be saved as .xlsx; a zip bomb's report holds only its one sentence; no message names a
 * Java class. A link in the inbox is refused and left where it is.
 */
class RefusedFilesTest {

    @TempDir
    Path dir;
    ImportHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new ImportHarness(dir);
        h.loadReferenceData();
    }

    private ImportResult rejected(Path file) {
        ImportResult r = h.importOne(file);
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(Path.of(r.errorWorkbook())).exists();
        assertThat(r.message()).as("no Java class name").doesNotContainPattern("[A-Z][A-Za-z]+(Exception|Error)");
        return r;
    }

    private static final String XXE_PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    @Test
    void aWorkbookWithAnExternalEntityIsRefusedForSafetyNotCalledDamaged() throws Exception {
        Path file = h.inbox("外部实体.xlsx");
        HandMadeXlsx.write(file, "监督活动", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
        replacePart(file, "xl/worksheets/sheet1.xml", s -> s.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", XXE_PROLOG));
        String message = rejected(file).message();
        assertThat(message).isEqualTo(Refusals.DTD).contains("为安全起见未读取").doesNotContain("损坏");
    }

    @Test
    void billionLaughsInTheContentTypesPartIsRefusedTheSameWay() throws Exception {
        Path file = h.inbox("实体炸弹.xlsx");
        HandMadeXlsx.write(file, "监督活动", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>活动编号</t></is></c></row>");
        String laughs = "<!DOCTYPE Types [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
        replacePart(file, "[Content_Types].xml", s -> s.replace("<Types ", laughs + "<Types "));
        assertThat(rejected(file).message()).isEqualTo(Refusals.DTD);
    }

    @Test
    void aMacroWorkbookIsToldToBeSavedAsXlsx() throws Exception {
        Path file = h.inbox("带宏的台账.xlsm");
        try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM); OutputStream out = Files.newOutputStream(file)) {
            Row r = wb.createSheet("监督活动").createRow(0);
            r.createCell(0).setCellValue("活动编号");
            wb.write(out);
        }
        String message = rejected(file).message();
        assertThat(message).isEqualTo(Refusals.MACRO).contains(".xlsm").contains("另存为").contains(".xlsx").doesNotContain("损坏");
        // the same package renamed .xlsx is still a macro workbook (the reader goes by content, not name)
        Path renamed = h.inbox("改了扩展名.xlsx");
        Files.copy(h.workspace.rejectedFor(java.time.LocalDate.now()).resolve("带宏的台账.xlsm"), renamed);
        assertThat(rejected(renamed).message()).isEqualTo(Refusals.MACRO);
    }

    @Test
    void encryptedAndCorruptFilesHaveTheirOwnSentences() throws Exception {
        Path good = TestWorkbook.create().sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称")
                .row("A-1", "2025-01-01", "明察暗访", "x").writeXlsx(dir.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = h.inbox("复制中断.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 200));
        String corrupt = rejected(cut).message();
        assertThat(corrupt).startsWith("文件已损坏或不完整").doesNotContain("加密").doesNotContain("安全");
        Path text = h.inbox("说明.xlsx");
        Files.writeString(text, "这不是表格");
        assertThat(rejected(text).message()).isEqualTo(Refusals.NOT_A_SPREADSHEET);
    }

    /** A zip bomb found part way: the rows read before it are not reported after "not read". */
    @Test
    void aFileNotReadReportsNoRowErrors() throws Exception {
        h.properties.getImport().setMaxUnpackedMb(1);
        Path file = h.inbox("炸弹前有错误行.xlsx");
        HandMadeXlsx.write(file, "监督活动", out -> {
            out.write(("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>活动编号</t></is></c><c r=\"B1\" t=\"inlineStr\">"
                    + "<is><t>活动日期</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>监督方式</t></is></c>"
                    + "<c r=\"D1\" t=\"inlineStr\"><is><t>活动名称</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
            java.util.Random random = new java.util.Random(15);
            for (int r = 2; r <= 16_000; r++) {
                out.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>A-" + r + "</t></is></c>"
                        + "<c r=\"B" + r + "\" t=\"inlineStr\"><is><t>2025-02-30</t></is></c>"
                        + "<c r=\"C" + r + "\" t=\"inlineStr\"><is><t>明察暗访</t></is></c>"
                        + "<c r=\"D" + r + "\" t=\"inlineStr\"><is><t>检查" + Long.toHexString(random.nextLong())
                        + "</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
            }
        });
        ImportResult r = rejected(file);
        assertThat(r.message()).contains("解压后的内容超过 1 MB");
        assertThat(r.rowsRead()).isZero();
        assertThat(r.rowsRejected()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(Path.of(r.errorWorkbook())))) {
            assertThat(wb.getNumberOfSheets()).as("only 汇总: no sheet of rows").isEqualTo(1);
            String all = text(wb.getSheetAt(0));
            assertThat(all).contains("文件没有被读取").doesNotContain("2025-02-30").doesNotContain("第2行");
        }
    }

    // ------------------------------------------------------------------ CSV from the 业务系统

    private static final String CASES_CSV = "案号,案件类型,审判程序,立案日期,结案日期,承办人\r\n"
            + "（2025）示0123民初1号,民事,一审,2025-03-01,2025-04-15,张明\r\n"
            + "\"（2025）示0123民初2号\",民事,一审,2025/3/2,,李华\r\n"
            + "=\"（2025）示0123刑初3号\",刑事,一审,2025年3月3日,,张明\r\n";

    @Test
    void aGbkCsvExportImportsWithTheRightChinese() throws Exception {
        Path file = h.inbox("法院案件导出.csv");
        Files.write(file, CASES_CSV.getBytes(Charset.forName("GBK")));
        ImportResult r = h.importOne(file);
        assertThat(r.outcome()).as(r.message()).isIn(Outcome.IMPORTED);
        assertCasesAsWritten();
    }

    @Test
    void aUtf8CsvWithOrWithoutBomImportsTheSame() throws Exception {
        Path bom = h.inbox("法院案件.csv");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write(CASES_CSV.getBytes(StandardCharsets.UTF_8));
        Files.write(bom, b.toByteArray());
        ImportResult r = h.importOne(bom);
        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.rowsImported()).isEqualTo(3);
        assertCasesAsWritten();

        Path plain = h.inbox("案件清单（无BOM）.csv");
        Files.writeString(plain, CASES_CSV.replace("张明", "张明明"), StandardCharsets.UTF_8);
        assertThat(h.importOne(plain).outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(h.db.jdbc.queryForObject("SELECT judge_name FROM court_case WHERE case_no = '（2025）示0123民初1号'", String.class))
                .isEqualTo("张明明");
    }

    private void assertCasesAsWritten() {
        assertThat(h.db.jdbc.queryForList("SELECT case_no FROM court_case ORDER BY case_no", String.class))
                .containsExactly("（2025）示0123刑初3号", "（2025）示0123民初1号", "（2025）示0123民初2号");
        assertThat(h.db.jdbc.queryForObject("SELECT filed_on FROM court_case WHERE case_no = '（2025）示0123刑初3号'", String.class))
                .isEqualTo("2025-03-03");
        assertThat(h.db.jdbc.queryForObject("SELECT case_type FROM court_case WHERE case_no = '（2025）示0123民初2号'", String.class))
                .isEqualTo("民事");
    }

    @Test
    void aCsvWithErrorsGetsTheSameErrorWorkbookAsASpreadsheet() throws Exception {
        Path file = h.inbox("信访.csv");
        Files.write(file, ("信访编号,收到日期,责任单位\r\nX-1,2025-02-30,SFJ01\r\nX-2,2025-03-01,SFJ01\r\n")
                .getBytes(Charset.forName("GB18030")));
        ImportResult r = rejected(file);
        assertThat(r.rowsRejected()).isEqualTo(1);
        assertThat(Path.of(r.errorWorkbook()).getFileName().toString()).isEqualTo("信访.csv.错误报告.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(Path.of(r.errorWorkbook())))) {
            assertThat(text(wb.getSheetAt(0))).contains("第2行").contains("2025-02-30");
            assertThat(wb.getSheet("信访")).as("the rows' sheet, named after the file").isNotNull();
        }
    }

    // ------------------------------------------------------------------ links in the inbox

    @Test
    void aLinkInTheInboxIsRefusedAndLeftInPlaceAndItsTargetIsNotTouched() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("别处"));
        Path target = TestWorkbook.create().sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称")
                .row("A-9", "2025-01-01", "明察暗访", "夜查").writeXlsx(elsewhere.resolve("真正的文件.xlsx"));
        byte[] before = Files.readAllBytes(target);
        Path link = Files.createSymbolicLink(h.inbox("链接.xlsx"), target);
        Files.createDirectories(h.inbox("一个文件夹"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = LianjianCommand.execute("run", "--workspace", dir.toString(), "-q", "--lianjian.import.settle-seconds=0");
        } finally {
            System.setOut(old);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(text).isEqualTo(2);
        assertThat(text).contains("链接.xlsx：未导入，这是一个链接（快捷方式），不是文件本身")
                .contains("一个文件夹：未导入，这是一个文件夹");
        assertThat(Files.isSymbolicLink(link)).as("the link stays in the inbox").isTrue();
        assertThat(target).as("its target is neither moved nor changed").exists().hasBinaryContent(before);
        try (var s = Files.walk(h.workspace.archiveRoot())) {
            assertThat(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .doesNotContain("链接.xlsx", "真正的文件.xlsx");
        }
        assertThat(h.db.count("SELECT COUNT(*) FROM activity")).isZero();
    }

    // ------------------------------------------------------------------ helpers

    interface Edit {
        String apply(String s);
    }

    /** Rewrites one part of a package in place. */
    static void replacePart(Path file, String part, Edit edit) throws Exception {
        ByteArrayOutputStream rebuilt = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file)); ZipOutputStream out = new ZipOutputStream(rebuilt)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(part)) content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Files.write(file, rebuilt.toByteArray());
    }

    static String text(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        StringBuilder sb = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(c -> sb.append(f.formatCellValue(c)).append('\t'));
            sb.append('\n');
        }
        return sb.toString();
    }
}
