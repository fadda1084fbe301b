package lianjian.office;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jfree.chart.ChartUtils;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.layout.OFDDoc;

import lianjian.office.OfdPages.Align;
import lianjian.office.OfdPages.Style;
import lianjian.reporting.pdf.Block;
import lianjian.reporting.pdf.CoverPage;
import lianjian.reporting.pdf.JFreeChartRenderable;

/**
 * The OFD (GB/T 33190) copy of the 联席会议 overview (issue #14): the same assembled
 * {@link lianjian.reporting.pdf.Document} the PDF and the Word copy are written from, laid out on A4 pages after
 * GB/T 9704 as real text objects in an embedded subset of the PDFs' own CJK font (so the text can be selected,
 * searched and copied in an OFD reader), tables as ruled cells of text with the header repeated on each page,
 * charts as pictures (as in the Word copy), "— n —" page numbers. Every figure is the PDF's text.
 */
public final class OfdReport {

    private static final double BODY_PITCH = 579 / 20.0 * OfdPages.PT; // the Word copy's 22-line grid
    private static final Style BODY = new Style(OfdFace.REGULAR, 16, BODY_PITCH, OfdPages.BLACK);
    private static final Style H1 = new Style(OfdFace.MEDIUM, 16, BODY_PITCH, OfdPages.BLACK);
    private static final Style H2 = new Style(OfdFace.REGULAR, 16, BODY_PITCH, OfdPages.BLACK);
    private static final Style TITLE = new Style(OfdFace.MEDIUM, 22, 22 * OfdPages.PT * 1.5, OfdPages.BLACK);
    private static final Style NOTE = new Style(OfdFace.REGULAR, 12, 12 * OfdPages.PT * 1.5, OfdPages.GREY);
    private static final Style CELL = new Style(OfdFace.REGULAR, 10.5, 10.5 * OfdPages.PT * 1.4, OfdPages.BLACK);
    private static final Style CELL_STRONG = new Style(OfdFace.MEDIUM, 10.5, 10.5 * OfdPages.PT * 1.4, OfdPages.BLACK);

    private static final int[] HEADER_FILL = {231, 230, 230}, GROUP_FILL = {242, 242, 242};
    private static final double RULE = 0.15, CELL_PAD_X = 1.2, CELL_PAD_Y = 0.8;
    /** A figure ("95.0%", "▲1.2 个百分点", "1,234", "1:1.31", "9 件"): a column of figures is right-aligned. */
    private static final Pattern FIGURE = Pattern.compile("[-+▲▼]?\\d[\\d,.:]*%?( ?(个百分点|[件人天分年次项个]))?\\*?");
    /** What a column of figures also holds: no value, no change. */
    private static final Pattern NO_FIGURE = Pattern.compile("—|持平|本期\\s*无数据|");

    private OfdReport() {}

    /** overview-2025H1.pdf → overview-2025H1.ofd */
    public static String fileFor(String pdfFile) {
        return pdfFile.replaceFirst("\\.pdf$", "") + ".ofd";
    }

