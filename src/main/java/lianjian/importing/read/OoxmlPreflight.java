package lianjian.importing.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks at an OOXML package before POI opens it, to refuse with the right sentence what POI would
 * only call broken: a macro workbook (.xlsm, .xltm), a binary workbook (.xlsb), a Word or
 * PowerPoint file, and any part that declares a DTD or entities (XXE, "billion laughs") — a
 * workbook saved by Excel or WPS never does. Reads the central directory and the first bytes of
 * each XML part only, up to its root element, so a zip bomb is not inflated here.
 */
final class OoxmlPreflight {

    /** The most of a part's start read looking for its root element. */
    static final int PROLOG_BYTES = 64 * 1024;
    /** The most parts looked at (a package with more is left to POI's own limits). */
    static final int MAX_PARTS = 2_000;

    private OoxmlPreflight() {}

    /** @throws UnreadableWorkbookException with the reason, when the package must not be read */
    static void check(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean vba = false;
            int looked = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements() && looked < MAX_PARTS) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (lower.endsWith("vbaproject.bin")) vba = true;
                if (e.isDirectory() || !(lower.endsWith(".xml") || lower.endsWith(".rels"))) continue;
                looked++;
                String prolog = prolog(zip, e);
                if (declaresDtd(prolog)) throw new UnreadableWorkbookException(Refusals.DTD);
                if (name.equals("[Content_Types].xml")) {
                    if (prolog.contains("macroEnabled.main") && !prolog.contains("binary.macroEnabled")) vba = true;
                    if (prolog.contains("sheet.binary.macroEnabled.main")) throw new UnreadableWorkbookException(Refusals.BINARY_XLSB);
                    if (!prolog.contains("spreadsheetml") && !prolog.contains("ms-excel")
                            && (prolog.contains("wordprocessingml") || prolog.contains("presentationml"))) {
                        throw new UnreadableWorkbookException(Refusals.OTHER_OFFICE);
                    }
                }
            }
            if (vba) throw new UnreadableWorkbookException(Refusals.MACRO);
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException(Refusals.corrupt(".xlsx"), e);
        }
    }

    /**
     * The start of a part up to its root element's name (or {@link #PROLOG_BYTES}); the content
     * types part is read whole up to that size, since its overrides follow the root.
     */
    private static String prolog(ZipFile zip, ZipEntry e) throws IOException {
        boolean whole = e.getName().equals("[Content_Types].xml");
        byte[] buf = new byte[PROLOG_BYTES];
        int n = 0;
        try (InputStream in = zip.getInputStream(e)) {
            while (n < buf.length) {
                int r = in.read(buf, n, Math.min(4096, buf.length - n));
                if (r < 0) break;
                n += r;
                if (!whole && rootStarts(buf, n)) break;
            }
        }
        // UTF-16 parts (allowed by XML, never written by Excel) are read as such; markup is ASCII either way.
        if (n >= 2 && (buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE)) return new String(buf, 2, n - 2, StandardCharsets.UTF_16LE);
        if (n >= 2 && (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF)) return new String(buf, 2, n - 2, StandardCharsets.UTF_16BE);
        return new String(buf, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** A root element has begun: '<' followed by a name character (not '?' or '!'). */
    private static boolean rootStarts(byte[] b, int n) {
        for (int i = 0; i + 1 < n; i++) {
            if (b[i] == '<' && b[i + 1] != '?' && b[i + 1] != '!' && b[i + 1] != '/') return true;
        }
        return false;
    }

    /** A DOCTYPE or an ENTITY declaration before the root element (where XML allows them). */
    static boolean declaresDtd(String prolog) {
        int root = -1;
        for (int i = 0; i + 1 < prolog.length(); i++) {
            char c = prolog.charAt(i), d = prolog.charAt(i + 1);
            if (c == '<' && d != '?' && d != '!' && d != '/') {
                root = i;
                break;
            }
        }
        String before = root < 0 ? prolog : prolog.substring(0, root);
        return before.contains("<!DOCTYPE") || before.contains("<!ENTITY") || before.contains("<!doctype");
    }
}
