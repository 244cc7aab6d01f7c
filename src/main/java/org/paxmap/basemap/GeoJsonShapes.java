package org.paxmap.basemap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the polygons and lines of a GeoJSON file (a FeatureCollection, GeometryCollection, Feature or bare geometry)
 * as single JTS geometries: multi-geometries are split into their parts. Streams the top-level {@code features} or
 * {@code geometries} array one member at a time, so large files (the 60 MB lakes) need little more memory than their
 * geometries. Stateless; thread-safe.
 */
public final class GeoJsonShapes {
    private static final GeometryFactory GF = new GeometryFactory();

    private GeoJsonShapes() {}

    /** The polygons and line strings of {@code file}, multi-parts split; points are ignored. */
    public static List<Geometry> read(Path file) throws BasemapException {
        List<Geometry> out = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser p = mapper.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BasemapException(file + ": not a GeoJSON object");
            }
            boolean streamed = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (("features".equals(field) || "geometries".equals(field)) && value == JsonToken.START_ARRAY) {
                    streamed = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode member = mapper.readTree(p);
                        addGeometry(member.has("geometry") ? member.get("geometry") : member, out);
                    }
                } else if ("geometry".equals(field) && value == JsonToken.START_OBJECT) {
                    addGeometry(mapper.readTree(p), out);
                    streamed = true;
                } else if ("coordinates".equals(field) && !streamed) {
                    throw new BasemapException(file + ": a bare geometry is not supported; use a collection");
                } else {
                    p.skipChildren();
                }
            }
            if (!streamed) {
                throw new BasemapException(file + ": no \"features\" or \"geometries\" found");
            }
        } catch (IOException | RuntimeException e) {
            throw new BasemapException(file + ": not readable GeoJSON (" + e.getMessage() + ")", e);
        }
        return out;
    }

    private static void addGeometry(JsonNode g, List<Geometry> out) {
        if (g == null || g.isNull()) {
            return;
        }
        JsonNode c = g.path("coordinates");
        switch (g.path("type").asText()) {
            case "Polygon":
                addPolygon(c, out);
                break;
            case "MultiPolygon":
                for (JsonNode polygon : c) {
                    addPolygon(polygon, out);
                }
                break;
            case "LineString":
                addLine(c, out);
                break;
            case "MultiLineString":
                for (JsonNode line : c) {
                    addLine(line, out);
                }
                break;
            case "GeometryCollection":
                for (JsonNode member : g.path("geometries")) {
                    addGeometry(member, out);
                }
                break;
            default:
                break;
        }
    }

    private static void addLine(JsonNode c, List<Geometry> out) {
        Coordinate[] cs = coordinates(c);
        if (cs.length >= 2) {
            out.add(GF.createLineString(cs));
        }
    }

    private static void addPolygon(JsonNode rings, List<Geometry> out) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (JsonNode r : rings) {
            Coordinate[] cs = coordinates(r);
            if (cs.length < 4 || !cs[0].equals2D(cs[cs.length - 1])) {
                continue;
            }
            if (shell == null) {
                shell = GF.createLinearRing(cs);
            } else {
                holes.add(GF.createLinearRing(cs));
            }
        }
        if (shell != null) {
            Polygon polygon = GF.createPolygon(shell, holes.toArray(new LinearRing[0]));
            out.add(polygon);
        }
    }

    private static Coordinate[] coordinates(JsonNode positions) {
        Coordinate[] cs = new Coordinate[positions.size()];
        for (int i = 0; i < cs.length; i++) {
            JsonNode p = positions.get(i);
            cs[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
        }
        return cs;
    }
}