    /** Writes {@code document} as an .ofd file. */
    public static void write(lianjian.reporting.pdf.Document document, Path file) {
        Path work = null;
        try {
            work = Files.createTempDirectory("lianjian-ofd");
            OfdPages pages = new OfdPages(work);
            new OfdReport.Writer(pages, work).blocks(document);
            try (OFDDoc doc = new OFDDoc(file)) {
                var info = document.info();
                CT_DocInfo docInfo = doc.getOfdDir().getOfd().getDocBody().getDocInfo();
                docInfo.setTile(info.pdfTitle());
                docInfo.setAuthor(info.author());
                docInfo.setSubject(info.headerTitle() + "（" + info.periodLabel() + "）");
                docInfo.setCreator("联监");
                docInfo.setCreationDate(LocalDate.now());
                pages.finish(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 OFD 文件 " + file, e);
        } catch (org.dom4j.DocumentException e) {
            throw new IllegalStateException("无法写入 OFD 文件 " + file + "：" + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    /** Walks the blocks as {@link WordReport} does. */
    private static final class Writer {
        private final OfdPages pages;
        private final Path work;
        private int pictures;

        Writer(OfdPages pages, Path work) {
            this.pages = pages;
            this.work = work;
        }

        void blocks(lianjian.reporting.pdf.Document document) throws IOException {
            for (Block b : document.blocks()) {
                if (b.heading() != null && !"TITLE".equals(b.kind())) {
                    boolean h1 = b.headingLevel() == null || b.headingLevel() == 1;
                    // keep a heading with at least two lines of what follows
                    pages.need(BODY_PITCH * 3);
                    pages.paragraph(b.heading(), h1 ? H1 : H2, 2, Align.LEFT);
                }
                switch (b.kind()) {
                    case "COVER" -> cover(document.info().cover());
                    case "TITLE" -> {
                        pages.paragraph(b.heading(), TITLE, 0, Align.CENTER);
                        if (b.text() != null) pages.paragraph(b.text(), BODY, 0, Align.CENTER);
                        pages.skip(BODY_PITCH / 2);
                    }
                    case "PARAGRAPH" -> pages.paragraph(b.text(), BODY, 2, Align.JUSTIFY);
                    case "NOTE" -> pages.paragraph(b.text(), NOTE, 0, Align.LEFT);
                    case "ALERT" -> alert(b.text());
                    case "TABLE" -> {
                        table(b);
                        if (b.text() != null) pages.paragraph(b.text(), NOTE, 0, Align.LEFT);
                        pages.skip(NOTE.pitch() / 2);
                    }
                    case "CHART" -> charts(b.chart(), null);
                    case "CHARTS" -> charts(b.chart(), b.chart2());
                    case "BREAK" -> {
                        if (!pages.atTop()) pages.newPage();
                    }
                    case "NONE" -> { }
                    // the notice's blocks (letterhead, address, signature, slip) are not in the overview: keep their text
                    default -> pages.paragraph(b.text(), BODY, 0, Align.LEFT);
                }
            }
        }

        /** The cover as the PDF's: 内部资料 mark, the organs in red over the red rule, title, period, issuers, date. */
        private void cover(CoverPage c) {
            if (c == null) return;
            pages.paragraph(c.mark(), BODY, 0, Align.LEFT);
            pages.skip(BODY_PITCH);
            Style organ = TITLE.color(OfdPages.RED);
            pages.paragraph(c.organ(), organ, 0, Align.CENTER);
            pages.skip(2);
            pages.bar(OfdPages.LEFT, pages.y(), OfdPages.WIDTH, 0.7, OfdPages.RED);
            pages.skip(BODY_PITCH * 3);
            pages.paragraph(c.title(), TITLE, 0, Align.CENTER);
            pages.paragraph(c.period(), BODY, 0, Align.CENTER);
            pages.skip(BODY_PITCH * 6);
            pages.paragraph(c.issuer(), BODY, 0, Align.CENTER);
            pages.paragraph(c.date(), BODY, 0, Align.CENTER);
            pages.skip(BODY_PITCH);
            pages.paragraph(c.note(), NOTE, 0, Align.CENTER);
            pages.newPage();
        }

        /** A sentence the reader must not miss: red, in a red box. */
        private void alert(String text) {
            if (text == null) return;
            Style red = BODY.color(OfdPages.RED);
            double inner = OfdPages.WIDTH - 2 * 3;
            List<String> lines = pages.wrap(text, red, inner);
            double height = lines.size() * red.pitch() + 2;
            pages.need(height);
            double top = pages.y();
            pages.box(OfdPages.LEFT, top, OfdPages.WIDTH, height, null, OfdPages.RED, 0.3);
            for (int i = 0; i < lines.size(); i++) {
                pages.line(lines.get(i), red, OfdPages.LEFT + 3, top + 1 + i * red.pitch(), inner, red.pitch(), Align.LEFT);
            }
            pages.skip(height + BODY_PITCH / 3);
        }

        /** A PDF table as ruled cells: the template's columns, the header again on every page, group rows across. */
        private void table(Block b) {
            TableColumns.BlockTable table = TableColumns.BlockTable.of(b);
            List<TableColumns.Column> columns = table.columns();
            if (columns.isEmpty()) return;
            if (table.lines().isEmpty()) {
                pages.paragraph(table.emptyText(), CELL, 0, Align.CENTER);
                return;
            }
            List<String> header = columns.stream().map(TableColumns.Column::header).toList();
            List<Row> body = new ArrayList<>();
            for (TableColumns.Line line : table.lines()) body.add(new Row(line.cells(), line.strong(), line.group()));
            boolean[] figures = figureColumns(header.size(), body);
            double[] widths = widths(columns, header, body);
            double headerHeight = height(header, widths, CELL_STRONG);
            // the header and the first row together
            pages.need(headerHeight + height(body.get(0), widths));
            row(header, widths, CELL_STRONG, HEADER_FILL, null);
            for (int k = 0; k < body.size(); k++) {
                Row r = body.get(k);
                double h = height(r, widths);
                // a group's heading row goes with the group's first row
                if (r.group() && k + 1 < body.size()) h += height(body.get(k + 1), widths);
                if (pages.y() + h > OfdPages.BOTTOM + 0.01) {
                    pages.newPage();
                    row(header, widths, CELL_STRONG, HEADER_FILL, null);
                }
                if (r.group()) {
                    row(r.cells(), new double[] {OfdPages.WIDTH}, CELL_STRONG, GROUP_FILL, new boolean[1]);
                } else {
                    row(r.cells(), widths, r.strong() ? CELL_STRONG : CELL, null, figures);
                }
            }
        }

        private record Row(List<String> cells, boolean strong, boolean group) {}

        private double height(Row r, double[] widths) {
            return r.group() ? height(r.cells(), new double[] {OfdPages.WIDTH}, CELL_STRONG)
                    : height(r.cells(), widths, r.strong() ? CELL_STRONG : CELL);
        }

        private double height(List<String> cells, double[] widths, Style st) {
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                lines = Math.max(lines, pages.wrap(cells.get(i), st, widths[i] - 2 * CELL_PAD_X).size());
            }
            return lines * st.pitch() + 2 * CELL_PAD_Y;
        }

        /** Columns whose cells are all figures (or — and 持平), some of them real figures. */
        private boolean[] figureColumns(int n, List<Row> body) {
            boolean[] out = new boolean[n];
            for (int i = 0; i < n; i++) {
                boolean all = true, any = false;
                for (Row r : body) {
                    if (r.group() || i >= r.cells().size()) continue;
                    String t = r.cells().get(i).strip();
                    if (FIGURE.matcher(t).matches()) any = true;
                    else if (!NO_FIGURE.matcher(t).matches()) all = false;
                }
                out[i] = all && any;
            }
            return out;
        }

        /** A row of cells; {@code figures} null for the header (centred), else which columns are right-aligned. */
        private void row(List<String> cells, double[] widths, Style st, int[] fill, boolean[] figures) {
            double h = height(cells, widths, st);
            double x = OfdPages.LEFT, top = pages.y();
            for (int i = 0; i < cells.size(); i++) {
                pages.box(x, top, widths[i], h, fill, OfdPages.BLACK, RULE);
                String text = cells.get(i);
                Align align = figures == null ? Align.CENTER : figures[i] ? Align.RIGHT : Align.LEFT;
                List<String> lines = pages.wrap(text, st, widths[i] - 2 * CELL_PAD_X);
                for (int l = 0; l < lines.size(); l++) {
                    pages.line(lines.get(l), st, x + CELL_PAD_X, top + CELL_PAD_Y + l * st.pitch(), widths[i] - 2 * CELL_PAD_X,
                            st.pitch(), align);
                }
                x += widths[i];
            }
            pages.skip(h);
        }

        /**
         * Column widths that fill the text block in the proportions of the PDF's columns, widened where a column's
         * longest word (a figure such as "▲16.4", "个百分点", a date) or its header would not fit, the difference taken
         * from the columns that have room to spare.
         */
        private double[] widths(List<TableColumns.Column> columns, List<String> header, List<Row> body) {
            int n = columns.size();
            double[] least = new double[n];
            double pdfTotal = 0;
            for (int i = 0; i < n; i++) {
                least[i] = Math.max(2 * CELL.size() + 2 * CELL_PAD_X + 0.5, longestWord(header.get(i), CELL_STRONG));
                pdfTotal += Math.max(1, columns.get(i).width());
            }
            for (Row r : body) {
                if (r.group()) continue;
                Style st = r.strong() ? CELL_STRONG : CELL;
                for (int i = 0; i < n && i < r.cells().size(); i++) least[i] = Math.max(least[i], longestWord(r.cells().get(i), st));
            }
            for (int i = 0; i < n; i++) {
                // a short header (上年同期) and short cells (未达标) stay on one line
                if (header.get(i).length() <= 4) least[i] = Math.max(least[i], widest(header.get(i), CELL_STRONG));
            }
            for (Row r : body) {
                if (r.group()) continue;
                for (int i = 0; i < n && i < r.cells().size(); i++) {
                    if (r.cells().get(i).length() <= 3) least[i] = Math.max(least[i], widest(r.cells().get(i), CELL_STRONG));
                }
            }
            double[] out = new double[n];
            for (int i = 0; i < n; i++) out[i] = OfdPages.WIDTH * Math.max(1, columns.get(i).width()) / pdfTotal;
            for (int round = 0; round < n; round++) {
                double missing = 0, spare = 0;
                for (int i = 0; i < n; i++) {
                    if (out[i] < least[i]) missing += least[i] - out[i];
                    else spare += out[i] - least[i];
                }
                if (missing < 0.01 || spare < 0.01) break;
                double take = Math.min(missing, spare);
                for (int i = 0; i < n; i++) {
                    if (out[i] < least[i]) out[i] += (least[i] - out[i]) * take / missing;
                    else out[i] -= (out[i] - least[i]) * take / spare;
                }
            }
            return out;
        }

        /** The widest run of characters that are neither Chinese nor blank, with the cell's padding. */
        private double longestWord(String text, Style st) {
            double w = 0;
            for (String word : OfdLines.words(text)) w = Math.max(w, pages.width(word, st));
            return w + 2 * CELL_PAD_X + 0.5;
        }

        private double widest(String text, Style st) {
            double w = 0;
            for (String line : text.split("\n")) w = Math.max(w, pages.width(line, st));
            return w + 2 * CELL_PAD_X + 0.5;
        }

        /** Charts as pictures (one full width, or two side by side), drawn from the same JFreeChart as the PDF's. */
        private void charts(net.sf.jasperreports.renderers.Renderable left, net.sf.jasperreports.renderers.Renderable right)
                throws IOException {
            boolean half = right != null;
            double width = half ? OfdPages.WIDTH / 2 - 2 : OfdPages.WIDTH;
            double height = half ? width * 3 / 4 : width / 2;
            pages.need(height + 2);
            double x = OfdPages.LEFT, top = pages.y() + 1;
            for (var r : half ? List.of(left, right) : List.of(left)) {
                if (!(r instanceof JFreeChartRenderable chart)) continue;
                Path png = work.resolve("chart-" + (++pictures) + ".png");
                // laid out at the picture's size in points, as the PDF lays its charts out (so the lettering keeps its
                // size), drawn at three pixels a point
                try (var outStream = Files.newOutputStream(png)) {
                    ChartUtils.writeScaledChartAsPNG(outStream, chart.chart(), (int) (width / OfdPages.PT), (int) (height / OfdPages.PT), 3, 3);
                }
                pages.picture(png, x, top, width, height);
                x += width + 4;
            }
            pages.skip(height + 3);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
