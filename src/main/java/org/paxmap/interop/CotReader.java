package org.paxmap.interop;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Cursor-on-Target XML: one {@code <event>}, or many inside a wrapping root element; each mapped by {@link
 * CotMapper}. Streamed with {@link SecureXml}. Stateless.
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
        try (XmlItems xml = new XmlItems(SecureXml.open(in), where)) {
            int n = 0;
            for (int e = xml.next(); e != XMLStreamConstants.END_DOCUMENT; e = xml.next()) {
                if (e == XMLStreamConstants.START_ELEMENT && xml.name().equals("event")) {
                    CotEvent event = CotEvent.read(xml);
                    CotMapper.map(event, where, file, ++n, context, sink);
                }
            }
            if (n == 0) {
                throw new ImportException(where + ": holds no CoT <event>");
            }
        } catch (XMLStreamException e) {
            throw new ImportException(where + ": not readable as XML (" + e.getMessage() + ")", e);
        }
    }
}
