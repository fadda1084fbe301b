package lianjian.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jfree.chart.ChartUtils;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import lianjian.reporting.pdf.Block;
import lianjian.reporting.pdf.CoverPage;
import lianjian.reporting.pdf.JFreeChartRenderable;

/**
 * The editable Word copy of a report (issue #14): the same assembled {@link lianjian.reporting.pdf.Document} the PDF
 * is filled from, written as a Word document a person rewrites in WPS or Word before the meeting — real headings,
 * paragraphs and Word tables (one per PDF table, with a repeated header row), charts as pictures, GB/T 9704 page and
 * fonts ({@link OfficialStyles}). Every figure is the PDF's text: nothing is computed or formatted here.
 */
public final class WordReport {

    private static final String RED = "C00000";
    /** 156 mm of text width in EMU-based points for pictures. */
    private static final int TEXT_WIDTH_PT = 442;

    private WordReport() {}

    /** overview-2025H1.pdf → overview-2025H1.docx */
    public static String fileFor(String pdfFile) {
        return pdfFile.replaceFirst("\\.pdf$", "") + ".docx";
    }

    /** Writes {@code document} as a .docx file. */
    public static void write(lianjian.reporting.pdf.Document document, Path file) {
        try (XWPFDocument doc = build(document); OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 Word 文件 " + file, e);
        }
    }

