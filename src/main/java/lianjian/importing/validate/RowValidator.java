package lianjian.importing.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import lianjian.importing.kind.ColumnDef;
import lianjian.importing.kind.ColumnType;
import lianjian.importing.kind.RowRule;
import lianjian.importing.kind.SheetKind;
import lianjian.importing.parse.BidiControls;
import lianjian.importing.parse.CellParser;
import lianjian.importing.parse.CellProblem;
import lianjian.importing.read.CellRef;
import lianjian.importing.read.RawCell;
import lianjian.readmodel.Person;
import lianjian.readmodel.Unit;

/**
 * Checks one data row of a recognised sheet: each cell against its column type, required cells,
 * references to units, persons and other kinds' keys (计划编号), and the kind's row rules (DOMAIN §3.3,
 * §3.4, §4). References to cases are checked later, by the writer, because the case may come later
 * in the same file.
 */
public final class RowValidator {

    private final SheetRecognizer.Recognized sheet;
    private final String sheetName;
    private final ReferenceData refs;
    private final CellParser parser;
    private final SheetKind kind;
    /** kind column index → file column index, or -1 when the file lacks the column. */
    private final int[] fileColumnOf;
    private final int[] keyColumns;
    private final List<ColumnDef> unitColumns;
    private final List<ColumnDef> personColumns;
    private final List<ColumnDef> personNameColumns;
    private final List<ColumnDef> keyRefColumns;
    private final List<ColumnDef> requiredColumns;
    /** Per rule: its field, other and when columns (null where unused), looked up once, not per row. */
    private final ColumnDef[][] ruleColumns;

    public RowValidator(SheetRecognizer.Recognized sheet, String sheetName, ReferenceData refs, CellParser parser) {
        this.sheet = sheet;
        this.sheetName = sheetName;
        this.refs = refs;
        this.parser = parser;
        this.kind = sheet.kind();
        this.fileColumnOf = new int[kind.columns().size()];
        java.util.Arrays.fill(fileColumnOf, -1);
        this.keyColumns = kind.key().stream().mapToInt(f -> kind.requireColumn(f).index()).toArray();
        this.unitColumns = kind.columns().stream().filter(c -> c.type() == ColumnType.UNIT).toList();
        this.personColumns = kind.columns().stream().filter(c -> c.type() == ColumnType.PERSON).toList();
        this.personNameColumns = kind.columns().stream().filter(c -> c.type() == ColumnType.PERSON_NAME).toList();
        this.keyRefColumns = kind.columns().stream().filter(c -> c.type() == ColumnType.KEY_REF).toList();
        this.requiredColumns = kind.requiredColumns();
        this.ruleColumns = new ColumnDef[kind.rules().size()][];
        for (int i = 0; i < ruleColumns.length; i++) {
            RowRule r = kind.rules().get(i);
            ruleColumns[i] = new ColumnDef[] {kind.requireColumn(r.field()),
                    r.other() == null ? null : kind.requireColumn(r.other()),
                    r.when() == null ? null : kind.requireColumn(r.when())};
        }
        for (int i = 0; i < sheet.columnOf().length; i++) {
            ColumnDef c = sheet.columnOf()[i];
            if (c != null) fileColumnOf[c.index()] = i;
        }
    }

    public CheckedRow check(int rowNumber, RawCell[] cells) {
        Object[] values = new Object[kind.columns().size()];
        List<CheckedRow.Flag> flags = new ArrayList<>();
        boolean[] bad = new boolean[values.length];
        for (ColumnDef c : kind.columns()) {
            RawCell cell = cellOf(c, cells);
            if (cell != null && cell.kind() == RawCell.Kind.TEXT && BidiControls.contains(cell.text())) {
                // Invisible characters that reorder displayed text: never stored, always said.
                RawCell cleaned = RawCell.text(BidiControls.strip(cell.text()));
                flags.add(flag(Level.WARNING, rowNumber, c, cleaned,
                        "含有改变文字显示方向的控制字符（" + BidiControls.named(cell.text()) + "），已删除"));
                cell = cleaned;
            }
            try {
                values[c.index()] = parser.parse(c, cell);
            } catch (CellProblem p) {
                bad[c.index()] = true;
                flags.add(flag(Level.ERROR, rowNumber, c, cell, p.getMessage()));
                continue;
            }
            if (c.maxLength() > 0 && values[c.index()] instanceof String s && s.length() > c.maxLength()
                    && s.codePointCount(0, s.length()) > c.maxLength()) {
                bad[c.index()] = true;
                flags.add(flag(Level.ERROR, rowNumber, c, cell, "超过长度上限（最多 " + c.maxLength() + " 个字，这里有 "
                        + s.codePointCount(0, s.length()) + " 个字）"));
            }
        }
        // Units first (person names are matched within the unit), then persons, then required cells.
        for (ColumnDef c : unitColumns) {
            if (!bad[c.index()]) resolveUnit(c, values, cells, rowNumber, flags, bad);
        }
        for (ColumnDef c : personColumns) {
            if (!bad[c.index()]) checkPerson(c, values, cells, rowNumber, flags);
        }
        for (ColumnDef c : personNameColumns) {
            if (!bad[c.index()]) matchPersonName(c, values, cells, rowNumber, flags);
        }
        for (ColumnDef c : keyRefColumns) {
            if (!bad[c.index()]) resolveKeyRef(c, values, cells, rowNumber, flags, bad);
        }
        for (ColumnDef c : requiredColumns) {
            if (values[c.index()] == null && !bad[c.index()]) {
                flags.add(flag(Level.ERROR, rowNumber, c, null, "必须填写，不能为空"));
                bad[c.index()] = true;
            }
        }
        for (int i = 0; i < ruleColumns.length; i++) applyRule(kind.rules().get(i), ruleColumns[i], values, cells, rowNumber, flags, bad);
        return new CheckedRow(kind, sheetName, rowNumber, rowKey(values), values, cells, fileColumnOf, flags);
    }

