package org.paxmap.app.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.paxmap.render.MapViewState;

/**
 * Draws the selected feature's mark over the map frame, on the FX canvas (one feature, so it needs no background
 * render and follows a pan at once): a ring around an incident, a halo along a route, an outline round a zone, in
 * yellow on a dark edge so it reads on any base map and over any symbol. FX-thread only.
 */
final class SelectionMark {
    private static final Color EDGE = Color.web("#212121", 0.85);
    private static final Color MARK = Color.web("#ffd600");

    private SelectionMark() {}

    static void draw(GraphicsContext g, MapViewState view, Geometry geometry) {
        g.save();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (geometry instanceof Point point) {
            Coordinate c = point.getCoordinate();
            double x = view.screenX(c.x);
            double y = view.screenY(c.y);
            ring(g, x, y, 15, 6, EDGE);
            ring(g, x, y, 15, 3, MARK);
        } else {
            for (int part = 0; part < geometry.getNumGeometries(); part++) {
                Geometry piece = geometry.getGeometryN(part);
                Coordinate[] line = piece instanceof org.locationtech.jts.geom.Polygon polygon
                        ? polygon.getExteriorRing().getCoordinates()
                        : piece.getCoordinates();
                stroke(g, view, line, 8, EDGE);
                stroke(g, view, line, 4, MARK);
            }
        }
        g.restore();
    }

    private static void ring(GraphicsContext g, double x, double y, double r, double width, Color colour) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private static void stroke(GraphicsContext g, MapViewState view, Coordinate[] line, double width, Color colour) {
        double[] xs = new double[line.length];
        double[] ys = new double[line.length];
        for (int i = 0; i < line.length; i++) {
            xs[i] = view.screenX(line[i].x);
            ys[i] = view.screenY(line[i].y);
        }
        g.setStroke(colour);
        g.setLineWidth(width);
        g.strokePolyline(xs, ys, line.length);
    }
}
