package org.paxmap.geojson;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.paxmap.model.Feature;

/** Writes picture features as one RFC 7946 FeatureCollection. SKELETON — the GeoJSON stream implements this. */
public final class GeoJsonFeatureWriter {
    private GeoJsonFeatureWriter() {}

    /** Writes {@code features} (any layers) with {@link FeatureJson#toGeoJson}; streams, does not close {@code out}. */
    public static void write(List<? extends Feature> features, OutputStream out) throws IOException {
        throw new UnsupportedOperationException();
    }
}