    private String rowKey(Object[] values) {
        if (keyColumns.length == 1) {
            Object v = values[keyColumns[0]];
            return v == null ? "" : v.toString();
        }
        StringJoiner j = new StringJoiner("|");
        for (int i : keyColumns) {
            Object v = values[i];
            j.add(v == null ? "" : v.toString());
        }
        return j.toString();
    }

    private void resolveUnit(ColumnDef c, Object[] values, RawCell[] cells, int rowNumber,
                             List<CheckedRow.Flag> flags, boolean[] bad) {
        String ref = (String) values[c.index()];
        if (ref == null) {
            if (!c.defaultSole()) return;
            List<Unit> sole = refs.unitsOfType(c.unitType());
            if (sole.size() == 1) {
                values[c.index()] = sole.get(0).code();
            } else {
                bad[c.index()] = true;
                flags.add(flag(Level.ERROR, rowNumber, c, null, sole.isEmpty()
                        ? "未填写，且单位名录中没有" + c.unitType() + "（请先导入单位名录）"
                        : "未填写，而单位名录中有多个" + c.unitType() + "，无法确定是哪一个"));
            }
            return;
        }
        Unit unit = refs.unit(ref);
        if (unit == null) {
            bad[c.index()] = true;
            flags.add(flag(Level.ERROR, rowNumber, c, cellOf(c, cells),
                    "不在单位名录中（可填单位编码、名称或别名；单位名录须先导入）"));
        } else if (c.unitType() != null && !c.unitType().equals(unit.type())) {
            bad[c.index()] = true;
            flags.add(flag(Level.ERROR, rowNumber, c, cellOf(c, cells),
                    "是" + unit.type() + "，这一列只能填" + c.unitType()));
        } else {
            values[c.index()] = unit.code();
        }
    }

    private void checkPerson(ColumnDef c, Object[] values, RawCell[] cells, int rowNumber, List<CheckedRow.Flag> flags) {
        String id = (String) values[c.index()];
        if (id == null || refs.person(id) != null) return;
        if (c.unknownIsError()) {
            flags.add(flag(Level.ERROR, rowNumber, c, cellOf(c, cells), "不在人员名册中"));
        } else {
            // Kept as given: once the roster lists this person, the indicators count the row for them.
            flags.add(flag(Level.WARNING, rowNumber, c, cellOf(c, cells), "不在人员名册中（人员名册补充后自动计入个人指标）"));
        }
    }

    private void matchPersonName(ColumnDef c, Object[] values, RawCell[] cells, int rowNumber, List<CheckedRow.Flag> flags) {
        String name = (String) values[c.index()];
        ColumnDef personCol = kind.requireColumn(c.personField()); // only for rows with a name
        if (name == null || values[personCol.index()] != null || cellHasValue(personCol, cells)) return;
        String unit = (String) values[kind.requireColumn(c.unitField()).index()];
        if (unit == null) return;
        List<Person> matches = refs.personsNamed(unit, name);
        if (matches.size() == 1) {
            values[personCol.index()] = matches.get(0).id();
        } else if (matches.isEmpty()) {
            // The name is kept; indicators match it again against the roster they are computed with.
            flags.add(flag(Level.WARNING, rowNumber, c, cellOf(c, cells), "不在本单位人员名册中（人员名册补充后自动计入个人指标）"));
        } else {
            flags.add(flag(Level.ERROR, rowNumber, c, cellOf(c, cells),
                    "在本单位人员名册中有" + matches.size() + "人同名，请填写" + personCol.header()));
        }
    }

