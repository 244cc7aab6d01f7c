package org.paxmap.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.paxmap.model.Feature;

/**
 * Writes features in one foreign format: the variation point of the export pipeline, one implementation per {@link
 * ExportFormat} ({@code FeatureWriterContractTest} runs one contract against all of them). A writer streams: it holds
 * no more than one feature (and, for a TAK package, the list of entry names). Features arrive incidents first, then
 * routes, then zones. One thread uses a writer from opening to closing; it is not thread-safe.
 */
public interface FeatureWriter extends Closeable {
    /**
     * Writes {@code feature}.
     *
     * @return false if the format has no place for this kind of feature (a zone in GPX, a route in ACLED): nothing
     *     was written
     */
    boolean write(Feature feature) throws IOException;

    /** Completes the file (closing elements, the manifest, the table contents); nothing may be written after. */
    void finish() throws IOException;

    /**
     * The files written besides the one the writer was opened on, in order, once {@link #finish} returned: the
     * further packages of a TAK package export split in parts; none for every other writer. The export renames them
     * with the first, or deletes them on failure.
     */
    default List<Path> moreFiles() {
        return List.of();
    }

    /** Releases what the writer holds; after {@link #finish} or on failure (the file is then discarded). */
    @Override
    void close() throws IOException;
}
