package org.paxmap.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.geo.Wgs84;
import org.paxmap.geo.ZoneShapes;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneShape;

/**
 * Geometry edits of a feature, as pure functions from a feature to the edited copy: translate the whole feature, move
 * a vertex, insert a vertex on an edge, delete a vertex. Every result is checked before it is returned: positions on
 * the globe, routes of at least 2 waypoints with no two consecutive ones at the same place, zone rings closed with at
 * least 3 corners and outlines that do not cross themselves; a refused edit throws {@link InvalidEditException} on
 * field {@link #FIELD}. Stateless and thread-safe.
 *
 * <p>Translating a circle or corridor zone moves its centre or axis by the given degrees and rebuilds its outline on
 * the ellipsoid ({@link ZoneShapes}), so it stays round and as wide on the ground at its new latitude; a drawn zone's
 * corners move by the degrees. The vertices of a corridor zone are those of its axis (addressed like a route's
 * waypoints): a vertex edit moves, adds or removes an axis point and rebuilds the outline at the same width. A vertex
 * edit of a circle zone's outline makes it a drawn zone (its outline is no longer a circle). A circle's radius and a
 * corridor's half width are changed with {@link #withRadius} and {@link #withHalfWidth}.
 */
public final class GeometryEdits {
    /** The field a refused geometry edit reports. */
    public static final String FIELD = "geometry";

    private GeometryEdits() {}

    /**
     * {@code feature} moved by {@code dLon} degrees east and {@code dLat} degrees north.
     *
     * @throws InvalidEditException if a position would leave the globe (beyond a pole or across the 180° meridian)
     */
    public static Feature translate(Feature feature, double dLon, double dLat) throws InvalidEditException {
        if (!Double.isFinite(dLon) || !Double.isFinite(dLat)) {
            throw new InvalidEditException(FIELD, "the move is not a number of degrees");
        }
        if (feature instanceof Incident incident) {
            Coordinate c = shifted(incident.location().getCoordinate(), dLon, dLat);
            return incident.withLocation(Wgs84.point(c.x, c.y));
        }
        if (feature instanceof PatrolRoute route) {
            return withLine(route, shifted(route.waypoints().getCoordinates(), dLon, dLat));
        }
        ThreatZone zone = (ThreatZone) feature;
        if (zone.shape() instanceof ZoneShape.Circle circle) {
            Coordinate centre = shifted(circle.centre().getCoordinate(), dLon, dLat);
            Polygon outline = ZoneShapes.circle(centre, circle.radiusMetres());
            checked(outline);
            return withArea(
                    zone,
                    ThreatZone.asMultiPolygon(outline),
                    new ZoneShape.Circle(Wgs84.point(centre.x, centre.y), circle.radiusMetres()));
        }
        if (zone.shape() instanceof ZoneShape.Corridor corridor) {
            LineString axis =
                    Wgs84.FACTORY.createLineString(shifted(corridor.axis().getCoordinates(), dLon, dLat));
            Polygon outline = ZoneShapes.corridor(axis, corridor.halfWidthMetres());
            checked(outline);
            return withArea(
                    zone, ThreatZone.asMultiPolygon(outline), new ZoneShape.Corridor(axis, corridor.halfWidthMetres()));
        }
        MultiPolygon area = (MultiPolygon) zone.area().copy();
        for (Coordinate c : area.getCoordinates()) {
            Coordinate moved = shifted(c, dLon, dLat);
            c.x = moved.x;
            c.y = moved.y;
        }
        area.geometryChanged();
        return withArea(zone, area, zone.shape());
    }

    /**
     * {@code feature} with vertex {@code vertex} at {@code to} (lon/lat). Moving corner 0 of a ring moves its closing
     * position with it.
     *
     * @throws InvalidEditException if there is no such vertex or the result is not a valid geometry
     */
    public static Feature moveVertex(Feature feature, VertexRef vertex, Coordinate to) throws InvalidEditException {
        Optional<String> place = Words.positionProblem(to);
        if (place.isPresent()) {
            throw new InvalidEditException(FIELD, place.get());
        }
        if (feature instanceof Incident incident) {
            requireIndex(vertex, 1, "an incident has only one position, vertex 0");
            return incident.withLocation(Wgs84.point(to.x, to.y));
        }
        if (feature instanceof PatrolRoute route) {
            return withLine(route, movedPoint(route.waypoints().getCoordinates(), ROUTE, vertex, to));
        }
        ThreatZone zone = (ThreatZone) feature;
        if (zone.shape() instanceof ZoneShape.Corridor corridor) {
            return withAxis(zone, corridor, movedPoint(corridor.axis().getCoordinates(), AXIS, vertex, to));
        }
        List<Coordinate> corners = corners(zone, vertex);
        requireIndex(vertex, corners.size(), "the ring has corners 0 to " + (corners.size() - 1));
        corners.set(vertex.index(), new Coordinate(to.x, to.y));
        return withRing(zone, vertex, corners);
    }

