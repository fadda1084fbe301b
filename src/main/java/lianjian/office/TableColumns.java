package lianjian.office;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRElementGroup;
import net.sf.jasperreports.engine.JRExpression;
import net.sf.jasperreports.engine.JRStaticText;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The columns of a PDF table as its compiled template lays them out: the header texts of the column header
 * band (fixed texts, or the {@code $P{…}} labels the report passed) and, for the detail band, which row
 * component each column prints. Read from the template rather than restated here, so a Word table has the
 * PDF's columns, in the PDF's order, whatever table a report adds.
 */
final class TableColumns {

    private static final Pattern FIELD = Pattern.compile("\\$F\\{(\\w+)}");
    private static final Pattern PARAM = Pattern.compile("^\\$P\\{(\\w+)}$");
    private static final Pattern COUNT = Pattern.compile("^\\$V\\{\\w+_COUNT}$");

    /**
     * A column: its header, the component it prints (null for the running number 序号), and its width in the PDF
     * (template pixels), which the OFD copy keeps as the column's share of the table.
     */
    record Column(String header, String field, int width) {}

    /** One line of an office copy's table: a group row (one cell across the table) or a numbered row of cell texts. */
    record Line(List<String> cells, boolean strong, boolean group) {}

    /**
     * A PDF table block as the office copies read it: the template's columns, its rows as {@link Line}s in order (a
     * group row wherever the {@code group} component changes, then the row with its running number), and the text
     * shown when there are no rows. Empty columns mean there is nothing to draw.
     */
    record BlockTable(List<Column> columns, List<Line> lines, String emptyText) {

        static BlockTable of(lianjian.reporting.pdf.Block b) {
            @SuppressWarnings("unchecked")
            Map<String, Object> params = b.params() == null ? Map.of() : b.params();
            List<Column> columns = TableColumns.of(b.table(), params);
            List<?> rows = b.rows() == null ? List.of() : b.rows();
            Object empty = params.get("NO_DATA_TEXT");
            List<Line> lines = new ArrayList<>();
            String group = null;
            int number = 0;
            for (Object o : rows) {
                Record row = (Record) o;
                Object g = component(row, "group");
                if (g != null && !g.equals(group)) {
                    lines.add(new Line(List.of(g.toString()), true, true));
                    group = g.toString();
                }
                number++;
                List<String> cells = new ArrayList<>();
                for (Column c : columns) cells.add(cell(row, c, number));
                lines.add(new Line(cells, Boolean.TRUE.equals(component(row, "strong")), false));
            }
            return new BlockTable(columns, lines, empty == null ? "（无）" : empty.toString());
        }
    }

    private TableColumns() {}

    static List<Column> of(JasperReport report, Map<String, Object> params) {
        List<JRElement> headers = texts(report.getColumnHeader());
        List<JRElement> cells = new ArrayList<>();
        if (report.getDetailSection() != null) {
            for (JRBand b : report.getDetailSection().getBands()) cells.addAll(texts(b));
        }
        // Header and detail cells share their x: pair them by position, left to right.
        List<Column> out = new ArrayList<>();
        for (JRElement cell : cells) {
            String field = field(cell);
            boolean counter = cell instanceof JRTextField tf && tf.getExpression() != null
                    && COUNT.matcher(tf.getExpression().getText().strip()).matches();
            if (field == null && !counter) continue;
            JRElement header = headers.stream().filter(h -> h.getX() == cell.getX()).findFirst()
                    .orElseGet(() -> headers.stream().min(Comparator.comparingInt(h -> Math.abs(h.getX() - cell.getX())))
                            .orElse(null));
            String text = header == null ? "" : headerText(header, params);
            if (text == null || text.isBlank()) continue; // a column the report switched off (an empty label)
            out.add(new Column(text, counter ? null : field, cell.getWidth()));
        }
        return out;
    }

    /** The text of every row component as the column prints it. */
    static String cell(Record row, Column column, int number) {
        if (column.field() == null) return String.valueOf(number);
        Object v = component(row, column.field());
        return v == null ? "" : v.toString();
    }

    static Object component(Record row, String name) {
        for (RecordComponent c : row.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(row);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("无法读取表格字段 " + name, e);
                }
            }
        }
        return null;
    }

    private static String headerText(JRElement e, Map<String, Object> params) {
        if (e instanceof JRStaticText st) return st.getText();
        if (e instanceof JRTextField tf && tf.getExpression() != null) {
            Matcher m = PARAM.matcher(tf.getExpression().getText().strip());
            if (m.matches()) {
                Object v = params.get(m.group(1));
                return v == null ? null : v.toString();
            }
        }
        return null;
    }

    private static String field(JRElement e) {
        if (!(e instanceof JRTextField tf)) return null;
        JRExpression x = tf.getExpression();
        if (x == null) return null;
        Matcher m = FIELD.matcher(x.getText());
        return m.find() ? m.group(1) : null;
    }

    /** The static texts and text fields of a band, frames opened, left to right. */
    private static List<JRElement> texts(JRBand band) {
        List<JRElement> out = new ArrayList<>();
        if (band != null) collect(band, out);
        out.sort(Comparator.comparingInt(JRElement::getX));
        return out;
    }

    private static void collect(JRElementGroup group, List<JRElement> out) {
        for (JRElement e : group.getElements()) {
            if (e instanceof JRStaticText || e instanceof JRTextField) out.add(e);
            else if (e instanceof JRElementGroup g) collect(g, out);
        }
    }
}
