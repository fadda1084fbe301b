package lianjian.office;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/** What a test reads back from an OFD file with ofdrw-reader: the text of its text objects page by page, its metadata. */
public final class OfdText {

    private OfdText() {}

    /** The text of every page, in the order of its text objects. */
    public static List<String> pages(Path ofd) throws Exception {
        try (OFDReader reader = new OFDReader(ofd)) {
            ContentExtractor extractor = new ContentExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) pages.add(String.join("", extractor.getPageContent(i)));
            return pages;
        }
    }

    /** The document's title (ofdrw spells the getter getTile). */
    public static String title(Path ofd) throws Exception {
        try (OFDReader reader = new OFDReader(ofd)) {
            return reader.getOFDDir().getOfd().getDocBody().getDocInfo().getTile();
        }
    }

    /** All text and the title, author and subject, whitespace removed (as the scans of the 公开版 compare texts). */
    public static String all(Path ofd) throws Exception {
        StringBuilder b = new StringBuilder(String.join("", pages(ofd)));
        try (OFDReader reader = new OFDReader(ofd)) {
            CT_DocInfo info = reader.getOFDDir().getOfd().getDocBody().getDocInfo();
            b.append('\n').append(info.getTile()).append('\n').append(info.getAuthor()).append('\n').append(info.getSubject());
        }
        return b.toString().replaceAll("[\\s\\u3000]+", "");
    }
}
