package lianjian.importing.read;

/**
 * Receives a workbook sheet by sheet, row by row, in file order. Readers push; they never hold a
 * whole sheet, so memory does not grow with rows.
 */
public interface SheetVisitor {

    /**
     * A sheet starts.
     *
     * @param approxRows the row count the file announces (xlsx dimension), or -1
     * @return false to skip the sheet's rows
     */
    boolean startSheet(int index, String name, boolean hidden, long approxRows);

    /**
     * One row that has at least one cell.
     *
     * @param rowNumber 1-based, as Excel shows it
     * @param cells     indexed by column (0 = A); null where the file has no cell
     * @return false to stop reading this sheet
     */
    boolean row(int rowNumber, RawCell[] cells);

    void endSheet();
}
