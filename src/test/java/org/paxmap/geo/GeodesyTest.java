package org.paxmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Geodesic distances, bearings and areas agree with GeographicLib's published test data: the test cases of Karney's
 * geodesic test suite ({@code geodtest.c} / {@code GeodesicTest.java}, "testcases", from the GeodTest data set) and
 * its Planimeter checks. The references agree to far better than 0.1 %; the assertions are tighter (1 mm, 1e-9°, 1 m²)
 * so that any change of ellipsoid or algorithm fails them.
 */
class GeodesyTest {
    private static Coordinate at(double lat, double lon) {
        return new Coordinate(lon, lat);
    }

    // lat1, lon1, azi1, lat2, lon2, azi2, s12 — the first eight "testcases" of GeographicLib's test suite (WGS84).
    @ParameterizedTest(name = "[{index}] {0},{1} -> {3},{4}")
    @CsvSource({
        "35.60777, -139.44815, 111.098748429560326, -11.17491, -69.95921, 129.289270889708762, 8935244.5604818305",
        "55.52454, 106.05087, 22.020059880982801, 77.03196, 197.18234, 109.112041110671519, 4105086.1713924406",
        "-21.97856, 142.59065, -32.44456876433189, 41.84138, 98.56635, -41.84359951440466, 8394328.894657671",
        "-66.99028, 112.2363, 173.73491240878403, -12.70631, 285.90344, 2.512956620913668, 11150344.2312080241",
        "-17.42761, 173.34268, -159.033557661192928, -15.84784, 5.93557, -20.787484651536988, 16076603.1631180673",
        "32.84994, 48.28919, 150.492927788121982, -56.28556, 202.29132, 48.113449399816759, 16727068.9438164461",
        "6.96833, 52.74123, 92.581585386317712, -7.39675, 206.17291, 90.721692165923907, 17102477.2496958388",
        "-50.56724, -16.30485, -105.439679907590164, -33.56571, -94.97412, -47.348547835650331, 6455670.5118668696",
    })
    void inverseAndDirectAgreeWithGeographicLibTestCases(
            double lat1, double lon1, double azi1, double lat2, double lon2, double azi2, double s12) {
        GeodesicLeg leg = Geodesy.inverse(at(lat1, lon1), at(lat2, lon2));
        assertEquals(s12, leg.distanceMetres(), 1e-3);
        assertEquals(Geodesy.bearing(azi1), leg.initialBearing(), 1e-9);
        assertEquals(Geodesy.bearing(azi2), leg.finalBearing(), 1e-9);
        assertTrue(leg.initialBearing() >= 0 && leg.initialBearing() < 360);
        assertEquals(s12, Geodesy.distance(at(lat1, lon1), at(lat2, lon2)), 1e-3);

        Coordinate end = Geodesy.destination(at(lat1, lon1), azi1, s12);
        assertEquals(lat2, end.y, 1e-9);
        assertEquals(0, Math.IEEEremainder(lon2 - end.x, 360), 1e-9);
        assertTrue(end.x >= -180 && end.x <= 180, "longitude folded into −180…180");
    }

    @Test
    void theDocumentedJfkToParisExample() {
        // GeographicLib's GeodSolve documentation example (geodtest GeodSolve0 / GeodSolve1): JFK to CDG.
        GeodesicLeg leg = Geodesy.inverse(at(40.6, -73.8), at(49.01666667, 2.55));
        assertEquals(53.47022, leg.initialBearing(), 0.5e-5);
        assertEquals(111.59367, leg.finalBearing(), 0.5e-5);
        assertEquals(5_853_226, leg.distanceMetres(), 0.5);

        Coordinate cdg = Geodesy.destination(at(40.63972222, -73.77888889), 53.5, 5850e3);
        assertEquals(49.01467, cdg.y, 0.5e-5);
        assertEquals(2.56106, cdg.x, 0.5e-5);
    }

    @Test
    void theEllipsoidIsUsedNotASphere() {
        // One degree of latitude at the equator is 110,574 m on WGS84 (the meridian radius there is a(1−e²) =
        // 6,335,439 m); a sphere of the mean radius 6,371,008.8 m makes it 111,195 m, 0.56 % too long.
        double geodesic = Geodesy.distance(at(0, 0), at(1, 0));
        assertEquals(110_574.4, geodesic, 0.5);
        double haversine = Math.toRadians(1) * 6_371_008.8;
        assertTrue(Math.abs(haversine - geodesic) / geodesic > 0.001, "a spherical formula is off by more than 0.1 %");
        // And one degree of longitude on the equator is a·π/180 = 111,319.49 m.
        assertEquals(6_378_137 * Math.PI / 180, Geodesy.distance(at(0, 0), at(0, 1)), 1e-3);
    }

    @Test
    void bearingsAreZeroTo360() {
        assertEquals(270, Geodesy.inverse(at(0, 1), at(0, 0)).initialBearing(), 1e-9, "due west is 270, not −90");
        assertEquals(0, Geodesy.inverse(at(0, 0), at(1, 0)).initialBearing(), 1e-9);
        assertEquals(180, Geodesy.inverse(at(1, 0), at(0, 0)).initialBearing(), 1e-9);
        assertEquals(0, Geodesy.bearing(-0.0));
        assertEquals(0, Geodesy.bearing(360));
        assertEquals(359.5, Geodesy.bearing(-0.5));
    }

