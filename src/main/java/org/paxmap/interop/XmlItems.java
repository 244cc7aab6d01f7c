package org.paxmap.interop;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A walk over a streaming XML reader for the importers: element by element with local names (namespaces ignored, as
 * KML 2.0–2.2, GPX 1.0/1.1 and CoT files mix them), the path of open elements, element text bounded in length, and
 * refusals that name the file and line. A DTD is refused as soon as it is met; nesting beyond {@link #MAX_DEPTH} is
 * refused. Not thread-safe (one read).
 */
final class XmlItems implements AutoCloseable {
    /**
     * Deepest element nesting accepted: 64. Real KML nests folders a handful deep; libkml's own test of 100 nested
     * folders is a resource attack on recursive readers, refused here although this reader does not recurse.
     */
    static final int MAX_DEPTH = 64;

    /** Longest element text kept (a description); longer text is refused, not truncated silently. */
    static final int MAX_TEXT = 1 << 20;

    private final XMLStreamReader xml;
    private final String file;
    private final Deque<String> open = new ArrayDeque<>();

    XmlItems(XMLStreamReader xml, String file) {
        this.xml = xml;
        this.file = file;
    }

    /**
     * Moves to the next start or end element and returns {@link XMLStreamConstants#START_ELEMENT}, {@code
     * END_ELEMENT} or {@code END_DOCUMENT}.
     */
    int next() throws ImportException {
        try {
            while (xml.hasNext()) {
                int e = xml.next();
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        open.push(xml.getLocalName());
                        if (open.size() > MAX_DEPTH) {
                            throw refuse("elements nested more than " + MAX_DEPTH + " deep (<" + xml.getLocalName()
                                    + ">); refused as a resource attack");
                        }
                        return e;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        open.pop();
                        return e;
                    }
                    case XMLStreamConstants.DTD -> throw refuse(dtdRefusal());
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw refuse("refers to the undeclared entity &" + xml.getLocalName() + ";");
                    default -> {
                        // text, comments, processing instructions between elements
                    }
                }
            }
            return XMLStreamConstants.END_DOCUMENT;
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /**
     * Moves to the next element start inside the element opened at {@code depth} and returns {@code true}, or to
     * that element's end and returns {@code false}.
     *
     * @param item what the element is, for the refusal of a file that ends inside it
     */
    boolean within(int depth, String item) throws ImportException {
        while (true) {
            int e = next();
            if (e == XMLStreamConstants.END_DOCUMENT) {
                throw refuse("the file ends inside " + item);
            }
            if (e == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (depth() < depth) {
                return false;
            }
        }
    }

    /** The local name of the current element. */
    String name() {
        return xml.getLocalName();
    }

    /** How many elements are open, the current one included. */
    int depth() {
        return open.size();
    }

    /** The local name of the element enclosing the current one, or {@code ""}. */
    String parent() {
        var it = open.iterator();
        it.next();
        return it.hasNext() ? it.next() : "";
    }

    /** An attribute of the current element by local name, or {@code null}. */
    String attribute(String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * The text of the current element (which must hold only text), trimmed; leaves the reader on its end element.
     */
    String text() throws ImportException {
        String element = xml.getLocalName();
        StringBuilder b = new StringBuilder();
        try {
            while (true) {
                int e = xml.next();
                switch (e) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (b.length() + xml.getTextLength() > MAX_TEXT) {
                            throw refuse("<" + element + "> holds more than " + MAX_TEXT + " characters");
                        }
                        b.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        open.pop();
                        return b.toString().trim();
                    }
                    case XMLStreamConstants.START_ELEMENT ->
                        // mixed content (e.g. HTML written without CDATA): keep the text, skip the markup
                        skipElement();
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw refuse("refers to the undeclared entity &" + xml.getLocalName() + ";");
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private void skipElement() throws XMLStreamException, ImportException {
        int depth = 1;
        while (depth > 0) {
            int e = xml.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (open.size() + depth > MAX_DEPTH) {
                    throw refuse("elements nested more than " + MAX_DEPTH + " deep; refused as a resource attack");
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Skips the current element and all it holds; leaves the reader on its end element. */
    void skip() throws ImportException {
        try {
            skipElement();
            open.pop();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** The current line, for messages. */
    int line() {
        return xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
    }

    /** A refusal naming the file and the current line. */
    ImportException refuse(String reason) {
        int line = line();
        return new ImportException(file + (line > 0 ? ", line " + line : "") + ": " + reason);
    }

    private ImportException malformed(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int at = m.indexOf("Message: ");
        String reason = at >= 0 ? m.substring(at + 9) : m;
        if (reason.contains("DOCTYPE") || reason.contains("DTD")) {
            return refuse(dtdRefusal());
        }
        int line = e.getLocation() == null ? line() : e.getLocation().getLineNumber();
        return new ImportException(
                file + (line > 0 ? ", line " + line : "") + ": malformed XML (" + reason.trim() + ")", e);
    }

    private static String dtdRefusal() {
        return "has a document type declaration (<!DOCTYPE>); Paxmap refuses DTDs in imported XML, as their entities"
                + " are the means of entity-expansion ('billion laughs') and external-entity attacks";
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing held that matters
        }
    }
}
