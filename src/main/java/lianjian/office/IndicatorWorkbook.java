package lianjian.office;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import lianjian.indicators.Figure;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.IndicatorDef.Display;

/**
 * The Excel workbook of one period (issue #14 part 7): for the office that works in Excel or WPS, not in CSV. One
 * sheet per indicator family, the county and the units as rows (in the customary order, never ranked), each
 * indicator as two columns — its stored value as a number with the display's format (thousands separators, rates
 * as percentages) and its 评价 (达标 / 未达标, marked 示例 when judged against a shipped example interval) — the
 * two header rows and the unit column frozen. The 内部版 adds a sheet of per-person figures; a 说明 sheet gives the
 * period and every indicator's formula.
 *
 * <p>Values are the stored, unrounded ones (the cell format rounds the display, as the PDFs and pages do): a
 * person who sums a column in Excel sums what was computed.
 */
public final class IndicatorWorkbook {

    /** A row of a sheet: the county or a unit (or a person), and its stored figures of the period by code. */
    public record Scope(String label, String code, Map<String, Figure> figures) {}

    public static final String NOT_MET = "未达标", MET = "达标", EXAMPLE = "（示例）", NO_DATA = "本期无数据";

    private final IndicatorCatalog catalog;
    private final String title;
    private Workbook wb;
    private CellStyle header, label, text, alert;
    private final Map<Display, CellStyle> numbers = new EnumMap<>(Display.class);

    /** @param title 示例县 2025年上半年 — the heading of the 说明 sheet */
    public IndicatorWorkbook(IndicatorCatalog catalog, String title) {
        this.catalog = catalog;
        this.title = title;
    }

    /** The Excel number format of a display: what Formats prints, as a cell format. */
    static String format(Display d) {
        return switch (d) {
            case PERCENT -> "0.0%";
            case COUNT, PERSONS -> "#,##0";
            case DAYS, YEARS, SCORE, INDEX -> "#,##0.0";
            case RATIO_PLAIN -> "#,##0.00";
            case RATIO_1X -> "\"1:\"0.00";
        };
    }

    /**
     * @param units   the county first, then the units, each with its figures
     * @param persons per-person rows (内部版), or an empty list (公开版: no per-person sheet at all)
     * @param period  统计期间 text for the 说明 sheet
     */
    public Workbook build(List<Scope> units, List<Scope> persons, String period) {
        wb = new XSSFWorkbook();
        styles();
        for (IndicatorCatalog.Family f : catalog.families()) {
            List<IndicatorDef> defs = catalog.family(f.code()).stream().filter(d -> !d.perPerson() || true).toList();
            List<Scope> rows = units.stream().filter(s -> defs.stream().anyMatch(d -> s.figures().containsKey(d.code()))).toList();
            if (defs.isEmpty() || rows.isEmpty()) continue;
            sheet(f.title(), "单位", defs, rows);
        }
        if (!persons.isEmpty()) {
            List<IndicatorDef> defs = catalog.all().stream().filter(IndicatorDef::perPerson).toList();
            List<Scope> rows = persons.stream().filter(s -> defs.stream().anyMatch(d -> s.figures().containsKey(d.code()))).toList();
            if (!defs.isEmpty() && !rows.isEmpty()) sheet("个人指标", "人员", defs, rows);
        }
        notes(period);
        return wb;
    }

