package org.paxmap.geo;

import org.locationtech.jts.geom.Envelope;

/**
 * Spherical Web Mercator (EPSG:3857) as map tiles use it, in "world pixels": at zoom {@code z} the world is {@code
 * 256 * 2^z} pixels square, x from the antimeridian eastwards, y from 85.0511°N southwards. Zoom may be fractional.
 * Stateless and thread-safe.
 */
public final class WebMercator {
    /** The latitude where the square world ends (atan(sinh(π)) in degrees). */
    public static final double MAX_LATITUDE = 85.05112877980659;

    /** Pixels along a tile's edge. */
    public static final int TILE_SIZE = 256;

    private WebMercator() {}

    /** The world's edge in pixels at {@code zoom}. */
    public static double worldSize(double zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    /** World-pixel x of {@code lon} at {@code zoom}. */
    public static double x(double lon, double zoom) {
        return (lon + 180) / 360 * worldSize(zoom);
    }

    /** World-pixel y of {@code lat} at {@code zoom} (latitude clamped to ±{@link #MAX_LATITUDE}). */
    public static double y(double lat, double zoom) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double sin = Math.sin(Math.toRadians(clamped));
        return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * worldSize(zoom);
    }

    /** Longitude of world-pixel {@code x} at {@code zoom}. */
    public static double lon(double x, double zoom) {
        return x / worldSize(zoom) * 360 - 180;
    }

    /** Latitude of world-pixel {@code y} at {@code zoom}. */
    public static double lat(double y, double zoom) {
        double n = Math.PI - 2 * Math.PI * y / worldSize(zoom);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** The lon/lat envelope of tile {@code x}/{@code y} at integer zoom {@code z}. */
    public static Envelope tileBounds(int z, int x, int y) {
        return new Envelope(
                lon(x * TILE_SIZE, z), lon((x + 1) * TILE_SIZE, z), lat((y + 1) * TILE_SIZE, z), lat(y * TILE_SIZE, z));
    }

    /** Ground metres per pixel at {@code lat} and {@code zoom} (WGS84 equatorial radius). */
    public static double metresPerPixel(double lat, double zoom) {
        return Math.cos(Math.toRadians(lat)) * 2 * Math.PI * 6378137 / worldSize(zoom);
    }
}
