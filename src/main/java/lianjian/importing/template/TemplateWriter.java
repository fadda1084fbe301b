package lianjian.importing.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import lianjian.importing.kind.ColumnDef;
import lianjian.importing.kind.ColumnType;
import lianjian.importing.kind.RowRule;
import lianjian.importing.kind.SheetKind;
import lianjian.importing.parse.CellParser;

/**
 * Writes one blank template per sheet kind: the Chinese header row (required columns marked *
 * and in red), drop-down lists for enumerations and yes/no columns, date-formatted date columns,
 * an input message on columns that take several values (enumeration sets: no drop-down, since a
 * list lets Excel pick one value only), and a 填写说明 sheet that explains every column and rule —
 * all from the kind definitions, so a template can never disagree with what the importer accepts.
 */
public final class TemplateWriter {

    /**
     * The last row (0-based) the drop-downs and input messages cover: the whole column of an .xlsx
     * (row 1,048,576), since a court's list easily has tens of thousands of rows.
     */
    static final int LAST_ROW = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    /** Excel refuses longer input and error messages (and titles over 32 characters). */
    static final int MESSAGE_LIMIT = 255;

    /**
     * A unit of the 单位名录 as the templates offer it.
     *
     * @param type    单位类型 (法院, 检察院 …), or null when not known: then offered for every unit column
     * @param aliases the 别名 as written in the 单位名录 (may be empty)
     */
    public record Unit(String name, String code, String type, String aliases) {}

    /** A template offering units by name only (their types unknown). */
    public Path write(SheetKind kind, Path dir, List<String> unitNames) throws IOException {
        return writeWithUnits(kind, dir, unitNames.stream().map(n -> new Unit(n, null, null, "")).toList());
    }

    public Path writeWithUnits(SheetKind kind, Path dir, List<Unit> units) throws IOException {
        Path file = dir.resolve(kind.name() + "-模板.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet data = wb.createSheet(kind.name());
            writeHeader(wb, data, kind);
            addValidations(wb, data, kind, units);
            writeInstructions(wb, kind);
            Path tmp = dir.resolve(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private void writeHeader(XSSFWorkbook wb, Sheet sh, SheetKind kind) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font red = wb.createFont();
        red.setBold(true);
        red.setColor(IndexedColors.RED.getIndex());
        CellStyle optional = headerStyle(wb, bold);
        CellStyle required = headerStyle(wb, red);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        Row head = sh.createRow(0);
        for (ColumnDef c : kind.columns()) {
            var cell = head.createCell(c.index());
            cell.setCellValue(c.displayHeader());
            cell.setCellStyle(c.required() ? required : optional);
            sh.setColumnWidth(c.index(), Math.max(12, c.header().length() * 2 + 4) * 256);
            // Formats on the whole column: dates show as dates, and 编号/案号 stay text (no 1.2E+10).
            if (c.type() == ColumnType.DATE) sh.setDefaultColumnStyle(c.index(), date);
            else if (c.type() == ColumnType.TEXT || c.type() == ColumnType.CASE_NO || c.type() == ColumnType.CASE_REF
                    || c.type() == ColumnType.PERSON || c.type() == ColumnType.KEY_REF
                    || c.type() == ColumnType.ENUM_SET) sh.setDefaultColumnStyle(c.index(), text);
        }
        sh.createFreezePane(0, 1);
    }

    private static CellStyle headerStyle(XSSFWorkbook wb, Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setWrapText(true);
        return s;
    }

    /**
     * Drop-downs and input messages on the whole column. Every validation is Excel's "information"
     * style: a value outside the list is questioned, never refused, because the importer accepts
     * more spellings than a list can show (Y/N, √/×, 1/0, unit codes and aliases, text dates); the
     * input message lists those spellings.
     */
    private void addValidations(XSSFWorkbook wb, Sheet sh, SheetKind kind, List<Unit> units) {
        DataValidationHelper helper = sh.getDataValidationHelper();
        for (ColumnDef c : kind.columns()) {
            CellRangeAddressList range = new CellRangeAddressList(1, LAST_ROW, c.index(), c.index());
            DataValidationConstraint constraint = null;
            boolean list = false;
            if (c.type() == ColumnType.ENUM) {
                constraint = helper.createExplicitListConstraint(dropDown(c).toArray(String[]::new));
                list = true;
            } else if (c.type() == ColumnType.BOOL) {
                constraint = helper.createExplicitListConstraint(new String[] {"是", "否"});
                list = true;
            } else if (c.type() == ColumnType.UNIT) {
                List<String> names = unitsFor(c, units).stream().map(Unit::name).toList();
                if (!names.isEmpty() && String.join(",", names).length() < 250) {
                    constraint = helper.createExplicitListConstraint(names.toArray(String[]::new));
                    list = true;
                } else {
                    constraint = any();
                }
            } else if (c.type() == ColumnType.DATE) {
                constraint = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        "DATE(1950,1,1)", "DATE(2099,12,31)", "yyyy-mm-dd");
            } else if (c.type() == ColumnType.SCORE) {
                constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
            } else if (c.type() == ColumnType.COUNT) {
                constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            } else if (c.type() == ColumnType.YEAR) {
                constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        String.valueOf(CellParser.FIRST_YEAR), String.valueOf(CellParser.LAST_YEAR));
            } else if (c.type() == ColumnType.ENUM_SET) {
                constraint = any(); // the validation only carries the input message listing values and separators
            }
            if (constraint == null) continue;
            DataValidation v = helper.createValidation(constraint, range);
            boolean checks = constraint.getValidationType() != DataValidationConstraint.ValidationType.ANY;
            v.setShowErrorBox(checks);
            v.setErrorStyle(DataValidation.ErrorStyle.INFO);
            if (checks) v.createErrorBox("请核对", limit(errorText(c, units)));
            v.setShowPromptBox(true);
            v.createPromptBox(c.header().length() > 32 ? c.header().substring(0, 32) : c.header(), limit(inputMessage(c, units)));
            if (list) v.setSuppressDropDownArrow(true); // XSSF: true means "show the in-cell arrow"
            v.setEmptyCellAllowed(true);
            sh.addValidationData(v);
        }
    }

