package lianjian.site.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Copies the site's own static files (styles, scripts, icon) from {@code classpath:site-assets/}:
 * the dashboard loads nothing from any other host. The list is {@code site-assets/files.txt}, because
 * a jar cannot be listed reliably.
 */
public final class Assets {

    private Assets() {}

    /** Copies every listed asset into {@code dir}; returns how many. */
    public static int copy(Path dir) {
        ClassLoader cl = Assets.class.getClassLoader();
        try {
            Files.createDirectories(dir);
            List<String> files;
            try (InputStream in = cl.getResourceAsStream("site-assets/files.txt")) {
                if (in == null) throw new IllegalStateException("site-assets/files.txt missing from the classpath");
                files = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
            }
            for (String f : files) {
                try (InputStream in = cl.getResourceAsStream("site-assets/" + f)) {
                    if (in == null) throw new IllegalStateException("site asset missing from the classpath: " + f);
                    Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return files.size();
        } catch (IOException e) {
            throw new UncheckedIOException("无法复制看板静态文件到 " + dir, e);
        }
    }
}
