package org.paxmap.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.paxmap.bytes.Sha256;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.RouteStatus;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.TimePrecision;
import org.paxmap.model.VersionVector;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;

/**
 * The GeoJSON form of a picture feature (bundle format §4), its inverse, and the canonical content hash. Thread-safe
 * (stateless; {@link Sha256} digests per thread).
 *
 * <p>Properties use stable snake_case names and the model's lower-case codes:
 *
 * <ul>
 *   <li>all layers: {@code layer} ({@code incidents}, {@code routes} or {@code zones});
 *   <li>incidents: {@code title, description, event_type, type, severity, occurred_at, time_precision, precision_m,
 *       casualties_low, casualties_best, casualties_high, source, source_reliability, info_credibility};
 *   <li>routes: {@code name, unit, status, planned_start, planned_end};
 *   <li>zones: {@code name, threat_level, category, valid_from, valid_until} (null while open-ended), {@code shape}
 *       ({@code drawn}, {@code circle} or {@code corridor}) with {@code shape_centre} and {@code shape_radius_m} for
 *       circles, {@code shape_axis} and {@code shape_half_width_m} for corridors.
 * </ul>
 *
 * Times are RFC 3339 UTC ({@link Instant#toString()}); coordinates are quantised to 1e-7°.
 *
 * <p>A tombstone is written with {@code "geometry": null} and only its {@code layer} in its properties ({@link
 * Tombstones}); reading it back gives a feature of empty content, an empty geometry of its layer's type (the model
 * needs one) and {@code deleted} set. A tombstone that carries any other property, or a geometry, is refused.
 *
 * <p>Reading is strict, so that what is stored is what the file says and nothing else: the members of the feature,
 * its {@code properties}, its {@code paxmap} member and the label are exactly the ones listed here (an unknown
 * member is refused, not ignored); a tombstone carries no geometry ({@code null}) and no {@code bbox}; no {@code
 * crs} member anywhere; positions are longitude and latitude only, in range and finite (the circle's centre too);
 * every string and time is within {@link ContentLimits}.
 */
