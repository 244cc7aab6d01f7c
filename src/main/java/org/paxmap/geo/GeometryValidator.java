package org.paxmap.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.paxmap.model.Layer;

/**
 * Checks every geometry that enters a picture and says, in a short user-facing phrase, what is wrong with it.
 * Thread-safe (stateless).
 *
 * <p>Messages name the problem and, where JTS reports one, the location, e.g. {@code "polygon ring is not closed"},
 * {@code "Self-intersection at (35.51, 33.27)"} or {@code "latitude 95.0 is out of range (-90..90)"}. Callers prefix
 * the file, feature and field.
 */
public final class GeometryValidator {
    private GeometryValidator() {}

    /**
     * Why {@code geometry} cannot be stored in {@code layer}, or empty if it can: wrong type for the layer (incidents:
     * Point; routes: LineString; zones: MultiPolygon, a Polygon is accepted as it is promoted on storage), a null or
     * empty geometry, non-finite or out-of-range coordinates (lon −180..180, lat −90..90), a line with fewer than two
     * distinct positions, rings not closed or with fewer than four positions, or a polygon that JTS {@code
     * IsValidOp} finds invalid (with the reason and location it reports).
     */
    public static Optional<String> problem(Layer layer, Geometry geometry) {
        if (geometry == null) {
            return Optional.of("geometry is missing");
        }
        Optional<String> type = typeProblem(layer, geometry);
        if (type.isPresent()) {
            return type;
        }
        if (geometry.isEmpty()) {
            return Optional.of(geometry.getGeometryType() + " is empty");
        }
        for (Coordinate c : geometry.getCoordinates()) {
            Optional<String> p = positionProblem(c.x, c.y);
            if (p.isPresent()) {
                return p;
            }
        }
        if (geometry instanceof LineString line) {
            return lineProblem(line.getCoordinates());
        }
        if (geometry instanceof Polygonal) {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Polygon polygon = (Polygon) geometry.getGeometryN(i);
                Optional<String> ring = ringProblem(polygon.getExteriorRing().getCoordinates());
                for (int h = 0; ring.isEmpty() && h < polygon.getNumInteriorRing(); h++) {
                    ring = ringProblem(polygon.getInteriorRingN(h).getCoordinates());
                }
                if (ring.isPresent()) {
                    return ring;
                }
            }
            TopologyValidationError error = new IsValidOp(geometry).getValidationError();
            if (error != null) {
                Coordinate at = error.getCoordinate();
                return Optional.of(
                        error.getMessage() + (at == null ? "" : " at (" + degrees(at.x) + ", " + degrees(at.y) + ")"));
            }
        }
        return Optional.empty();
    }

    /**
     * The first coordinate that makes {@code lon, lat} no WGS84 position, or empty: a non-finite longitude, then a
     * non-finite latitude, then a longitude outside −180..180, then a latitude outside −90..90. This is the one rule
     * for a position; {@link #positionProblem} says it for files, the editing drafts in their own words.
     */
    public static Optional<PositionFault> positionFault(double lon, double lat) {
        if (!Double.isFinite(lon)) {
            return Optional.of(new PositionFault(false, lon));
        }
        if (!Double.isFinite(lat)) {
            return Optional.of(new PositionFault(true, lat));
        }
        if (lon < -180 || lon > 180) {
            return Optional.of(new PositionFault(false, lon));
        }
        if (lat < -90 || lat > 90) {
            return Optional.of(new PositionFault(true, lat));
        }
        return Optional.empty();
    }

    /**
     * Why a position cannot be stored, or empty ({@link #positionFault}), e.g. "longitude NaN is not a finite number"
     * or "latitude 95.0 is out of range (-90..90)".
     */
    public static Optional<String> positionProblem(double lon, double lat) {
        return positionFault(lon, lat)
                .map(f -> f.axis() + " " + f.value()
                        + (f.finite()
                                ? " is out of range (-" + f.limit() + ".." + f.limit() + ")"
                                : " is not a finite number"));
    }

    /**
     * The coordinate of a position that is not on the globe ({@link #positionFault}). Immutable.
     *
     * @param latitude whether it is the latitude (else the longitude)
     * @param value its value: not finite, or beyond {@link #limit()} either way
     */
    public record PositionFault(boolean latitude, double value) {
        /** {@code "latitude"} or {@code "longitude"}. */
        public String axis() {
            return latitude ? "latitude" : "longitude";
        }

        /** Whether the value is a finite number (then it is out of range). */
        public boolean finite() {
            return Double.isFinite(value);
        }

        /** The largest magnitude the coordinate may have: 90 for a latitude, 180 for a longitude. */
        public int limit() {
            return latitude ? 90 : 180;
        }
    }

    /** Why the positions cannot form a line, or empty: a line needs at least two distinct positions. */
    public static Optional<String> lineProblem(Coordinate[] positions) {
        for (int i = 1; i < positions.length; i++) {
            if (!positions[i].equals2D(positions[0])) {
                return Optional.empty();
            }
        }
        return Optional.of(
                positions.length < 2
                        ? "line has " + positions.length + " position(s), at least 2 are needed"
                        : "line has fewer than 2 distinct positions");
    }

    /**
     * Why the positions cannot form a polygon ring, or empty: a ring needs at least four positions and its last
     * position must equal its first. Check this before building a JTS ring (its factory throws on such rings).
     */
    public static Optional<String> ringProblem(Coordinate[] positions) {
        if (positions.length < 4) {
            return Optional.of("polygon ring has " + positions.length + " position(s), at least 4 are needed");
        }
        if (!positions[0].equals2D(positions[positions.length - 1])) {
            return Optional.of("polygon ring is not closed");
        }
        return Optional.empty();
    }

    /**
     * A valid version of an invalid polygonal geometry, made with JTS {@code GeometryFixer} (only on the user's
     * request); the result is a Polygon or MultiPolygon, possibly empty if nothing of the area survives. Other
     * geometries are returned fixed but may change type; callers validate the result again.
     */
    public static Geometry repair(Geometry geometry) {
        Geometry fixed = GeometryFixer.fix(geometry);
        if (geometry instanceof Polygonal && !(fixed instanceof Polygonal)) {
            // GeometryFixer may return a collection with collapsed parts; keep only the polygonal parts.
            java.util.List<Polygon> parts = new java.util.ArrayList<>();
            for (int i = 0; i < fixed.getNumGeometries(); i++) {
                if (fixed.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                    parts.add(p);
                }
            }
            return geometry.getFactory().createMultiPolygon(parts.toArray(Polygon[]::new));
        }
        return fixed;
    }

    private static Optional<String> typeProblem(Layer layer, Geometry geometry) {
        boolean ok =
                switch (layer) {
                    case INCIDENTS -> geometry instanceof Point;
                    case ROUTES -> geometry instanceof LineString && geometry.getClass() == LineString.class;
                    case ZONES -> geometry instanceof Polygon || geometry instanceof MultiPolygon;
                };
        if (ok) {
            return Optional.empty();
        }
        String expected =
                switch (layer) {
                    case INCIDENTS -> "a Point";
                    case ROUTES -> "a LineString";
                    case ZONES -> "a Polygon or MultiPolygon";
                };
        return Optional.of(
                "layer " + layer.tableName() + " needs " + expected + ", not a " + geometry.getGeometryType());
    }

    private static String degrees(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value)
                .setScale(7, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
