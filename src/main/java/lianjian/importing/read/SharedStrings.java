package lianjian.importing.read;

import java.io.InputStream;
import java.util.Arrays;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared-strings table of an xlsx, held compactly: all characters in one array plus offsets.
 * Excel and WPS always write shared strings, and case numbers are unique, so a million-row sheet
 * brings a million distinct strings; as String objects they would need about three times the heap.
 */
final class SharedStrings {

    private char[] chars = new char[1 << 16];
    private int[] offsets = new int[1 << 12];
    private int count;
    private boolean truncated;
    private int used;

    static SharedStrings empty() { return new SharedStrings(); }

    /** Parses at most {@code limit} strings (a preview needs only the first ones: titles and headers). */
    static SharedStrings parse(InputStream in, int limit) throws XMLStreamException {
        SharedStrings sst = new SharedStrings();
        XMLStreamReader x = Stax.reader(in);
        try {
            StringBuilder current = null;
            int phoneticDepth = 0;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    if ("si".equals(name)) {
                        current = new StringBuilder();
                    } else if ("rPh".equals(name)) {
                        phoneticDepth++; // furigana-style runs are not part of the text
                    } else if ("t".equals(name) && current != null && phoneticDepth == 0) {
                        current.append(x.getElementText());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = x.getLocalName();
                    if ("si".equals(name) && current != null) {
                        sst.add(current);
                        current = null;
                        if (sst.count >= limit) {
                            sst.truncated = true;
                            break;
                        }
                    } else if ("rPh".equals(name)) {
                        phoneticDepth--;
                    }
                }
            }
        } finally {
            x.close();
        }
        return sst;
    }

    private void add(CharSequence s) {
        int len = s.length();
        if (used + len > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
        if (count + 1 >= offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
        for (int i = 0; i < len; i++) chars[used + i] = s.charAt(i);
        used += len;
        count++;
        offsets[count] = used;
    }

    int size() { return count; }

    /** Parsing stopped at the preview limit: indexes beyond it exist but were not read. */
    boolean truncated() { return truncated; }

    /** The string at index, or null when the index is outside the table. */
    String get(int index) {
        if (index < 0 || index >= count) return null;
        int from = offsets[index];
        return new String(chars, from, offsets[index + 1] - from);
    }
}
