package org.paxmap.geojson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.paxmap.model.Feature;

/**
 * The GeoJSON form of a picture feature (bundle format §4). SKELETON — the GeoJSON stream implements this contract.
 * Thread-safe (stateless).
 */
public final class FeatureJson {
    private FeatureJson() {}

    /**
     * The RFC 7946 Feature for {@code feature}: {@code id}, {@code geometry} (null for tombstones), {@code
     * properties} with the layer's fields, and the {@code paxmap} member with origin, version vector, content hash,
     * modified-at/by, deleted and label.
     */
    public static ObjectNode toGeoJson(Feature feature) {
        throw new UnsupportedOperationException();
    }

    /**
     * The lower-case hex SHA-256 of the feature's canonical content: its geometry (coordinates quantised to 1e-7°)
     * and its layer properties, serialised as RFC 8785 canonical JSON. Sync metadata is not part of the content.
     */
    public static String contentSha256(Feature feature) {
        throw new UnsupportedOperationException();
    }
}