    private void sheet(String name, String labelHeader, List<IndicatorDef> defs, List<Scope> rows) {
        Sheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row r0 = s.createRow(0), r1 = s.createRow(1);
        r0.setHeightInPoints(32);
        cell(r0, 0, labelHeader, header);
        cell(r1, 0, "", header);
        s.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
        s.setColumnWidth(0, 22 * 256);
        int c = 1;
        for (IndicatorDef d : defs) {
            String unit = d.display().unitWord().isEmpty() ? "" : "（" + d.display().unitWord() + "）";
            cell(r0, c, d.name() + unit, header);
            cell(r0, c + 1, "", header);
            s.addMergedRegion(new CellRangeAddress(0, 0, c, c + 1));
            cell(r1, c, "数值", header);
            cell(r1, c + 1, "评价", header);
            s.setColumnWidth(c, 12 * 256);
            s.setColumnWidth(c + 1, 12 * 256);
            c += 2;
        }
        int n = 2;
        for (Scope scope : rows) {
            Row r = s.createRow(n++);
            cell(r, 0, scope.label(), label);
            c = 1;
            for (IndicatorDef d : defs) {
                Figure f = scope.figures().get(d.code());
                if (f != null && f.noData()) {
                    cell(r, c, NO_DATA, text);
                } else if (f != null && f.value() != null) {
                    Cell v = r.createCell(c);
                    v.setCellValue(f.value());
                    v.setCellStyle(numbers.get(d.display()));
                } else {
                    cell(r, c, "—", text);
                }
                String verdict = verdict(d, f);
                cell(r, c + 1, verdict, verdict.startsWith(NOT_MET) ? alert : text);
                c += 2;
            }
        }
        // Header rows and the unit column stay in view while scrolling.
        s.createFreezePane(1, 2);
    }

    /** 达标 / 未达标, with 示例 when the interval is the shipped example; empty without an interval or a verdict. */
    static String verdict(IndicatorDef d, Figure f) {
        if (f == null || f.meets() == null) return "";
        return (f.meets() ? MET : NOT_MET) + (d.example() ? EXAMPLE : "");
    }

    private void notes(String period) {
        Sheet s = wb.createSheet("说明");
        int n = 0;
        cell(s.createRow(n++), 0, title + "指标数据", header);
        cell(s.createRow(n++), 0, "统计期间：" + period, text);
        cell(s.createRow(n++), 0, "数值为系统存储的计算结果（未经四舍五入，单元格格式按报告的小数位显示）；各单位不作排名。", text);
        cell(s.createRow(n++), 0, "评价：对照参考区间判断达标或未达标；标注“（示例）”的，对照的是系统自带的示例区间，尚未配置正式区间，仅供参考。", text);
        n++;
        Row h = s.createRow(n++);
        String[] heads = {"指标", "编号", "所属类别", "计算方法", "参考区间"};
        for (int i = 0; i < heads.length; i++) cell(h, i, heads[i], header);
        for (IndicatorDef d : catalog.all()) {
            Row r = s.createRow(n++);
            cell(r, 0, d.name(), text);
            cell(r, 1, d.code(), text);
            cell(r, 2, catalog.familyTitle(d.family()), text);
            cell(r, 3, d.formula(), text);
            cell(r, 4, d.hasReference() ? interval(d) + (d.example() ? EXAMPLE : "") : "", text);
        }
        s.setColumnWidth(0, 28 * 256);
        s.setColumnWidth(1, 8 * 256);
        s.setColumnWidth(2, 14 * 256);
        s.setColumnWidth(3, 70 * 256);
        s.setColumnWidth(4, 18 * 256);
    }

    /** The interval as the reports print it. */
    private static String interval(IndicatorDef d) {
        return lianjian.reporting.text.Cells.interval(d, d.referenceLow(), d.referenceHigh());
    }

    private static void cell(Row r, int c, String value, CellStyle style) {
        Cell cell = r.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private void styles() {
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontName("宋体");
        Font plain = wb.createFont();
        plain.setFontName("宋体");
        Font red = wb.createFont();
        red.setFontName("宋体");
        red.setColor(IndexedColors.RED.getIndex());
        header = bordered(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label = bordered(plain);
        text = bordered(plain);
        text.setAlignment(HorizontalAlignment.CENTER);
        alert = bordered(red);
        alert.setAlignment(HorizontalAlignment.CENTER);
        for (Display d : Display.values()) {
            CellStyle s = bordered(plain);
            s.setDataFormat(wb.createDataFormat().getFormat(format(d)));
            numbers.put(d, s);
        }
    }

    private CellStyle bordered(Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

}
