package org.paxmap.bundle.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.geojson.GeoJsonException;
import org.paxmap.model.Feature;
import org.paxmap.model.SyncMeta;

/**
 * A feature's content as named fields, for field-by-field comparison and merging: {@code geometry} (one field), {@code
 * label} (one field) and each GeoJSON property of its layer ({@code title}, {@code severity}, {@code valid_until}, …;
 * {@code layer} and the derived {@code event_type} are not fields). Stateless and thread-safe.
 */
public final class FeatureFields {
    /** The field name of the geometry. */
    public static final String GEOMETRY = "geometry";
    /** The field name of the confidentiality label. */
    public static final String LABEL = "label";

    private FeatureFields() {}

    /** The fields of {@code feature}, by name, as their GeoJSON values. */
    public static Map<String, JsonNode> of(Feature feature) {
        ObjectNode json = FeatureJson.toGeoJson(feature);
        Map<String, JsonNode> fields = new TreeMap<>();
        fields.put(GEOMETRY, json.get("geometry"));
        fields.put(LABEL, json.get("paxmap").get("label"));
        for (Map.Entry<String, JsonNode> e : json.get("properties").properties()) {
            if (!e.getKey().equals("layer") && !e.getKey().equals("event_type")) {
                fields.put(e.getKey(), e.getValue());
            }
        }
        return fields;
    }

    /**
     * A feature of {@code template}'s id and layer with the given field values (fields not given keep the
     * template's) and sync metadata {@code sync}, its content hash computed.
     *
     * @throws IllegalArgumentException naming the feature if the combination is not a valid feature (e.g. a casualty
     *     range whose low and high came from different sides and no longer fit)
     */
    public static Feature with(Feature template, Map<String, JsonNode> values, SyncMeta sync) {
        ObjectNode json = FeatureJson.toGeoJson(template.withSync(sync));
        ObjectNode properties = (ObjectNode) json.get("properties");
        values.forEach((name, value) -> {
            if (name.equals(GEOMETRY)) {
                json.set("geometry", value);
            } else if (name.equals(LABEL)) {
                ((ObjectNode) json.get("paxmap")).set("label", value);
            } else {
                properties.set(name, value);
            }
        });
        try {
            Feature f = FeatureJson.fromGeoJson(json, "feature " + template.id());
            SyncMeta s = f.sync();
            String hash = s.deleted() ? sync.contentSha256() : FeatureJson.contentSha256(f);
            return f.withSync(
                    new SyncMeta(s.origin(), s.versions(), hash, s.modifiedAt(), s.modifiedBy(), s.deleted()));
        } catch (GeoJsonException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
