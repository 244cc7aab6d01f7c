package org.paxmap.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.geo.Wgs84;

/**
 * RFC 7946 geometries to and from JTS, for the geometry types a picture has (Point, LineString, Polygon,
 * MultiPolygon). Decoding is strict: every structural fault is refused naming the field. Thread-safe (stateless).
 */
final class GeometryJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeometryJson() {}

    /** The GeoJSON geometry of {@code g}, coordinates quantised to 1e-7°. */
    static ObjectNode encode(Geometry g) {
        ObjectNode node = NODES.objectNode();
        node.put("type", g.getGeometryType());
        ArrayNode coordinates = node.putArray("coordinates");
        if (g instanceof Point p) {
            if (!p.isEmpty()) {
                coordinates.add(Wgs84.quantise(p.getX()));
                coordinates.add(Wgs84.quantise(p.getY()));
            }
        } else if (g instanceof LineString line) {
            positions(line.getCoordinates(), coordinates);
        } else if (g instanceof Polygon polygon) {
            rings(polygon, coordinates);
        } else if (g instanceof MultiPolygon multi) {
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                rings((Polygon) multi.getGeometryN(i), coordinates.addArray());
            }
        } else {
            throw new IllegalArgumentException("a picture has no " + g.getGeometryType() + " geometries");
        }
        return node;
    }

    /** Appends {@code [lon, lat]} quantised. */
    static void position(Coordinate c, ArrayNode into) {
        ArrayNode pos = into.addArray();
        pos.add(Wgs84.quantise(c.x));
        pos.add(Wgs84.quantise(c.y));
    }

    static void positions(Coordinate[] cs, ArrayNode into) {
        for (Coordinate c : cs) {
            position(c, into);
        }
    }

    private static void rings(Polygon polygon, ArrayNode into) {
        positions(polygon.getExteriorRing().getCoordinates(), into.addArray());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            positions(polygon.getInteriorRingN(i).getCoordinates(), into.addArray());
        }
    }

    /**
     * Decodes a GeoJSON geometry object of a plain file. Refuses MultiPoint, MultiLineString and GeometryCollection
     * (no Paxmap layer holds them), positions of more than three numbers, more than {@link
     * ContentLimits#MAX_POSITIONS} positions, and a {@code crs} other than WGS 84 longitude/latitude. Positions with
     * an altitude are accepted; the altitude is dropped and {@code warn} told once.
     *
     * @param field the path of {@code node} in the feature, for messages
     */
    static Geometry decode(JsonNode node, String field, Consumer<String> warn) throws FeatureProblem {
        return decode(node, field, warn, false);
    }

    /**
     * Decodes a geometry of a feature Paxmap wrote: as {@link #decode(JsonNode, String, Consumer)}, but a position
     * must be exactly longitude and latitude (Paxmap writes no altitude, so one would be changed silently) and any
     * {@code crs} member is refused.
     */
    static Geometry decodePaxmap(JsonNode node, String field) throws FeatureProblem {
        return decode(node, field, w -> {}, true);
    }

    private static Geometry decode(JsonNode node, String field, Consumer<String> warn, boolean paxmap)
            throws FeatureProblem {
        if (!node.isObject()) {
            throw new FeatureProblem(field, "a geometry must be a JSON object, not " + kind(node));
        }
        checkCrs(node, field, paxmap);
        JsonNode typeNode = node.get("type");
        if (typeNode == null || typeNode.isNull()) {
            throw new FeatureProblem(field + ".type", "member 'type' is missing");
        }
        if (!typeNode.isTextual()) {
            throw new FeatureProblem(field + ".type", "must be a string, not " + kind(typeNode));
        }
        String type = typeNode.textValue();
        checkBbox(node, field);
        switch (type) {
            case "Point", "LineString", "Polygon", "MultiPolygon" -> {}
            case "MultiPoint", "MultiLineString", "GeometryCollection" -> {
                // structure first: a MultiPoint without coordinates is broken before it is unsupported
                unsupportedButWellFormed(node, type, field);
                throw new FeatureProblem(
                        field + ".type",
                        type + " is not supported: Paxmap has no layer for it (incidents are Points, routes"
                                + " LineStrings, zones Polygons or MultiPolygons); split it into single parts first");
            }
            default ->
                throw new FeatureProblem(
                        field + ".type",
                        "unknown geometry type '" + type + "' (expected Point, LineString, Polygon or"
                                + " MultiPolygon)");
        }
        JsonNode coords = node.get("coordinates");
        String cf = field + ".coordinates";
        if (coords == null || coords.isNull()) {
            throw new FeatureProblem(cf, "member 'coordinates' is missing");
        }
        Reading dimension = new Reading(paxmap ? 2 : 3);
        Geometry g =
                switch (type) {
                    case "Point" -> Wgs84.FACTORY.createPoint(position(coords, cf, dimension));
                    case "LineString" -> line(coords, cf, dimension);
                    case "Polygon" -> polygon(coords, cf, dimension);
                    default -> {
                        array(coords, cf);
                        Polygon[] parts = new Polygon[coords.size()];
                        for (int i = 0; i < parts.length; i++) {
                            parts[i] = polygon(coords.get(i), cf + "[" + i + "]", dimension);
                        }
                        yield Wgs84.FACTORY.createMultiPolygon(parts);
                    }
                };
        if (dimension.dimension > 2) {
            warn.accept("field " + field + ": altitude dropped (Paxmap stores 2D positions)");
        }
        return g;
    }

    /**
     * Checks the structure of a MultiPoint, MultiLineString or GeometryCollection that Paxmap will refuse as
     * unsupported, so that a structural defect (no {@code coordinates}, a 1-D position, no {@code geometries}) is
     * what the message names.
     */
    private static void unsupportedButWellFormed(JsonNode node, String type, String field) throws FeatureProblem {
        if (type.equals("GeometryCollection")) {
            JsonNode parts = node.get("geometries");
            if (parts == null || parts.isNull()) {
                throw new FeatureProblem(field, "member 'geometries' is missing");
            }
            array(parts, field + ".geometries");
            for (int i = 0; i < parts.size(); i++) {
                String member = field + ".geometries[" + i + "]";
                if (!parts.get(i).isObject()) {
                    throw new FeatureProblem(member, "must be a geometry object, not " + kind(parts.get(i)));
                }
                try {
                    decode(parts.get(i), member, w -> {}, false);
                } catch (FeatureProblem p) {
                    if (!p.reason().contains(" is not supported: ")) {
                        throw p; // a structural defect of a member; an unsupported member type is the same refusal
                    }
                }
            }
            return;
        }
        JsonNode coords = node.get("coordinates");
        String cf = field + ".coordinates";
        if (coords == null || coords.isNull()) {
            throw new FeatureProblem(cf, "member 'coordinates' is missing");
        }
        array(coords, cf);
        Reading dimension = new Reading(3);
        for (int i = 0; i < coords.size(); i++) {
            if (type.equals("MultiPoint")) {
                position(coords.get(i), cf + "[" + i + "]", dimension);
            } else {
                Optional<String> p =
                        GeometryValidator.lineProblem(positions(coords.get(i), cf + "[" + i + "]", dimension));
                if (p.isPresent()) {
                    throw new FeatureProblem(cf + "[" + i + "]", p.get());
                }
            }
        }
    }

    /** Refuses a {@code bbox} member that is not an array of 4 or 6 numbers. */
    static void checkBbox(JsonNode object, String field) throws FeatureProblem {
        JsonNode bbox = object.get("bbox");
        if (bbox == null) {
            return;
        }
        String bf = field.isEmpty() ? "bbox" : field + ".bbox";
        if (!bbox.isArray() || (bbox.size() != 4 && bbox.size() != 6)) {
            throw new FeatureProblem(bf, "must be an array of 4 or 6 numbers, not " + kind(bbox));
        }
        for (int i = 0; i < bbox.size(); i++) {
            if (!bbox.get(i).isNumber()) {
                throw new FeatureProblem(bf + "[" + i + "]", "must be a number, not " + kind(bbox.get(i)));
            }
        }
    }

    /**
     * Refuses a {@code crs} member (RFC 7946 §4 removed it: coordinates are WGS 84 longitude, latitude): in a feature
     * Paxmap wrote always, in a plain file unless it names that very system (OGC CRS84 or EPSG:4326), which changes
     * nothing.
     */
    static void checkCrs(JsonNode object, String field, boolean paxmap) throws FeatureProblem {
        JsonNode crs = object.get("crs");
        if (crs == null) {
            return;
        }
        String cf = field.isEmpty() ? "crs" : field + ".crs";
        String name = crs.path("properties").path("name").asText("");
        boolean wgs84 = name.equals("urn:ogc:def:crs:OGC:1.3:CRS84")
                || name.equals("urn:ogc:def:crs:OGC::CRS84")
                || name.equals("EPSG:4326");
        if (paxmap || !wgs84) {
            throw new FeatureProblem(
                    cf,
                    "a coordinate reference system member is not accepted (RFC 7946: coordinates are WGS 84"
                            + " longitude, latitude); reproject the file to WGS 84 and drop 'crs'");
        }
    }

    /** What the positions of one geometry read so far share: the dimension, the count, the largest allowed. */
    private static final class Reading {
        final int maxDimension;
        int dimension;
        long positions;

        Reading(int maxDimension) {
            this.maxDimension = maxDimension;
        }
    }

    private static LineString line(JsonNode coords, String field, Reading dimension) throws FeatureProblem {
        Coordinate[] cs = positions(coords, field, dimension);
        Optional<String> p = GeometryValidator.lineProblem(cs);
        if (p.isPresent()) {
            throw new FeatureProblem(field, p.get());
        }
        return Wgs84.FACTORY.createLineString(cs);
    }

    private static Polygon polygon(JsonNode coords, String field, Reading dimension) throws FeatureProblem {
        array(coords, field);
        if (coords.isEmpty()) {
            throw new FeatureProblem(field, "a polygon needs at least one ring");
        }
        LinearRing[] rings = new LinearRing[coords.size()];
        for (int i = 0; i < rings.length; i++) {
            String rf = field + "[" + i + "]";
            Coordinate[] cs = positions(coords.get(i), rf, dimension);
            Optional<String> p = GeometryValidator.ringProblem(cs);
            if (p.isPresent()) {
                throw new FeatureProblem(rf, p.get());
            }
            rings[i] = Wgs84.FACTORY.createLinearRing(cs);
        }
        LinearRing[] holes = new LinearRing[rings.length - 1];
        System.arraycopy(rings, 1, holes, 0, holes.length);
        return Wgs84.FACTORY.createPolygon(rings[0], holes);
    }

    private static Coordinate[] positions(JsonNode coords, String field, Reading dimension) throws FeatureProblem {
        array(coords, field);
        dimension.positions += coords.size();
        ContentLimits.positions(dimension.positions, field);
        Coordinate[] cs = new Coordinate[coords.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = position(coords.get(i), field + "[" + i + "]", dimension);
        }
        return cs;
    }

    private static Coordinate position(JsonNode pos, String field, Reading dimension) throws FeatureProblem {
        if (!pos.isArray()) {
            throw new FeatureProblem(field, "a position must be an array of numbers, not " + kind(pos));
        }
        if (pos.size() < 2) {
            throw new FeatureProblem(
                    field, "a position needs longitude and latitude, found " + pos.size() + " number(s)");
        }
        for (int i = 0; i < pos.size(); i++) {
            if (!pos.get(i).isNumber()) {
                throw new FeatureProblem(field + "[" + i + "]", "must be a number, not " + kind(pos.get(i)));
            }
        }
        if (pos.size() > dimension.maxDimension) {
            throw new FeatureProblem(
                    field,
                    "a position of " + pos.size() + " numbers: "
                            + (dimension.maxDimension == 2
                                    ? "a Paxmap feature's positions are longitude and latitude only"
                                    : "at most longitude, latitude and altitude are accepted")
                            + " (nothing is dropped silently)");
        }
        if (dimension.dimension == 0) {
            dimension.dimension = pos.size();
        } else if (dimension.dimension != pos.size()) {
            throw new FeatureProblem(
                    field,
                    "position has " + pos.size() + " numbers but the geometry's first has " + dimension.dimension
                            + " (mixed dimensions)");
        }
        double lon = pos.get(0).doubleValue();
        double lat = pos.get(1).doubleValue();
        Optional<String> p = GeometryValidator.positionProblem(lon, lat);
        if (p.isPresent()) {
            throw new FeatureProblem(field, p.get());
        }
        return new Coordinate(lon, lat);
    }

    private static void array(JsonNode node, String field) throws FeatureProblem {
        if (!node.isArray()) {
            throw new FeatureProblem(field, "must be an array, not " + kind(node));
        }
    }

    /** A short description of a JSON value's kind for messages, e.g. {@code a string "abc"}. */
    static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case STRING -> "a string \"" + abbreviate(node.textValue()) + "\"";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> "the boolean " + node.asText();
            case NULL -> "null";
            case ARRAY -> "an array of " + node.size();
            case OBJECT -> "an object";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
