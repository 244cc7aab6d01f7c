package org.paxmap.edit;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** Checks of lines and outlines for the drafts and geometry edits, with messages in words. Stateless. */
final class Outlines {
    private Outlines() {}

    /**
     * Why {@code points} cannot be a line of at least {@code min} positions named {@code noun} ("waypoint", "axis
     * point"): too few, off the globe, or two consecutive ones at the same place.
     */
    static Optional<String> lineProblem(List<Coordinate> points, String noun, String owner, int min) {
        if (points.size() < min) {
            return Optional.of(owner + " needs at least " + min + " " + noun + "s, it has " + points.size());
        }
        Optional<String> place = placeProblem(points, noun);
        if (place.isPresent()) {
            return place;
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).equals2D(points.get(i - 1))) {
                return Optional.of(noun + "s " + i + " and " + (i + 1) + " are at the same place");
            }
        }
        return Optional.empty();
    }

    /** Why a ring through {@code corners} (closed or not) cannot outline a zone, before building it. */
    static Optional<String> ringProblem(List<Coordinate> corners) {
        int n = corners.size();
        if (n > 1 && corners.get(0).equals2D(corners.get(n - 1))) {
            n--;
        }
        if (n < 3) {
            return Optional.of("the zone's outline needs at least 3 corners, it has " + n);
        }
        return placeProblem(corners, "corner");
    }

    /** Why a polygonal geometry is not a valid zone area (JTS validity), in words, or empty. */
    static Optional<String> areaProblem(Geometry area) {
        TopologyValidationError error = new IsValidOp(area).getValidationError();
        if (error == null) {
            return Optional.empty();
        }
        Coordinate at = error.getCoordinate();
        String where = at == null ? "" : " at " + Words.position(at);
        switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION:
            case TopologyValidationError.RING_SELF_INTERSECTION:
                return Optional.of("the zone's outline crosses itself" + where);
            case TopologyValidationError.TOO_FEW_POINTS:
                return Optional.of("the zone's outline has too few distinct corners" + where);
            default:
                return Optional.of("the zone's outline is not a valid area: " + error.getMessage() + where);
        }
    }

    private static Optional<String> placeProblem(List<Coordinate> points, String noun) {
        for (int i = 0; i < points.size(); i++) {
            Optional<String> p = Words.positionProblem(points.get(i));
            if (p.isPresent()) {
                return Optional.of(noun + " " + (i + 1) + ": " + p.get());
            }
        }
        return Optional.empty();
    }
}
