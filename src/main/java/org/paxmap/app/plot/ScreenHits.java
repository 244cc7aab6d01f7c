package org.paxmap.app.plot;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.app.map.MapView;
import org.paxmap.model.Feature;
import org.paxmap.render.MapViewState;

/**
 * Whether a press lies on a feature, measured in screen pixels on the current view with the reach the map's click
 * picker uses ({@link MapView#PICK_POINT_PX} of an incident's dot, {@link MapView#PICK_LINE_PX} of a route's line,
 * inside a zone's area), so that a press that would move the selected feature is exactly a click that would pick it.
 * The Select tool uses it to tell a drag of the selected feature (a move) from a drag of the map (a pan); which
 * feature a click picks is the map's answer ({@link MapView#pickAt}). Stateless.
 */
final class ScreenHits {
    private ScreenHits() {}

    /** Whether ({@code x}, {@code y}) lies on {@code feature}. */
    static boolean on(Feature feature, MapViewState view, double x, double y) {
        Geometry g = feature.geometry();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            double reach =
                    part instanceof Point ? MapView.PICK_POINT_PX : part instanceof Polygon ? 0 : MapView.PICK_LINE_PX;
            if (distance(part, view, x, y) <= reach) {
                return true;
            }
        }
        return false;
    }

    /** The screen distance from the point to the geometry: 0 inside an area. */
    static double distance(Geometry g, MapViewState view, double x, double y) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Point p) {
                best = Math.min(best, Math.hypot(view.screenX(p.getX()) - x, view.screenY(p.getY()) - y));
            } else if (part instanceof LineString line) {
                best = Math.min(best, toLine(line.getCoordinates(), view, x, y));
            } else if (part instanceof Polygon polygon) {
                if (contains(polygon, view, x, y)) {
                    return 0;
                }
                best = Math.min(best, toLine(polygon.getExteriorRing().getCoordinates(), view, x, y));
            }
        }
        return best;
    }

    private static boolean contains(Polygon polygon, MapViewState view, double x, double y) {
        Coordinate c = new Coordinate(view.lonAt(x), view.latAt(y));
        return polygon.contains(polygon.getFactory().createPoint(c));
    }

    private static double toLine(Coordinate[] points, MapViewState view, double x, double y) {
        double best = Double.MAX_VALUE;
        for (int i = 1; i < points.length; i++) {
            double ax = view.screenX(points[i - 1].x);
            double ay = view.screenY(points[i - 1].y);
            double bx = view.screenX(points[i].x);
            double by = view.screenY(points[i].y);
            best = Math.min(best, toSegment(ax, ay, bx, by, x, y));
        }
        if (points.length == 1) {
            best = Math.hypot(view.screenX(points[0].x) - x, view.screenY(points[0].y) - y);
        }
        return best;
    }

    private static double toSegment(double ax, double ay, double bx, double by, double x, double y) {
        double dx = bx - ax;
        double dy = by - ay;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
        return Math.hypot(ax + t * dx - x, ay + t * dy - y);
    }
}
