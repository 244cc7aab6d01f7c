package org.paxmap.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * A WGS84 position read from what an analyst typed, with the precision the text implies.
 *
 * <p>{@code precisionMetres} is the size of the last written digit on the ground: for MGRS the side of the square the
 * reference names (1 m for 5+5 digits, 10 m for 4+4, … 100 km for the square letters alone); for decimal degrees,
 * minutes or seconds one unit of the last decimal written, taken as metres along a meridian (a degree of latitude,
 * {@value #METRES_PER_DEGREE} m — a degree of longitude is never longer). Where the two coordinates are written with
 * different precision, the coarser one counts. A form can prefill a location precision radius with it.
 *
 * <p>For MGRS the position is the centre of the named square, not its south-west corner, so that a circle of {@code
 * precisionMetres} about it covers the square.
 *
 * <p>An immutable value; thread-safe.
 *
 * @param latitude degrees north, −90…90
 * @param longitude degrees east, −180…180
 * @param precisionMetres size of the last written digit on the ground, in metres (&gt; 0)
 * @param notation how the position was written
 */
public record ParsedPosition(double latitude, double longitude, double precisionMetres, PositionNotation notation) {
    /** Metres in one degree of latitude, rounded (it ranges from 110,574 m at the equator to 111,694 m at a pole). */
    public static final double METRES_PER_DEGREE = 111_320;

    public ParsedPosition {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("position " + latitude + ", " + longitude + " is outside WGS84");
        }
        if (!(precisionMetres > 0) || Double.isInfinite(precisionMetres)) {
            throw new IllegalArgumentException("precision must be a positive number of metres: " + precisionMetres);
        }
        if (notation == null) {
            throw new IllegalArgumentException("notation is required");
        }
    }

    /** The position as a new JTS coordinate (x = longitude, y = latitude). */
    public Coordinate coordinate() {
        return new Coordinate(longitude, latitude);
    }

    /** The position as a picture point ({@link Wgs84#FACTORY}). */
    public Point point() {
        return Wgs84.point(longitude, latitude);
    }
}
