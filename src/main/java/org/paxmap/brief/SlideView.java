package org.paxmap.brief;

/**
 * Where a slide looks: the lon/lat box that was on screen when it was captured, and the fractional Web Mercator zoom
 * it was captured at. Shown at any pixel size, the renderer fits the box (it is what must be seen); the zoom says how
 * detailed the author saw it, e.g. for choosing tile levels. The box does not cross the antimeridian. Immutable.
 *
 * @param west western longitude, degrees
 * @param south southern latitude, degrees (within Web Mercator's ±{@value #MAX_LAT})
 * @param east eastern longitude, degrees, greater than west
 * @param north northern latitude, degrees, greater than south
 * @param zoom the Web Mercator zoom it was captured at, 0 to {@value #MAX_ZOOM}
 */
public record SlideView(double west, double south, double east, double north, double zoom) {
    /** The highest latitude Web Mercator shows. */
    public static final double MAX_LAT = 85.0511287798;

    /** The highest zoom a view may have. */
    public static final double MAX_ZOOM = 24;

    /** Checks ranges and order; refuses NaN and infinities. */
    public SlideView {
        check("west", west, -180, 180);
        check("east", east, -180, 180);
        check("south", south, -MAX_LAT, MAX_LAT);
        check("north", north, -MAX_LAT, MAX_LAT);
        check("zoom", zoom, 0, MAX_ZOOM);
        if (!(east > west) || !(north > south)) {
            throw new IllegalArgumentException("the view's box is empty: west " + west + ", south " + south + ", east "
                    + east + ", north " + north);
        }
    }

    /** The longitude of the box's centre. */
    public double centreLon() {
        return (west + east) / 2;
    }

    /** The latitude of the box's centre (the mean of its edges: the renderer projects the box, not this point). */
    public double centreLat() {
        return (south + north) / 2;
    }

    /** In words, e.g. {@code 35.10,33.05 to 35.60,33.35 at zoom 10.5}. */
    public String describe() {
        return String.format(
                java.util.Locale.ROOT, "%.4f,%.4f to %.4f,%.4f at zoom %.2f", west, south, east, north, zoom);
    }

    private static void check(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    "the view's " + field + " " + value + " is outside " + min + " to " + max);
        }
    }
}
