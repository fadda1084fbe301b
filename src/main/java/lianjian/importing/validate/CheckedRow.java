package lianjian.importing.validate;

import java.util.List;

import lianjian.importing.kind.SheetKind;
import lianjian.importing.read.RawCell;

/**
 * A data row after validation: the typed values (indexed like {@link SheetKind#columns()}), its key,
 * the original cells (for the error workbook), where each kind column sits in the file
 * ({@code fileColumnOf}, -1 when absent) and what was found wrong or doubtful (mutable: the writer
 * adds what it finds).
 */
public record CheckedRow(SheetKind kind, String sheet, int rowNumber, String rowKey, Object[] values,
                         RawCell[] cells, int[] fileColumnOf, List<Flag> flags) {

    /** A message and the file column it is about (-1 for the whole row or a column not in the file). */
    public record Flag(ImportMessage message, int fileColumn) {}

    public boolean hasError() {
        for (Flag f : flags) if (f.message().level() == Level.ERROR) return true;
        return false;
    }

    public boolean hasWarning() {
        for (Flag f : flags) if (f.message().level() == Level.WARNING) return true;
        return false;
    }

    public Object value(String field) {
        return values[kind.requireColumn(field).index()];
    }
}
