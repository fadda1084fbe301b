package lianjian.office;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The page and the named styles of an official document after GB/T 9704: A4, margins top 37 mm, bottom 35 mm,
 * left 28 mm, right 26 mm (a 156 × 225 mm text block), 22 lines of 28 characters; body in 仿宋_GB2312 三号
 * (16 pt), the title in 方正小标宋简体 二号, level-1 headings in 黑体 三号, level-2 in 楷体_GB2312 三号.
 *
 * <p>Fonts are named, never embedded: the office's machines have them (a machine without them substitutes). Every
 * run style names its font for {@code w:eastAsia} too, because WPS picks the Chinese font from there (a font set
 * only as {@code w:ascii} leaves Chinese text in the default 宋体). Headings are Word's built-in heading styles
 * (outline levels 1 and 2), so the navigation pane and a table of contents see them.
 */
final class OfficialStyles {

    static final String BODY_FONT = "仿宋_GB2312";
    static final String TITLE_FONT = "方正小标宋简体";
    static final String H1_FONT = "黑体";
    static final String H2_FONT = "楷体_GB2312";
    /** Digits and Latin letters: the convention of Chinese official documents. */
    static final String LATIN_FONT = "Times New Roman";

    static final String TITLE = "Title", H1 = "Heading1", H2 = "Heading2", NOTE = "Note", TABLE_TEXT = "TableText",
            ORGAN = "Organ";

    /** 三号 16 pt, in half-points. */
    static final int BODY_HALF_POINTS = 32;
    /** 225 mm / 22 lines = 28.95 pt. */
    static final int LINE_PITCH_TWIPS = 579;
    /**
     * Character spacing in twentieths of a point: 156 mm (442.2 pt) of text width holds 27 characters of 16 pt; at
     * 16 − 0.25 = 15.75 pt a character it holds 28 (441 pt), the 28 characters a line of GB/T 9704.
     */
    static final int CHARACTER_SPACING = -5;

    private OfficialStyles() {}

    private static BigInteger mm(double mm) {
        return BigInteger.valueOf(Math.round(mm * 1440 / 25.4));
    }

    /** A4 portrait with the GB/T 9704 margins and a grid of 22 lines × 28 characters. */
    static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(mm(37));
        mar.setBottom(mm(35));
        mar.setLeft(mm(28));
        mar.setRight(mm(26));
        mar.setHeader(mm(15));
        mar.setFooter(mm(28) .subtract(mm(21))); // the page number sits 7 mm below the text block
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        // 22 lines from the line grid. The 28 characters come from the text's own spacing (CHARACTER_SPACING), not from
        // a character grid: LibreOffice places each 16 pt character of a 15.79 pt character grid in two cells (14
        // characters a line, seen in a conversion of the overview), while Word and WPS squeeze it into one.
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH_TWIPS));
        if (grid.isSetCharSpace()) grid.unsetCharSpace();
    }

    /** Adds the document defaults and the named styles. */
    static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        var defaults = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults.Factory.newInstance();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr, BODY_FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        rpr.addNewSpacing().setVal(BigInteger.valueOf(CHARACTER_SPACING));
        rpr.addNewLang().setEastAsia("zh-CN");
        CTPPrGeneral ppr = defaults.addNewPPrDefault().addNewPPr();
        CTSpacing sp = ppr.addNewSpacing();
        sp.setLine(BigInteger.valueOf(LINE_PITCH_TWIPS));
        sp.setLineRule(STLineSpacingRule.EXACT);
        sp.setBefore(BigInteger.ZERO);
        sp.setAfter(BigInteger.ZERO);
        styles.setDefaultFonts(null);
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles ct =
                org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
        ct.setDocDefaults(defaults);
        styles.setStyles(ct);

        add(styles, "Normal", "Normal", BODY_FONT, BODY_HALF_POINTS, false, null, null, true);
        add(styles, TITLE, "Title", TITLE_FONT, 44, false, STJc.CENTER, null, false);
        add(styles, H1, "heading 1", H1_FONT, BODY_HALF_POINTS, false, null, 0, false);
        add(styles, H2, "heading 2", H2_FONT, BODY_HALF_POINTS, false, null, 1, false);
        add(styles, NOTE, "注释", BODY_FONT, 24, false, null, null, false);
        add(styles, TABLE_TEXT, "表格文字", BODY_FONT, 21, false, null, null, false);
        add(styles, ORGAN, "发文机关标志", TITLE_FONT, 44, false, STJc.CENTER, null, false);
    }

    private static void add(XWPFStyles styles, String id, String name, String font, int halfPoints, boolean bold,
                            STJc.Enum jc, Integer outline, boolean isDefault) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (isDefault) s.setDefault(true);
        else s.addNewBasedOn().setVal("Normal");
        s.addNewQFormat();
        CTRPr r = s.addNewRPr();
        fonts(r, font);
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (bold) r.addNewB();
        var p = s.addNewPPr();
        if (jc != null) p.addNewJc().setVal(jc);
        if (outline != null) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            p.addNewKeepNext();
        }
        if (TABLE_TEXT.equals(id) || NOTE.equals(id)) {
            // Table cells and notes: single spacing, off the grid, so that a row is as high as its text.
            CTSpacing sp = p.addNewSpacing();
            sp.setLine(BigInteger.valueOf(TABLE_TEXT.equals(id) ? 280 : 400));
            sp.setLineRule(STLineSpacingRule.AUTO);
            p.addNewSnapToGrid().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
        }
        if (TITLE.equals(id) || ORGAN.equals(id)) {
            CTSpacing sp = p.addNewSpacing();
            sp.setLine(BigInteger.valueOf(TITLE.equals(id) ? 700 : 800));
            sp.setLineRule(STLineSpacingRule.EXACT);
        }
        styles.addStyle(new XWPFStyle(s));
    }

    /** Names a font for Latin text and for Chinese text ({@code w:eastAsia}, which WPS reads). */
    static void fonts(CTRPr rpr, String chinese) {
        CTFonts f = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        f.setAscii(LATIN_FONT);
        f.setHAnsi(LATIN_FONT);
        f.setCs(LATIN_FONT);
        f.setEastAsia(chinese);
        f.setHint(STHint.EAST_ASIA);
    }
}