    /**
     * {@code feature} with a new vertex at {@code at} (lon/lat) on the edge that starts at {@code edgeStart}: it
     * becomes vertex {@code edgeStart.index() + 1}.
     *
     * @throws InvalidEditException for an incident (it has no edges), a missing edge, or an invalid result
     */
    public static Feature insertVertex(Feature feature, VertexRef edgeStart, Coordinate at)
            throws InvalidEditException {
        Optional<String> place = Words.positionProblem(at);
        if (place.isPresent()) {
            throw new InvalidEditException(FIELD, place.get());
        }
        if (feature instanceof Incident) {
            throw new InvalidEditException(FIELD, "an incident is a single position: it has no edge to insert on");
        }
        if (feature instanceof PatrolRoute route) {
            return withLine(route, addedPoint(route.waypoints().getCoordinates(), ROUTE, edgeStart, at));
        }
        ThreatZone zone = (ThreatZone) feature;
        if (zone.shape() instanceof ZoneShape.Corridor corridor) {
            return withAxis(zone, corridor, addedPoint(corridor.axis().getCoordinates(), AXIS, edgeStart, at));
        }
        List<Coordinate> corners = corners(zone, edgeStart);
        requireIndex(edgeStart, corners.size(), "the ring has edges 0 to " + (corners.size() - 1));
        corners.add(edgeStart.index() + 1, new Coordinate(at.x, at.y));
        return withRing(zone, edgeStart, corners);
    }

    /**
     * {@code feature} without vertex {@code vertex}; a ring is closed again on its new corner 0.
     *
     * @throws InvalidEditException for an incident, a route of 2 waypoints, a ring of 3 corners, a missing vertex,
     *     or an invalid result
     */
    public static Feature deleteVertex(Feature feature, VertexRef vertex) throws InvalidEditException {
        if (feature instanceof Incident) {
            throw new InvalidEditException(FIELD, "an incident is a single position: delete the incident instead");
        }
        if (feature instanceof PatrolRoute route) {
            return withLine(route, lessPoint(route.waypoints().getCoordinates(), ROUTE, vertex));
        }
        ThreatZone zone = (ThreatZone) feature;
        if (zone.shape() instanceof ZoneShape.Corridor corridor) {
            return withAxis(zone, corridor, lessPoint(corridor.axis().getCoordinates(), AXIS, vertex));
        }
        List<Coordinate> corners = corners(zone, vertex);
        requireIndex(vertex, corners.size(), "the ring has corners 0 to " + (corners.size() - 1));
        if (corners.size() <= 3) {
            throw new InvalidEditException(FIELD, "a zone's outline needs at least 3 corners: this one has only 3");
        }
        corners.remove(vertex.index());
        return withRing(zone, vertex, corners);
    }

    /**
     * The circle zone {@code feature} with radius {@code metres} round the same centre, its outline rebuilt on the
     * ellipsoid.
     *
     * @throws InvalidEditException if {@code feature} is not a circle zone, the radius is not a positive number, or
     *     the circle would not fit on the globe
     */
    public static Feature withRadius(Feature feature, double metres) throws InvalidEditException {
        if (!(feature instanceof ThreatZone zone && zone.shape() instanceof ZoneShape.Circle circle)) {
            throw new InvalidEditException(FIELD, "only a circle zone has a radius");
        }
        requirePositive(metres, "radius");
        Polygon outline = ZoneShapes.circle(circle.centre().getCoordinate(), metres);
        checked(outline);
        return withArea(zone, ThreatZone.asMultiPolygon(outline), new ZoneShape.Circle(circle.centre(), metres));
    }