    /**
     * A key of another kind (计划编号 → 监督计划), matched as headers are (full-width folded, spaces
     * ignored) and stored as that row's key. Unknown: an error or, by default, a warning that keeps
     * the row as written (the referenced row may arrive later; the link is made when it is read).
     */
    private void resolveKeyRef(ColumnDef c, Object[] values, RawCell[] cells, int rowNumber,
                               List<CheckedRow.Flag> flags, boolean[] bad) {
        String ref = (String) values[c.index()];
        if (ref == null) return;
        String key = refs.key(c.refKind(), ref);
        if (key != null) {
            values[c.index()] = key;
        } else if (c.unknownIsError()) {
            bad[c.index()] = true;
            flags.add(flag(Level.ERROR, rowNumber, c, cellOf(c, cells), "在" + c.refKindName() + "中不存在"));
        } else {
            flags.add(flag(Level.WARNING, rowNumber, c, cellOf(c, cells),
                    "在" + c.refKindName() + "中不存在（" + kind.name() + "记录已保留）"));
        }
    }

    private void applyRule(RowRule r, ColumnDef[] cols, Object[] values, RawCell[] cells, int rowNumber,
                           List<CheckedRow.Flag> flags, boolean[] bad) {
        ColumnDef field = cols[0];
        if (bad[field.index()]) return;
        Object v = values[field.index()];
        Level level = r.error() ? Level.ERROR : Level.WARNING;
        switch (r.check()) {
            case NOT_BEFORE -> {
                ColumnDef other = cols[1];
                Object o = values[other.index()];
                // a year stands for its 1 January: "not before the 年度" means not before it starts
                LocalDate earlier = o instanceof LocalDate d ? d
                        : o instanceof Long year && other.type() == ColumnType.YEAR ? LocalDate.of(year.intValue(), 1, 1)
                        : null;
                if (v instanceof LocalDate later && earlier != null && later.isBefore(earlier)) {
                    flags.add(flag(level, rowNumber, field, cellOf(field, cells),
                            r.message() + "（" + other.header() + " " + o + "）"));
                }
            }
            case NOT_MORE_THAN -> {
                ColumnDef other = cols[1];
                Object o = values[other.index()];
                if (v instanceof Number n && o instanceof Number bound && n.doubleValue() > bound.doubleValue()) {
                    flags.add(flag(level, rowNumber, field, cellOf(field, cells),
                            r.message() + "（" + other.header() + " " + cellOf(other, cells).display() + "）"));
                }
            }
            case IMPLIES -> {
                Object when = values[cols[2].index()];
                if (when != null && !r.equals().equals(v)) {
                    flags.add(flag(level, rowNumber, field, cellOf(field, cells), r.message()));
                }
            }
            case REQUIRED_IF -> {
                Object when = values[cols[2].index()];
                if (when != null && r.in().contains(when.toString()) && v == null) {
                    flags.add(flag(level, rowNumber, field, null, r.message()));
                }
            }
        }
    }

    private RawCell cellOf(ColumnDef c, RawCell[] cells) {
        int i = fileColumnOf[c.index()];
        return i >= 0 && i < cells.length ? cells[i] : null;
    }

    private boolean cellHasValue(ColumnDef c, RawCell[] cells) {
        RawCell cell = cellOf(c, cells);
        return cell != null && !cell.isBlank();
    }

    /** The column as the file names it, falling back to the kind's header when the file lacks it. */
    private String headerOf(ColumnDef c) {
        int i = fileColumnOf[c.index()];
        return i >= 0 && sheet.headerTextOf()[i] != null ? sheet.headerTextOf()[i] : c.header();
    }

    CheckedRow.Flag flag(Level level, int rowNumber, ColumnDef c, RawCell cell, String rule) {
        int i = fileColumnOf[c.index()];
        String value = cell == null || cell.isBlank() ? null : cell.display();
        return new CheckedRow.Flag(new ImportMessage(level, sheetName, rowNumber, headerOf(c),
                i >= 0 ? CellRef.letters(i) : null, value, rule), i);
    }

    /** A flag about a column found after validation (duplicate key, unknown case), for the writer. */
    public static CheckedRow.Flag laterFlag(CheckedRow row, Level level, String field, String rule) {
        ColumnDef c = row.kind().requireColumn(field);
        int i = row.fileColumnOf()[c.index()];
        RawCell cell = i >= 0 && i < row.cells().length ? row.cells()[i] : null;
        String value = cell != null && !cell.isBlank() ? cell.display() : null;
        return new CheckedRow.Flag(new ImportMessage(level, row.sheet(), row.rowNumber(), c.header(),
                i >= 0 ? CellRef.letters(i) : null, value, rule), i);
    }
}
