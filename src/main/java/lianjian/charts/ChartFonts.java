package lianjian.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Source Han Sans SC (思源黑体) from the jasperreports-fonts jar, registered with AWT. Machines here
 * have no guaranteed CJK system font and AWT does not see JasperReports font extensions, so without
 * this JFreeChart draws Chinese as boxes. Loaded once per JVM (the TTFs are 9 MB each).
 */
public final class ChartFonts {

    public static final String REGULAR_TTF = "com/github/xingfudeshi/fonts/思源黑体正常_0.ttf";
    public static final String MEDIUM_TTF = "com/github/xingfudeshi/fonts/思源黑体中粗.ttf";

    /** Each face is loaded on first use, once per JVM (holder classes: the JVM does the locking). */
    private static final class Regular { static final Font FONT = load(REGULAR_TTF); }

    private static final class Medium { static final Font FONT = load(MEDIUM_TTF); }

    private ChartFonts() {}

    public static Font regular(float size) {
        return Regular.FONT.deriveFont(Font.PLAIN, size);
    }

    /** The heavier face (the jar has no real bold: use this for emphasis). */
    public static Font medium(float size) {
        return Medium.FONT.deriveFont(Font.PLAIN, size);
    }

    private static Font load(String resource) {
        try (InputStream in = ChartFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("CJK font not on the classpath: " + resource);
            Font f = Font.createFont(Font.TRUETYPE_FONT, new BufferedInputStream(in));
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bad font " + resource, e);
        }
    }
}
