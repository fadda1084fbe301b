package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.importing.receipt.Outcome;
import lianjian.testsupport.HandMadeXlsx;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestWorkbook;

/**
 * DOMAIN §3.4: a file that cannot be read at all is rejected with one clear message, with an error
 * workbook beside it, and the run goes on with the other files.
 */
class UnreadableFilesTest {

    @TempDir
    Path dir;
    ImportHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new ImportHarness(dir);
        h.loadReferenceData();
    }

    private ImportResult importAlone(Path file) {
        ImportResult r = h.importOne(file);
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(Path.of(r.movedTo())).exists();
        assertThat(Path.of(r.errorWorkbook())).exists();
        assertThat(file).doesNotExist();
        return r;
    }

    @Test
    void corruptXlsx() throws Exception {
        Path good = TestWorkbook.create().sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称")
                .row("A-1", "2025-01-01", "明察暗访", "x").writeXlsx(dir.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Path broken = h.inbox("截断的文件.xlsx");
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(importAlone(broken).message()).contains("损坏");
    }

    @Test
    void notASpreadsheet() throws Exception {
        Path pdf = h.inbox("会议纪要.xlsx");
        Files.writeString(pdf, "%PDF-1.4 this is not a workbook", StandardCharsets.UTF_8);
        assertThat(importAlone(pdf).message()).contains("不是 Excel 工作簿");
        Path word = h.inbox("通知.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(word)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThat(importAlone(word).message()).contains("不是 Excel 工作簿");
    }

    @Test
    void emptyFile() throws Exception {
        Path empty = Files.createFile(h.inbox("空文件.xlsx"));
        assertThat(importAlone(empty).message()).contains("空的");
    }

    @Test
    void encryptedXlsx() throws Exception {
        Path file = h.inbox("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = enc.getDataStream(fs)) {
                wb.createSheet("问题清单").createRow(0).createCell(0).setCellValue("问题编号");
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(importAlone(file).message()).contains("已加密");
    }

    @Test
    void encryptedXls() throws Exception {
        Path file = h.inbox("加密.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("问题清单").createRow(0).createCell(0).setCellValue("问题编号");
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        assertThat(importAlone(file).message()).contains("已加密");
    }

    @Test
    void zipBombIsRefusedWithoutInflatingIt() throws Exception {
        // A sheet part of 40 MB of spaces compresses to a few tens of KB: far beyond any real ratio.
        Path file = h.inbox("压缩炸弹.xlsx");
        HandMadeXlsx.write(file, "监督活动", out -> {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) out.write(spaces);
        });
        assertThat(Files.size(file)).isLessThan(200_000);
        assertThat(importAlone(file).message()).contains("压缩炸弹");
    }

    /**
     * Issue 16: a sheet that unpacks beyond the absolute limit is refused as it is read, though its
     * compression ratio looks ordinary (here: 3 MB of real, valid rows against a 1 MB limit; without
     * the limit this file imports).
     */
    @Test
    void contentThatUnpacksBeyondTheLimitIsRefusedWhateverItsRatio() throws Exception {
        h.properties.getImport().setMaxUnpackedMb(1);
        Path file = h.inbox("超大内容.xlsx");
        HandMadeXlsx.write(file, "监督活动", out -> {
            out.write(("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>活动编号</t></is></c><c r=\"B1\" t=\"inlineStr\">"
                    + "<is><t>活动日期</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>监督方式</t></is></c>"
                    + "<c r=\"D1\" t=\"inlineStr\"><is><t>活动名称</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
            java.util.Random random = new java.util.Random(16);
            for (int r = 2; r <= 16_000; r++) {
                out.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>A-" + r + "</t></is></c>"
                        + "<c r=\"B" + r + "\" t=\"inlineStr\"><is><t>2025-01-0" + (1 + r % 9) + "</t></is></c>"
                        + "<c r=\"C" + r + "\" t=\"inlineStr\"><is><t>明察暗访</t></is></c>"
                        + "<c r=\"D" + r + "\" t=\"inlineStr\"><is><t>检查" + Long.toHexString(random.nextLong())
                        + "</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
            }
        });
        assertThat(Files.size(file)).as("an ordinary ratio, far from POI's 1%").isGreaterThan(100_000);
        String message = importAlone(file).message();
        assertThat(message).contains("解压后的内容超过 1 MB").contains("max-unpacked-mb").doesNotContain("之比异常");
        assertThat(h.db.count("SELECT COUNT(*) FROM activity")).isZero();
    }

    /** Nonsense inside a well-formed package (a cell beyond column XFD, a row number no int holds). */
    @Test
    void nonsenseCellReferencesRejectTheFileNotTheRun() throws Exception {
        Path file = h.inbox("坏引用.xlsx");
        HandMadeXlsx.write(file, "监督活动", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>活动编号</t></is></c></row>"
                + "<row r=\"2\"><c r=\"ZZZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        assertThat(importAlone(file).message()).contains("超出 Excel 的列范围");
        Path file2 = h.inbox("坏行号.xlsx");
        HandMadeXlsx.write(file2, "监督活动", "<row r=\"99999999999\"><c r=\"A1\" t=\"inlineStr\"><is><t>活动编号</t></is></c></row>");
        assertThat(importAlone(file2).message()).contains("无法读取");
    }

    @Test
    void fileOverTheSizeLimitIsNotOpened() throws Exception {
        h.properties.getImport().setMaxFileMb(1);
        Path big = h.inbox("巨大.xlsx");
        Files.write(big, new byte[2 * 1024 * 1024]);
        assertThat(importAlone(big).message()).contains("文件过大");
    }

    @Test
    void theRunGoesOnWithTheOtherFiles() throws Exception {
        Files.writeString(h.inbox("a-坏文件.xlsx"), "garbage");
        TestWorkbook.create().sheet("监督活动").row("活动编号", "活动日期", "监督方式", "活动名称")
                .row("A-1", "2025-01-01", "明察暗访", "夜查").writeXlsx(h.inbox("b-好文件.xlsx"));
        var results = h.runImport();
        assertThat(results).extracting(ImportResult::outcome).containsExactlyInAnyOrder(Outcome.REJECTED, Outcome.IMPORTED);
        assertThat(h.db.count("SELECT COUNT(*) FROM activity")).isEqualTo(1);
    }

}
