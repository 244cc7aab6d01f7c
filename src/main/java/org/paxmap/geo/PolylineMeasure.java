package org.paxmap.geo;

import java.util.List;

/**
 * The geodesic length of a polyline (a patrol route) and each of its legs in order. An immutable value (the list is
 * copied); thread-safe.
 *
 * @param lengthMetres the sum of the legs' distances
 * @param legs leg {@code i} runs from point {@code i} to point {@code i + 1}
 */
public record PolylineMeasure(double lengthMetres, List<GeodesicLeg> legs) {
    public PolylineMeasure {
        legs = List.copyOf(legs);
    }
}
