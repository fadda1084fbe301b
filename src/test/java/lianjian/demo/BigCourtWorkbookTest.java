package lianjian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** The benchmark workbook, read back the way a streaming importer reads it. */
class BigCourtWorkbookTest {

    @Test
    void twentyThousandRowsWithASharedStringsTableOpenWithPoi(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("big.xlsx");
        SampleCountyGenerator.writeBigCourtWorkbook(file, 20_000, 20221);

        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings sst = reader.getSharedStringsTable();
            assertThat(sst).isNotNull();
            assertThat(sst.getUniqueCount()).isGreaterThanOrEqualTo(20_000);
            Iterator<InputStream> sheets = reader.getSheetsData();
            List<List<String>> rows = readRows(pkg, sheets.next());
            assertThat(sheets.hasNext()).isFalse();
            assertThat(rows).hasSize(20_001);
            assertThat(rows.get(0)).containsExactlyElementsOf(CourtSheetStyle.ALL);
            assertThat(rows.get(1).get(0)).matches("（2022）浙0123(刑初|民初|行初|执|执恢|民再|刑再|行再|法赔|司救)\\d+号");
            assertThat(rows.stream().skip(1).map(r -> r.get(0)).distinct().count()).isEqualTo(20_000);
        }
    }

    @Test
    void theInlineStringVariantHasNoSharedStringsPartAndTheSameValues(@TempDir Path tmp) throws Exception {
        Path shared = tmp.resolve("shared.xlsx");
        Path inline = tmp.resolve("inline.xlsx");
        SampleCountyGenerator.writeBigCourtWorkbook(shared, 5_000, 5);
        SampleCountyGenerator.writeBigCourtWorkbook(inline, 5_000, 5, MinimalXlsxWriter.StringMode.INLINE_STRINGS);

        List<List<String>> a;
        List<List<String>> b;
        try (OPCPackage pkg = OPCPackage.open(shared.toFile(), PackageAccess.READ)) {
            a = readRows(pkg, new XSSFReader(pkg).getSheetsData().next());
        }
        try (OPCPackage pkg = OPCPackage.open(inline.toFile(), PackageAccess.READ)) {
            assertThat(pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())).isEmpty();
            assertThat(new XSSFReader(pkg).getSharedStringsTable()).isNull();
            b = readRows(pkg, new XSSFReader(pkg).getSheetsData().next());
        }
        assertThat(b).hasSize(5_001).isEqualTo(a);
    }

    @Test
    void theUsermodelSeesRealDatesMoneyAndBlankCells(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("small.xlsx");
        SampleCountyGenerator.writeBigCourtWorkbook(file, 1_000, 1);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = wb.getSheet(BigCourtWorkbook.SHEET_NAME);
            assertThat(sheet.getLastRowNum()).isEqualTo(1_000);
            int filed = CourtSheetStyle.ALL.indexOf("立案日期");
            int applied = CourtSheetStyle.ALL.indexOf("申请执行标的金额");
            int closed = CourtSheetStyle.ALL.indexOf("结案日期");
            int amounts = 0;
            int open = 0;
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Cell f = row.getCell(filed);
                assertThat(f.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(f)).isTrue();
                assertThat(f.getLocalDateTimeCellValue().getYear()).isBetween(2022, 2025);
                Cell m = row.getCell(applied);
                if (m != null) {
                    amounts++;
                    assertThat(m.getNumericCellValue()).isPositive();
                    assertThat(m.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                }
                open += row.getCell(closed) == null ? 1 : 0;
            }
            assertThat(amounts).isBetween(200, 400);
            assertThat(open).isPositive();
        }
    }

    /** Every row as formatted text, via POI's SAX sheet handler. */
    static List<List<String>> readRows(OPCPackage pkg, InputStream sheet)
            throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
        XSSFReader reader = new XSSFReader(pkg);
        List<List<String>> rows = new ArrayList<>();
        XSSFSheetXMLHandler.SheetContentsHandler collector = new XSSFSheetXMLHandler.SheetContentsHandler() {
            private List<String> row;

            @Override
            public void startRow(int rowNum) {
                row = new ArrayList<>();
            }

            @Override
            public void endRow(int rowNum) {
                rows.add(row);
            }

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
                int col = new org.apache.poi.ss.util.CellReference(ref).getCol();
                while (row.size() < col) {
                    row.add(null);
                }
                row.add(value);
            }
        };
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, collector,
                new DataFormatter(), false));
        try (sheet) {
            parser.parse(new InputSource(sheet));
        }
        return rows;
    }

}
