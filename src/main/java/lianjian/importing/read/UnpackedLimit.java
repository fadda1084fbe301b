package lianjian.importing.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most bytes the parts of one .xlsx may unpack to, counted as they are read: an absolute limit
 * beside POI's ratio check, which a zip bomb compressed just under the ratio passes — 20 MB that
 * unpack to 2 GB would otherwise be read in full. One budget per workbook read, shared by the parts
 * the reader streams (workbook, shared strings, sheets); POI applies the same number to each part it
 * reads itself (styles). The shared strings are read on a thread of their own beside the sheet
 * ({@link SharedStrings#inBackground}), hence the atomic count.
 */
final class UnpackedLimit {

    private final long maxBytes;
    private final AtomicLong used = new AtomicLong();

    UnpackedLimit(long maxBytes) { this.maxBytes = maxBytes; }

    long maxBytes() { return maxBytes; }

    String message() {
        return Refusals.unpackedLimit(maxBytes);
    }

    InputStream guard(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) count(1);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) count(n);
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                if (skipped > 0) count(skipped);
                return skipped;
            }
        };
    }

    private void count(long n) {
        if (used.addAndGet(n) > maxBytes) throw new UnreadableWorkbookException(message());
    }
}
