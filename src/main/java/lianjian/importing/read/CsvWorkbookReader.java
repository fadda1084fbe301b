package lianjian.importing.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file — what 审判管理系统 and 检察业务应用系统 export — as a workbook of one sheet named
 * after the file (as Excel names it when it opens one), so recognition by sheet name or header,
 * validation, the error workbook and the receipt are the same as for a spreadsheet. Every cell is
 * text; the column's type converts it later, as for text cells of a workbook.
 *
 * <p>The encoding is detected, never asked: a byte-order mark (UTF-8, UTF-16) decides; else the
 * file is UTF-8 when every byte of it decodes strictly as UTF-8, and GB18030 (the superset of GBK
 * and GB2312, which Excel and WPS write on Chinese Windows for "CSV") otherwise. Chinese text in GBK
 * is practically never valid UTF-8, so the strict check tells them apart. The separator is a comma,
 * or a tab or semicolon when the first line has more of those than commas.
 */
public final class CsvWorkbookReader implements WorkbookReader {

    /** An encoding found, and how many bytes of byte-order mark precede the text. */
    public record Detected(Charset charset, int bomBytes) {}

    @Override
    public void read(Path file, SheetVisitor visitor) {
        Detected enc = detect(file);
        String sheet = sheetName(file);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.skipNBytes(enc.bomBytes());
            Reader text = new InputStreamReader(raw, enc.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            java.io.BufferedReader in = new java.io.BufferedReader(text, 1 << 16);
            in.mark(1 << 16);
            char delimiter = delimiter(firstLine(in));
            in.reset();
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .setAllowMissingColumnNames(true).get();
            if (!visitor.startSheet(0, sheet, false, -1)) return;
            try (CSVParser parser = CSVParser.parse(in, format)) {
                int rowNumber = 0;
                for (CSVRecord record : parser) {
                    rowNumber++;
                    RawCell[] cells = cells(record);
                    if (cells == null) continue; // a blank line: no row, as in a sheet
                    if (!visitor.row(rowNumber, cells)) break;
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new UnreadableWorkbookException(malformed(e), e);
            }
            visitor.endSheet();
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (e.getCause() instanceof UnreadableWorkbookException u) throw u;
            throw new UnreadableWorkbookException(malformed(e), e);
        }
    }

    private static String malformed(Exception e) {
        return "CSV 文件格式有误，无法读取（常见原因：某个带引号的内容缺少结尾的引号）。请用 Excel 或 WPS 打开检查，另存为 .xlsx 或 CSV 后重新放入";
    }

    /** The file name without its extension: 法院案件.csv is the sheet 法院案件. */
    static String sheetName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Cells of a record, or null when every field is blank. */
    private static RawCell[] cells(CSVRecord record) {
        int n = record.size();
        RawCell[] cells = new RawCell[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            String v = unwrap(record.get(i));
            if (v.isEmpty()) continue;
            cells[i] = RawCell.text(v);
            if (!cells[i].isBlank()) any = true;
        }
        return any ? cells : null;
    }

    /**
     * A value as a person meant it: business systems write ="0123" (Excel's way to keep a number as
     * text, leading zeros and all) and a leading tab for the same purpose.
     */
    static String unwrap(String v) {
        if (v.length() >= 3 && v.startsWith("=\"") && v.endsWith("\"")) return v.substring(2, v.length() - 1).replace("\"\"", "\"");
        if (!v.isEmpty() && v.charAt(0) == '\t') return v.substring(1);
        return v;
    }

    private static String firstLine(java.io.BufferedReader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n' && sb.length() < 60_000; ) sb.append((char) c);
        return sb.toString();
    }

    /** Comma, unless the header line has more tabs or semicolons (outside quotes, roughly). */
    static char delimiter(String line) {
        int commas = 0, tabs = 0, semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == '\t') tabs++;
            else if (!quoted && c == ';') semicolons++;
        }
        if (tabs > commas && tabs >= semicolons) return '\t';
        if (semicolons > commas) return ';';
        return ',';
    }

    /** The file's encoding (see the class comment). */
    public static Detected detect(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] head = in.readNBytes(3);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new Detected(StandardCharsets.UTF_8, 3);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) return new Detected(StandardCharsets.UTF_16LE, 2);
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) return new Detected(StandardCharsets.UTF_16BE, 2);
            return new Detected(strictUtf8(head, in) ? StandardCharsets.UTF_8 : Charset.forName("GB18030"), 0);
        } catch (IOException e) {
            throw new UnreadableWorkbookException("无法读取文件：" + lianjian.console.Failures.describe(e, file.getParent()), e);
        }
    }

    /** Every byte (the head already read, then the rest of the stream) decodes as UTF-8 without error. */
    private static boolean strictUtf8(byte[] head, InputStream rest) throws IOException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        in.put(head);
        byte[] buf = new byte[1 << 15];
        boolean eof = false;
        while (true) {
            if (!eof) {
                int n = rest.read(buf, 0, Math.min(buf.length, in.remaining()));
                if (n < 0) eof = true;
                else in.put(buf, 0, n);
            }
            in.flip();
            CoderResult r = d.decode(in, out, eof);
            if (r.isError()) return false;
            out.clear();
            in.compact();
            if (eof && in.position() == 0) break;
            if (eof) { // bytes left over at the end: an incomplete character
                in.flip();
                if (d.decode(in, out, true).isError() || in.hasRemaining()) return false;
                break;
            }
        }
        return !d.flush(out).isError();
    }

    /** For tests and tools: the sheet's rows as text (blank lines left out). */
    public static List<String[]> rows(Path file) {
        List<String[]> rows = new ArrayList<>();
        new CsvWorkbookReader().read(file, new SheetVisitor() {
            @Override public boolean startSheet(int index, String name, boolean hidden, long approxRows) { return true; }
            @Override public boolean row(int rowNumber, RawCell[] cells) {
                String[] r = new String[cells.length];
                for (int i = 0; i < cells.length; i++) r[i] = cells[i] == null ? "" : cells[i].text();
                rows.add(r);
                return true;
            }
            @Override public void endSheet() {}
        });
        return rows;
    }
}
