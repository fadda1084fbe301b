package lianjian.importing.read;

import java.nio.file.Path;

/** Reads one workbook format, pushing sheets and rows to a visitor. */
public interface WorkbookReader {

    /**
     * @throws UnreadableWorkbookException when the file cannot be read at all (corrupt, encrypted,
     *         not a spreadsheet, a zip bomb); the message is for the user, in Chinese
     */
    void read(Path file, SheetVisitor visitor);
}