public final class FeatureJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FeatureJson() {}

    /**
     * The RFC 7946 Feature for {@code feature}: {@code id}, {@code geometry} (null for tombstones), {@code
     * properties} with the layer's fields, and the {@code paxmap} member with origin, version vector ({@code vv}),
     * content hash (the stored one, or computed when the feature has none yet), modified-at/by, deleted and label.
     * The caller owns the returned tree.
     */
    public static ObjectNode toGeoJson(Feature feature) {
        SyncMeta sync = feature.sync();
        ObjectNode node = NODES.objectNode();
        node.put("type", "Feature");
        node.put("id", feature.id().toString());
        if (sync.deleted()) {
            node.putNull("geometry");
        } else {
            node.set("geometry", GeometryJson.encode(feature.geometry()));
        }
        node.set("properties", sync.deleted() ? Tombstones.properties(feature) : properties(feature));
        ObjectNode meta = node.putObject("paxmap");
        meta.put("origin", sync.origin());
        ObjectNode vv = meta.putObject("vv");
        sync.versions().asMap().forEach(vv::put);
        meta.put("contentSha256", sync.contentSha256().isEmpty() ? contentSha256(feature) : sync.contentSha256());
        meta.put("modifiedAt", sync.modifiedAt().toString());
        meta.put("modifiedBy", sync.modifiedBy());
        meta.put("deleted", sync.deleted());
        meta.set("label", label(feature.label()));
        return node;
    }

    /**
     * The lower-case hex SHA-256 of the feature's canonical content: the RFC 8785 canonical JSON of {@code
     * {"geometry": …, "label": …, "properties": …}}, with the geometry's and shape's coordinates quantised to 1e-7°.
     * Sync metadata (origin, versions, modified-at/by, deleted) is not part of the content; a tombstone hashes its
     * last content.
     */
    public static String contentSha256(Feature feature) {
        ObjectNode content = NODES.objectNode();
        content.set("geometry", GeometryJson.encode(feature.geometry()));
        content.set("properties", properties(feature));
        content.set("label", label(feature.label()));
        return Sha256.hex(CanonicalJson.bytes(content));
    }

    /**
     * Reads a feature that Paxmap wrote (one with the {@code paxmap} member), restoring its id, fields, label and
     * sync metadata; the stored content hash is kept as written.
     *
     * @param feature the Feature object
     * @param where the file and feature for messages, e.g. {@code zones.geojson, feature 3}
     * @throws GeoJsonException naming {@code where}, the field and the reason
     */
    public static Feature fromGeoJson(JsonNode feature, String where) throws GeoJsonException {
        try {
            return decode(feature, new ArrayList<>()::add);
        } catch (FeatureProblem p) {
            throw new GeoJsonException(where + ", field " + p.field() + ": " + p.reason());
        }
    }

    /** Decodes a Paxmap-written feature; {@code warn} receives changes made on the way (altitude dropped). */
    static Feature decode(JsonNode feature, java.util.function.Consumer<String> warn) throws FeatureProblem {
        if (!feature.isObject()) {
            throw new FeatureProblem("feature", "must be a JSON object, not " + GeometryJson.kind(feature));
        }
        GeometryJson.checkCrs(feature, "", true);
        PaxmapMembers.feature(feature);
        JsonNode meta = feature.get("paxmap");
        if (meta == null || !meta.isObject()) {
            throw new FeatureProblem("paxmap", "member 'paxmap' is missing or not an object");
        }
        UUID id = uuid(feature.get("id"));
        JsonNode props = feature.get("properties");
        if (props == null || !props.isObject()) {
            throw new FeatureProblem("properties", "must be an object, not " + GeometryJson.kind(props));
        }
        Layer layer;
        try {
            layer = Layer.fromTableName(Fields.requiredText(props, "layer", "properties."));
        } catch (IllegalArgumentException e) {
            throw new FeatureProblem("properties.layer", e.getMessage());
        }
        PaxmapMembers.meta(meta);
        SyncMeta sync = sync(meta);
        if (!sync.deleted()) {
            PaxmapMembers.properties(layer, props);
        }
        ReleaseLabel label = label(meta.get("label"), "paxmap.label");
        JsonNode geometryNode = feature.get("geometry");
        Geometry geometry;
        if (geometryNode == null || geometryNode.isNull()) {
            if (!sync.deleted()) {
                throw new FeatureProblem("geometry", "is null but the feature is not deleted");
            }
            Tombstones.checkProperties(props);
            return Tombstones.of(layer, id, label, sync);
        } else if (sync.deleted()) {
            throw new FeatureProblem("geometry", "a tombstone (deleted: true) carries no geometry; it must be null");
        } else {
            geometry = GeometryJson.decodePaxmap(geometryNode, "geometry");
        }
        try {
            return fields(layer, id, geometry, props, label, sync);
        } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
            throw new FeatureProblem("properties", String.valueOf(e.getMessage()));
        }
    }

    /** The layer's fields of a Paxmap-style properties object, with the given identity, geometry, label and sync. */
    static Feature fields(Layer layer, UUID id, Geometry geometry, JsonNode p, ReleaseLabel label, SyncMeta sync)
            throws FeatureProblem {
        String at = "properties.";
        return switch (layer) {
            case INCIDENTS ->
                new Incident(
                        id,
                        (Point) geometry,
                        Fields.number(p, "precision_m", at, 0),
                        Fields.requiredInstant(p, "occurred_at", at),
                        Fields.code(p, "time_precision", at, TimePrecision::parse, null),
                        Fields.code(p, "type", at, IncidentType::parse, null),
                        Fields.code(p, "severity", at, Severity::parse, null),
                        Fields.requiredText(p, "title", at),
                        Fields.text(p, "description", at, ""),
                        casualties(p, at),
                        Fields.text(p, "source", at, ""),
                        grade(p, at),
                        label,
                        sync);
            case ROUTES ->
                new PatrolRoute(
                        id,
                        Fields.requiredText(p, "name", at),
                        Fields.text(p, "unit", at, ""),
                        (LineString) geometry,
                        Fields.requiredInstant(p, "planned_start", at),
                        Fields.requiredInstant(p, "planned_end", at),
                        Fields.code(p, "status", at, RouteStatus::parse, null),
                        label,
                        sync);
            case ZONES ->
                new ThreatZone(
                        id,
                        Fields.requiredText(p, "name", at),
                        ThreatZone.asMultiPolygon(geometry),
                        shape(p, at),
                        Fields.code(p, "threat_level", at, ThreatLevel::parse, null),
                        Fields.code(p, "category", at, ZoneCategory::parse, null),
                        Fields.requiredInstant(p, "valid_from", at),
                        Fields.instant(p, "valid_until", at),
                        label,
                        sync);
        };
    }

    /** The properties object of {@code feature} (see the class comment for the names). */
    static ObjectNode properties(Feature feature) {
        ObjectNode p = NODES.objectNode();
        p.put("layer", feature.layer().tableName());
        if (feature instanceof Incident i) {
            p.put("title", i.title());
            p.put("description", i.description());
            p.put("event_type", i.type().eventType().code());
            p.put("type", i.type().code());
            p.put("severity", i.severity().code());
            p.put("occurred_at", i.occurredAt().toString());
            p.put("time_precision", i.timePrecision().code());
            p.put("precision_m", i.precisionMetres());
            p.put("casualties_low", i.casualties().low());
            p.put("casualties_best", i.casualties().best());
            p.put("casualties_high", i.casualties().high());
            p.put("source", i.source());
            p.put("source_reliability", String.valueOf(i.grade().reliability()));
            p.put("info_credibility", i.grade().credibility());
        } else if (feature instanceof PatrolRoute r) {
            p.put("name", r.name());
            p.put("unit", r.unit());
            p.put("status", r.status().code());
            p.put("planned_start", r.plannedStart().toString());
            p.put("planned_end", r.plannedEnd().toString());
        } else if (feature instanceof ThreatZone z) {
            p.put("name", z.name());
            p.put("threat_level", z.threatLevel().code());
            p.put("category", z.category().code());
            p.put("valid_from", z.validFrom().toString());
            if (z.validUntil() == null) {
                p.putNull("valid_until");
            } else {
                p.put("valid_until", z.validUntil().toString());
            }
            p.put("shape", z.shape().kind());
            if (z.shape() instanceof ZoneShape.Circle c) {
                ArrayNode centre = p.putArray("shape_centre");
                centre.add(Wgs84.quantise(c.centre().getX()));
                centre.add(Wgs84.quantise(c.centre().getY()));
                p.put("shape_radius_m", c.radiusMetres());
            } else if (z.shape() instanceof ZoneShape.Corridor c) {
                GeometryJson.positions(c.axis().getCoordinates(), p.putArray("shape_axis"));
                p.put("shape_half_width_m", c.halfWidthMetres());
            }
        }
        return p;
    }

    /** The label object of §5: policy, classification, releasableTo, caveats, originator. */
    static ObjectNode label(ReleaseLabel label) {
        ObjectNode node = NODES.objectNode();
        node.put("policy", label.policy());
        node.put("classification", label.classification());
        ArrayNode rel = node.putArray("releasableTo");
        label.releasableTo().forEach(rel::add);
        ArrayNode caveats = node.putArray("caveats");
        label.caveats().forEach(caveats::add);
        node.put("originator", label.originator());
        return node;
    }

    /** Reads a label object; {@code field} is its path for messages. */
    static ReleaseLabel label(JsonNode node, String field) throws FeatureProblem {
        if (node == null || !node.isObject()) {
            throw new FeatureProblem(field, "must be a label object, not " + GeometryJson.kind(node));
        }
        String at = field + ".";
        try {
            return new ReleaseLabel(
                    Fields.requiredText(node, "policy", at),
                    Fields.requiredText(node, "classification", at),
                    strings(node.get("releasableTo"), at + "releasableTo"),
                    strings(node.get("caveats"), at + "caveats"),
                    Fields.requiredText(node, "originator", at));
        } catch (IllegalArgumentException e) {
            throw new FeatureProblem(field, e.getMessage());
        }
    }

    private static List<String> strings(JsonNode node, String field) throws FeatureProblem {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new FeatureProblem(field, "must be an array of strings, not " + GeometryJson.kind(node));
        }
        List<String> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual() || node.get(i).textValue().isBlank()) {
                throw new FeatureProblem(field + "[" + i + "]", "must be a non-empty string");
            }
            out.add(ContentLimits.text(node.get(i).textValue(), field + "[" + i + "]"));
        }
        return out;
    }

    private static SyncMeta sync(JsonNode meta) throws FeatureProblem {
        String at = "paxmap.";
        JsonNode vvNode = meta.get("vv");
        Map<String, Long> vv = new LinkedHashMap<>();
        if (vvNode != null && !vvNode.isNull()) {
            if (!vvNode.isObject()) {
                throw new FeatureProblem("paxmap.vv", "must be an object of node id to counter");
            }
            for (Map.Entry<String, JsonNode> e : vvNode.properties()) {
                ContentLimits.text(e.getKey(), "paxmap.vv");
                if (!e.getValue().canConvertToLong() || !e.getValue().isIntegralNumber()) {
                    throw new FeatureProblem("paxmap.vv." + e.getKey(), "must be a whole number");
                }
                vv.put(e.getKey(), e.getValue().longValue());
            }
        }
        try {
            return new SyncMeta(
                    Fields.requiredText(meta, "origin", at),
                    VersionVector.of(vv),
                    Fields.text(meta, "contentSha256", at, ""),
                    Fields.requiredInstant(meta, "modifiedAt", at),
                    Fields.text(meta, "modifiedBy", at, ""),
                    Fields.bool(meta, "deleted", at, false));
        } catch (IllegalArgumentException e) {
            throw new FeatureProblem("paxmap", e.getMessage());
        }
    }

    private static UUID uuid(JsonNode id) throws FeatureProblem {
        if (id == null || !id.isTextual()) {
            throw new FeatureProblem("id", "must be a UUID string, not " + GeometryJson.kind(id));
        }
        try {
            return UUID.fromString(id.textValue());
        } catch (IllegalArgumentException e) {
            throw new FeatureProblem("id", "'" + id.textValue() + "' is not a UUID");
        }
    }

    private static Casualties casualties(JsonNode p, String at) throws FeatureProblem {
        int low = Fields.count(p, "casualties_low", at, 0);
        int best = Fields.count(p, "casualties_best", at, low);
        int high = Fields.count(p, "casualties_high", at, best);
        try {
            return new Casualties(low, best, high);
        } catch (IllegalArgumentException e) {
            throw new FeatureProblem(at + "casualties_best", e.getMessage());
        }
    }

    private static AdmiraltyGrade grade(JsonNode p, String at) throws FeatureProblem {
        String reliability = Fields.text(p, "source_reliability", at, "F");
        int credibility = Fields.count(p, "info_credibility", at, 6);
        try {
            return AdmiraltyGrade.parse(reliability + credibility);
        } catch (IllegalArgumentException e) {
            throw new FeatureProblem(at + "source_reliability", e.getMessage());
        }
    }

    private static ZoneShape shape(JsonNode p, String at) throws FeatureProblem {
        String kind = Fields.text(p, "shape", at, "drawn");
        try {
            return switch (kind) {
                case "drawn" -> new ZoneShape.Drawn();
                case "circle" -> {
                    JsonNode c = p.get("shape_centre");
                    if (c == null
                            || !c.isArray()
                            || c.size() != 2
                            || !c.get(0).isNumber()
                            || !c.get(1).isNumber()) {
                        throw new FeatureProblem(at + "shape_centre", "must be a [lon, lat] position");
                    }
                    java.util.Optional<String> off = org.paxmap.geo.GeometryValidator.positionProblem(
                            c.get(0).doubleValue(), c.get(1).doubleValue());
                    if (off.isPresent()) {
                        throw new FeatureProblem(at + "shape_centre", off.get());
                    }
                    yield new ZoneShape.Circle(
                            Wgs84.point(c.get(0).doubleValue(), c.get(1).doubleValue()),
                            Fields.number(p, "shape_radius_m", at, Double.NaN));
                }
                case "corridor" -> {
                    JsonNode axis = p.get("shape_axis");
                    if (axis == null) {
                        throw new FeatureProblem(at + "shape_axis", "is missing");
                    }
                    ObjectNode line = NODES.objectNode().put("type", "LineString");
                    line.set("coordinates", axis);
                    LineString l = (LineString) GeometryJson.decodePaxmap(line, at + "shape_axis");
                    yield new ZoneShape.Corridor(l, Fields.number(p, "shape_half_width_m", at, Double.NaN));
                }
                default ->
                    throw new FeatureProblem(
                            at + "shape", "unknown shape '" + kind + "' (known: drawn, circle, corridor)");
            };
        } catch (IllegalArgumentException e) {
            throw new FeatureProblem(at + "shape", e.getMessage());
        }
    }
}
