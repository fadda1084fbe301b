package lianjian.importing.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Picks the reader by the file's first bytes, not its name: units rename .xls to .xlsx and back,
 * and an encrypted .xlsx is really an OLE2 container. Only text, which has no signature, goes by
 * its name: a {@code .csv} file (the export of the units' 业务系统) is read as a one-sheet workbook.
 */
public final class WorkbookFormat {

    private WorkbookFormat() {}

    /** Strings a preview parses: far more than any title and header rows need. */
    static final int PREVIEW_STRINGS = 20_000;

    /** A reader for looking at sheet names and top rows only (see {@link XlsxWorkbookReader#XlsxWorkbookReader(int, long)}). */
    public static WorkbookReader previewReaderFor(Path file) {
        WorkbookReader r = readerFor(file);
        return r instanceof XlsxWorkbookReader ? new XlsxWorkbookReader(PREVIEW_STRINGS, XlsxWorkbookReader.DEFAULT_MAX_UNPACKED_BYTES) : r;
    }

    public static WorkbookReader readerFor(Path file) {
        return readerFor(file, XlsxWorkbookReader.DEFAULT_MAX_UNPACKED_BYTES);
    }

    /** The file is named as a CSV file. */
    public static boolean isCsvName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** The reader for the file's format; an .xlsx may unpack to at most {@code maxUnpackedBytes}. */
    public static WorkbookReader readerFor(Path file, long maxUnpackedBytes) {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (Files.size(file) == 0) throw new UnreadableWorkbookException(Refusals.EMPTY);
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UnreadableWorkbookException("无法读取文件：" + lianjian.console.Failures.describe(e, file.getParent()), e);
        }
        return switch (magic) {
            case OOXML -> new XlsxWorkbookReader(Integer.MAX_VALUE, maxUnpackedBytes);
            case OLE2 -> new XlsWorkbookReader();
            case BIFF2, BIFF3, BIFF4 -> throw new UnreadableWorkbookException(Refusals.OLD_BIFF);
            default -> {
                if (isCsvName(file)) yield new CsvWorkbookReader();
                throw new UnreadableWorkbookException(Refusals.NOT_A_SPREADSHEET);
            }
        };
    }
}
