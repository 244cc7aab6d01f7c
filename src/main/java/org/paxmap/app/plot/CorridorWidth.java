package org.paxmap.app.plot;

import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.Geodesy;

/**
 * How far a point lies from a corridor's axis on the ground: the half width a width handle dropped there asks for.
 * The nearest point of each leg is found in a local flat projection (longitudes scaled by the cosine of the latitude,
 * good to well under a metre over a few kilometres) and its distance measured on the ellipsoid. Stateless.
 */
final class CorridorWidth {
    private CorridorWidth() {}

    /** The geodesic distance in metres from {@code p} to the nearest point of {@code axis} (lon/lat, 2 points or more). */
    static double halfWidth(Coordinate[] axis, Coordinate p) {
        double best = Double.MAX_VALUE;
        for (int i = 1; i < axis.length; i++) {
            best = Math.min(best, Geodesy.distance(p, nearest(axis[i - 1], axis[i], p)));
        }
        return best;
    }

    private static Coordinate nearest(Coordinate a, Coordinate b, Coordinate p) {
        double k = Math.cos(Math.toRadians((a.y + b.y) / 2));
        double dx = (b.x - a.x) * k;
        double dy = b.y - a.y;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : ((p.x - a.x) * k * dx + (p.y - a.y) * dy) / length2;
        t = Math.max(0, Math.min(1, t));
        return new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
    }
}
