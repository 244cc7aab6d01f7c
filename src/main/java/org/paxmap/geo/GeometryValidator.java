package org.paxmap.geo;

import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.paxmap.model.Layer;

/**
 * Checks every geometry that enters a picture. SKELETON — the GeoJSON stream implements this contract. Thread-safe
 * (stateless).
 */
public final class GeometryValidator {
    private GeometryValidator() {}

    /**
     * Why {@code geometry} cannot be stored in {@code layer}, or empty if it can: wrong type for the layer (incidents:
     * Point; routes: LineString; zones: MultiPolygon), non-finite or out-of-range coordinates (lon −180..180, lat
     * −90..90), a line with fewer than two distinct positions, rings not closed or with fewer than four positions, or
     * a polygon that JTS {@code IsValidOp} finds invalid (with the reason and location it reports).
     */
    public static Optional<String> problem(Layer layer, Geometry geometry) {
        throw new UnsupportedOperationException();
    }

    /** A valid version of an invalid polygonal geometry, made with JTS {@code GeometryFixer}; only on user request. */
    public static Geometry repair(Geometry geometry) {
        throw new UnsupportedOperationException();
    }
}
