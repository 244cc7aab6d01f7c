package org.paxmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.model.Layer;

class GeometryValidatorTest {
    private static Coordinate[] cs(double... xy) {
        Coordinate[] out = new Coordinate[xy.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return out;
    }

    private static Polygon polygon(double... xy) {
        return Wgs84.FACTORY.createPolygon(cs(xy));
    }

    private static Polygon bowTie() {
        return polygon(35.5, 33.2, 35.6, 33.3, 35.6, 33.2, 35.5, 33.3, 35.5, 33.2);
    }

    @Test
    void aGoodFeatureOfEachLayerPasses() {
        assertEquals(Optional.empty(), GeometryValidator.problem(Layer.INCIDENTS, Wgs84.point(35.5, 33.27)));
        assertEquals(
                Optional.empty(),
                GeometryValidator.problem(Layer.ROUTES, Wgs84.FACTORY.createLineString(cs(35.4, 33.2, 35.5, 33.3))));
        Polygon square = polygon(35, 33, 36, 33, 36, 34, 35, 34, 35, 33);
        assertEquals(Optional.empty(), GeometryValidator.problem(Layer.ZONES, square));
        assertEquals(
                Optional.empty(),
                GeometryValidator.problem(Layer.ZONES, Wgs84.FACTORY.createMultiPolygon(new Polygon[] {square})));
    }

    @Test
    void theWrongGeometryTypeForTheLayerIsRefused() {
        assertEquals(
                Optional.of("layer incidents needs a Point, not a LineString"),
                GeometryValidator.problem(Layer.INCIDENTS, Wgs84.FACTORY.createLineString(cs(1, 1, 2, 2))));
        assertEquals(
                Optional.of("layer zones needs a Polygon or MultiPolygon, not a Point"),
                GeometryValidator.problem(Layer.ZONES, Wgs84.point(1, 1)));
        assertEquals(
                Optional.of("layer routes needs a LineString, not a LinearRing"),
                GeometryValidator.problem(Layer.ROUTES, Wgs84.FACTORY.createLinearRing(cs(0, 0, 1, 0, 1, 1, 0, 0))));
        assertEquals(Optional.of("geometry is missing"), GeometryValidator.problem(Layer.ROUTES, null));
    }

    @Test
    void outOfRangeAndNonFiniteCoordinatesAreRefused() {
        assertEquals(
                Optional.of("latitude 95.0 is out of range (-90..90)"),
                GeometryValidator.problem(Layer.INCIDENTS, Wgs84.point(35, 95)));
        assertEquals(
                Optional.of("longitude -190.5 is out of range (-180..180)"),
                GeometryValidator.problem(Layer.INCIDENTS, Wgs84.point(-190.5, 0)));
        assertEquals(
                Optional.of("longitude NaN is not a finite number"),
                GeometryValidator.problem(Layer.INCIDENTS, Wgs84.point(Double.NaN, 0)));
        assertEquals(
                Optional.of("latitude Infinity is not a finite number"),
                GeometryValidator.problem(Layer.INCIDENTS, Wgs84.point(0, Double.POSITIVE_INFINITY)));
        assertEquals(Optional.empty(), GeometryValidator.problem(Layer.INCIDENTS, Wgs84.point(180, -90)));
    }

    @Test
    void aPositionFaultNamesTheFirstBadCoordinateNonFiniteBeforeOutOfRange() {
        assertEquals(
                Optional.of(new GeometryValidator.PositionFault(true, Double.NaN)),
                GeometryValidator.positionFault(200, Double.NaN));
        GeometryValidator.PositionFault lon =
                GeometryValidator.positionFault(-200, 95).orElseThrow();
        assertEquals("longitude", lon.axis());
        assertEquals(180, lon.limit());
        assertTrue(lon.finite());
        assertEquals(Optional.empty(), GeometryValidator.positionFault(-180, 90));
    }

    @Test
    void aLineNeedsTwoDistinctPositions() {
        assertEquals(
                Optional.of("line has fewer than 2 distinct positions"),
                GeometryValidator.problem(Layer.ROUTES, Wgs84.FACTORY.createLineString(cs(1, 1, 1, 1, 1, 1))));
        assertEquals(
                Optional.of("line has 1 position(s), at least 2 are needed"), GeometryValidator.lineProblem(cs(1, 1)));
    }

    @Test
    void ringsMustBeClosedWithFourPositions() {
        assertEquals(
                Optional.of("polygon ring is not closed"), GeometryValidator.ringProblem(cs(0, 0, 1, 0, 1, 1, 0, 1)));
        assertEquals(
                Optional.of("polygon ring has 3 position(s), at least 4 are needed"),
                GeometryValidator.ringProblem(cs(0, 0, 1, 0, 0, 0)));
        assertEquals(Optional.empty(), GeometryValidator.ringProblem(cs(0, 0, 1, 0, 1, 1, 0, 0)));
    }

    @Test
    void aSelfIntersectingPolygonIsRefusedWithReasonAndLocation() {
        assertEquals(
                Optional.of("Self-intersection at (35.55, 33.25)"), GeometryValidator.problem(Layer.ZONES, bowTie()));
    }

    @Test
    void aHoleOutsideItsShellIsRefused() {
        Polygon p = Wgs84.FACTORY.createPolygon(
                Wgs84.FACTORY.createLinearRing(cs(0, 0, 1, 0, 1, 1, 0, 1, 0, 0)),
                new org.locationtech.jts.geom.LinearRing[] {Wgs84.FACTORY.createLinearRing(cs(5, 5, 6, 5, 6, 6, 5, 5))
                });
        Optional<String> problem = GeometryValidator.problem(Layer.ZONES, p);
        assertTrue(problem.orElse("").startsWith("Hole lies outside shell at (5"), problem.toString());
    }

    @Test
    void repairMakesAValidPolygonalGeometry() {
        Geometry fixed = GeometryValidator.repair(bowTie());
        assertTrue(fixed.isValid());
        assertEquals(Optional.empty(), GeometryValidator.problem(Layer.ZONES, fixed));
        assertEquals(0.005, fixed.getArea(), 1e-9); // both triangles of the bow tie kept
    }
}
