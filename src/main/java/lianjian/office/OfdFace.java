package lianjian.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.ofdrw.font.Font;

import lianjian.charts.ChartFonts;

/**
 * A face of the CJK font the PDFs embed (Source Han Sans SC from the jasperreports-fonts jar), for the OFD copy:
 * its advance widths, and a subset of it holding only the characters a document prints. The whole face is 9 MB;
 * ofdrw embeds the font file it is given as is, so every OFD gets a subset written by FontBox.
 */
final class OfdFace {

    static final OfdFace REGULAR = new OfdFace(ChartFonts.REGULAR_TTF, "SourceHanSansSC-Regular", "思源黑体");
    static final OfdFace MEDIUM = new OfdFace(ChartFonts.MEDIUM_TTF, "SourceHanSansSC-Medium", "思源黑体中粗");

    private final String resource;
    final String fileStem;
    final String familyName;
    /** Parsed on first use; FontBox reads tables lazily from it, so every use holds its lock. */
    private TrueTypeFont ttf;
    /** Set once; read without the lock for every character measured (volatile: published whole). */
    private volatile double[] asciiWidths;

    private OfdFace(String resource, String fileStem, String familyName) {
        this.resource = resource;
        this.fileStem = fileStem;
        this.familyName = familyName;
    }

    /**
     * The ofdrw font for a document, whose file ({@code file}) is written later by {@link #writeSubset}: ofdrw reads
     * it only when the document is closed. Printable ASCII advances come from the font; ofdrw sets every other
     * character one em wide, as the CJK glyphs of this face are.
     */
    Font ofdrwFont(Path file) {
        return new Font(fileStem, familyName, file, asciiWidths());
    }

    /** The advance of a character in em, as ofdrw will place it. */
    double em(char c) {
        if (c < 32 || c > 126) return 1.0;
        double[] w = asciiWidths;
        return (w != null ? w : asciiWidths())[c - 32];
    }

    /** Writes the face reduced to {@code codePoints} (plus what the font needs: glyph 0) to {@code file}. */
    synchronized void writeSubset(Set<Integer> codePoints, Path file) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(font());
            subsetter.addAll(codePoints);
            try (OutputStream out = Files.newOutputStream(file)) {
                subsetter.writeToStream(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 OFD 的嵌入字体 " + file, e);
        }
    }

    private synchronized double[] asciiWidths() {
        if (asciiWidths == null) {
            try {
                TrueTypeFont f = font();
                CmapLookup cmap = f.getUnicodeCmapLookup();
                double unitsPerEm = f.getUnitsPerEm();
                double[] w = new double[95];
                for (char c = 32; c <= 126; c++) w[c - 32] = f.getAdvanceWidth(cmap.getGlyphId(c)) / unitsPerEm;
                asciiWidths = w;
            } catch (IOException e) {
                throw new UncheckedIOException("无法读取字体 " + resource, e);
            }
        }
        return asciiWidths;
    }

    private synchronized TrueTypeFont font() throws IOException {
        if (ttf == null) {
            try (InputStream in = OfdFace.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("找不到字体文件 " + resource);
                ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            }
        }
        return ttf;
    }
}
