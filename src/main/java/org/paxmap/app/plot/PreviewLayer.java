package org.paxmap.app.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.geo.GeodesicLeg;
import org.paxmap.geo.Geodesy;
import org.paxmap.geo.MeasureFormat;
import org.paxmap.render.MapViewState;

/**
 * What the map shows of a shape being drawn or measured ({@link Preview}): its area, the line through its points, a
 * dot per point, the measured range and bearing, an incident's marker, and the rubber band from the last (and, for a
 * polygon, the first) point to the pointer. The nodes are made when the shape changes ({@link #show}); a view change
 * only moves them ({@link #place}) and a pointer move only moves the rubber band's free ends ({@link #pointerAt}).
 * Mouse-transparent. FX-thread only.
 */
final class PreviewLayer extends Group {
    private final List<Consumer<MapViewState>> placers = new ArrayList<>();
    private final List<Line> rubber = new ArrayList<>();
    private MapViewState view;
    private Point2D pointer;

    PreviewLayer() {
        setMouseTransparent(true);
    }

    /**
     * Shows {@code preview} on {@code view}, the rubber band ending at {@code lonLat} (the pointer, x = longitude;
     * {@code null} when it is off the map); {@code measuring} labels a two-point line with its range and bearing.
     */
    void show(Preview preview, boolean measuring, MapViewState at, Point2D lonLat) {
        getChildren().clear();
        placers.clear();
        rubber.clear();
        if (preview.area() != null) {
            for (int i = 0; i < preview.area().getNumGeometries(); i++) {
                Geometry part = preview.area().getGeometryN(i);
                if (part instanceof Polygon p) {
                    add(new GeoPath(p.getExteriorRing().getCoordinates(), true, "plot-preview-area"));
                }
            }
        }
        List<Coordinate> points = preview.points();
        if (!points.isEmpty()) {
            add(new GeoPath(points.toArray(Coordinate[]::new), preview.closed(), "plot-preview-line"));
            if (preview.rubberBand()) {
                rubberFrom(points.get(points.size() - 1));
                if (preview.closed() && points.size() > 1) {
                    rubberFrom(points.get(0));
                }
            }
            for (Coordinate p : points) {
                dot(p, 4, "plot-preview-point");
            }
            if (measuring && points.size() == 2) {
                measure(points.get(0), points.get(1));
            }
        }
        if (preview.marker() != null) {
            dot(preview.marker(), 7, "plot-preview-marker");
        }
        pointer = lonLat;
        place(at);
    }

    /** Moves every node to where {@code at} shows it. */
    void place(MapViewState at) {
        view = at;
        for (Consumer<MapViewState> p : placers) {
            p.accept(at);
        }
        pointerAt(pointer);
    }

    /** Moves the rubber band's free ends to {@code lonLat} (x = longitude), hiding it for {@code null}. */
    void pointerAt(Point2D lonLat) {
        pointer = lonLat;
        for (Line l : rubber) {
            l.setVisible(lonLat != null && view != null);
            if (lonLat != null && view != null) {
                l.setEndX(view.screenX(lonLat.getX()));
                l.setEndY(view.screenY(lonLat.getY()));
            }
        }
    }

    private void add(GeoPath path) {
        getChildren().add(path);
        placers.add(path::place);
    }

    private void rubberFrom(Coordinate from) {
        Line l = new Line();
        l.getStyleClass().add("plot-preview-rubber");
        getChildren().add(l);
        rubber.add(l);
        placers.add(v -> {
            l.setStartX(v.screenX(from.x));
            l.setStartY(v.screenY(from.y));
        });
    }

    private void dot(Coordinate at, double radius, String style) {
        Circle dot = new Circle(radius);
        dot.getStyleClass().add(style);
        getChildren().add(dot);
        placers.add(v -> {
            dot.setCenterX(v.screenX(at.x));
            dot.setCenterY(v.screenY(at.y));
        });
    }

    private void measure(Coordinate a, Coordinate b) {
        GeodesicLeg leg = Geodesy.inverse(a, b);
        Text label = new Text(
                MeasureFormat.distance(leg.distanceMetres()) + "  " + MeasureFormat.bearing(leg.initialBearing()));
        label.getStyleClass().add("plot-measure-text");
        getChildren().add(label);
        placers.add(v -> {
            label.setX((v.screenX(a.x) + v.screenX(b.x)) / 2 + 8);
            label.setY((v.screenY(a.y) + v.screenY(b.y)) / 2 - 8);
        });
    }
}
