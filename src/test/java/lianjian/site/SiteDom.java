package lianjian.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;

/**
 * Generated pages parsed the way a browser parses them (the HTML5 parser of the Nu checker, already a
 * test dependency), for checks on their structure: links, tables, headers.
 */
final class SiteDom {

    private SiteDom() {}

    static Document parse(Path page) throws IOException {
        HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
        try (InputStream in = Files.newInputStream(page)) {
            InputSource source = new InputSource(in);
            source.setEncoding("UTF-8");
            return builder.parse(source);
        } catch (org.xml.sax.SAXException e) {
            throw new IOException("cannot parse " + page, e);
        }
    }

    static List<Element> all(Document doc, String tag) {
        return list(doc.getElementsByTagName(tag));
    }

    static List<Element> all(Element parent, String tag) {
        return list(parent.getElementsByTagName(tag));
    }

    private static List<Element> list(NodeList nodes) {
        List<Element> out = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    static String text(Element e) {
        return e.getTextContent().replaceAll("\\s+", " ").strip();
    }
}
