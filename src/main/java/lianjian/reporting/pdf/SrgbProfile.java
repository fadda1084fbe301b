package lianjian.reporting.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sRGB ICC profile of the PDF/A output intent (issue 14). JasperReports reads the profile from a
 * path, so the JDK's own sRGB profile is written once per JVM to a temporary file: no third-party
 * profile ships with the product, and every report uses the same bytes.
 */
final class SrgbProfile {

    private static volatile String path;

    private SrgbProfile() {
    }

    /** The path of the written profile (written on first use, deleted when the JVM exits). */
    static String path() {
        String p = path;
        if (p != null) return p;
        synchronized (SrgbProfile.class) {
            if (path == null) path = write();
            return path;
        }
    }

    private static String write() {
        try {
            Path file = Files.createTempFile("lianjian-srgb-", ".icc");
            file.toFile().deleteOnExit();
            Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("无法写出 PDF/A 所需的 sRGB 色彩配置文件（临时目录不可写？）", e);
        }
    }
}