    private static DataValidationConstraint any() {
        return new XSSFDataValidationConstraint(DataValidationConstraint.ValidationType.ANY,
                DataValidationConstraint.OperatorType.IGNORED, null, null);
    }

    /**
     * The items of an enumeration's drop-down: its values, a one-letter code with its meaning
     * (A 已解决, B 正在解决 …) — a spelling the importer accepts, since the code and meaning
     * written together are among the value's synonyms (sheet-kinds.yml).
     */
    public static List<String> dropDown(ColumnDef c) {
        List<String> items = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : c.values().entrySet()) {
            boolean code = e.getKey().matches("[A-Z]") && !e.getValue().isEmpty();
            items.add(code ? e.getKey() + " " + e.getValue().get(0) : e.getKey());
        }
        return items;
    }

    /** Units a unit column accepts: of its unit type when it has one (法院案件.承办单位: courts only). */
    static List<Unit> unitsFor(ColumnDef c, List<Unit> units) {
        if (c.unitType() == null) return units;
        return units.stream().filter(u -> u.type() == null || u.type().equals(c.unitType())).toList();
    }

    /** The input message: what to write, and every other spelling the importer accepts. */
    static String inputMessage(ColumnDef c, List<Unit> units) {
        return switch (c.type()) {
            case BOOL -> "选 是 或 否。也可填 Y/N、√/×、1/0、TRUE/FALSE；不详的留空。";
            case ENUM -> "从下拉列表选择。" + otherSpellings(c);
            case UNIT -> {
                List<Unit> ok = unitsFor(c, units);
                String which = "填单位名称、编码或别名（须在单位名录中" + (c.unitType() != null ? "，须是" + c.unitType() : "") + "）";
                if (c.defaultSole()) which += "；名录中只有一个" + c.unitType() + "时可不填";
                if (ok.isEmpty()) yield which + "。";
                List<String> each = new ArrayList<>();
                for (Unit u : ok) {
                    List<String> also = new ArrayList<>();
                    if (u.code() != null && !u.code().isBlank()) also.add(u.code());
                    if (u.aliases() != null && !u.aliases().isBlank()) also.add(u.aliases().replaceAll("\\s*[,，、;；]\\s*", "、"));
                    each.add(u.name() + (also.isEmpty() ? "" : "（" + String.join("、", also) + "）"));
                }
                yield which + "：" + String.join("；", each);
            }
            case DATE -> "日期。可以是 Excel 日期，也可以写 2025-03-01、2025/3/1、2025.3.1、2025年3月1日 或 20250301。";
            default -> describeType(c);
        };
    }

    /** The information box for a value outside the list: kept or changed, the user decides. */
    static String errorText(ColumnDef c, List<Unit> units) {
        String keep = "点“确定”保留，点“取消”重新填写。";
        return switch (c.type()) {
            case BOOL -> "不是 是/否。Y/N、√/×、1/0、TRUE/FALSE 导入时也能识别，可以保留；其他写法导入时会报错。" + keep;
            case ENUM -> "不在下拉列表中。" + otherSpellings(c) + "其他写法导入时会报错。" + keep;
            case UNIT -> "不在下拉列表中。单位编码和别名导入时也能识别，可以保留；单位名录中找不到的导入时会报错。" + keep;
            case DATE -> "不是 1950—2099 年的 Excel 日期。2025年3月1日 这样的文字导入时也能识别，可以保留。" + keep;
            case YEAR -> "不是 " + CellParser.FIRST_YEAR + "—" + CellParser.LAST_YEAR + " 的年份。2025年、2025年度 导入时也能识别。" + keep;
            default -> describeType(c) + "。" + keep;
        };
    }

    /** "也可填：A（已解决、A类）；…" — the synonyms the importer accepts, or "" when there are none. */
    private static String otherSpellings(ColumnDef c) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : c.values().entrySet()) {
            List<String> shown = e.getValue().stream().filter(v -> !v.matches(".*[(（].*")).limit(4).toList();
            if (!shown.isEmpty()) parts.add(e.getKey() + "（" + String.join("、", shown) + "）");
        }
        return parts.isEmpty() ? "" : "也可填：" + String.join("；", parts) + "。";
    }

    private static String limit(String message) {
        if (message.length() <= MESSAGE_LIMIT) return message;
        String more = "…（全部写法见「填写说明」）";
        return message.substring(0, MESSAGE_LIMIT - more.length()) + more;
    }

    private void writeInstructions(XSSFWorkbook wb, SheetKind kind) {
        Sheet sh = wb.createSheet("填写说明");
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle head = headerStyle(wb, bold);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        int r = 0;
        Row title = sh.createRow(r++);
        title.createCell(0).setCellValue(kind.name() + " 填写说明");
        title.getCell(0).setCellStyle(head);
        for (String line : generalNotes(kind)) {
            Row row = sh.createRow(r++);
            row.createCell(0).setCellValue(line);
        }
        r++;
        Row h = sh.createRow(r++);
        String[] heads = {"列名", "必填", "填写要求", "允许的值（括号内为也可识别的写法）", "也可识别的列名"};
        for (int i = 0; i < heads.length; i++) {
            h.createCell(i).setCellValue(heads[i]);
            h.getCell(i).setCellStyle(head);
        }
        for (ColumnDef c : kind.columns()) {
            Row row = sh.createRow(r++);
            row.createCell(0).setCellValue(c.header());
            row.createCell(1).setCellValue(c.required() ? "是" : "");
            row.createCell(2).setCellValue(describeType(c));
            row.createCell(3).setCellValue(allowedValues(c));
            row.createCell(4).setCellValue(String.join("、", c.synonyms()));
            for (int i = 2; i <= 4; i++) row.getCell(i).setCellStyle(wrap);
        }
        if (!kind.rules().isEmpty()) {
            r++;
            Row rh = sh.createRow(r++);
            rh.createCell(0).setCellValue("检查规则");
            rh.getCell(0).setCellStyle(head);
            for (RowRule rule : kind.rules()) {
                Row row = sh.createRow(r++);
                row.createCell(0).setCellValue(rule.error() ? "错误" : "警告");
                row.createCell(1).setCellValue(rule.message());
            }
        }
        sh.setColumnWidth(0, 18 * 256);
        sh.setColumnWidth(1, 8 * 256);
        sh.setColumnWidth(2, 50 * 256);
        sh.setColumnWidth(3, 50 * 256);
        sh.setColumnWidth(4, 30 * 256);
    }

    private static List<String> generalNotes(SheetKind kind) {
        List<String> notes = new ArrayList<>();
        notes.add("1. 表头中带 * 的列必须填写。表头可以放在前10行内，上方可以有标题行；列的顺序不限。");
        notes.add("2. 唯一编号：" + String.join(" + ", kind.key().stream().map(f -> kind.requireColumn(f).header()).toList())
                + "。同一文件中不能重复；再次导入相同编号的行会替换原来的数据（旧数据保留在历史中）。");
        notes.add("3. 日期可以是 Excel 日期，也可以写成 2025-03-01、2025/3/1、2025.3.1、2025年3月1日 或 20250301。");
        notes.add("4. 是/否 列可填 是/否、Y/N、√/×、1/0、TRUE/FALSE；空白表示不详。");
        notes.add("   下拉列表只是方便选择：列表之外、导入时也能识别的写法（见下表“允许的值”，单位也可填编码或别名）可以照填，Excel 只提示、不拒绝。");
        notes.add("5. 填好后把文件放入 data-import/inbox/ 文件夹。有错误时整个文件会被退回到 data-import/rejected/，旁边附有错误报告。");
        return notes;
    }

    static String describeType(ColumnDef c) {
        return typeText(c) + (c.maxLength() > 0 ? "；最多 " + c.maxLength() + " 个字" : "");
    }

    private static String typeText(ColumnDef c) {
        return switch (c.type()) {
            case TEXT -> "文字";
            case CASE_NO -> "案号，如（2024）浙0102民初1234号；全角半角括号均可";
            case CASE_REF -> "法院案号或检察院部门受案号；在案件清单中找不到时须填写承办单位";
            case DATE -> "日期";
            case BOOL -> "是/否";
            case COUNT -> "非负整数";
            case AMOUNT -> "金额（元），可带千分位逗号";
            case SCORE -> "0—100 的分数";
            case ENUM -> "从下拉列表中选择（" + String.join("、", dropDown(c)) + "）";
            case ENUM_SET -> "可填 " + String.join("、", c.values().keySet()) + " 中的一个或多个，用顿号（、）、逗号或空格分隔，如 "
                    + String.join(CellParser.SET_JOINER, c.values().keySet().stream().limit(3).toList())
                    + "；也可写常见的全称" + fullFormExamples(c) + "，见「填写说明」。顺序不限，导入后按 "
                    + String.join("", c.values().keySet()) + " 的顺序保存";
            case YEAR -> "年度，" + CellParser.FIRST_YEAR + "—" + CellParser.LAST_YEAR + " 之间的四位年份，如 2025（也可写 2025年）";
            case KEY_REF -> c.refKindName() + "中的编号；" + c.refKindName() + "中找不到时"
                    + (c.unknownIsError() ? "不能导入" : "给出警告，记录照常导入");
            case UNIT -> "单位编码、名称或别名（须在单位名录中）" + (c.unitType() != null ? "，须是" + c.unitType() : "")
                    + (c.defaultSole() ? "；单位名录中只有一个" + c.unitType() + "时可不填" : "");
            case PERSON -> "人员编号（须在人员名册中）";
            case PERSON_NAME -> "姓名；在本单位人员名册中按姓名匹配，同名时请另填人员编号";
        };
    }

    /** The first long form of each value, e.g. （如 检查→查、听取汇报→听）, or "" when there are none. */
    private static String fullFormExamples(ColumnDef c) {
        List<String> examples = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : c.values().entrySet()) {
            if (!e.getValue().isEmpty()) examples.add(e.getValue().get(0) + "→" + e.getKey());
        }
        return examples.isEmpty() ? "" : "（如 " + String.join("、", examples) + "）";
    }

    private static String allowedValues(ColumnDef c) {
        if (c.type() == ColumnType.BOOL) return "是、否";
        if (c.type() == ColumnType.YEAR) return CellParser.FIRST_YEAR + "—" + CellParser.LAST_YEAR;
        if (c.type() != ColumnType.ENUM && c.type() != ColumnType.ENUM_SET) return "";
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : c.values().entrySet()) {
            parts.add(e.getValue().isEmpty() ? e.getKey() : e.getKey() + "（" + String.join("、", e.getValue()) + "）");
        }
        return String.join("；", parts);
    }
}
