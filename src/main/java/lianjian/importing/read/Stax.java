package lianjian.importing.read;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * One StAX factory for every xlsx part. Aalto is the fastest StAX parser measured here (STACK.md);
 * DTDs and external entities are refused, so a crafted file cannot make us read other files.
 */
final class Stax {

    private static final XMLInputFactory FACTORY = create();

    private Stax() {}

    private static XMLInputFactory create() {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }
}
