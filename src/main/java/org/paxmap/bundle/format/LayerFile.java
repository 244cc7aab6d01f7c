package org.paxmap.bundle.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.paxmap.geojson.GeoJsonFeatureWriter;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/**
 * The GeoJSON bytes of one layer file to put into a bundle. Immutable (the bytes are copied in and out).
 *
 * @param layer the layer; the file is {@code data/<layer>.geojson}
 * @param geojson a FeatureCollection of Paxmap features of that layer
 */
public record LayerFile(Layer layer, byte[] geojson) {
    /** Copies the bytes. */
    public LayerFile {
        Objects.requireNonNull(layer, "layer");
        geojson = geojson.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] geojson() {
        return geojson.clone();
    }

    /** The entry name, {@code data/<layer>.geojson}. */
    public String path() {
        return Manifest.Content.pathOf(layer);
    }

    /**
     * The layer file of {@code features}, written as a FeatureCollection with {@link GeoJsonFeatureWriter} (each
     * feature in the form of {@code FeatureJson.toGeoJson}; tombstones with a null geometry).
     *
     * @throws IllegalArgumentException if a feature is of another layer
     */
    public static LayerFile of(Layer layer, List<? extends Feature> features) {
        for (Feature f : features) {
            if (f.layer() != layer) {
                throw new IllegalArgumentException(
                        "feature " + f.id() + " is of layer " + f.layer().tableName() + ", not " + layer.tableName());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            GeoJsonFeatureWriter.write(features, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return new LayerFile(layer, out.toByteArray());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerFile other && layer == other.layer && java.util.Arrays.equals(geojson, other.geojson);
    }

    @Override
    public int hashCode() {
        return 31 * layer.hashCode() + java.util.Arrays.hashCode(geojson);
    }

    @Override
    public String toString() {
        return "LayerFile[" + layer.tableName() + ", " + geojson.length + " bytes]";
    }
}
