package lianjian.benchmark;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * The floor for reading an xlsx sheet (STACK.md): a bare Aalto StAX pass over the first sheet's XML,
 * touching every cell value as text and converting nothing. No importer can read the same file
 * faster, so the import's speed is reported as a fraction of this.
 */
public final class StaxFloor {

    public record Result(long rows, long cells, double seconds) {
        public double rowsPerSecond() { return rows / seconds; }
    }

    private StaxFloor() {}

    public static Result measure(Path xlsx) throws Exception {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        long t0 = System.nanoTime();
        long rows = 0, cells = 0;
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            try (InputStream in = zip.getInputStream(sheet)) {
                XMLStreamReader x = f.createXMLStreamReader(in);
                while (x.hasNext()) {
                    if (x.next() != XMLStreamConstants.START_ELEMENT) continue;
                    String n = x.getLocalName();
                    if ("row".equals(n)) rows++;
                    else if ("v".equals(n) || "t".equals(n)) {
                        x.getElementText();
                        cells++;
                    }
                }
                x.close();
            }
        }
        return new Result(rows, cells, (System.nanoTime() - t0) / 1e9);
    }
}
