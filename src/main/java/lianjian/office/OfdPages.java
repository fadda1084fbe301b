package lianjian.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Div;
import org.ofdrw.layout.element.Img;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.layout.element.Position;
import org.ofdrw.layout.element.Span;

/**
 * The pages of an OFD copy, laid out here rather than by ofdrw's flow layout (which has no tables): A4 with the GB/T
 * 9704 text block (margins 37/35/28/26 mm, 156 × 225 mm), a cursor that moves down the block and opens a new page
 * when the next line does not fit. Every line of text is one text object (ofdrw places each character with its own
 * advance); lines are broken here with the same advances, so ofdrw never breaks them again. Lengths in mm.
 */
final class OfdPages {

    static final double PAGE_W = 210, PAGE_H = 297;
    static final double LEFT = 28, TOP = 37, WIDTH = 156, HEIGHT = 225;
    static final double BOTTOM = TOP + HEIGHT;
    static final double PT = 25.4 / 72;

    static final int[] BLACK = {0, 0, 0}, RED = {192, 0, 0}, GREY = {89, 89, 89};

    /** A text style: face, size in points, line pitch in mm, colour. */
    record Style(OfdFace face, double points, double pitch, int[] color) {
        double size() { return points * PT; }

        Style color(int[] c) { return new Style(face, points, pitch, c); }
    }

    /** A line alignment; JUSTIFY spreads a line of running text to the full width (not the last line of a paragraph). */
    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    private final Path fontDir;
    private final Font regular, medium;
    private final Set<Integer> regularChars = new HashSet<>(), mediumChars = new HashSet<>();
    private final List<VirtualPage> pages = new ArrayList<>();
    private VirtualPage page;
    private double y;

    OfdPages(Path fontDir) {
        this.fontDir = fontDir;
        this.regular = OfdFace.REGULAR.ofdrwFont(fontFile(OfdFace.REGULAR));
        this.medium = OfdFace.MEDIUM.ofdrwFont(fontFile(OfdFace.MEDIUM));
        newPage();
    }

    private Path fontFile(OfdFace face) {
        return fontDir.resolve(face.fileStem + ".ttf");
    }

    // ---- the cursor ----

    double y() { return y; }

    double left() { return BOTTOM - y; }

    boolean atTop() { return y <= TOP + 0.01; }

    void newPage() {
        page = new VirtualPage(PAGE_W, PAGE_H);
        pages.add(page);
        y = TOP;
    }

    /** Opens a new page unless {@code height} still fits on this one. */
    void need(double height) {
        if (!atTop() && y + height > BOTTOM + 0.01) newPage();
    }

    void skip(double height) {
        y = Math.min(y + height, BOTTOM);
    }

    int pageCount() { return pages.size(); }

    // ---- text ----

