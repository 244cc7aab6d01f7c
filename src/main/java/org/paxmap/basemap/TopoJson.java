package org.paxmap.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A decoded TopoJSON topology (https://github.com/topojson/topojson-specification): its arcs (quantized and
 * delta-encoded when the topology has a {@code transform}) turned into lon/lat coordinates, and its named objects
 * turned into JTS geometries. Immutable after {@link #parse}; thread-safe.
 */
public final class TopoJson {
    private static final GeometryFactory GF = new GeometryFactory();

    private final List<Coordinate[]> arcs;
    private final JsonNode objects;
    private final double[] scale;
    private final double[] translate;

    private TopoJson(List<Coordinate[]> arcs, JsonNode objects, double[] scale, double[] translate) {
        this.arcs = arcs;
        this.objects = objects;
        this.scale = scale;
        this.translate = translate;
    }

    /** A geometry of one object member with its {@code properties.name} (or null). */
    public record Shape(Geometry geometry, String name) {}

    /** Reads and decodes a TopoJSON file. */
    public static TopoJson read(Path file) throws BasemapException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new BasemapException(file + ": not readable JSON (" + e.getMessage() + ")", e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new BasemapException(file + ": " + e.getMessage(), e);
        }
    }

    /** Decodes a parsed topology; throws IllegalArgumentException if it is not a TopoJSON Topology. */
    public static TopoJson parse(JsonNode root) {
        if (root == null || !"Topology".equals(root.path("type").asText())) {
            throw new IllegalArgumentException("not a TopoJSON Topology (type is not \"Topology\")");
        }
        JsonNode transform = root.get("transform");
        double[] scale = null;
        double[] translate = null;
        if (transform != null) {
            scale = new double[] {
                transform.get("scale").get(0).asDouble(),
                transform.get("scale").get(1).asDouble()
            };
            translate = new double[] {
                transform.get("translate").get(0).asDouble(),
                transform.get("translate").get(1).asDouble()
            };
        }
        List<Coordinate[]> arcs = new ArrayList<>();
        for (JsonNode arc : root.path("arcs")) {
            Coordinate[] cs = new Coordinate[arc.size()];
            double x = 0;
            double y = 0;
            for (int i = 0; i < arc.size(); i++) {
                JsonNode p = arc.get(i);
                if (scale != null) {
                    x += p.get(0).asDouble();
                    y += p.get(1).asDouble();
                    cs[i] = new Coordinate(x * scale[0] + translate[0], y * scale[1] + translate[1]);
                } else {
                    cs[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
                }
            }
            arcs.add(cs);
        }
        JsonNode objects = root.get("objects");
        if (objects == null || !objects.isObject()) {
            throw new IllegalArgumentException("TopoJSON has no \"objects\"");
        }
        return new TopoJson(arcs, objects, scale, translate);
    }

    /** Whether the topology has an object of this name. */
    public boolean hasObject(String name) {
        return objects.has(name);
    }

    /** The members of object {@code name} as geometries (an empty list if there is no such object). */
    public List<Shape> shapes(String name) {
        List<Shape> out = new ArrayList<>();
        JsonNode object = objects.get(name);
        if (object != null) {
            collect(object, out);
        }
        return out;
    }

    private void collect(JsonNode g, List<Shape> out) {
        if ("GeometryCollection".equals(g.path("type").asText())) {
            for (JsonNode member : g.path("geometries")) {
                collect(member, out);
            }
            return;
        }
        Geometry geometry = geometry(g);
        if (geometry != null && !geometry.isEmpty()) {
            JsonNode name = g.path("properties").get("name");
            out.add(new Shape(geometry, name == null ? null : name.asText()));
        }
    }

    private Geometry geometry(JsonNode g) {
        String type = g.path("type").asText();
        JsonNode a = g.path("arcs");
        switch (type) {
            case "Point":
                return GF.createPoint(position(g.get("coordinates")));
            case "MultiPoint": {
                List<Coordinate> cs = new ArrayList<>();
                for (JsonNode p : g.path("coordinates")) {
                    cs.add(position(p));
                }
                return GF.createMultiPointFromCoords(cs.toArray(new Coordinate[0]));
            }
            case "LineString":
                return GF.createLineString(line(a));
            case "MultiLineString": {
                List<LineString> lines = new ArrayList<>();
                for (JsonNode l : a) {
                    lines.add(GF.createLineString(line(l)));
                }
                return GF.createMultiLineString(lines.toArray(new LineString[0]));
            }
            case "Polygon":
                return polygon(a);
            case "MultiPolygon": {
                List<Polygon> polygons = new ArrayList<>();
                for (JsonNode p : a) {
                    Polygon polygon = polygon(p);
                    if (polygon != null) {
                        polygons.add(polygon);
                    }
                }
                return GF.createMultiPolygon(polygons.toArray(new Polygon[0]));
            }
            default:
                return null; // null geometry or unknown type: skipped
        }
    }

    private Coordinate position(JsonNode p) {
        double x = p.get(0).asDouble();
        double y = p.get(1).asDouble();
        if (scale != null) {
            return new Coordinate(x * scale[0] + translate[0], y * scale[1] + translate[1]);
        }
        return new Coordinate(x, y);
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (JsonNode r : rings) {
            Coordinate[] cs = line(r);
            if (cs.length < 4 || !cs[0].equals2D(cs[cs.length - 1])) {
                continue;
            }
            LinearRing ring = GF.createLinearRing(cs);
            if (shell == null) {
                shell = ring;
            } else {
                holes.add(ring);
            }
        }
        return shell == null ? null : GF.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    /** Stitches arc indexes (negative {@code ~i} = arc {@code i} reversed) into one coordinate sequence. */
    private Coordinate[] line(JsonNode indexes) {
        List<Coordinate> out = new ArrayList<>();
        for (JsonNode idx : indexes) {
            int i = idx.asInt();
            Coordinate[] arc = arcs.get(i < 0 ? ~i : i);
            int n = arc.length;
            for (int k = 0; k < n; k++) {
                Coordinate c = i < 0 ? arc[n - 1 - k] : arc[k];
                if (k == 0 && !out.isEmpty()) {
                    continue; // shared with the previous arc's last point
                }
                out.add(c);
            }
        }
        return out.toArray(new Coordinate[0]);
    }

    /**
     * The arcs of object {@code name} used by two different members: for a countries object, the land borders
     * (TopoJSON's {@code mesh(topology, object, (a, b) => a !== b)}).
     */
    public List<LineString> sharedArcs(String name) {
        JsonNode object = objects.get(name);
        Map<Integer, Integer> firstUser = new HashMap<>();
        Map<Integer, Boolean> shared = new HashMap<>();
        if (object != null) {
            int member = 0;
            Iterable<JsonNode> members =
                    "GeometryCollection".equals(object.path("type").asText())
                            ? object.path("geometries")
                            : List.of(object);
            for (JsonNode m : members) {
                final int id = member++;
                forEachArc(m.path("arcs"), i -> {
                    Integer first = firstUser.putIfAbsent(i, id);
                    if (first != null && first != id) {
                        shared.put(i, Boolean.TRUE);
                    }
                });
            }
        }
        List<LineString> out = new ArrayList<>();
        shared.keySet().stream().sorted().forEach(i -> out.add(GF.createLineString(arcs.get(i))));
        return out;
    }

    private static void forEachArc(JsonNode node, java.util.function.IntConsumer action) {
        if (node.isInt()) {
            int i = node.asInt();
            action.accept(i < 0 ? ~i : i);
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                forEachArc(child, action);
            }
        }
    }
}
