package org.paxmap.app.plot;

import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.render.MapViewState;

/**
 * A line or ring through fixed lon/lat points, drawn as a scene-graph path over the map. It is built once for its
 * points; {@link #place} moves its elements to the screen positions of a view in place (no new nodes, no boxed
 * coordinates), so a pan or zoom costs a multiply-add per point. FX-thread only.
 */
final class GeoPath extends Path {
    private final Coordinate[] points;

    /** A path through {@code lonLat} (copied), closed back to the first point when {@code closed}, styled {@code style}. */
    GeoPath(Coordinate[] lonLat, boolean closed, String... style) {
        points = new Coordinate[lonLat.length];
        for (int i = 0; i < lonLat.length; i++) {
            points[i] = lonLat[i].copy();
        }
        for (int i = 0; i < points.length; i++) {
            getElements().add(i == 0 ? new MoveTo() : new LineTo());
        }
        if (closed && points.length > 2) {
            getElements().add(new ClosePath());
        }
        getStyleClass().addAll(style);
    }

    /** Moves every point to where {@code view} shows it. */
    void place(MapViewState view) {
        for (int i = 0; i < points.length; i++) {
            PathElement e = getElements().get(i);
            double x = view.screenX(points[i].x);
            double y = view.screenY(points[i].y);
            if (e instanceof MoveTo m) {
                m.setX(x);
                m.setY(y);
            } else {
                ((LineTo) e).setX(x);
                ((LineTo) e).setY(y);
            }
        }
    }
}
