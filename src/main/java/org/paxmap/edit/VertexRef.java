package org.paxmap.edit;

/**
 * Which vertex of a feature's geometry a reshape addresses. For an incident the only vertex is 0; for a route, {@code
 * index} is the waypoint (0 … n−1) and part and ring are 0 (not read); for a corridor zone, {@code index} is the point
 * of its axis (0 … n−1), addressed like a route's; for a polygon zone, {@code part} is the polygon of the
 * multipolygon, {@code ring} 0 the outline and 1… the holes, and {@code index} the corner 0 … m−1 of the ring's m
 * distinct corners (the ring's closing position is not addressed: it follows corner 0). As the start of an edge,
 * vertex i names the edge from vertex i to vertex i+1 (for a ring the last edge runs from corner m−1 back to corner
 * 0). An immutable value.
 *
 * @param part polygon index within a zone, else 0
 * @param ring ring index within the polygon (0 = outline), else 0
 * @param index vertex index
 */
public record VertexRef(int part, int ring, int index) {
    /** Checks that every index is at least 0. */
    public VertexRef {
        if (part < 0 || ring < 0 || index < 0) {
            throw new IllegalArgumentException("vertex indexes must be >= 0: " + part + "/" + ring + "/" + index);
        }
    }

    /** Vertex {@code index} of a point, a route or a zone's first outline. */
    public static VertexRef of(int index) {
        return new VertexRef(0, 0, index);
    }
}
