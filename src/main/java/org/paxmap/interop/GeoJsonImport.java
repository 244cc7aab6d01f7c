package org.paxmap.interop;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.paxmap.geojson.GeoJsonException;
import org.paxmap.geojson.GeoJsonFeatureReader;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.geojson.ImportPlan;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * Imports plain GeoJSON files into a picture, all or nothing: every file is read and validated first, then all their
 * features are saved in one transaction. If any file is refused, nothing is saved. Stateless and thread-safe; the
 * store serialises the write.
 */
public final class GeoJsonImport {
    /** The policy of {@link #unmarkedLabel}: known to no release policy, so never released to a partner. */
    public static final String UNMARKED_POLICY = "LOCAL";

    private GeoJsonImport() {}

    /**
     * The label given to imported features that carry none: policy {@value #UNMARKED_POLICY}, classification {@code
     * UNMARKED}, releasable to nobody. Export to a partner fails closed on it until an analyst labels the feature.
     */
    public static ReleaseLabel unmarkedLabel(String nodeId) {
        return new ReleaseLabel(UNMARKED_POLICY, "UNMARKED", List.of(), List.of(), nodeId);
    }

    /**
     * Reads {@code files} and saves their features into {@code store} in one transaction. The files are read on a
     * second thread while the store writes, chunk by chunk, so a large file is never held in memory whole; a refusal
     * anywhere rolls the whole import back.
     *
     * @throws GeoJsonException if a file is unreadable or refused (names the file, feature and field); nothing saved
     * @throws StoreException if the store refuses the write; nothing saved
     */
    public static ImportReport importFiles(PictureStore store, List<Path> files, ImportOptions options)
            throws GeoJsonException, StoreException {
        FeatureChunks<GeoJsonException> chunks = new FeatureChunks<>();
        List<String> refusals = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        for (Path file : files) {
                            ImportPlan plan = read(file, options, chunks);
                            refusals.addAll(plan.refusals());
                            warnings.addAll(plan.warnings());
                        }
                        chunks.end();
                    } catch (GeoJsonException e) {
                        chunks.fail(e);
                    } catch (CancellationException e) {
                        // the store stopped the import; nothing to hand over
                    } catch (RuntimeException e) {
                        chunks.fail(new GeoJsonException("the import failed while reading: " + e, e));
                    }
                },
                "paxmap-geojson-import");
        reader.setDaemon(true);
        reader.start();
        Map<Layer, Long> saved;
        try {
            saved = store.saveAll(chunks);
        } finally {
            chunks.cancel();
            join(reader);
        }
        Map<Layer, Integer> perLayer = new EnumMap<>(Layer.class);
        saved.forEach((layer, n) -> perLayer.put(layer, n.intValue()));
        return new ImportReport(perLayer, refusals, warnings);
    }

    private static ImportPlan read(Path file, ImportOptions options, FeatureChunks<GeoJsonException> chunks)
            throws GeoJsonException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return GeoJsonFeatureReader.read(in, file.getFileName().toString(), options, chunks::accept);
        } catch (NoSuchFileException e) {
            throw new GeoJsonException(file + ": no such file", e);
        } catch (IOException e) {
            throw new GeoJsonException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static void join(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
