package lianjian.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * the target folder gets a " (2)" suffix instead of overwriting. No name this product makes is
 * longer than {@link #MAX_NAME_BYTES} (the limit of ext4, XFS, NTFS…): {@link #fitName} shortens it.
 */
public final class OriginalFiles {

    /** The longest file name, in UTF-8 bytes, that common file systems accept (NTFS counts UTF-16 units, never more). */
    public static final int MAX_NAME_BYTES = 255;

    private OriginalFiles() {}

    /**
     * {@code stem + tail} when it fits in {@code maxBytes} UTF-8 bytes; otherwise the start of
     * {@code stem} (whole characters), "-", the first 8 hex digits of the SHA-256 of the whole stem,
     * then {@code tail}. The hash keeps two long names that share their start apart.
     */
    public static String fitName(String stem, String tail, int maxBytes) {
        if (utf8Bytes(stem) + utf8Bytes(tail) <= maxBytes) return stem + tail;
        String hash = "-" + HexFormat.of().formatHex(sha256(stem.getBytes(StandardCharsets.UTF_8))).substring(0, 8);
        int budget = maxBytes - utf8Bytes(tail) - hash.length();
        if (budget < 0) throw new IllegalArgumentException("no room for a name before " + tail);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int n = utf8Bytes(new String(Character.toChars(cp)));
            if (used + n > budget) break;
            kept.appendCodePoint(cp);
            used += n;
            i += Character.charCount(cp);
        }
        return kept + hash + tail;
    }

    public static int utf8Bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

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

    /**
     * A free path for {@code fileName} in {@code dir}: the name itself, or "name (2).xlsx", …, each
     * shortened by {@link #fitName} when the suffix would make it too long.
     */
    public static Path freeName(Path dir, String fileName, java.util.function.Predicate<Path> reserved) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String ext = dot > 0 && utf8Bytes(fileName.substring(dot)) <= 16 ? fileName.substring(dot) : "";
        if (ext.isEmpty()) stem = fileName;
        Path p = dir.resolve(fitName(stem, ext, MAX_NAME_BYTES));
        for (int i = 2; Files.exists(p) || reserved.test(p); i++) p = dir.resolve(fitName(stem, " (" + i + ")" + ext, MAX_NAME_BYTES));
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
