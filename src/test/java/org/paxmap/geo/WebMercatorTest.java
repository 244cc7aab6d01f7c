package org.paxmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** Web Mercator world pixels agree with the tile scheme every tile server uses. */
class WebMercatorTest {
    @Test
    void tyreLiesInTheTileTheSlippyMapFormulaNames() {
        // Tyre (35.2033 E, 33.2705 N); the OSM wiki's formula: ytile = (1 - asinh(tan(lat)) / pi) / 2 * 2^z.
        int z = 11;
        double lat = Math.toRadians(33.2705);
        int expectedRow = (int) ((1 - asinhOf(Math.tan(lat)) / Math.PI) / 2 * (1 << z));
        assertEquals(1224, (int) (WebMercator.x(35.2033, z) / 256));
        assertEquals(823, expectedRow);
        assertEquals(expectedRow, (int) (WebMercator.y(33.2705, z) / 256));
    }

    private static double asinhOf(double v) {
        return Math.log(v + Math.sqrt(v * v + 1));
    }

    @Test
    void pixelsAndDegreesRoundTrip() {
        for (double zoom : new double[] {0, 3.5, 11, 18.25}) {
            double x = WebMercator.x(35.51, zoom);
            double y = WebMercator.y(33.27, zoom);
            assertEquals(35.51, WebMercator.lon(x, zoom), 1e-9);
            assertEquals(33.27, WebMercator.lat(y, zoom), 1e-9);
        }
        assertEquals(0, WebMercator.y(WebMercator.MAX_LATITUDE, 0), 1e-9);
        assertEquals(256, WebMercator.y(-90, 0), 1e-9, "latitudes past the square world are clamped");
    }

    @Test
    void tileBoundsAndScale() {
        Envelope world = WebMercator.tileBounds(0, 0, 0);
        assertEquals(-180, world.getMinX(), 1e-9);
        assertEquals(WebMercator.MAX_LATITUDE, world.getMaxY(), 1e-9);
        assertEquals(156_543.03, WebMercator.metresPerPixel(0, 0), 0.01);
    }
}
