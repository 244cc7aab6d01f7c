package org.paxmap.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Threat-zone outlines built from sizes in metres on the WGS84 ellipsoid: a circle (centre and radius) and a corridor
 * (axis and half width). Every vertex is placed with {@link Geodesy#destination}, so a circle is round on the ground
 * at any latitude and its vertices lie at the radius to well below a millimetre (before the 1e-7° quantisation every
 * output coordinate gets, about 1 cm). Stateless and thread-safe.
 *
 * <p>A corridor is the union of one "stadium" per axis leg: the leg offset by the half width to each side
 * (perpendicular to the leg's geodesic bearing, legs longer than {@value #MAX_STEP_METRES} m sampled every {@value
 * #MAX_STEP_METRES} m) closed by half circles around both ends, so the corridor has round ends and round joins.
 * Between vertices edges are straight in lon/lat, which over {@value #MAX_STEP_METRES} m departs from the geodesic by
 * centimetres.
 */
public final class ZoneShapes {
    /** Vertices of a circle (the ring has one more, closing it). */
    public static final int CIRCLE_VERTICES = 64;

    private static final int CAP_VERTICES = 16;
    private static final double MAX_STEP_METRES = 1_000;

    private ZoneShapes() {}

    /**
     * A circle of {@code radiusMetres} around {@code centre} as a {@value #CIRCLE_VERTICES}-vertex polygon,
     * counter-clockwise (RFC 7946).
     *
     * @throws IllegalArgumentException if the radius is not a positive finite number
     */
    public static Polygon circle(Coordinate centre, double radiusMetres) {
        if (!(radiusMetres > 0) || Double.isInfinite(radiusMetres)) {
            throw new IllegalArgumentException("circle radius must be a positive number of metres");
        }
        Coordinate[] ring = new Coordinate[CIRCLE_VERTICES + 1];
        for (int i = 0; i < CIRCLE_VERTICES; i++) {
            // bearings run clockwise; walking them backwards makes the ring counter-clockwise
            ring[i] = quantised(Geodesy.destination(centre, 360.0 - i * 360.0 / CIRCLE_VERTICES, radiusMetres));
        }
        ring[CIRCLE_VERTICES] = ring[0].copy();
        return Wgs84.FACTORY.createPolygon(ring);
    }

    /**
     * The area within {@code halfWidthMetres} of {@code axis}, with round ends, as one polygon.
     *
     * @throws IllegalArgumentException if the half width is not a positive finite number or the axis has fewer than
     *     two distinct positions
     */
    public static Polygon corridor(LineString axis, double halfWidthMetres) {
        if (!(halfWidthMetres > 0) || Double.isInfinite(halfWidthMetres)) {
            throw new IllegalArgumentException("corridor half-width must be a positive number of metres");
        }
        Coordinate[] points = axis.getCoordinates();
        List<Geometry> stadiums = new ArrayList<>();
        for (int i = 1; i < points.length; i++) {
            if (!points[i].equals2D(points[i - 1])) {
                stadiums.add(stadium(points[i - 1], points[i], halfWidthMetres));
            }
        }
        if (stadiums.isEmpty()) {
            throw new IllegalArgumentException("a corridor axis needs at least two distinct positions");
        }
        Geometry union = UnaryUnionOp.union(stadiums);
        if (!(union instanceof Polygon polygon)) {
            throw new IllegalArgumentException("the corridor around this axis is not one area");
        }
        return polygon;
    }

    /** The leg from {@code a} to {@code b} widened by {@code half} to each side, with half circles at both ends. */
    private static Polygon stadium(Coordinate a, Coordinate b, double half) {
        GeodesicLeg leg = Geodesy.inverse(a, b);
        int steps = Math.max(1, (int) Math.ceil(leg.distanceMetres() / MAX_STEP_METRES));
        List<Coordinate> axisPoints = new ArrayList<>();
        List<Double> bearings = new ArrayList<>();
        for (int s = 0; s <= steps; s++) {
            double along = leg.distanceMetres() * s / steps;
            Coordinate p = s == steps ? b : Geodesy.destination(a, leg.initialBearing(), along);
            axisPoints.add(p);
            bearings.add(s == steps ? leg.finalBearing() : Geodesy.inverse(p, b).initialBearing());
        }
        List<Coordinate> ring = new ArrayList<>();
        // right side forwards, the cap round b from right to left, left side backwards, the cap round a: on a map
        // (north up) that walks counter-clockwise.
        for (int s = 0; s <= steps; s++) {
            ring.add(quantised(Geodesy.destination(axisPoints.get(s), bearings.get(s) + 90, half)));
        }
        double end = bearings.get(steps);
        for (int k = 1; k < CAP_VERTICES; k++) {
            ring.add(quantised(Geodesy.destination(b, end + 90 - k * 180.0 / CAP_VERTICES, half)));
        }
        for (int s = steps; s >= 0; s--) {
            ring.add(quantised(Geodesy.destination(axisPoints.get(s), bearings.get(s) - 90, half)));
        }
        double start = bearings.get(0);
        for (int k = 1; k < CAP_VERTICES; k++) {
            ring.add(quantised(Geodesy.destination(a, start - 90 - k * 180.0 / CAP_VERTICES, half)));
        }
        ring.add(ring.get(0).copy());
        return Wgs84.FACTORY.createPolygon(ring.toArray(Coordinate[]::new));
    }

    private static Coordinate quantised(Coordinate c) {
        return new Coordinate(Wgs84.quantise(c.x), Wgs84.quantise(c.y));
    }
}