    double width(String s, Style st) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) w += st.face().em(s.charAt(i));
        return w * st.size();
    }

    /**
     * A paragraph of running text: broken into lines within the text block (the first line indented by
     * {@code indentChars} characters), each line placed at the cursor, pages turned as needed.
     */
    void paragraph(String text, Style st, int indentChars, Align align) {
        if (text == null) return;
        for (String hard : text.split("\n", -1)) {
            double indent = indentChars * st.size();
            List<String> lines = OfdLines.wrap(hard, c -> st.face().em(c) * st.size(), WIDTH - indent, WIDTH);
            for (int i = 0; i < lines.size(); i++) {
                need(st.pitch());
                double x = i == 0 ? LEFT + indent : LEFT;
                Align a = align == Align.JUSTIFY && i == lines.size() - 1 ? Align.LEFT : align;
                line(lines.get(i), st, x, y, i == 0 ? WIDTH - indent : WIDTH, st.pitch(), a);
                y += st.pitch();
            }
        }
    }

    /** A paragraph inside a box of the given width (a table cell), from {@code top}; returns its lines. */
    List<String> wrap(String text, Style st, double width) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        for (String hard : text.split("\n", -1)) {
            out.addAll(OfdLines.wrap(hard, c -> st.face().em(c) * st.size(), width, width));
        }
        return out;
    }

    /**
     * One line of text in the box (x, top, width, pitch): vertically centred on the pitch, aligned within the
     * width. A line that is only blanks places nothing.
     */
    void line(String text, Style st, double x, double top, double width, double pitch, Align align) {
        if (text.isBlank()) return;
        double w = width(text, st);
        double left = switch (align) {
            case LEFT, JUSTIFY -> x;
            case CENTER -> x + (width - w) / 2;
            case RIGHT -> x + width - w;
        };
        // justified: the room left shared between the characters, unless the line was broken early (a long number)
        double spacing = 0;
        if (align == Align.JUSTIFY && text.length() > 1 && width > w) {
            spacing = (width - w) / (text.length() - 1);
            if (spacing > 0.5 * st.size()) spacing = 0;
        }
        // ofdrw puts the baseline one em below the paragraph's top. Centre the ideographic em box (0.88 em above the
        // baseline, 0.12 em below) on the pitch.
        double paragraphTop = top + pitch / 2 + 0.38 * st.size() - st.size();
        Span span = new Span(font(st.face()), st.size(), text);
        span.setColor(st.color());
        if (spacing > 0) span.setLetterSpacing(spacing);
        Paragraph p = new Paragraph();
        p.add(span);
        p.setFirstLineIndent(0);
        // The text object's boundary is its line box, and a reader clips what is drawn outside it: the line space
        // (below the baseline in ofdrw) keeps the descenders inside.
        p.setLineSpace(0.3 * st.size());
        p.setPosition(Position.Absolute);
        p.setX(left);
        p.setY(paragraphTop);
        // a millimetre to spare, so that ofdrw's own measure never breaks the line again
        p.setWidth(w + spacing * text.length() + 1);
        page.add(p);
        Set<Integer> chars = st.face() == OfdFace.MEDIUM ? mediumChars : regularChars;
        text.codePoints().forEach(chars::add);
    }

    private Font font(OfdFace face) {
        return face == OfdFace.MEDIUM ? medium : regular;
    }

    // ---- boxes, rules and pictures ----

    /** A ruled box (a table cell), optionally filled. */
    void box(double x, double top, double width, double height, int[] fill, int[] border, double borderWidth) {
        // ofdrw draws the border outside the box: the box shrinks by it, so that neighbouring cells share their rules
        double b = border == null ? 0 : borderWidth;
        Div d = new Div(width - 2 * b, height - 2 * b);
        d.setPosition(Position.Absolute);
        d.setX(x);
        d.setY(top);
        if (fill != null) d.setBackgroundColor(fill);
        if (border != null) {
            d.setBorder(borderWidth);
            d.setBorderColor(border);
        }
        page.add(d);
    }

    /** A filled bar (the red rule under the issuing organs). */
    void bar(double x, double top, double width, double height, int[] color) {
        box(x, top, width, height, color, null, 0);
    }

    void picture(Path png, double x, double top, double width, double height) throws IOException {
        Img img = new Img(width, height, png);
        img.setPosition(Position.Absolute);
        img.setX(x);
        img.setY(top);
        page.add(img);
    }

    /**
     * Numbers every page "— n —", centred under the text block (GB/T 9704: 四号, 7 mm below it), writes the font
     * subsets and adds the pages to the document; ofdrw renders them when the document is closed.
     */
    void finish(OFDDoc doc) {
        Style number = new Style(OfdFace.REGULAR, 14, 14 * PT * 1.2, BLACK);
        for (int i = 0; i < pages.size(); i++) {
            page = pages.get(i);
            line("— " + (i + 1) + " —", number, LEFT, BOTTOM + 7 - 0.1 * number.size(), WIDTH, number.pitch(), Align.CENTER);
        }
        // glyphs every viewer may ask for (a search box, an empty line)
        " 0123456789".codePoints().forEach(regularChars::add);
        OfdFace.REGULAR.writeSubset(regularChars, fontFile(OfdFace.REGULAR));
        if (!mediumChars.isEmpty()) OfdFace.MEDIUM.writeSubset(mediumChars, fontFile(OfdFace.MEDIUM));
        for (VirtualPage p : pages) doc.addVPage(p);
    }
}
