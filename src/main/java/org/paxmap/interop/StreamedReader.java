package org.paxmap.interop;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A reader of a format that is read from one stream (KML, GPX, CoT): a file, or an entry of a KMZ or data package.
 * Stateless.
 */
abstract class StreamedReader implements FeatureReader {
    @Override
    public final void read(Path file, ImportContext context, ImportSink sink) throws ImportException {
        String name = file.getFileName().toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            read(in, name, name, context, sink);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads one document from {@code in} (not closed).
     *
     * @param where the file (and entry) for messages
     * @param file the file name for foreign identities
     */
    abstract void read(InputStream in, String where, String file, ImportContext context, ImportSink sink)
            throws ImportException;
}
