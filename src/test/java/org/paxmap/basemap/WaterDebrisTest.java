package org.paxmap.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.geo.Wgs84;

/** Triangles left by the water data's simplification are not drawn as lakes; real lakes are. */
class WaterDebrisTest {
    @Test
    void simplificationTrianglesAreDroppedAndRealLakesKept() {
        Polygon shard = ring(35.50, 33.20, 3); // a triangle: 4 positions
        Polygon lake = ring(35.60, 33.30, 9); // a nonagon: 10 positions
        Geometry both = Wgs84.FACTORY.createMultiPolygon(new Polygon[] {shard, lake});

        List<Geometry> kept = BasemapData.withoutSimplificationDebris(List.of(both, shard));

        assertEquals(List.of(lake), kept);
    }

    private static Polygon ring(double lon, double lat, int corners) {
        Coordinate[] c = new Coordinate[corners + 1];
        for (int i = 0; i < corners; i++) {
            double a = 2 * Math.PI * i / corners;
            c[i] = new Coordinate(lon + 0.01 * Math.cos(a), lat + 0.01 * Math.sin(a));
        }
        c[corners] = c[0];
        return Wgs84.FACTORY.createPolygon(c);
    }
}
