package org.paxmap.app.map;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.Layer;
import org.paxmap.render.MapViewState;
import org.paxmap.store.MapFeature;

/**
 * Which drawn feature lies under a click: the nearest incident within {@value #INCIDENT_PX} px, else the nearest route
 * within {@value #ROUTE_PX} px of one of its legs, else the smallest zone containing the point. Only what is drawn
 * counts (the caller passes the filtered features of the visible layers). Stateless; any thread.
 */
final class FeaturePicker {
    static final double INCIDENT_PX = MapView.PICK_POINT_PX;
    static final double ROUTE_PX = MapView.PICK_LINE_PX;

    private FeaturePicker() {}

    /** The feature under screen point {@code (x, y)} of {@code view}, or {@code null}. */
    static MapFeature pick(MapViewState view, Map<Layer, List<MapFeature>> drawn, double x, double y) {
        MapFeature best = null;
        double bestDistance = INCIDENT_PX;
        for (MapFeature f : drawn.getOrDefault(Layer.INCIDENTS, List.of())) {
            Coordinate c = ((Point) f.geometry()).getCoordinate();
            double d = Math.hypot(view.screenX(c.x) - x, view.screenY(c.y) - y);
            if (d <= bestDistance) {
                best = f;
                bestDistance = d;
            }
        }
        if (best != null) {
            return best;
        }
        bestDistance = ROUTE_PX;
        for (MapFeature f : drawn.getOrDefault(Layer.ROUTES, List.of())) {
            Coordinate[] line = f.geometry().getCoordinates();
            for (int i = 1; i < line.length; i++) {
                double d = segmentDistance(
                        x,
                        y,
                        view.screenX(line[i - 1].x),
                        view.screenY(line[i - 1].y),
                        view.screenX(line[i].x),
                        view.screenY(line[i].y));
                if (d <= bestDistance) {
                    best = f;
                    bestDistance = d;
                }
            }
        }
        if (best != null) {
            return best;
        }
        Point at = Wgs84.point(view.lonAt(x), view.latAt(y));
        double smallest = Double.MAX_VALUE;
        for (MapFeature f : drawn.getOrDefault(Layer.ZONES, List.of())) {
            Geometry area = f.geometry();
            if (area.getEnvelopeInternal().contains(at.getCoordinate())
                    && area.contains(at)
                    && area.getArea() < smallest) {
                best = f;
                smallest = area.getArea();
            }
        }
        return best;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
