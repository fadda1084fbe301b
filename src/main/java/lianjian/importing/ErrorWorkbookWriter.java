package lianjian.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.LinkedHashMap;

import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import lianjian.importing.read.RawCell;
import lianjian.importing.receipt.Outcome;
import lianjian.importing.validate.CheckedRow;
import lianjian.importing.validate.ImportMessage;
import lianjian.importing.validate.Level;
import lianjian.workspace.OriginalFiles;

/**
 * Writes {@code <name>.错误报告.xlsx} (DOMAIN §3.1): a 汇总 sheet with the outcome and every message,
 * then, per sheet with problems, its header and the rows that have errors or warnings — original
 * cells, the original row number, a 错误说明 column — with offending cells filled red (error) or
 * yellow (warning). Streaming (SXSSF), so a file with many bad rows does not need much memory.
 * Written to a temporary name and renamed, so a half-written report never appears.
 */
public final class ErrorWorkbookWriter {

    /** What every error workbook's name ends with. */
    public static final String SUFFIX = ".错误报告.xlsx";
    /** The temporary name's suffix while it is written. */
    private static final String PART = ".part";

    /**
     * {@code <original name>.错误报告.xlsx}; when that (with the temporary ".part") would pass the
     * file-name limit, the start of the original name and a short hash of it (OriginalFiles.fitName).
     */
    public static String nameFor(String originalFileName) {
        return OriginalFiles.fitName(originalFileName, SUFFIX, OriginalFiles.MAX_NAME_BYTES - PART.length());
    }

