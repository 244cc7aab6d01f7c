package org.paxmap.app.plot;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * What the map shows of a shape being drawn or measured, in lon/lat: the points clicked so far joined by a line
 * (closed for a polygon), the area it would cover once valid (a circle, a corridor), and a marker (an incident's
 * position, a circle's centre). An immutable value.
 *
 * @param points the points in order; may be empty
 * @param closed whether the line closes back to the first point
 * @param rubberBand whether a line follows the pointer from the last point (more points can be added)
 * @param area the area the shape covers, or {@code null}
 * @param marker a single position to mark, or {@code null}
 */
record Preview(List<Coordinate> points, boolean closed, boolean rubberBand, Geometry area, Coordinate marker) {
    static final Preview NONE = new Preview(List.of(), false, false, null, null);

    Preview {
        points = List.copyOf(points);
    }
}
