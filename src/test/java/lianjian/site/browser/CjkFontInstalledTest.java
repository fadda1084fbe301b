package lianjian.site.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Headless Chromium on Linux draws text with fontconfig's fonts: without a CJK font every Chinese
 * character of the pages is a box (the SVG charts are fine, their text is outlines), and screenshots
 * are useless. Fails early with the fix in the message.
 */
class CjkFontInstalledTest {

    @Test
    void fontconfigHasAChineseFont() throws Exception {
        Chromium.requireOrSkip();
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/fc-list")), "fc-list missing (apt-get install -y fontconfig)");
        Process p = new ProcessBuilder("/usr/bin/fc-list", ":lang=zh-cn", "family").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        assertThat(out).as("no Chinese font for Chromium: apt-get install -y fonts-noto-cjk").isNotEmpty();
    }
}
