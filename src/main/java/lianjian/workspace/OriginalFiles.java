package lianjian.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Moves originals out of the inbox (to archive/ or rejected/) and fingerprints them. Originals are
 * never modified or deleted: a move is a rename within data-import/, and a name already taken in
 * the target folder gets a " (2)" suffix instead of overwriting.
 */
public final class OriginalFiles {

    private OriginalFiles() {}

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A free path for {@code fileName} in {@code dir}: the name itself, or "name (2).xlsx", … */
    public static Path freeName(Path dir, String fileName, java.util.function.Predicate<Path> reserved) {
        Path p = dir.resolve(fileName);
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String ext = dot > 0 ? fileName.substring(dot) : "";
        for (int i = 2; Files.exists(p) || reserved.test(p); i++) p = dir.resolve(stem + " (" + i + ")" + ext);
        return p;
    }

    /** Moves the original to target (whose folder is created); atomic where the file system allows. */
    public static void move(Path original, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            Files.move(original, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(original, target);
        }
    }
}
