package org.paxmap.interop;

import java.nio.file.Path;

/**
 * Reads one foreign format and maps what it holds to picture features: one implementation per {@link ImportFormat}
 * (the variation point of the import pipeline; {@code FeatureReaderContractTest} runs one contract against all of
 * them). Implementations stream: they hold no more than one item of the file at a time. Stateless and thread-safe;
 * one read runs on one thread.
 */
public interface FeatureReader {
    /** The format this reader reads. */
    ImportFormat format();

    /**
     * Reads {@code file} (recognised as {@link #format()}) and hands every thing in it to {@code sink}: a feature, or
     * a skip with the reason. Features the source gives no label get {@code context.options().defaultLabel()}.
     *
     * @throws ImportException for the first thing that refuses the file (malformed or hostile content, an invalid
     *     coordinate or geometry, a time out of range): one line naming the file, the item and the reason
     */
    void read(Path file, ImportContext context, ImportSink sink) throws ImportException;
}