    /**
     * The corridor zone {@code feature} reaching {@code metres} either side of the same axis, its outline rebuilt on
     * the ellipsoid.
     *
     * @throws InvalidEditException if {@code feature} is not a corridor zone, the half width is not a positive number,
     *     or the corridor would not be a valid area on the globe
     */
    public static Feature withHalfWidth(Feature feature, double metres) throws InvalidEditException {
        if (!(feature instanceof ThreatZone zone && zone.shape() instanceof ZoneShape.Corridor corridor)) {
            throw new InvalidEditException(FIELD, "only a corridor zone has a width");
        }
        requirePositive(metres, "width");
        Polygon outline = ZoneShapes.corridor(corridor.axis(), metres);
        checked(outline);
        return withArea(zone, ThreatZone.asMultiPolygon(outline), new ZoneShape.Corridor(corridor.axis(), metres));
    }

    /** How refusals name an open line: a route's waypoints and edges, a corridor axis' points and legs. */
    private record LineWords(String the, String a, String point, String edge) {}

    private static final LineWords ROUTE = new LineWords("the route", "a route", "waypoint", "edge");
    private static final LineWords AXIS = new LineWords("the axis", "a corridor's axis", "point", "leg");

    /** A copy of {@code line} with point {@code vertex} at {@code to} (the line given stays as it was). */
    private static Coordinate[] movedPoint(Coordinate[] line, LineWords words, VertexRef vertex, Coordinate to)
            throws InvalidEditException {
        requireIndex(vertex, line.length, words.the() + " has " + words.point() + "s 0 to " + (line.length - 1));
        // a copy: JTS hands out the line's own array, and the feature given must stay as it was (it is the undo
        // history's "before")
        Coordinate[] points = line.clone();
        points[vertex.index()] = new Coordinate(to.x, to.y);
        return points;
    }

    /** {@code line} with a new point at {@code at} after point {@code edgeStart}. */
    private static Coordinate[] addedPoint(Coordinate[] line, LineWords words, VertexRef edgeStart, Coordinate at)
            throws InvalidEditException {
        requireIndex(edgeStart, line.length - 1, words.the() + " has " + words.edge() + "s 0 to " + (line.length - 2));
        List<Coordinate> points = new ArrayList<>(Arrays.asList(line));
        points.add(edgeStart.index() + 1, new Coordinate(at.x, at.y));
        return points.toArray(Coordinate[]::new);
    }

    /** {@code line} without point {@code vertex}; refused below 2 points. */
    private static Coordinate[] lessPoint(Coordinate[] line, LineWords words, VertexRef vertex)
            throws InvalidEditException {
        requireIndex(vertex, line.length, words.the() + " has " + words.point() + "s 0 to " + (line.length - 1));
        if (line.length <= 2) {
            throw new InvalidEditException(
                    FIELD, words.a() + " needs at least 2 " + words.point() + "s: this one has only 2");
        }
        List<Coordinate> points = new ArrayList<>(Arrays.asList(line));
        points.remove(vertex.index());
        return points.toArray(Coordinate[]::new);
    }

    private static void requirePositive(double metres, String what) throws InvalidEditException {
        if (!Double.isFinite(metres) || metres <= 0) {
            throw new InvalidEditException(
                    FIELD, "the " + what + " must be more than 0 m, not " + Words.number(metres));
        }
    }

    /** The corridor with axis {@code points} at its half width, the outline rebuilt; the axis checked like a route. */
    private static ThreatZone withAxis(ThreatZone zone, ZoneShape.Corridor corridor, Coordinate[] points)
            throws InvalidEditException {
        Optional<String> problem = Outlines.lineProblem(Arrays.asList(points), "axis point", "a corridor's axis", 2);
        if (problem.isPresent()) {
            throw new InvalidEditException(FIELD, problem.get());
        }
        LineString axis = Wgs84.FACTORY.createLineString(points);
        Polygon outline = ZoneShapes.corridor(axis, corridor.halfWidthMetres());
        checked(outline);
        return withArea(
                zone, ThreatZone.asMultiPolygon(outline), new ZoneShape.Corridor(axis, corridor.halfWidthMetres()));
    }

    private static void requireIndex(VertexRef vertex, int count, String known) throws InvalidEditException {
        if (vertex.index() >= count) {
            throw new InvalidEditException(FIELD, "there is no vertex " + vertex.index() + ": " + known);
        }
    }

