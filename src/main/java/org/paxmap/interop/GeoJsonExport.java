package org.paxmap.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.List;
import org.paxmap.bytes.AtomicFile;
import org.paxmap.geojson.GeoJsonFeatureWriter;
import org.paxmap.model.Feature;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * Exports a picture's features as one RFC 7946 FeatureCollection. The file is written under a temporary name in the
 * target folder, flushed to disk and renamed into place, so a reader (or a USB stick pulled out early) never sees a
 * half-written file. Stateless and thread-safe.
 */
public final class GeoJsonExport {
    private GeoJsonExport() {}

    /**
     * Writes the features matching {@code query} to {@code target}, replacing it if it exists.
     *
     * @return the number of features written
     * @throws IOException if the file cannot be written (the target is then untouched)
     */
    public static int exportTo(PictureStore store, FeatureQuery query, Path target) throws StoreException, IOException {
        List<Feature> features = store.query(query);
        AtomicFile.write(
                target,
                ".paxmap-export-",
                ".part",
                channel -> GeoJsonFeatureWriter.write(features, Channels.newOutputStream(channel)));
        return features.size();
    }

    /** Writes the features matching {@code query} to {@code out} (e.g. standard output); does not close it. */
    public static int exportTo(PictureStore store, FeatureQuery query, OutputStream out)
            throws StoreException, IOException {
        List<Feature> features = store.query(query);
        GeoJsonFeatureWriter.write(features, out);
        return features.size();
    }
}
