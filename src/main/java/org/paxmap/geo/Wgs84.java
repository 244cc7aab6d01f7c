package org.paxmap.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/** The one geometry factory of the picture: WGS84 lon/lat, SRID 4326, floating precision. Thread-safe. */
public final class Wgs84 {
    /** EPSG code of WGS84 geographic coordinates. */
    public static final int SRID = 4326;

    /** The factory every picture geometry is made with. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    /** Coordinates are quantised to this many units per degree (1e-7 degrees, about 1 cm) before hashing. */
    public static final double QUANTUM_PER_DEGREE = 1e7;

    private Wgs84() {}

    /** A point at {@code lon}, {@code lat}. */
    public static Point point(double lon, double lat) {
        return FACTORY.createPoint(new Coordinate(lon, lat));
    }

    /** A value rounded to the nearest 1e-7 degree. */
    public static double quantise(double degrees) {
        return Math.round(degrees * QUANTUM_PER_DEGREE) / QUANTUM_PER_DEGREE;
    }
}
