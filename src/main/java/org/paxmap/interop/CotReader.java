package org.paxmap.interop;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Cursor-on-Target XML: one {@code <event>}, many inside a wrapping root element, or many root {@code <event>}s one
 * after another as CoT logs are written (each with or without its own XML declaration, see {@link
 * ConcatenatedXml}); each event mapped by {@link CotMapper}. Every document is streamed with {@link SecureXml} on its
 * own, so a DTD in any of them is refused. Stateless.
 */
final class CotReader extends StreamedReader {
    @Override
    public ImportFormat format() {
        return ImportFormat.COT;
    }

    /** Reads the events in {@code in}; {@code where} names file (and entry) for messages, {@code file} the file. */
    @Override
    void read(InputStream in, String where, String file, ImportContext context, ImportSink sink)
            throws ImportException {
        ConcatenatedXml documents = new ConcatenatedXml(in);
        int n = 0;
        int documentNumber = 0;
        try {
            for (InputStream document = documents.next(); document != null; document = documents.next()) {
                documentNumber++;
                String at = documentNumber == 1 ? where : where + ", root element " + documentNumber;
                n = events(document, at, file, n, context, sink);
            }
        } catch (IOException e) {
            throw new ImportException(where + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (n == 0) {
            throw new ImportException(where + ": holds no CoT <event>");
        }
    }

    /** Maps the events of one document, numbered after the {@code before} ones; returns the count so far. */
    private static int events(
            InputStream document, String where, String file, int before, ImportContext context, ImportSink sink)
            throws ImportException {
        int n = before;
        try (XmlItems xml = new XmlItems(SecureXml.open(document), where)) {
            for (int e = xml.next(); e != XMLStreamConstants.END_DOCUMENT; e = xml.next()) {
                if (e == XMLStreamConstants.START_ELEMENT && xml.name().equals("event")) {
                    CotEvent event = CotEvent.read(xml);
                    CotMapper.map(event, where, file, ++n, context, sink);
                }
            }
        } catch (XMLStreamException e) {
            throw new ImportException(where + ": not readable as XML (" + e.getMessage() + ")", e);
        }
        return n;
    }
}
