package lianjian.importing.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Picks the reader by the file's first bytes, not its name: units rename .xls to .xlsx and back,
 * and an encrypted .xlsx is really an OLE2 container.
 */
public final class WorkbookFormat {

    private WorkbookFormat() {}

    /** Strings a preview parses: far more than any title and header rows need. */
    static final int PREVIEW_STRINGS = 20_000;

    /** A reader for looking at sheet names and top rows only (see {@link XlsxWorkbookReader#XlsxWorkbookReader(int)}). */
    public static WorkbookReader previewReaderFor(Path file) {
        WorkbookReader r = readerFor(file);
        return r instanceof XlsxWorkbookReader ? new XlsxWorkbookReader(PREVIEW_STRINGS, XlsxWorkbookReader.DEFAULT_MAX_UNPACKED_BYTES) : r;
    }

    public static WorkbookReader readerFor(Path file) {
        return readerFor(file, XlsxWorkbookReader.DEFAULT_MAX_UNPACKED_BYTES);
    }

    /** The reader for the file's format; an .xlsx may unpack to at most {@code maxUnpackedBytes}. */
    public static WorkbookReader readerFor(Path file, long maxUnpackedBytes) {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (Files.size(file) == 0) throw new UnreadableWorkbookException("文件是空的（0 字节）");
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UnreadableWorkbookException("无法读取文件：" + e.getMessage(), e);
        }
        return switch (magic) {
            case OOXML -> new XlsxWorkbookReader(Integer.MAX_VALUE, maxUnpackedBytes);
            case OLE2 -> new XlsWorkbookReader();
            case BIFF2, BIFF3, BIFF4 -> throw new UnreadableWorkbookException(
                    "文件是 Excel 5.0 之前的旧格式，请在 Excel 中另存为 .xlsx 后重新放入");
            default -> throw new UnreadableWorkbookException(
                    "文件不是 Excel 工作簿（.xlsx 或 .xls），内容格式无法识别");
        };
    }
}