    /**
     * Writes the workbook to {@code target}. On any failure (a full disk, say) nothing is left
     * behind: neither the temporary file nor SXSSF's scratch files.
     */
    public void write(Path target, String fileName, Outcome outcome, String summary, FileReport report) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + PART);
        boolean done = false;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            try {
                Styles styles = new Styles(wb);
                writeSummary(wb, styles, fileName, outcome, summary, report);
                Set<String> used = new HashSet<>();
                used.add("汇总");
                for (FileReport.SheetReport s : report.sheets()) {
                    if (s.problemRows().isEmpty()) continue;
                    writeSheet(wb, styles, s, uniqueName(s.name(), used));
                }
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    wb.write(out);
                }
            } finally {
                wb.dispose();
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original failure is the one worth reporting
                }
            }
        }
    }

    private void writeSummary(Workbook wb, Styles styles, String fileName, Outcome outcome, String summary,
                              FileReport report) {
        Sheet sh = wb.createSheet("汇总");
        int r = 0;
        text(sh.createRow(r++), 0, "导入错误报告", styles.title);
        kv(sh, styles, r++, "文件", fileName);
        kv(sh, styles, r++, "结果", outcome.chinese());
        kv(sh, styles, r++, "说明", summary);
        boolean notRead = report.sheets().isEmpty() && report.rowsRead() == 0;
        if (notRead) {
            kv(sh, styles, r++, "读取行数", "0（文件没有被读取）");
        } else {
            // Rows and their errors counted alike: the sentence about the whole file (the 说明 above)
            // is not one of the rows' errors.
            kv(sh, styles, r++, "读取行数", String.valueOf(report.rowsRead()));
            kv(sh, styles, r++, "有错误的行", report.rowsRejected() + " 行（共 " + report.rowErrors() + " 处错误）");
            kv(sh, styles, r++, "警告", report.warnings() + " 条（有警告的行照常导入）");
        }
        kv(sh, styles, r++, "怎么办", notRead
                ? "文件没有被读取，原因见上面的说明。处理后把文件重新放入 data-import/inbox/。"
                : outcome == Outcome.REJECTED
                ? "整个文件未导入。请按下表和各工作表中标红的单元格修改原文件，然后把改好的原文件重新放入 data-import/inbox/。"
                : "没有错误的行已经导入；标红的行未导入。请修改后把这些行（或整个文件）重新放入 data-import/inbox/，同一编号的行会被新内容替换。");
        for (FileReport.SheetReport s : report.sheets()) kv(sh, styles, r++, "工作表", s.summary());
        if (report.messagesDropped() > 0) kv(sh, styles, r++, "注意", "信息过多，下表只列出前 " + FileReport.MAX_MESSAGES + " 条");
        r++;
        Row head = sh.createRow(r++);
        String[] heads = {"级别", "工作表", "行号", "列", "列名", "单元格内容", "问题", "完整说明"};
        for (int i = 0; i < heads.length; i++) text(head, i, heads[i], styles.header);
        for (ImportMessage m : report.messages()) {
            Row row = sh.createRow(r++);
            text(row, 0, m.level().chinese(), m.level() == Level.ERROR ? styles.error : m.level() == Level.WARNING ? styles.warning : null);
            text(row, 1, m.sheet(), null);
            if (m.rowNumber() > 0) row.createCell(2).setCellValue(m.rowNumber());
            text(row, 3, m.columnLetter(), null);
            text(row, 4, m.column(), null);
            text(row, 5, m.value(), null);
            text(row, 6, m.rule(), null);
            text(row, 7, m.text(), null);
        }
        // Narrow enough to read on screen, and printed on one page width (landscape A4, scaled).
        int[] widths = {9, 14, 7, 5, 14, 22, 40, 56};
        for (int i = 0; i < widths.length; i++) sh.setColumnWidth(i, widths[i] * 256);
        onePageWide(sh);
    }

    /** Landscape A4, as many pages down as needed but one page across. */
    private static void onePageWide(Sheet sh) {
        sh.setFitToPage(true);
        sh.setAutobreaks(true);
        var ps = sh.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
    }

    /** Display width of a text in Excel character units: CJK and full-width characters count two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                    || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                    || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private void writeSheet(Workbook wb, Styles styles, FileReport.SheetReport s, String name) {
        Sheet sh = wb.createSheet(name);
        RawCell[] header = s.header();
        int width = header == null ? 0 : header.length;
        for (CheckedRow row : s.problemRows()) width = Math.max(width, row.cells().length);
        Row head = sh.createRow(0);
        text(head, 0, "原行号", styles.header);
        for (int i = 0; i < width; i++) {
            RawCell h = header != null && i < header.length ? header[i] : null;
            text(head, i + 1, h == null ? "" : h.display(), styles.header);
        }
        text(head, width + 1, "错误说明", styles.header);
        int r = 1;
        for (CheckedRow row : s.problemRows()) {
            Row out = sh.createRow(r++);
            out.createCell(0).setCellValue(row.rowNumber());
            Map<Integer, Level> marked = new LinkedHashMap<>();
            StringJoiner explanation = new StringJoiner("；");
            for (CheckedRow.Flag f : row.flags()) {
                explanation.add((f.message().level() == Level.WARNING ? "【警告】" : "") + describe(f.message()));
                if (f.fileColumn() >= 0) marked.merge(f.fileColumn(), f.message().level(), (a, b) -> a == Level.ERROR ? a : b);
            }
            for (int i = 0; i < width; i++) {
                RawCell c = i < row.cells().length ? row.cells()[i] : null;
                Level level = marked.get(i);
                CellStyle style = level == Level.ERROR ? styles.error : level == Level.WARNING ? styles.warning : null;
                if (c == null && style == null) continue;
                text(out, i + 1, c == null ? "" : c.display(), style);
            }
            text(out, width + 1, explanation.toString(), row.hasError() ? styles.error : styles.warning);
        }
        if (s.problemRowsDropped() > 0) {
            text(sh.createRow(r), 0, "……另有 " + s.problemRowsDropped() + " 行有问题，未列出（见汇总中的计数）", styles.title);
        }
        // Every column as wide as its header and values need (编号 and 案号 are never cut), within reason.
        int[] need = new int[width];
        for (int i = 0; i < width; i++) {
            RawCell h = header != null && i < header.length ? header[i] : null;
            need[i] = h == null ? 0 : displayWidth(h.display());
        }
        for (CheckedRow row : s.problemRows()) {
            for (int i = 0; i < width && i < row.cells().length; i++) {
                RawCell c = row.cells()[i];
                if (c != null) need[i] = Math.max(need[i], displayWidth(c.display()));
            }
        }
        sh.setColumnWidth(0, 8 * 256);
        for (int i = 0; i < width; i++) sh.setColumnWidth(i + 1, Math.min(50, Math.max(8, need[i] + 2)) * 256);
        sh.setColumnWidth(width + 1, 60 * 256);
        sh.createFreezePane(2, 1);
        sh.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
        onePageWide(sh);
    }

    /** The message without the sheet and row, which the row already shows. */
    private static String describe(ImportMessage m) {
        StringBuilder sb = new StringBuilder();
        if (m.column() != null) sb.append(m.column());
        if (m.value() != null) sb.append("「").append(m.value()).append("」");
        return sb.append(m.rule()).toString();
    }

    private static String uniqueName(String name, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(name);
        String n = base;
        for (int i = 2; used.contains(n); i++) {
            String suffix = "(" + i + ")";
            n = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        used.add(n);
        return n;
    }

    /** A label and its value; long values span the table's width and wrap (row height set to fit). */
    private static void kv(Sheet sh, Styles styles, int r, String k, String v) {
        Row row = sh.createRow(r);
        text(row, 0, k, styles.title);
        text(row, 1, v, styles.wrap);
        sh.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 1, 7));
        int lines = Math.max(1, (int) Math.ceil(v.length() / 95.0)); // about 95 Chinese characters fit in B:H
        row.setHeightInPoints(lines * 15f);
    }

    private static void text(Row row, int col, String v, CellStyle style) {
        var cell = row.createCell(col);
        if (v != null) cell.setCellValue(v);
        if (style != null) cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle error;
        final CellStyle warning;
        final CellStyle title;
        final CellStyle wrap;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            error = wb.createCellStyle();
            error.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            error.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            error.setWrapText(true);
            warning = wb.createCellStyle();
            warning.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            warning.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            warning.setWrapText(true);
            title = wb.createCellStyle();
            title.setFont(bold);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        }
    }

}
