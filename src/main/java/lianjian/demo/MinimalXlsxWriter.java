package lianjian.demo;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small streaming .xlsx writer. Rows go straight into the zip; nothing but the shared-strings
 * table is kept in memory (a String → index map, as Excel and WPS build it). POI's SXSSF with a
 * shared-strings table (and plain XSSF) cannot write a million distinct 案号 in a sane heap, and
 * even for 12,000 rows POI's shared-strings table is several times slower than this.
 *
 * <p>Two string modes: {@link StringMode#SHARED_STRINGS} (what Excel and WPS write) and
 * {@link StringMode#INLINE_STRINGS} ({@code t="inlineStr"}, what many non-Excel tools write; the
 * file then has no sharedStrings part at all).
 *
 * <p>Cell values: String; Integer/Long/Short (general number); Double/Float; BigDecimal (money,
 * shown #,##0.00); LocalDate (a real date in the sheet's date format, default yyyy-mm-dd);
 * Boolean; null (no cell). Sheets are written one after another: {@link #startSheet} closes the
 * previous one. Title rows (merged, bold), header rows (bold, shaded), blank rows, frozen header
 * rows and hidden sheets are supported because units' spreadsheets have them.
 *
 * <p>Output is deterministic: fixed zip entry times, document dates only as given.
 */
public final class MinimalXlsxWriter implements Closeable {

    public enum StringMode { SHARED_STRINGS, INLINE_STRINGS }

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDateTime DEFAULT_ENTRY_TIME = LocalDateTime.of(2026, 1, 6, 9, 0);

    // fixed cell formats (xf indexes); date formats are added after these, one per format code
    private static final int XF_GENERAL = 0;
    private static final int XF_HEADER = 1;
    private static final int XF_TITLE = 2;
    private static final int XF_SUBTITLE = 3;
    private static final int XF_MONEY = 4;
    private static final int FIXED_XFS = 5;

    private record SheetInfo(String name, boolean hidden) {
    }

    private final StringMode mode;
    private final ZipOutputStream zip;
    private final Writer out;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private final Map<String, Integer> sharedIndex = new HashMap<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private final List<String> dateFormats = new ArrayList<>();
    private final List<String> merges = new ArrayList<>();
    private final StringBuilder rowBuffer = new StringBuilder(4096);
    private char[] charBuffer = new char[4096];
    private String[] columnLetters = new String[0];
    private long sharedReferences;
    private boolean sheetOpen;
    private int rowNumber;
    private int dateXf;
    private String creator;
    private OffsetDateTime savedAt;
    private LocalDateTime entryTime = DEFAULT_ENTRY_TIME;
    private boolean closed;

    public MinimalXlsxWriter(Path file, StringMode mode) throws IOException {
        this.mode = mode;
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        this.zip = new ZipOutputStream(os, StandardCharsets.UTF_8);
        // Fast deflate: sheet XML is very repetitive; level 1 already shrinks it several-fold and
        // is several times faster than the default level.
        this.zip.setLevel(Deflater.BEST_SPEED);
        this.out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    }

    /**
     * Records who saved the workbook and when (docProps/core.xml); the local time is also used as
     * the zip entry time. Without this call the file has no document properties, like many
     * generated files.
     */
    public void setDocumentProperties(String author, OffsetDateTime saved) {
        this.creator = author;
        this.savedAt = saved;
        this.entryTime = saved.toLocalDateTime();
    }

    /** Starts a visible sheet with no frozen rows; column widths in characters are optional. */
    public void startSheet(String name, int... columnWidths) throws IOException {
        startSheet(name, false, 0, columnWidths);
    }

    /**
     * Starts a new sheet (closing the previous one).
     *
     * @param frozenRows rows kept in view when scrolling (the title and header rows), 0 for none
     */
    public void startSheet(String name, boolean hidden, int frozenRows, int... columnWidths) throws IOException {
        if (name.isEmpty() || name.length() > 31 || name.matches(".*[\\\\/?*\\[\\]:].*")) {
            throw new IllegalArgumentException("not a valid sheet name: " + name);
        }
        for (SheetInfo s : sheets) {
            if (s.name().equalsIgnoreCase(name)) {
                throw new IllegalArgumentException("duplicate sheet name: " + name);
            }
        }
        finishSheet();
        sheets.add(new SheetInfo(name, hidden));
        rowNumber = 0;
        merges.clear();
        dateXf = dateXf("yyyy-mm-dd");
        beginEntry("xl/worksheets/sheet" + sheets.size() + ".xml");
        out.write(XML_DECL);
        out.write("<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">");
        out.write("<sheetViews><sheetView");
        if (sheets.size() == 1) {
            out.write(" tabSelected=\"1\"");
        }
        out.write(" workbookViewId=\"0\">");
        if (frozenRows > 0) {
            out.write("<pane ySplit=\"" + frozenRows + "\" topLeftCell=\"A" + (frozenRows + 1)
                    + "\" activePane=\"bottomLeft\" state=\"frozen\"/>");
        }
        out.write("</sheetView></sheetViews>");
        out.write("<sheetFormatPr defaultRowHeight=\"15\"/>");
        if (columnWidths.length > 0) {
            out.write("<cols>");
            for (int i = 0; i < columnWidths.length; i++) {
                out.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + columnWidths[i]
                        + "\" customWidth=\"1\"/>");
            }
            out.write("</cols>");
        }
        out.write("<sheetData>");
        sheetOpen = true;
    }

    /** Date format (Excel format code) for the LocalDate cells that follow in this sheet. */
    public void setDateFormat(String formatCode) {
        dateXf = dateXf(formatCode);
    }

    /** A title row: bold, centred and merged across {@code width} columns (right-aligned if not first). */
    public void writeTitle(String text, int width) throws IOException {
        int xf = rowNumber == 0 ? XF_TITLE : XF_SUBTITLE;
        writeRow(List.of(text), xf);
        if (width > 1) {
            merges.add(columnLetter(0) + rowNumber + ":" + columnLetter(width - 1) + rowNumber);
        }
    }

    /** Leaves {@code n} empty rows. */
    public void skipRows(int n) {
        rowNumber += n;
    }

    /** A header row: bold and shaded. */
    public void writeHeader(List<String> headers) throws IOException {
        writeRow(headers, XF_HEADER);
    }

    public void writeRow(Object... cells) throws IOException {
        writeRow(Arrays.asList(cells), XF_GENERAL);
    }

    public void writeRow(List<?> cells) throws IOException {
        writeRow(cells, XF_GENERAL);
    }

    /** Rows of the current sheet so far, blank ones included. */
    public int rowsInSheet() {
        return rowNumber;
    }

    private void writeRow(List<?> cells, int rowXf) throws IOException {
        if (!sheetOpen) {
            throw new IllegalStateException("call startSheet first");
        }
        if (rowNumber >= 1_048_576) {
            throw new IllegalStateException("a sheet holds at most 1,048,576 rows");
        }
        rowNumber++;
        if (columnLetters.length < cells.size()) {
            growColumnLetters(cells.size());
        }
        StringBuilder b = rowBuffer;
        b.setLength(0);
        b.append("<row r=\"").append(rowNumber).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v == null) {
                continue;
            }
            b.append("<c r=\"").append(columnLetters[c]).append(rowNumber).append('"');
            if (v instanceof String s) {
                appendStyle(b, rowXf);
                if (mode == StringMode.SHARED_STRINGS) {
                    b.append(" t=\"s\"><v>").append(sharedIndex(s)).append("</v></c>");
                } else {
                    b.append(" t=\"inlineStr\"><is>");
                    appendText(b, s);
                    b.append("</is></c>");
                }
            } else if (v instanceof LocalDate d) {
                appendStyle(b, rowXf == XF_GENERAL ? dateXf : rowXf);
                b.append("><v>").append(ChronoUnit.DAYS.between(EXCEL_EPOCH, d)).append("</v></c>");
            } else if (v instanceof BigDecimal m) {
                appendStyle(b, rowXf == XF_GENERAL ? XF_MONEY : rowXf);
                b.append("><v>").append(m.toPlainString()).append("</v></c>");
            } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
                appendStyle(b, rowXf);
                b.append("><v>").append(((Number) v).longValue()).append("</v></c>");
            } else if (v instanceof Double || v instanceof Float) {
                double x = ((Number) v).doubleValue();
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    throw new IllegalArgumentException("not a finite number: " + x);
                }
                appendStyle(b, rowXf);
                b.append("><v>").append(BigDecimal.valueOf(x).stripTrailingZeros().toPlainString()).append("</v></c>");
            } else if (v instanceof Boolean bool) {
                appendStyle(b, rowXf);
                b.append(" t=\"b\"><v>").append(bool ? 1 : 0).append("</v></c>");
            } else {
                throw new IllegalArgumentException("unsupported cell value " + v.getClass().getName());
            }
        }
        b.append("</row>");
        flushBuffer(b);
    }

    private static void appendStyle(StringBuilder b, int xf) {
        if (xf != XF_GENERAL) {
            b.append(" s=\"").append(xf).append('"');
        }
    }

    /** Copies the row buffer to the writer without creating a String per row. */
    private void flushBuffer(StringBuilder b) throws IOException {
        int len = b.length();
        if (charBuffer.length < len) {
            charBuffer = new char[Math.max(len, charBuffer.length * 2)];
        }
        b.getChars(0, len, charBuffer, 0);
        out.write(charBuffer, 0, len);
    }

    private int sharedIndex(String s) {
        sharedReferences++;
        Integer i = sharedIndex.get(s);
        if (i == null) {
            i = sharedStrings.size();
            sharedIndex.put(s, i);
            sharedStrings.add(s);
        }
        return i;
    }

    private int dateXf(String formatCode) {
        int i = dateFormats.indexOf(formatCode);
        if (i < 0) {
            dateFormats.add(formatCode);
            i = dateFormats.size() - 1;
        }
        return FIXED_XFS + i;
    }

    /** {@code <t>} with XML escaping; invalid XML characters use the OOXML _xHHHH_ escape. */
    private static void appendText(StringBuilder b, String s) {
        boolean preserve = !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                || Character.isWhitespace(s.charAt(s.length() - 1)));
        b.append(preserve ? "<t xml:space=\"preserve\">" : "<t>");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\t', '\n', '\r' -> b.append(ch);
                case '_' -> b.append(isEscapeLike(s, i) ? "_x005F_" : "_");
                default -> {
                    if (ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF) {
                        b.append(String.format(Locale.ROOT, "_x%04X_", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        b.append("</t>");
    }

    /** A literal "_x0041_" in the text must not be read back as an escape. */
    private static boolean isEscapeLike(String s, int i) {
        if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private String columnLetter(int index) {
        if (columnLetters.length <= index) {
            growColumnLetters(index + 1);
        }
        return columnLetters[index];
    }

    private void growColumnLetters(int n) {
        String[] letters = new String[Math.max(n, columnLetters.length * 2)];
        for (int i = 0; i < letters.length; i++) {
            int x = i + 1;
            StringBuilder sb = new StringBuilder();
            while (x > 0) {
                int rem = (x - 1) % 26;
                sb.insert(0, (char) ('A' + rem));
                x = (x - 1) / 26;
            }
            letters[i] = sb.toString();
        }
        columnLetters = letters;
    }

    private void finishSheet() throws IOException {
        if (!sheetOpen) {
            return;
        }
        out.write("</sheetData>");
        if (!merges.isEmpty()) {
            out.write("<mergeCells count=\"" + merges.size() + "\">");
            for (String ref : merges) {
                out.write("<mergeCell ref=\"" + ref + "\"/>");
            }
            out.write("</mergeCells>");
        }
        out.write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        out.write("</worksheet>");
        endEntry();
        sheetOpen = false;
    }

    private void beginEntry(String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(entryTime);
        zip.putNextEntry(e);
    }

    private void endEntry() throws IOException {
        out.flush();
        zip.closeEntry();
    }

    private void entry(String name, String content) throws IOException {
        beginEntry(name);
        out.write(content);
        endEntry();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (sheets.isEmpty()) {
                startSheet("Sheet1");
            }
            finishSheet();
            boolean shared = mode == StringMode.SHARED_STRINGS;
            if (shared) {
                writeSharedStrings();
            }
            entry("xl/styles.xml", styles());
            entry("xl/workbook.xml", workbook());
            entry("xl/_rels/workbook.xml.rels", workbookRels(shared));
            boolean props = savedAt != null;
            if (props) {
                entry("docProps/core.xml", coreProperties());
                entry("docProps/app.xml", XML_DECL + "<Properties xmlns=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/extended-properties\"><Application>Microsoft Excel</Application>"
                        + "</Properties>");
            }
            entry("_rels/.rels", packageRels(props));
            entry("[Content_Types].xml", contentTypes(shared, props));
        } finally {
            out.close();
        }
    }

    private void writeSharedStrings() throws IOException {
        beginEntry("xl/sharedStrings.xml");
        out.write(XML_DECL);
        out.write("<sst xmlns=\"" + MAIN_NS + "\" count=\"" + sharedReferences + "\" uniqueCount=\""
                + sharedStrings.size() + "\">");
        StringBuilder b = new StringBuilder(256);
        for (String s : sharedStrings) {
            b.setLength(0);
            b.append("<si>");
            appendText(b, s);
            b.append("</si>");
            flushBuffer(b);
        }
        out.write("</sst>");
        endEntry();
    }

    private String styles() {
        StringBuilder b = new StringBuilder(XML_DECL);
        b.append("<styleSheet xmlns=\"").append(MAIN_NS).append("\">");
        b.append("<numFmts count=\"").append(dateFormats.size()).append("\">");
        for (int i = 0; i < dateFormats.size(); i++) {
            b.append("<numFmt numFmtId=\"").append(164 + i).append("\" formatCode=\"")
                    .append(escapeXml(dateFormats.get(i))).append("\"/>");
        }
        b.append("</numFmts>");
        String font = "<sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/>";
        b.append("<fonts count=\"3\"><font>").append(font).append("</font>");
        b.append("<font><b/>").append(font).append("</font>");
        b.append("<font><b/><sz val=\"14\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font></fonts>");
        b.append("<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>");
        b.append("<fill><patternFill patternType=\"gray125\"/></fill>");
        b.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/>"
                + "</patternFill></fill></fills>");
        b.append("<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>");
        b.append("<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/>"
                + "<bottom style=\"thin\"/><diagonal/></border></borders>");
        b.append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
        b.append("<cellXfs count=\"").append(FIXED_XFS + dateFormats.size()).append("\">");
        b.append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
        b.append("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" "
                + "applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>");
        b.append("<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
                + "applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>");
        b.append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
                + "applyAlignment=\"1\"><alignment horizontal=\"right\"/></xf>");
        b.append("<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
        for (int i = 0; i < dateFormats.size(); i++) {
            b.append("<xf numFmtId=\"").append(164 + i)
                    .append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
        }
        b.append("</cellXfs>");
        b.append("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
        b.append("</styleSheet>");
        return b.toString();
    }

    private String workbook() {
        StringBuilder b = new StringBuilder(XML_DECL);
        b.append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">");
        int active = 0;
        while (active < sheets.size() - 1 && sheets.get(active).hidden()) {
            active++;
        }
        b.append("<bookViews><workbookView activeTab=\"").append(active).append("\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            b.append("<sheet name=\"").append(escapeXml(sheets.get(i).name())).append("\" sheetId=\"")
                    .append(i + 1).append('"');
            if (sheets.get(i).hidden()) {
                b.append(" state=\"hidden\"");
            }
            b.append(" r:id=\"rId").append(i + 1).append("\"/>");
        }
        b.append("</sheets></workbook>");
        return b.toString();
    }

    private String workbookRels(boolean shared) {
        StringBuilder b = new StringBuilder(XML_DECL);
        b.append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">");
        int n = sheets.size();
        for (int i = 0; i < n; i++) {
            b.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
        }
        b.append("<Relationship Id=\"rId").append(n + 1).append("\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/>");
        if (shared) {
            b.append("<Relationship Id=\"rId").append(n + 2).append("\" Type=\"").append(REL_NS)
                    .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        b.append("</Relationships>");
        return b.toString();
    }

    private String packageRels(boolean props) {
        StringBuilder b = new StringBuilder(XML_DECL);
        b.append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">");
        b.append("<Relationship Id=\"rId1\" Type=\"").append(REL_NS)
                .append("/officeDocument\" Target=\"xl/workbook.xml\"/>");
        if (props) {
            b.append("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                    + "metadata/core-properties\" Target=\"docProps/core.xml\"/>");
            b.append("<Relationship Id=\"rId3\" Type=\"").append(REL_NS)
                    .append("/extended-properties\" Target=\"docProps/app.xml\"/>");
        }
        b.append("</Relationships>");
        return b.toString();
    }

    private String coreProperties() {
        String when = savedAt.withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")) + "Z";
        String who = escapeXml(creator == null ? "" : creator);
        return XML_DECL + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:creator>" + who + "</dc:creator><cp:lastModifiedBy>" + who + "</cp:lastModifiedBy>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified>"
                + "</cp:coreProperties>";
    }

    private String contentTypes(boolean shared, boolean props) {
        String sml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        StringBuilder b = new StringBuilder(XML_DECL);
        b.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        b.append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
        b.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        b.append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"").append(sml).append("sheet.main+xml\"/>");
        for (int i = 0; i < sheets.size(); i++) {
            b.append("<Override PartName=\"/xl/worksheets/sheet").append(i + 1).append(".xml\" ContentType=\"")
                    .append(sml).append("worksheet+xml\"/>");
        }
        b.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"").append(sml).append("styles+xml\"/>");
        if (shared) {
            b.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"").append(sml)
                    .append("sharedStrings+xml\"/>");
        }
        if (props) {
            b.append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.core-properties+xml\"/>");
            b.append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.extended-properties+xml\"/>");
        }
        b.append("</Types>");
        return b.toString();
    }
}
