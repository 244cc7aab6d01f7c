package org.paxmap.interop;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way imported XML (KML, GPX, CoT, TAK manifests) is parsed: the JDK's StAX with DTDs, external entities and
 * entity replacement off, so that a document type declaration is a refusal ({@link XmlItems} refuses the DTD event)
 * and no entity is ever expanded or fetched. Thread-safe.
 */
final class SecureXml {
    private static final XMLInputFactory FACTORY = factory();

    private SecureXml() {}

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return f;
    }

    /** A streaming reader over {@code in} (the encoding from the XML declaration or byte-order mark). */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        synchronized (FACTORY) {
            return FACTORY.createXMLStreamReader(in);
        }
    }
}
