package lianjian.importing.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * Streams an .xlsx: POI opens the package (by File, which the 1M-row case needs, with its zip-bomb
 * guard), and Aalto StAX parses workbook, shared strings and sheet XML directly, which is several
 * times faster than POI's own SAX handlers (STACK.md). Every cell keeps its raw value; conversion
 * by column type happens later, once the column is known.
 */
public final class XlsxWorkbookReader implements WorkbookReader {

    /** Unpacked bytes a workbook may have when the caller sets no limit (lianjian.import.max-unpacked-mb's default). */
    public static final long DEFAULT_MAX_UNPACKED_BYTES = 2048L * 1024 * 1024;

    private final int sharedStringLimit;
    private final long maxUnpackedBytes;

    /** Reads everything. */
    public XlsxWorkbookReader() { this(Integer.MAX_VALUE, DEFAULT_MAX_UNPACKED_BYTES); }

    /**
     * @param sharedStringLimit for previews (which kinds a workbook holds): only the first so many
     *                          shared strings are parsed, which hold the titles and headers (Excel
     *                          writes strings in order of first use); later strings read as blank.
     *                          Spares parsing a million case numbers to look at a header.
     * @param maxUnpackedBytes  the most the parts read may unpack to, in total (see {@link UnpackedLimit})
     */
    public XlsxWorkbookReader(int sharedStringLimit, long maxUnpackedBytes) {
        this.sharedStringLimit = sharedStringLimit;
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    @Override
    public void read(Path file, SheetVisitor visitor) {
        UnpackedLimit limit = new UnpackedLimit(maxUnpackedBytes);
        // POI's own per-part limit (a static setting) for the parts POI parses itself; one import
        // runs at a time, and each read sets the number it was configured with.
        if (ZipSecureFile.getMaxEntrySize() != maxUnpackedBytes) ZipSecureFile.setMaxEntrySize(maxUnpackedBytes);
        OoxmlPreflight.check(file); // macros, .xlsb, Word files and DTDs get their own sentence
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookInfo wb = parseWorkbook(reader, limit);
            boolean[] dateStyles = dateStyles(reader);
            SharedStrings sst = null; // parsed only when a sheet is actually read
            try {
                int index = 0;
                for (SheetEntry sheet : wb.sheets) {
                    int current = index++;
                    long approxRows = -1;
                    try (InputStream in = limit.guard(reader.getSheet(sheet.relId))) {
                        SheetParser parser = new SheetParser(in, dateStyles, wb.date1904);
                        approxRows = parser.readDimensionRows();
                        if (!visitor.startSheet(current, sheet.name, sheet.hidden, approxRows)) {
                            parser.close();
                            continue;
                        }
                        if (sst == null) sst = sharedStrings(pkg, sharedStringLimit, limit);
                        parser.rows(sst, visitor);
                        parser.close();
                    }
                    visitor.endSheet();
                }
                if (sst != null) sst.awaitComplete(); // a broken table is the file's error even where no row needed its end
            } finally {
                if (sst != null) sst.close(); // before the package closes under its thread
            }
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableWorkbookException(Refusals.DTD.equals(describe(e, limit)) ? Refusals.DTD : Refusals.corrupt(".xlsx"), e);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | IOException | XMLStreamException
                 | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableWorkbookException(describe(e, limit), e);
        }
    }