    static XWPFDocument build(lianjian.reporting.pdf.Document document) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        OfficialStyles.styles(doc);
        OfficialStyles.page(doc);
        pageNumbers(doc);
        var info = document.info();
        doc.getProperties().getCoreProperties().setTitle(info.pdfTitle());
        doc.getProperties().getCoreProperties().setCreator(info.author());
        for (Block b : document.blocks()) {
            if (b.heading() != null && !"TITLE".equals(b.kind())) {
                heading(doc, b.headingLevel() == null ? 1 : b.headingLevel(), b.heading());
            }
            switch (b.kind()) {
                case "COVER" -> cover(doc, info.cover());
                case "TITLE" -> {
                    styled(doc, OfficialStyles.TITLE, b.heading());
                    if (b.text() != null) styled(doc, OfficialStyles.TITLE, b.text()).getRuns().forEach(r -> r.setFontSize(16));
                }
                case "PARAGRAPH" -> body(doc, b.text());
                case "NOTE" -> styled(doc, OfficialStyles.NOTE, b.text());
                case "ALERT" -> alert(doc, b.text());
                case "TABLE" -> {
                    table(doc, b);
                    if (b.text() != null) styled(doc, OfficialStyles.NOTE, b.text());
                }
                case "CHART" -> charts(doc, b.chart(), null);
                case "CHARTS" -> charts(doc, b.chart(), b.chart2());
                case "BREAK" -> doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                case "LETTERHEAD" -> letterhead(doc, b.text(), (String) b.params().get("title"), (String) b.params().get("number"));
                case "ADDRESS" -> {
                    XWPFParagraph p = doc.createParagraph();
                    p.setSpacingBefore(OfficialStyles.LINE_PITCH_TWIPS);
                    lines(p, b.text());
                }
                case "SIGNATURE" -> signature(doc, b.text(), (String) b.params().get("date"));
                case "SLIP" -> slip(doc, b.text(), (String) b.params().get("unit"), (String) b.params().get("number"));
                default -> { } // NONE: the heading alone
            }
        }
        return doc;
    }

    private static void heading(XWPFDocument doc, int level, String text) {
        styled(doc, level == 1 ? OfficialStyles.H1 : OfficialStyles.H2, text).setIndentationFirstLine(640);
    }

    /** A body paragraph: first line indented by two characters. */
    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(640);
        p.setAlignment(ParagraphAlignment.BOTH);
        lines(p, text);
    }

    private static XWPFParagraph styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        lines(p, text);
        return p;
    }

    /** The text in one run per line, lines separated by a line break (a cell's "本期\n无数据"). */
    private static void lines(XWPFParagraph p, String text) {
        if (text == null) return;
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            XWPFRun r = p.createRun();
            r.setText(parts[i]);
            if (i < parts.length - 1) r.addBreak();
        }
    }

    private static void cover(XWPFDocument doc, CoverPage c) {
        if (c == null) return;
        XWPFParagraph mark = doc.createParagraph();
        mark.createRun().setText(c.mark());
        organs(doc, c.organ());
        blank(doc, 2);
        styled(doc, OfficialStyles.TITLE, c.title());
        styled(doc, OfficialStyles.TITLE, c.period()).getRuns().forEach(r -> r.setFontSize(16));
        blank(doc, 6);
        XWPFParagraph issuer = doc.createParagraph();
        issuer.setAlignment(ParagraphAlignment.CENTER);
        lines(issuer, c.issuer());
        XWPFParagraph date = doc.createParagraph();
        date.setAlignment(ParagraphAlignment.CENTER);
        lines(date, c.date());
        XWPFParagraph note = styled(doc, OfficialStyles.NOTE, c.note());
        note.setAlignment(ParagraphAlignment.CENTER);
        note.setSpacingBefore(OfficialStyles.LINE_PITCH_TWIPS);
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** The issuing organs in red, centred, above the red rule (the 版头 of GB/T 9704). */
    private static void organs(XWPFDocument doc, String organs) {
        String[] lines = organs.split("\n");
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = styled(doc, OfficialStyles.ORGAN, lines[i]);
            p.getRuns().forEach(r -> r.setColor(RED));
            if (i == lines.length - 1) redRule(p);
        }
    }

    private static void redRule(XWPFParagraph p) {
        CTPBdr bdr = p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetPBdr() ? p.getCTP().getPPr().getPBdr()
                : (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewPBdr();
        CTBorder bottom = bdr.addNewBottom();
        bottom.setVal(STBorder.THICK_THIN_SMALL_GAP);
        bottom.setSz(BigInteger.valueOf(24));
        bottom.setSpace(BigInteger.valueOf(8));
        bottom.setColor(RED);
    }

    private static void letterhead(XWPFDocument doc, String offices, String title, String number) {
        organs(doc, offices);
        XWPFParagraph no = doc.createParagraph();
        no.setAlignment(ParagraphAlignment.CENTER);
        no.createRun().setText(number == null ? "" : number);
        styled(doc, OfficialStyles.TITLE, title).setSpacingBefore(OfficialStyles.LINE_PITCH_TWIPS);
    }

    private static void alert(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        p.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        p.setBorderLeft(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        p.setBorderRight(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        lines(p, text);
        p.getRuns().forEach(r -> r.setColor(RED));
    }

    private static void signature(XWPFDocument doc, String offices, String date) {
        blank(doc, 2);
        for (String line : (offices + "\n" + date).split("\n")) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            p.setIndentationRight(640 * 2);
            p.createRun().setText(line);
        }
    }

    /** 回执: a page of its own with the instructions and a form to fill in (a Word table). */
    private static void slip(XWPFDocument doc, String instructions, String unit, String number) {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        styled(doc, OfficialStyles.TITLE, "回　执");
        body(doc, instructions);
        String[][] form = {{"单位", unit}, {"通知编号", number}, {"签收人", ""}, {"签收日期", ""}, {"联系电话", ""}};
        XWPFTable t = doc.createTable(form.length, 2);
        fullWidth(t);
        for (int i = 0; i < form.length; i++) {
            cellText(t.getRow(i).getCell(0), form[i][0], true);
            cellText(t.getRow(i).getCell(1), form[i][1], false);
        }
    }

    /** A PDF table as a Word table: the template's columns, a header row repeated on every page, group rows merged. */
    private static void table(XWPFDocument doc, Block b) {
        TableColumns.BlockTable table = TableColumns.BlockTable.of(b);
        List<TableColumns.Column> columns = table.columns();
        if (columns.isEmpty()) return;
        if (table.lines().isEmpty()) {
            styled(doc, OfficialStyles.TABLE_TEXT, table.emptyText()).setAlignment(ParagraphAlignment.CENTER);
            return;
        }
        XWPFTable t = doc.createTable(1, columns.size());
        fullWidth(t);
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            cellText(header.getCell(c), columns.get(c).header(), true);
            header.getCell(c).setColor("E7E6E6");
        }
        for (TableColumns.Line line : table.lines()) {
            XWPFTableRow r = t.createRow();
            r.setCantSplitRow(true);
            if (line.group()) {
                cellText(r.getCell(0), line.cells().get(0), true);
                for (int c = columns.size() - 1; c > 0; c--) r.removeCell(c);
                var tcPr = r.getCell(0).getCTTc().isSetTcPr() ? r.getCell(0).getCTTc().getTcPr() : r.getCell(0).getCTTc().addNewTcPr();
                tcPr.addNewGridSpan().setVal(BigInteger.valueOf(columns.size()));
                continue;
            }
            for (int c = 0; c < columns.size(); c++) cellText(r.getCell(c), line.cells().get(c), line.strong());
        }
    }

    private static void fullWidth(XWPFTable t) {
        var pr = t.getCTTbl().getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.PCT);
        w.setW(BigInteger.valueOf(5000));
    }

    private static void cellText(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        p.setStyle(OfficialStyles.TABLE_TEXT);
        lines(p, text);
        if (bold) p.getRuns().forEach(r -> r.setBold(true));
    }

    /** Charts as pictures (one full width, or two side by side), drawn from the same JFreeChart as the PDF's. */
    private static void charts(XWPFDocument doc, net.sf.jasperreports.renderers.Renderable left,
                               net.sf.jasperreports.renderers.Renderable right) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.getCTP().addNewPPr().addNewSpacing().setLineRule(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
        boolean half = right != null;
        for (var r : half ? List.of(left, right) : List.of(left)) {
            if (!(r instanceof JFreeChartRenderable chart)) continue;
            int widthPt = half ? TEXT_WIDTH_PT / 2 - 4 : TEXT_WIDTH_PT;
            int heightPt = half ? widthPt * 3 / 4 : widthPt / 2;
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(png, chart.chart(), widthPt * 2, heightPt * 2);
            try {
                p.createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), Document.PICTURE_TYPE_PNG, "chart.png",
                        Units.toEMU(widthPt), Units.toEMU(heightPt));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
        }
    }

    private static void blank(XWPFDocument doc, int lines) {
        for (int i = 0; i < lines; i++) doc.createParagraph();
    }

    /** "— 1 —" centred in the footer: the page number of GB/T 9704 (宋体 四号). */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun a = p.createRun();
        a.setText("— ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        XWPFRun b = p.createRun();
        b.setText(" —");
        for (XWPFRun r : p.getRuns()) {
            r.setFontSize(14);
            r.setFontFamily("宋体", XWPFRun.FontCharRange.eastAsia);
        }
    }
}
