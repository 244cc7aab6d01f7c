package org.paxmap.export;

import java.io.IOException;
import java.io.OutputStream;
import org.paxmap.model.Feature;

/**
 * Cursor-on-Target events in one file: an {@code <events>} root holding every feature's {@link CotEvents}, which
 * Paxmap's import and tools that take several events per file read. Streams.
 */
final class CotWriter implements FeatureWriter {
    private final XmlDocument xml;
    private final ExportHeader header;

    CotWriter(OutputStream out, ExportHeader header) throws IOException {
        this.header = header;
        xml = new XmlDocument(out);
        xml.start("events");
        xml.text("\n");
    }

    @Override
    public boolean write(Feature feature) throws IOException {
        for (CotEvents.Event e : CotEvents.of(feature, header)) {
            e.body().writeTo(xml);
        }
        return true;
    }

    @Override
    public void finish() throws IOException {
        xml.finish();
    }

    @Override
    public void close() {
        // the stream belongs to the caller
    }
}
