package org.paxmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A streamed UTF-8 XML document (JDK StAX) that writes only characters XML 1.0 allows: text from a picture may hold
 * control characters, which would make the file unreadable; they are dropped. One thread; does not close the stream.
 */
final class XmlDocument {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private final XMLStreamWriter xml;

    XmlDocument(OutputStream out) throws IOException {
        try {
            xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Opens an element. */
    XmlDocument start(String name) throws IOException {
        try {
            xml.writeStartElement(name);
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** An attribute of the element just opened. */
    XmlDocument attribute(String name, String value) throws IOException {
        try {
            xml.writeAttribute(name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Text inside the open element. */
    XmlDocument text(String value) throws IOException {
        try {
            xml.writeCharacters(clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Closes the innermost open element, then a line break. */
    XmlDocument end() throws IOException {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** {@code <name>text</name>}. */
    XmlDocument element(String name, String value) throws IOException {
        return start(name).text(value).end();
    }

    /** {@code <name attr=value .../>}: an empty element with attributes given as name, value pairs. */
    XmlDocument empty(String name, String... attributes) throws IOException {
        try {
            xml.writeEmptyElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
            }
            xml.writeCharacters("\n");
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** A namespace declaration on the element just opened ({@code ""} for the default namespace). */
    XmlDocument namespace(String prefix, String uri) throws IOException {
        return attribute(prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix, uri);
    }

    /** Closes every open element and flushes. */
    void finish() throws IOException {
        try {
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** {@code value} without the characters XML 1.0 forbids; {@code null} as empty. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c != 0xFFFE && c != 0xFFFF)
                    || Character.isSurrogate(c);
            if (!ok && sb == null) {
                sb = new StringBuilder(value.substring(0, i));
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? value : sb.toString();
    }

    private static IOException failure(XMLStreamException e) {
        return new IOException(e.getMessage(), e);
    }
}
