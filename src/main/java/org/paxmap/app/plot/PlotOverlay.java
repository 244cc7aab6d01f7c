package org.paxmap.app.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.paxmap.app.map.MapView;
import org.paxmap.app.map.MapViewState;
import org.paxmap.edit.VertexRef;
import org.paxmap.geo.GeodesicLeg;
import org.paxmap.geo.Geodesy;
import org.paxmap.geo.MeasureFormat;
import org.paxmap.model.Feature;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneShape;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;

/**
 * The plotting layer over the map canvas. The map itself stays one canvas; only what is being drawn or measured, the
 * selection's outline and its edit handles are scene-graph nodes here, re-projected whenever the view changes. It
 * turns mouse gestures on the map into plotting: with a drawing tool a click adds a point and a double-click finishes
 * (the map does not zoom); with the Select tool a click selects (looked up in the store off the FX thread),
 * Shift+drag selects by box, dragging the selected feature moves it, dragging a vertex handle moves the vertex,
 * dragging an edge's midpoint inserts one, Alt+click on a vertex deletes it. Drags elsewhere still pan the map.
 * FX-thread only.
 */
public final class PlotOverlay extends Pane {
    private static final double HANDLE = 9;

    private final MapView map;
    private final PlotController controller;
    private final Executor io;
    private final Group drawing = new Group();
    private final Group selection = new Group();
    private final Group handles = new Group();
    private final Rectangle box = new Rectangle();
    private Point2D pressed;
    private boolean boxing;
    private boolean moving;
    private VertexRef pickedVertex;
    private Point2D lastClick;

