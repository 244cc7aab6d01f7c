package org.paxmap.geojson;

import java.io.InputStream;

/** Reads plain GeoJSON into picture features. SKELETON — the GeoJSON stream implements this contract. */
public final class GeoJsonFeatureReader {
    private GeoJsonFeatureReader() {}

    /**
     * Reads a FeatureCollection, a Feature or a bare geometry from {@code in}.
     *
     * @param sourceName the file name, used in messages
     * @throws GeoJsonException naming the source, feature and field, and the reason, for the first refusal (or the
     *     malformed JSON); nothing is returned then
     */
    public static ImportPlan read(InputStream in, String sourceName, ImportOptions options) throws GeoJsonException {
        throw new UnsupportedOperationException();
    }
}