    private static String describe(Throwable e, UnpackedLimit limit) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // Our own limit, reached inside the XML parser (which wraps what the stream throws).
            if (t instanceof UnreadableWorkbookException u) return u.getMessage();
            String m = String.valueOf(t.getMessage());
            if (m.contains("exceed the max size of the expanded data")) return limit.message(); // POI, same limit
            if (m.contains("Zip bomb") || m.contains("zip bomb")) return Refusals.RATIO_BOMB;
            if (m.contains("max entry size") || m.contains("MAX_ENTRY_SIZE") || m.contains("file count")) {
                return limit.message();
            }
            if (t.getCause() == t) break;
        }
        if (Refusals.mentionsDtd(e)) return Refusals.DTD; // a parser refused a DOCTYPE the preflight did not see
        if (e instanceof org.apache.poi.EmptyFileException) return Refusals.EMPTY;
        return Refusals.corrupt(".xlsx");
    }

    private record SheetEntry(String name, String relId, boolean hidden) {}

    private record WorkbookInfo(List<SheetEntry> sheets, boolean date1904) {}

    private static WorkbookInfo parseWorkbook(XSSFReader reader, UnpackedLimit limit) throws IOException,
            OpenXML4JException, XMLStreamException {
        List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904 = false;
        try (InputStream in = limit.guard(reader.getWorkbookData())) {
            XMLStreamReader x = Stax.reader(in);
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) continue;
                String name = x.getLocalName();
                if ("workbookPr".equals(name)) {
                    String v = attr(x, "date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if ("sheet".equals(name)) {
                    String state = attr(x, "state");
                    String relId = null;
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        if ("id".equals(x.getAttributeLocalName(i))) relId = x.getAttributeValue(i);
                    }
                    sheets.add(new SheetEntry(attr(x, "name"), relId,
                            "hidden".equals(state) || "veryHidden".equals(state)));
                }
            }
            x.close();
        }
        return new WorkbookInfo(sheets, date1904);
    }

    private static String attr(XMLStreamReader x, String local) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (local.equals(x.getAttributeLocalName(i))) return x.getAttributeValue(i);
        }
        return null;
    }

    /** Which cell style indexes carry a date number format. */
    private static boolean[] dateStyles(XSSFReader reader) {
        StylesTable styles;
        try {
            styles = reader.getStylesTable();
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            return new boolean[0]; // no styles part: no cell is date-formatted
        }
        if (styles == null) return new boolean[0];
        int n = styles.getNumCellStyles();
        boolean[] result = new boolean[n];
        for (int i = 0; i < n; i++) {
            XSSFCellStyle st = styles.getStyleAt(i);
            if (st == null) continue;
            String fmt = st.getDataFormatString();
            result[i] = fmt != null && DateUtil.isADateFormat(st.getDataFormat(), fmt);
        }
        return result;
    }

    private static SharedStrings sharedStrings(OPCPackage pkg, int stringLimit, UnpackedLimit limit) throws IOException,
            XMLStreamException, OpenXML4JException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) return SharedStrings.empty();
        InputStream in = limit.guard(parts.get(0).getInputStream());
        if (stringLimit == Integer.MAX_VALUE) {
            // The whole table: on a thread of its own, beside the sheet's rows (see SharedStrings).
            return SharedStrings.inBackground(in, Thread.currentThread().getName() + "-sst",
                    e -> e instanceof UnreadableWorkbookException u ? u : new UnreadableWorkbookException(describe(e, limit), e));
        }
        try (in) {
            return SharedStrings.parse(in, stringLimit);
        }
    }

    /** The cell types of the {@code t} attribute the reader tells apart (absent means a number). */
    private static final class CellType {
        static final int NUMBER = 0, SHARED = 1, INLINE = 2, BOOLEAN = 3, ERROR = 4, DATE = 5, OTHER = 6;

        private CellType() {}
    }

    /**
     * Decodes one attribute of {@code <c>} from the parser's character buffer into an int (Stax2's
     * typed access), so no String is made for it.
     */
    private abstract static class CellAttribute extends TypedValueDecoder {
        int value;

        abstract int read(char[] buf, int start, int end);

        @Override
        public void decode(String text) { value = read(text.toCharArray(), 0, text.length()); }

        @Override
        public void decode(char[] buf, int start, int end) { value = read(buf, start, end); }

        @Override
        public void handleEmptyValue() { value = read(new char[0], 0, 0); }
    }

    /** {@code r="AB12"} → 26 + 1, as {@link CellRef#column}. */
    private static final class ColumnOf extends CellAttribute {
        @Override
        int read(char[] buf, int start, int end) {
            return CellRef.column(buf, start, end);
        }
    }

    /** {@code t="s"} and the others. */
    private static final class TypeOf extends CellAttribute {
        @Override
        int read(char[] buf, int start, int end) {
            int len = end - start;
            if (len == 1) {
                return switch (buf[start]) {
                    case 's' -> CellType.SHARED;
                    case 'n' -> CellType.NUMBER;
                    case 'b' -> CellType.BOOLEAN;
                    case 'e' -> CellType.ERROR;
                    case 'd' -> CellType.DATE;
                    default -> CellType.OTHER;
                };
            }
            return Arrays.equals(buf, start, end, INLINE, 0, INLINE.length) ? CellType.INLINE : CellType.OTHER;
        }

        private static final char[] INLINE = "inlineStr".toCharArray();
    }

    /** {@code s="12"}: the style index, -1 when it is not a number. */
    private static final class StyleOf extends CellAttribute {
        @Override
        int read(char[] buf, int start, int end) {
            if (start == end || end - start > 9) return -1;
            int v = 0;
            for (int i = start; i < end; i++) {
                char c = buf[i];
                if (c < '0' || c > '9') return -1;
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }

    /** Parses one sheet part. */
    private static final class SheetParser {
        private final ColumnOf columnOf = new ColumnOf();
        private final TypeOf typeOf = new TypeOf();
        private final StyleOf styleOf = new StyleOf();
        private final XMLStreamReader2 x;
        private final boolean[] dateStyles;
        private final boolean date1904;
        private boolean atSheetData;

        SheetParser(InputStream in, boolean[] dateStyles, boolean date1904) throws XMLStreamException {
            this.x = (XMLStreamReader2) Stax.reader(in);
            this.dateStyles = dateStyles;
            this.date1904 = date1904;
        }

        /** Reads up to sheetData; returns the row count the dimension element announces, or -1. */
        long readDimensionRows() throws XMLStreamException {
            long rows = -1;
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) continue;
                String name = x.getLocalName();
                if ("dimension".equals(name)) {
                    String ref = attr(x, "ref");
                    if (ref != null && ref.contains(":")) {
                        rows = CellRef.row(ref.substring(ref.indexOf(':') + 1));
                    }
                } else if ("sheetData".equals(name)) {
                    atSheetData = true;
                    return rows;
                }
            }
            return rows;
        }

        void rows(SharedStrings sst, SheetVisitor visitor) throws XMLStreamException {
            if (!atSheetData) return;
            RawCell[] cells = new RawCell[32];
            int width = 0;
            int rowNumber = 0;
            int nextColumn = 0;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    if ("row".equals(name)) {
                        String r = attr(x, "r");
                        rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                        // A fresh array per row, as wide as the last one: the visitor keeps it.
                        cells = new RawCell[Math.max(width, 8)];
                        width = 0;
                        nextColumn = 0;
                    } else if ("c".equals(name)) {
                        // Attributes decoded from the parser's own buffer, without a String each: three per
                        // cell were a large share of the reading thread's allocations (docs/BENCHMARKS.md).
                        int col = nextColumn, type = CellType.NUMBER, style = -1;
                        for (int i = 0, n = x.getAttributeCount(); i < n; i++) {
                            String a = x.getAttributeLocalName(i);
                            if ("r".equals(a)) col = attribute(i, columnOf);
                            else if ("t".equals(a)) type = attribute(i, typeOf);
                            else if ("s".equals(a)) style = attribute(i, styleOf);
                        }
                        nextColumn = col + 1;
                        RawCell cell = readCell(type, style, sst);
                        if (cell != null) {
                            if (col >= cells.length) cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
                            cells[col] = cell;
                            width = Math.max(width, col + 1);
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = x.getLocalName();
                    if ("row".equals(name)) {
                        if (width > 0 && !visitor.row(rowNumber, width == cells.length ? cells : Arrays.copyOf(cells, width))) return;
                    } else if ("sheetData".equals(name)) {
                        return;
                    }
                }
            }
        }

        private int attribute(int index, CellAttribute decoder) throws XMLStreamException {
            x.getAttributeAs(index, decoder);
            return decoder.value;
        }

        /** Reads the content of a {@code <c>} element (positioned on its start tag). */
        private RawCell readCell(int type, int style, SharedStrings sst) throws XMLStreamException {
            String value = null;
            StringBuilder inline = null;
            boolean formula = false;
            int depth = 1;
            while (depth > 0) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    if ("v".equals(name)) {
                        value = x.getElementText();
                    } else if ("f".equals(name)) {
                        formula = true;
                        x.getElementText();
                    } else if ("t".equals(name)) { // inline string text (also inside rich runs)
                        if (inline == null) inline = new StringBuilder();
                        inline.append(x.getElementText());
                    } else if ("rPh".equals(name)) {
                        skipElement();
                    } else {
                        depth++;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            if (type == CellType.INLINE) return inline == null ? null : RawCell.text(inline.toString());
            if (value == null) return formula ? RawCell.formulaWithoutValue() : null;
            if (type == CellType.NUMBER) {
                double d;
                try {
                    d = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    return RawCell.text(value);
                }
                boolean isDate = style >= 0 && style < dateStyles.length && dateStyles[style];
                if (isDate && date1904) {
                    // Normalise 1904-system serials to the 1900 system so every date reads the same way.
                    d += 1462;
                }
                return RawCell.number(d, value, isDate);
            }
            return switch (type) {
                case CellType.SHARED -> {
                    int index = parseIndex(value);
                    String s = sst.get(index);
                    if (s == null && index >= sst.size() && sst.truncated()) yield RawCell.text(""); // beyond a preview
                    yield s == null ? RawCell.error("#共享字符串缺失") : RawCell.text(s);
                }
                case CellType.BOOLEAN -> RawCell.bool("1".equals(value) || "true".equalsIgnoreCase(value));
                case CellType.ERROR -> RawCell.error(value);
                case CellType.DATE -> RawCell.text(value.length() >= 10 ? value.substring(0, 10) : value);
                default -> RawCell.text(value); // str, and types no program writes
            };
        }

        private static int parseIndex(String v) {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private void skipElement() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) depth++;
                else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
            }
        }

        void close() throws XMLStreamException { x.close(); }
    }
}
