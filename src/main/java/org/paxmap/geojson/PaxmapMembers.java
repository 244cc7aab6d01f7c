package org.paxmap.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import org.paxmap.model.Layer;

/**
 * The members a feature Paxmap wrote may have, and nothing else: what {@link FeatureJson#toGeoJson} writes. A member
 * outside these lists is refused naming it, so that a bundle cannot carry data the picture would drop silently (a
 * tombstone's extra properties, a misspelt field). Stateless and thread-safe.
 */
final class PaxmapMembers {
    private static final Set<String> FEATURE = Set.of("type", "id", "geometry", "properties", "paxmap", "bbox");
    private static final Set<String> META =
            Set.of("origin", "vv", "contentSha256", "modifiedAt", "modifiedBy", "deleted", "label");
    private static final Set<String> LABEL =
            Set.of("policy", "classification", "releasableTo", "caveats", "originator");
    private static final Set<String> INCIDENT = Set.of(
            "layer",
            "title",
            "description",
            "event_type",
            "type",
            "severity",
            "occurred_at",
            "time_precision",
            "precision_m",
            "casualties_low",
            "casualties_best",
            "casualties_high",
            "source",
            "source_reliability",
            "info_credibility");
    private static final Set<String> ROUTE = Set.of("layer", "name", "unit", "status", "planned_start", "planned_end");
    private static final Set<String> ZONE = Set.of(
            "layer",
            "name",
            "threat_level",
            "category",
            "valid_from",
            "valid_until",
            "shape",
            "shape_centre",
            "shape_radius_m",
            "shape_axis",
            "shape_half_width_m");

    private PaxmapMembers() {}

    /** Refuses a member of the Feature object that Paxmap does not write. */
    static void feature(JsonNode feature) throws FeatureProblem {
        only(feature, "", FEATURE);
    }

    /** Refuses a member of the {@code paxmap} object, or of its label, that Paxmap does not write. */
    static void meta(JsonNode meta) throws FeatureProblem {
        only(meta, "paxmap.", META);
        JsonNode label = meta.get("label");
        if (label != null && label.isObject()) {
            only(label, "paxmap.label.", LABEL);
        }
    }

    /** Refuses a property that is not one of {@code layer}'s fields. */
    static void properties(Layer layer, JsonNode properties) throws FeatureProblem {
        only(
                properties,
                "properties.",
                switch (layer) {
                    case INCIDENTS -> INCIDENT;
                    case ROUTES -> ROUTE;
                    case ZONES -> ZONE;
                });
    }

    private static void only(JsonNode object, String path, Set<String> allowed) throws FeatureProblem {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new FeatureProblem(
                        path + ContentLimits.text(name, path + "(member name)"),
                        "is not a member of a Paxmap feature (unknown members are refused, not dropped)");
            }
        }
    }
}
