package lianjian.importing.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.MissingRecordAwareHSSFListener;
import org.apache.poi.hssf.eventusermodel.dummyrecord.LastCellOfRowDummyRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Streams an Excel 97–2003 .xls with POI's HSSF event API: one pass over the records, no cell
 * objects kept (STACK.md measured ~160,000 rows/s). Records arrive sheet by sheet and, within a
 * sheet, row by row; POI's missing-record listener marks the end of each row.
 */
public final class XlsWorkbookReader implements WorkbookReader {

    @Override
    public void read(Path file, SheetVisitor visitor) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new UnreadableWorkbookException(Refusals.ENCRYPTED);
            }
            if (!fs.getRoot().hasEntryCaseInsensitive("Workbook") && !fs.getRoot().hasEntryCaseInsensitive("Book")) {
                throw new UnreadableWorkbookException(Refusals.OTHER_OFFICE);
            }
            Biff8EncryptionKey.setCurrentUserPassword(null);
            Listener listener = new Listener(visitor);
            FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(new MissingRecordAwareHSSFListener(listener));
            listener.formats = formats;
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(formats);
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException(Refusals.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException(Refusals.corrupt(".xls"), e);
        }
    }

    private static final class Listener implements HSSFListener {
        private final SheetVisitor visitor;
        FormatTrackingHSSFListener formats;
        private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
        private BoundSheetRecord[] ordered;
        private SSTRecord sst;
        private boolean date1904;
        private int sheetIndex = -1;
        private boolean inSheet;
        private boolean active;
        private RawCell[] cells = new RawCell[32];
        private int width;
        private int pendingFormulaColumn = -1;

        Listener(SheetVisitor visitor) { this.visitor = visitor; }

        @Override
        public void processRecord(org.apache.poi.hssf.record.Record record) {
            if (record instanceof BoundSheetRecord bs) boundSheets.add(bs);
            else if (record instanceof DateWindow1904Record dw) date1904 = dw.getWindowing() == 1;
            else if (record instanceof SSTRecord s) sst = s;
            else if (record instanceof BOFRecord bof) startSubstream(bof);
            else if (record instanceof EOFRecord) endSubstream();
            else if (record instanceof LastCellOfRowDummyRecord last) endRow(last.getRow());
            else if (active) cell(record);
        }

        private void startSubstream(BOFRecord bof) {
            if (bof.getType() != BOFRecord.TYPE_WORKSHEET) return;
            if (ordered == null) ordered = BoundSheetRecord.orderByBofPosition(boundSheets);
            sheetIndex++;
            inSheet = true;
            String name = sheetIndex < ordered.length ? ordered[sheetIndex].getSheetname() : "Sheet" + (sheetIndex + 1);
            boolean hidden = sheetIndex < ordered.length
                    && (ordered[sheetIndex].isHidden() || ordered[sheetIndex].isVeryHidden());
            active = visitor.startSheet(sheetIndex, name, hidden, -1);
            width = 0;
        }

        private void endSubstream() {
            if (!inSheet) return;
            inSheet = false;
            active = false;
            visitor.endSheet();
        }

        private void endRow(int row) {
            if (active && width > 0) {
                if (!visitor.row(row + 1, Arrays.copyOf(cells, width))) active = false;
            }
            Arrays.fill(cells, 0, Math.max(width, 0), null);
            width = 0;
        }

        private void cell(org.apache.poi.hssf.record.Record record) {
            if (record instanceof NumberRecord n) {
                put(n.getColumn(), number(n, n.getValue()));
            } else if (record instanceof LabelSSTRecord l) {
                put(l.getColumn(), RawCell.text(sst == null ? "" : sst.getString(l.getSSTIndex()).getString()));
            } else if (record instanceof LabelRecord l) {
                put(l.getColumn(), RawCell.text(l.getValue()));
            } else if (record instanceof BoolErrRecord b) {
                put(b.getColumn(), b.isBoolean() ? RawCell.bool(b.getBooleanValue())
                        : RawCell.error(FormulaError.forInt(b.getErrorValue()).getString()));
            } else if (record instanceof FormulaRecord f) {
                formula(f);
            } else if (record instanceof StringRecord s) {
                if (pendingFormulaColumn >= 0) put(pendingFormulaColumn, RawCell.text(s.getString()));
                pendingFormulaColumn = -1;
            }
            // blanks, formats, merged regions: nothing to keep
        }

        private void formula(FormulaRecord f) {
            CellType t = f.getCachedResultTypeEnum();
            switch (t) {
                case NUMERIC -> put(f.getColumn(), number(f, f.getValue()));
                case STRING -> pendingFormulaColumn = f.getColumn(); // the text follows in a StringRecord
                case BOOLEAN -> put(f.getColumn(), RawCell.bool(f.getCachedBooleanValue()));
                case ERROR -> put(f.getColumn(), RawCell.error(FormulaError.forInt(f.getCachedErrorValue()).getString()));
                default -> put(f.getColumn(), RawCell.formulaWithoutValue());
            }
        }

        private RawCell number(CellValueRecordInterface rec, double value) {
            int idx = formats.getFormatIndex(rec);
            String fmt = formats.getFormatString(rec);
            boolean isDate = fmt != null && DateUtil.isADateFormat(idx, fmt);
            double v = isDate && date1904 ? value + 1462 : value;
            return RawCell.number(v, NumberText.plain(value), isDate);
        }

        private void put(int column, RawCell cell) {
            if (column >= cells.length) cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            cells[column] = cell;
            width = Math.max(width, column + 1);
        }
    }
}
