package lianjian.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import lianjian.charts.ChartSpec;
import lianjian.charts.SvgCharts;

/**
 * Writes a chart as a standalone .svg file with every string drawn as glyph outlines, so Chinese
 * reads on any PC without a CJK font. Pages reference the file with {@code <img>}: one copy, cached by
 * the browser for every page that shows it, instead of 50 KB inlined into each page.
 *
 * <p>Drawn by {@link lianjian.charts.SvgCharts} (text as outlines, reproducible ids), with the axes
 * {@link lianjian.charts.Charts} sets for rates, so the dashboard and the PDFs draw the same chart.
 */
public final class ChartWriter {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 300;

    private ChartWriter() {}

    /** Draws {@code spec} into {@code siteDir/path}; returns the bytes written. */
    public static long write(Path siteDir, String path, ChartSpec spec) {
        Path out = siteDir.resolve(path);
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(spec) + "\n", StandardCharsets.UTF_8);
            return Files.size(out);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入图表 " + out, e);
        }
    }

    static String svg(ChartSpec spec) {
        return SvgCharts.svg(spec, WIDTH, HEIGHT);
    }
}
