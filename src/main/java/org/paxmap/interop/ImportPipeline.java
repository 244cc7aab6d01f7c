package org.paxmap.interop;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.model.Feature;
import org.paxmap.store.Cancellation;
import org.paxmap.store.ForeignSource;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;
import org.paxmap.store.WriteCancelledException;

/**
 * The one import: recognise each file's format from its content ({@link FormatRecognizer}), read it with the
 * format's {@link FeatureReader}, map foreign things to picture features, classify them against the picture by
 * foreign identity ({@link PictureMatch}), and either report what would happen ({@link #preview}) or write it
 * ({@link #apply}) in one transaction. Files are streamed: on apply one thread reads while the store writes, chunk
 * by chunk. Any refusal — an unrecognised file, a hostile or malformed one, an invalid thing without skip-invalid —
 * leaves the picture as it was. Stateless and thread-safe; call from any thread but the JavaFX one.
 */
public final class ImportPipeline {
    /**
     * Features per chunk handed to the store: smaller than the GeoJSON import's, as a foreign feature carries more
     * text (descriptions made of fields), so that the chunks in flight stay within the 512 MB heap target.
     */
    static final int CHUNK = 10_000;

    private ImportPipeline() {}

    /** What importing {@code files} would do; writes nothing. */
    public static ImportPreview preview(PictureStore store, List<Path> files, ImportOptions options)
            throws ImportException, StoreException {
        List<ImportFormat> formats = recognise(files);
        ImportPreview.Tally tally = new ImportPreview.Tally();
        readAll(store, files, formats, options, tally, (f, id) -> {}, Cancellation.none(), Instant.now());
        return tally.result(options.defaultLabel(), false);
    }

    /**
     * Imports {@code files} in one transaction: the features the preview lists as added or updated are written,
     * nothing else.
     *
     * @return what was done
     * @throws ImportException if a file is refused (nothing written)
     * @throws StoreException if the store refuses the write (nothing written)
     */
    public static ImportPreview apply(PictureStore store, List<Path> files, ImportOptions options)
            throws ImportException, StoreException {
        return apply(store, files, options, Cancellation.none());
    }

    /**
     * As {@link #apply(PictureStore, List, ImportOptions)}, recording each written feature's {@link ForeignSource}
     * in the same transaction, and stopping when {@code cancellation} is cancelled (from any thread): the reading
     * stops at the next thing read, the store's write at its next step or statement, and nothing is written.
     *
     * @throws WriteCancelledException if it was cancelled before it committed
     */
    public static ImportPreview apply(
            PictureStore store, List<Path> files, ImportOptions options, Cancellation cancellation)
            throws ImportException, StoreException {
        return apply(store, files, options, cancellation, Clock.systemUTC());
    }

    /**
     * As {@link #apply(PictureStore, List, ImportOptions, Cancellation)}, the import's time (a timeless feature's
     * time, each foreign source's import time) taken from {@code clock}.
     */
    public static ImportPreview apply(
            PictureStore store, List<Path> files, ImportOptions options, Cancellation cancellation, Clock clock)
            throws ImportException, StoreException {
        List<ImportFormat> formats = recognise(files);
        ImportPreview.Tally tally = new ImportPreview.Tally();
        FeatureChunks<ImportException> chunks = new FeatureChunks<>(CHUNK);
        StoreException[] readFailure = new StoreException[1];
        // the source of each feature handed over and not yet written: bounded by the chunks in flight
        Map<UUID, ForeignSource> sources = new ConcurrentHashMap<>();
        Instant started = clock.instant();
        BiConsumer<Feature, ForeignId> writes = (feature, id) -> {
            sources.put(feature.id(), new ForeignSource(id.format(), id.file(), id.sourceId(), id.ownId(), started));
            chunks.accept(feature);
        };
        Thread reader = new Thread(
                () -> {
                    try {
                        readAll(store, files, formats, options, tally, writes, cancellation, started);
                        chunks.end();
                    } catch (ImportException e) {
                        chunks.fail(e);
                    } catch (StoreException e) {
                        readFailure[0] = e;
                        chunks.fail(new ImportException("the picture could not be read: " + e.getMessage(), e));
                    } catch (CancellationException e) {
                        // the store stopped the import; nothing to hand over
                    } catch (RuntimeException e) {
                        chunks.fail(new ImportException("the import failed while reading: " + e, e));
                    }
                },
                "paxmap-import");
        reader.setDaemon(true);
        reader.start();
        try {
            store.saveImported(chunks, sources::remove, cancellation);
        } catch (ImportException e) {
            if (cancellation.requested()) {
                throw cancelled(store);
            }
            if (readFailure[0] != null) {
                throw readFailure[0];
            }
            throw e;
        } finally {
            chunks.cancel();
            join(reader);
        }
        return tally.result(options.defaultLabel(), true);
    }

    private static WriteCancelledException cancelled(PictureStore store) {
        return new WriteCancelledException(
                "Import cancelled: nothing was imported into " + store.file() + "; it is as it was.");
    }

    /** The format of each file, or the refusal of the first that is not one Paxmap imports. */
    static List<ImportFormat> recognise(List<Path> files) throws ImportException {
        if (files.isEmpty()) {
            throw new ImportException("no file to import");
        }
        List<ImportFormat> formats = new ArrayList<>();
        for (Path file : files) {
            formats.add(FormatRecognizer.recognise(file));
        }
        return formats;
    }

    private static void readAll(
            PictureStore store,
            List<Path> files,
            List<ImportFormat> formats,
            ImportOptions options,
            ImportPreview.Tally tally,
            BiConsumer<Feature, ForeignId> writes,
            Cancellation cancellation,
            Instant now)
            throws ImportException, StoreException {
        ImportContext context = new ImportContext(options, now);
        PictureMatch match = new PictureMatch(store, tally, writes);
        StoreException[] failed = new StoreException[1];
        ImportSink sink = new ImportSink() {
            @Override
            public void feature(ForeignFeature feature) throws ImportException {
                if (cancellation.requested()) {
                    throw new ImportException("the import was cancelled");
                }
                try {
                    match.accept(feature);
                } catch (StoreException e) {
                    failed[0] = e;
                    throw new ImportException("the picture could not be read: " + e.getMessage(), e);
                }
            }

            @Override
            public void skip(String kind, String reason) {
                tally.skip(kind, reason);
            }

            @Override
            public void warn(String warning) {
                tally.warn(warning);
            }
        };
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            ImportFormat format = formats.get(i);
            tally.file(file.getFileName() + " (" + format.displayName() + ")");
            try {
                FeatureReaders.of(format).read(file, context, sink);
            } catch (ImportException e) {
                if (failed[0] != null) {
                    throw failed[0];
                }
                throw e;
            }
        }
        match.flush();
    }

    private static void join(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