    /** The distinct corners of the ring {@code vertex} names (without the closing position), as a mutable list. */
    private static List<Coordinate> corners(ThreatZone zone, VertexRef vertex) throws InvalidEditException {
        MultiPolygon area = zone.area();
        if (vertex.part() >= area.getNumGeometries()) {
            throw new InvalidEditException(
                    FIELD, "there is no part " + vertex.part() + ": the zone has " + area.getNumGeometries());
        }
        Polygon polygon = (Polygon) area.getGeometryN(vertex.part());
        if (vertex.ring() > polygon.getNumInteriorRing()) {
            throw new InvalidEditException(
                    FIELD,
                    "there is no ring " + vertex.ring() + ": the part has " + polygon.getNumInteriorRing()
                            + " hole(s)");
        }
        LinearRing ring = vertex.ring() == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(vertex.ring() - 1);
        Coordinate[] positions = ring.getCoordinates();
        List<Coordinate> corners = new ArrayList<>();
        for (int i = 0; i < positions.length - 1; i++) {
            corners.add(positions[i].copy());
        }
        return corners;
    }

    /** The zone with the ring {@code vertex} names replaced by {@code corners}, closed; a drawn zone after it. */
    private static ThreatZone withRing(ThreatZone zone, VertexRef vertex, List<Coordinate> corners)
            throws InvalidEditException {
        Optional<String> problem = Outlines.ringProblem(corners);
        if (problem.isPresent()) {
            throw new InvalidEditException(FIELD, problem.get());
        }
        List<Coordinate> closed = new ArrayList<>(corners);
        closed.add(corners.get(0).copy());
        LinearRing ring = Wgs84.FACTORY.createLinearRing(closed.toArray(Coordinate[]::new));
        MultiPolygon area = zone.area();
        Polygon[] parts = new Polygon[area.getNumGeometries()];
        for (int p = 0; p < parts.length; p++) {
            Polygon polygon = (Polygon) area.getGeometryN(p);
            if (p != vertex.part()) {
                parts[p] = (Polygon) polygon.copy();
                continue;
            }
            LinearRing shell = vertex.ring() == 0
                    ? ring
                    : (LinearRing) polygon.getExteriorRing().copy();
            LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = vertex.ring() == h + 1
                        ? ring
                        : (LinearRing) polygon.getInteriorRingN(h).copy();
            }
            parts[p] = Wgs84.FACTORY.createPolygon(shell, holes);
        }
        MultiPolygon edited = Wgs84.FACTORY.createMultiPolygon(parts);
        checked(edited);
        return withArea(zone, edited, new ZoneShape.Drawn());
    }

    private static void checked(org.locationtech.jts.geom.Geometry area) throws InvalidEditException {
        for (Coordinate c : area.getCoordinates()) {
            Optional<String> p = Words.positionProblem(c);
            if (p.isPresent()) {
                throw new InvalidEditException(FIELD, "the zone would leave the globe: " + p.get());
            }
        }
        Optional<String> problem = Outlines.areaProblem(area);
        if (problem.isPresent()) {
            throw new InvalidEditException(FIELD, problem.get());
        }
    }

    private static PatrolRoute withLine(PatrolRoute route, Coordinate[] points) throws InvalidEditException {
        Optional<String> problem = Outlines.lineProblem(Arrays.asList(points), "waypoint", "a route", 2);
        if (problem.isPresent()) {
            throw new InvalidEditException(FIELD, problem.get());
        }
        return new PatrolRoute(
                route.id(),
                route.name(),
                route.unit(),
                Wgs84.FACTORY.createLineString(points),
                route.plannedStart(),
                route.plannedEnd(),
                route.status(),
                route.label(),
                route.sync());
    }

    private static ThreatZone withArea(ThreatZone zone, MultiPolygon area, ZoneShape shape) {
        return new ThreatZone(
                zone.id(),
                zone.name(),
                area,
                shape,
                zone.threatLevel(),
                zone.category(),
                zone.validFrom(),
                zone.validUntil(),
                zone.label(),
                zone.sync());
    }

    private static Coordinate[] shifted(Coordinate[] points, double dLon, double dLat) throws InvalidEditException {
        Coordinate[] out = new Coordinate[points.length];
        for (int i = 0; i < points.length; i++) {
            out[i] = shifted(points[i], dLon, dLat);
        }
        return out;
    }

    private static Coordinate shifted(Coordinate c, double dLon, double dLat) throws InvalidEditException {
        Coordinate moved = new Coordinate(c.x + dLon, c.y + dLat);
        if (moved.y < -90 || moved.y > 90) {
            throw new InvalidEditException(
                    FIELD,
                    "the move would take the feature beyond a pole: latitude " + Words.number(moved.y)
                            + " is outside −90…90");
        }
        if (moved.x < -180 || moved.x > 180) {
            throw new InvalidEditException(
                    FIELD,
                    "the move would take the feature across the 180° meridian: longitude " + Words.number(moved.x)
                            + " is outside −180…180");
        }
        return moved;
    }
}
