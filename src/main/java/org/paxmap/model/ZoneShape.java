package org.paxmap.model;

import java.util.Objects;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * How a threat zone's polygon was constructed. A zone is always stored as a polygon; a circle or corridor also keeps
 * the parameters it was built from, so that an editor can change the radius or width rather than the vertices.
 */
public sealed interface ZoneShape {
    /** The shape's kind as stored: {@code drawn}, {@code circle} or {@code corridor}. */
    String kind();

    /** A polygon drawn or imported vertex by vertex. */
    record Drawn() implements ZoneShape {
        @Override
        public String kind() {
            return "drawn";
        }
    }

    /**
     * A circle approximated by a polygon.
     *
     * @param centre the centre (lon/lat)
     * @param radiusMetres the radius, positive
     */
    record Circle(Point centre, double radiusMetres) implements ZoneShape {
        /** Validates the radius and copies the centre. */
        public Circle {
            centre = (Point) Objects.requireNonNull(centre, "circle centre").copy();
            if (!(radiusMetres > 0) || Double.isInfinite(radiusMetres)) {
                throw new IllegalArgumentException("circle radius must be a positive number of metres");
            }
        }

        @Override
        public String kind() {
            return "circle";
        }
    }

    /**
     * A corridor: the area within a distance of an axis line.
     *
     * @param axis the centre line (lon/lat)
     * @param halfWidthMetres distance from the axis to each edge, positive
     */
    record Corridor(LineString axis, double halfWidthMetres) implements ZoneShape {
        /** Validates the width and copies the axis. */
        public Corridor {
            axis = (LineString) Objects.requireNonNull(axis, "corridor axis").copy();
            if (!(halfWidthMetres > 0) || Double.isInfinite(halfWidthMetres)) {
                throw new IllegalArgumentException("corridor half-width must be a positive number of metres");
            }
        }

        @Override
        public String kind() {
            return "corridor";
        }
    }
}