    @Test
    void polylineLengthLegByLeg() {
        // geodtest Planimeter0 "polylength": (90,0), (0,0), (0,90) is 20,020,719 m.
        PolylineMeasure m = Geodesy.polyline(at(90, 0), at(0, 0), at(0, 90));
        assertEquals(20_020_719, m.lengthMetres(), 1);
        assertEquals(2, m.legs().size());
        assertEquals(10_001_965.729, m.legs().get(0).distanceMetres(), 1e-3, "the quarter meridian");
        assertEquals(180, m.legs().get(0).initialBearing(), 1e-9);
        assertEquals(90, m.legs().get(1).initialBearing(), 1e-9);
        assertEquals(
                m.lengthMetres(),
                m.legs().get(0).distanceMetres() + m.legs().get(1).distanceMetres(),
                1e-6);
        assertEquals(0, Geodesy.polyline(at(1, 1)).lengthMetres());
        assertEquals(
                m, Geodesy.polyline(Wgs84.FACTORY.createLineString(new Coordinate[] {at(90, 0), at(0, 0), at(0, 90)})));
    }

    // Planimeter0 and Planimeter5 of GeographicLib's test suite: perimeter (m) and area (m²) on WGS84.
    @Test
    void areasAgreeWithGeographicLibPlanimeterChecks() {
        AreaMeasure arctic = Geodesy.ring(at(89, 0), at(89, 90), at(89, 180), at(89, 270));
        assertEquals(631_819.8745, arctic.perimeterMetres(), 1e-4);
        assertEquals(24_952_305_678.0, arctic.areaSquareMetres(), 1);

        AreaMeasure antarctic = Geodesy.ring(at(-89, 0), at(-89, 90), at(-89, 180), at(-89, 270));
        assertEquals(24_952_305_678.0, antarctic.areaSquareMetres(), 1, "clockwise or not, the area is positive");

        AreaMeasure diamond = Geodesy.ring(at(0, -1), at(-1, 0), at(0, 1), at(1, 0));
        assertEquals(627_598.2731, diamond.perimeterMetres(), 1e-4);
        assertEquals(24_619_419_146.0, diamond.areaSquareMetres(), 1);

        AreaMeasure octant = Geodesy.ring(at(90, 0), at(0, 0), at(0, 90));
        assertEquals(30_022_685, octant.perimeterMetres(), 1);
        assertEquals(63_758_202_715_511.0, octant.areaSquareMetres(), 1);

        AreaMeasure pole = Geodesy.ring(at(89, 0.1), at(89, 90.1), at(89, -179.9));
        assertEquals(539_297, pole.perimeterMetres(), 1);
        assertEquals(12_476_152_838.5, pole.areaSquareMetres(), 1);
    }

    @Test
    void zonesWithHolesAndSeveralParts() {
        Polygon diamond = polygon(at(0, -1), at(-1, 0), at(0, 1), at(1, 0));
        AreaMeasure closedRing = Geodesy.area(diamond);
        assertEquals(24_619_419_146.0, closedRing.areaSquareMetres(), 1, "the closing point is not a vertex twice");
        assertEquals(627_598.2731, closedRing.perimeterMetres(), 1e-4);

        LinearRing hole = ring(at(-0.1, -0.1), at(-0.1, 0.1), at(0.1, 0.1), at(0.1, -0.1));
        Polygon withHole = Wgs84.FACTORY.createPolygon(diamond.getExteriorRing(), new LinearRing[] {hole});
        AreaMeasure holeArea = Geodesy.ring(hole.getCoordinates());
        AreaMeasure measured = Geodesy.area(withHole);
        assertEquals(closedRing.areaSquareMetres() - holeArea.areaSquareMetres(), measured.areaSquareMetres(), 1e-3);
        assertEquals(closedRing.perimeterMetres() + holeArea.perimeterMetres(), measured.perimeterMetres(), 1e-6);

        Polygon arctic = polygon(at(89, 0), at(89, 90), at(89, 180), at(89, 270));
        Geometry both = Wgs84.FACTORY.createMultiPolygon(new Polygon[] {diamond, arctic});
        assertEquals(24_619_419_146.0 + 24_952_305_678.0, Geodesy.area(both).areaSquareMetres(), 2);

        assertThrows(IllegalArgumentException.class, () -> Geodesy.area(Wgs84.point(0, 0)));
    }

    @Test
    void destinationDrawsCirclesAndCorridors() {
        Coordinate tyre = at(33.2705, 35.2033);
        for (int bearing = 0; bearing < 360; bearing += 30) {
            Coordinate edge = Geodesy.destination(tyre, bearing, 5000);
            GeodesicLeg back = Geodesy.inverse(tyre, edge);
            assertEquals(5000, back.distanceMetres(), 1e-6);
            assertEquals(bearing, back.initialBearing(), 1e-7);
        }
        assertEquals(0, Geodesy.distance(tyre, Geodesy.destination(tyre, 123, 0)), 1e-9);
        Coordinate behind = Geodesy.destination(tyre, 90, -1000);
        assertEquals(270, Geodesy.inverse(tyre, behind).initialBearing(), 1e-6, "a negative distance goes backwards");
    }

    private static Polygon polygon(Coordinate... points) {
        return Wgs84.FACTORY.createPolygon(ring(points));
    }

    private static LinearRing ring(Coordinate... points) {
        Coordinate[] closed = new Coordinate[points.length + 1];
        System.arraycopy(points, 0, closed, 0, points.length);
        closed[points.length] = points[0];
        return Wgs84.FACTORY.createLinearRing(closed);
    }
}
