package org.paxmap.samples;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.util.GeometricShapeFactory;
import org.paxmap.geo.Wgs84;

/**
 * Builds lon/lat polygons from sizes in metres, for the exercise's circles and corridors. Thread-safe (stateless).
 *
 * <p>Conversion: a local equirectangular approximation at the shape's own latitude φ — one degree of latitude is
 * {@value #METRES_PER_DEGREE} m, one degree of longitude is {@value #METRES_PER_DEGREE}·cos φ m. Over the few
 * kilometres of an exercise zone at 33° N the error against the WGS84 ellipsoid is below 0.5 %, far inside the
 * precision of a drawn threat area. A circle is an ellipse in degrees (wider in longitude than in latitude) so that it
 * is round on the ground. A corridor is buffered in local metres around the axis's first vertex and projected back.
 * All output coordinates are rounded to 1e-7° ({@link Wgs84#quantise}).
 */
public final class MetricShapes {
    /** Metres per degree of latitude (mean), and of longitude at the equator. */
    public static final double METRES_PER_DEGREE = 111_320.0;

    private static final int CIRCLE_POINTS = 64;

    private MetricShapes() {}

    /** Degrees of latitude spanning {@code metres}. */
    public static double latDegrees(double metres) {
        return metres / METRES_PER_DEGREE;
    }

    /** Degrees of longitude spanning {@code metres} at latitude {@code latDeg}. */
    public static double lonDegrees(double metres, double latDeg) {
        return metres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(latDeg)));
    }

    /** A circle of {@code radiusMetres} around {@code centre}, as a {@value #CIRCLE_POINTS}-vertex polygon. */
    public static Polygon circle(Point centre, double radiusMetres) {
        GeometricShapeFactory shapes = new GeometricShapeFactory(Wgs84.FACTORY);
        shapes.setCentre(centre.getCoordinate());
        shapes.setWidth(2 * lonDegrees(radiusMetres, centre.getY()));
        shapes.setHeight(2 * latDegrees(radiusMetres));
        shapes.setNumPoints(CIRCLE_POINTS);
        return (Polygon) quantised(shapes.createEllipse());
    }

    /** The area within {@code halfWidthMetres} of {@code axis}, with round ends. */
    public static Polygon corridor(LineString axis, double halfWidthMetres) {
        Coordinate origin = axis.getCoordinateN(0);
        double metresPerLon = METRES_PER_DEGREE * Math.cos(Math.toRadians(origin.y));
        Geometry local = axis.copy();
        local.apply((CoordinateFilter) c -> {
            c.x = (c.x - origin.x) * metresPerLon;
            c.y = (c.y - origin.y) * METRES_PER_DEGREE;
        });
        local.geometryChanged();
        BufferParameters params = new BufferParameters(8, BufferParameters.CAP_ROUND, BufferParameters.JOIN_ROUND, 5);
        Geometry buffered = BufferOp.bufferOp(local, halfWidthMetres, params);
        buffered.apply((CoordinateFilter) c -> {
            c.x = origin.x + c.x / metresPerLon;
            c.y = origin.y + c.y / METRES_PER_DEGREE;
        });
        buffered.geometryChanged();
        return (Polygon) quantised(Wgs84.FACTORY.createGeometry(buffered));
    }

    /** A copy of {@code geometry} made with the picture factory, every coordinate rounded to 1e-7°. */
    public static Geometry quantised(Geometry geometry) {
        Geometry copy = Wgs84.FACTORY.createGeometry(geometry);
        copy.apply((CoordinateFilter) c -> {
            c.x = Wgs84.quantise(c.x);
            c.y = Wgs84.quantise(c.y);
        });
        copy.geometryChanged();
        return copy;
    }
}
