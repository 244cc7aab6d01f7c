package org.paxmap.export;

import java.io.IOException;
import java.io.OutputStream;
import org.paxmap.geojson.GeoJsonFeatureWriter;
import org.paxmap.model.Feature;

/**
 * GeoJSON: one RFC 7946 FeatureCollection in Paxmap's feature form ({@code FeatureJson}), which carries the release
 * label in each feature's {@code paxmap} member. Streams.
 */
final class GeoJsonWriter implements FeatureWriter {
    private final GeoJsonFeatureWriter.Collection collection;

    GeoJsonWriter(OutputStream out) throws IOException {
        collection = GeoJsonFeatureWriter.open(out);
    }

    @Override
    public boolean write(Feature feature) throws IOException {
        collection.write(feature);
        return true;
    }

    @Override
    public void finish() throws IOException {
        collection.finish();
    }

    @Override
    public void close() {
        // the stream belongs to the caller
    }
}