    /** An overlay over {@code map} for {@code controller}; store lookups run on {@code io}. */
    public PlotOverlay(MapView map, PlotController controller, Executor io) {
        this.map = map;
        this.controller = controller;
        this.io = io;
        setId("plotOverlay");
        setPickOnBounds(false);
        drawing.setMouseTransparent(true);
        selection.setMouseTransparent(true);
        box.setMouseTransparent(true);
        box.getStyleClass().add("plot-box");
        box.setVisible(false);
        getChildren().addAll(selection, drawing, handles, box);
        map.viewProperty().addListener((o, a, b) -> redraw());
        map.pointerProperty().addListener((o, a, b) -> redrawDrawing());
        map.widthProperty().addListener((o, a, b) -> redraw());
        map.heightProperty().addListener((o, a, b) -> redraw());
        controller.drawingVersion().addListener((o, a, b) -> redrawDrawing());
        controller.selectedProperty().addListener((o, a, b) -> {
            pickedVertex = null;
            redrawSelection();
        });
        controller.toolProperty().addListener((o, a, b) -> redraw());
        controller.setVertexDelete(this::deletePickedVertex);
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        map.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        map.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    private MapViewState view() {
        return map.state();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressed = new Point2D(e.getX(), e.getY());
        boxing = false;
        moving = false;
        if (controller.toolProperty().get() != PlotTool.SELECT) {
            return;
        }
        Feature selected = controller.selectedProperty().get();
        if (e.isShiftDown()) {
            boxing = true;
            map.requestFocus();
            e.consume();
        } else if (selected != null && ScreenHits.on(selected, view(), e.getX(), e.getY())) {
            moving = true;
            map.requestFocus();
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        if (pressed == null || !(boxing || moving)) {
            return;
        }
        double dx = e.getX() - pressed.getX();
        double dy = e.getY() - pressed.getY();
        if (boxing) {
            box.setX(Math.min(pressed.getX(), e.getX()));
            box.setY(Math.min(pressed.getY(), e.getY()));
            box.setWidth(Math.abs(dx));
            box.setHeight(Math.abs(dy));
            box.setVisible(true);
        } else {
            selection.setTranslateX(dx);
            selection.setTranslateY(dy);
            handles.setTranslateX(dx);
            handles.setTranslateY(dy);
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (pressed == null || !(boxing || moving)) {
            return;
        }
        e.consume();
        Point2D from = pressed;
        if (boxing) {
            box.setVisible(false);
            if (Math.abs(e.getX() - from.getX()) > 3 && Math.abs(e.getY() - from.getY()) > 3) {
                selectInBox(from.getX(), from.getY(), e.getX(), e.getY());
            }
            return;
        }
        selection.setTranslateX(0);
        selection.setTranslateY(0);
        handles.setTranslateX(0);
        handles.setTranslateY(0);
        Feature selected = controller.selectedProperty().get();
        if (selected != null && from.distance(e.getX(), e.getY()) > 2) {
            double dLon = view().lonAt(e.getX()) - view().lonAt(from.getX());
            double dLat = view().latAt(e.getY()) - view().latAt(from.getY());
            controller.edit("moved '" + selected.name() + "'", s -> s.move(selected.id(), dLon, dLat));
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        PlotTool tool = controller.toolProperty().get();
        if (tool == PlotTool.SELECT) {
            if (boxing) {
                e.consume();
                return;
            }
            if (moving) {
                if (e.getClickCount() == 1) {
                    e.consume(); // a click on the selected feature keeps it selected
                }
                return; // a double-click still zooms, as everywhere on the map
            }
            if (e.getClickCount() == 1) {
                selectAt(e.getX(), e.getY());
            }
            return;
        }
        e.consume();
        // the platform may count quick clicks at different places as one multi-click: only a second click at the
        // same place finishes, any other click adds a point
        Point2D here = new Point2D(e.getX(), e.getY());
        boolean again = e.getClickCount() >= 2 && lastClick != null && lastClick.distance(here) <= 4;
        lastClick = here;
        if (!again) {
            controller.mapClicked(new Coordinate(view().lonAt(e.getX()), view().latAt(e.getY())));
        } else if (tool != PlotTool.MEASURE) {
            controller.finishDrawing();
        }
    }

    private void selectAt(double x, double y) {
        PictureStore store = controller.store();
        if (store == null) {
            return;
        }
        MapViewState at = view().copy();
        double t = ScreenHits.TOLERANCE;
        Envelope around = new Envelope(at.lonAt(x - t), at.lonAt(x + t), at.latAt(y + t), at.latAt(y - t));
        io.execute(() -> {
            List<Feature> near = query(store, around);
            Platform.runLater(() -> {
                List<Feature> shown = near.stream()
                        .filter(f -> map.layerVisibleProperty(f.layer()).get())
                        .toList();
                ScreenHits.at(shown, at, x, y).ifPresentOrElse(controller::select, controller::cancel);
            });
        });
    }

    private void selectInBox(double x0, double y0, double x1, double y1) {
        PictureStore store = controller.store();
        if (store == null) {
            return;
        }
        MapViewState at = view().copy();
        Envelope inBox = new Envelope(at.lonAt(x0), at.lonAt(x1), at.latAt(y0), at.latAt(y1));
        io.execute(() -> {
            List<Feature> near = query(store, inBox);
            Platform.runLater(() -> controller.selectAll(near.stream()
                    .filter(f -> map.layerVisibleProperty(f.layer()).get())
                    .filter(f -> inBox.contains(f.geometry().getEnvelopeInternal()))
                    .toList()));
        });
    }

    private static List<Feature> query(PictureStore store, Envelope box) {
        try {
            return store.query(FeatureQuery.all().withBbox(box).withLimit(500));
        } catch (Exception e) {
            return List.of();
        }
    }

    private void redraw() {
        redrawSelection();
        redrawDrawing();
    }

    private void redrawDrawing() {
        drawing.getChildren().clear();
        Preview preview = controller.preview();
        if (preview.area() != null) {
            for (int i = 0; i < preview.area().getNumGeometries(); i++) {
                Geometry part = preview.area().getGeometryN(i);
                if (part instanceof org.locationtech.jts.geom.Polygon p) {
                    drawing.getChildren().add(area(p.getExteriorRing().getCoordinates(), "plot-preview-area"));
                }
            }
        }
        List<Coordinate> points = preview.points();
        if (!points.isEmpty()) {
            Polyline line = new Polyline(screen(points, preview.closed() && points.size() > 2));
            line.getStyleClass().add("plot-preview-line");
            drawing.getChildren().add(line);
            Point2D pointer = map.pointerProperty().get();
            if (preview.rubberBand() && pointer != null) {
                Coordinate last = points.get(points.size() - 1);
                drawing.getChildren().add(rubber(last, pointer));
                if (preview.closed() && points.size() > 1) {
                    drawing.getChildren().add(rubber(points.get(0), pointer));
                }
            }
            for (int i = 0; i < points.size(); i++) {
                Circle dot = new Circle(view().screenX(points.get(i).x), view().screenY(points.get(i).y), 4);
                dot.getStyleClass().add("plot-preview-point");
                drawing.getChildren().add(dot);
            }
            if (controller.toolProperty().get() == PlotTool.MEASURE && points.size() == 2) {
                GeodesicLeg leg = Geodesy.inverse(points.get(0), points.get(1));
                Text label = new Text(
                        (view().screenX(points.get(0).x) + view().screenX(points.get(1).x)) / 2 + 8,
                        (view().screenY(points.get(0).y) + view().screenY(points.get(1).y)) / 2 - 8,
                        MeasureFormat.distance(leg.distanceMetres()) + "  "
                                + MeasureFormat.bearing(leg.initialBearing()));
                label.getStyleClass().add("plot-measure-text");
                drawing.getChildren().add(label);
            }
        }
        if (preview.marker() != null) {
            Circle marker = new Circle(view().screenX(preview.marker().x), view().screenY(preview.marker().y), 7);
            marker.getStyleClass().add("plot-preview-marker");
            drawing.getChildren().add(marker);
        }
    }

    private Line rubber(Coordinate from, Point2D pointer) {
        Line l = new Line(
                view().screenX(from.x),
                view().screenY(from.y),
                view().screenX(pointer.getX()),
                view().screenY(pointer.getY()));
        l.getStyleClass().add("plot-preview-rubber");
        return l;
    }

    private void redrawSelection() {
        selection.getChildren().clear();
        handles.getChildren().clear();
        Feature feature = controller.selectedProperty().get();
        if (feature == null) {
            return;
        }
        for (Feature f : controller.selectedAll()) {
            outline(f);
        }
        if (controller.toolProperty().get() != PlotTool.SELECT
                || controller.selectedAll().size() > 1) {
            return;
        }
        if (feature instanceof PatrolRoute route) {
            Coordinate[] points = route.waypoints().getCoordinates();
            for (int i = 0; i < points.length; i++) {
                handles.getChildren().add(vertexHandle(feature, VertexRef.of(i), points[i]));
                if (i + 1 < points.length) {
                    handles.getChildren().add(midpointHandle(feature, VertexRef.of(i), points[i], points[i + 1]));
                }
            }
        } else if (feature instanceof ThreatZone zone && zone.shape() instanceof ZoneShape.Drawn) {
            for (int p = 0; p < zone.area().getNumGeometries(); p++) {
                org.locationtech.jts.geom.Polygon polygon =
                        (org.locationtech.jts.geom.Polygon) zone.area().getGeometryN(p);
                for (int r = 0; r <= polygon.getNumInteriorRing(); r++) {
                    Coordinate[] ring =
                            (r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1)).getCoordinates();
                    int m = ring.length - 1;
                    for (int i = 0; i < m; i++) {
                        handles.getChildren().add(vertexHandle(feature, new VertexRef(p, r, i), ring[i]));
                        handles.getChildren()
                                .add(midpointHandle(feature, new VertexRef(p, r, i), ring[i], ring[(i + 1) % m]));
                    }
                }
            }
        }
    }

    private void outline(Feature f) {
        Geometry g = f.geometry();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            Node shape;
            if (part instanceof Point p) {
                shape = new Circle(view().screenX(p.getX()), view().screenY(p.getY()), 11);
            } else if (part instanceof LineString line) {
                shape = new Polyline(screen(List.of(line.getCoordinates()), false));
            } else {
                shape = area(
                        ((org.locationtech.jts.geom.Polygon) part)
                                .getExteriorRing()
                                .getCoordinates(),
                        "plot-selection-area");
            }
            shape.getStyleClass().add("plot-selection");
            selection.getChildren().add(shape);
        }
    }

    private Rectangle vertexHandle(Feature feature, VertexRef ref, Coordinate at) {
        Rectangle h = new Rectangle(HANDLE, HANDLE);
        h.setId("vertex-" + ref.part() + "-" + ref.ring() + "-" + ref.index());
        h.getStyleClass().add("plot-vertex");
        if (ref.equals(pickedVertex)) {
            h.getStyleClass().add("plot-vertex-picked");
        }
        place(h, at);
        dragHandle(
                h,
                at,
                to -> controller.edit(
                        "moved a vertex of '" + feature.name() + "'", s -> s.moveVertex(feature.id(), ref, to)));
        h.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress()) {
                if (e.isAltDown()) {
                    controller.edit(
                            "deleted a vertex of '" + feature.name() + "'", s -> s.deleteVertex(feature.id(), ref));
                } else {
                    pickedVertex = ref;
                    redrawSelection();
                }
                map.requestFocus();
                e.consume();
            }
        });
        return h;
    }

    private Circle midpointHandle(Feature feature, VertexRef edge, Coordinate a, Coordinate b) {
        double x = (view().screenX(a.x) + view().screenX(b.x)) / 2;
        double y = (view().screenY(a.y) + view().screenY(b.y)) / 2;
        Circle h = new Circle(x, y, HANDLE / 2 - 1);
        h.setId("midpoint-" + edge.part() + "-" + edge.ring() + "-" + edge.index());
        h.getStyleClass().add("plot-midpoint");
        Coordinate mid = new Coordinate(view().lonAt(x), view().latAt(y));
        dragHandle(
                h,
                mid,
                to -> controller.edit(
                        "added a vertex to '" + feature.name() + "'", s -> s.insertVertex(feature.id(), edge, to)));
        return h;
    }

    /** Makes {@code h} draggable; on release after a move, {@code dropped} gets the lon/lat it was dropped at. */
    private void dragHandle(Node h, Coordinate start, java.util.function.Consumer<Coordinate> dropped) {
        double[] origin = new double[2];
        h.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            origin[0] = e.getSceneX();
            origin[1] = e.getSceneY();
            e.consume();
        });
        h.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            h.setTranslateX(e.getSceneX() - origin[0]);
            h.setTranslateY(e.getSceneY() - origin[1]);
            e.consume();
        });
        h.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            e.consume();
            if (e.isStillSincePress()) {
                h.setTranslateX(0);
                h.setTranslateY(0);
                return;
            }
            Point2D local = sceneToLocal(e.getSceneX(), e.getSceneY());
            dropped.accept(new Coordinate(view().lonAt(local.getX()), view().latAt(local.getY())));
        });
    }

    private boolean deletePickedVertex() {
        Feature feature = controller.selectedProperty().get();
        VertexRef ref = pickedVertex;
        if (feature == null || ref == null) {
            return false;
        }
        pickedVertex = null;
        controller.edit("deleted a vertex of '" + feature.name() + "'", s -> s.deleteVertex(feature.id(), ref));
        return true;
    }

    private void place(Rectangle h, Coordinate at) {
        h.setX(view().screenX(at.x) - HANDLE / 2);
        h.setY(view().screenY(at.y) - HANDLE / 2);
    }

    private Polygon area(Coordinate[] ring, String style) {
        Polygon p = new Polygon(screen(List.of(ring), false));
        p.getStyleClass().add(style);
        return p;
    }

    private double[] screen(List<Coordinate> points, boolean close) {
        List<Double> xy = new ArrayList<>();
        for (Coordinate c : points) {
            xy.add(view().screenX(c.x));
            xy.add(view().screenY(c.y));
        }
        if (close) {
            xy.add(xy.get(0));
            xy.add(xy.get(1));
        }
        double[] out = new double[xy.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = xy.get(i);
        }
        return out;
    }
}
