package org.paxmap.app.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.edit.VertexRef;
import org.paxmap.geo.Geodesy;
import org.paxmap.geo.MeasureFormat;
import org.paxmap.model.Feature;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneShape;
import org.paxmap.render.MapViewState;

/**
 * The selection over the map: the outline of every selected feature and, for one feature under the Select tool, its
 * edit handles — a route's or a drawn zone's vertices and edge midpoints, a corridor's axis vertices and midpoints and
 * its width handle, a circle's centre and radius handles. Dragging a handle and dropping it is one edit (one
 * undoable store transaction through the controller); a circle's radius and a corridor's width are shown while
 * dragging. The nodes are made when the selection, its geometry or the tool changes ({@link #rebuild}); a view change
 * only moves them ({@link #place}). FX-thread only.
 */
final class SelectionLayer extends Group {
    static final double HANDLE = 9;

    /** How far, in pixels, a handle must be dragged to count as moved (less is a click). */
    static final double SLOP = 2;

    private final PlotController controller;
    private final Supplier<MapViewState> view;
    private final Runnable focusMap;
    private final Group outlines = new Group();
    private final Group handles = new Group();
    private final Text measure = new Text();
    private final Circle ring = new Circle();
    private final List<Consumer<MapViewState>> placers = new ArrayList<>();
    private final Map<VertexRef, Rectangle> vertices = new HashMap<>();
    private VertexRef picked;
    private boolean dragging;
    private boolean moved;
    private boolean stale;

    /**
     * A layer showing {@code controller}'s selection on the view {@code view} supplies; {@code focusMap} gives the map
     * the keyboard focus (so that Delete after picking a vertex reaches the plotting keys).
     */
    SelectionLayer(PlotController controller, Supplier<MapViewState> view, Runnable focusMap) {
        this.controller = controller;
        this.view = view;
        this.focusMap = focusMap;
        outlines.setMouseTransparent(true);
        measure.getStyleClass().add("plot-measure-text");
        measure.setId("handleMeasure");
        measure.setMouseTransparent(true);
        measure.setVisible(false);
        ring.getStyleClass().add("plot-drag-ring");
        ring.setMouseTransparent(true);
        ring.setVisible(false);
        getChildren().addAll(outlines, handles, ring, measure);
    }

    /**
     * Makes the outlines and handles of the selection anew (the selection, its geometry or the tool changed). While a
     * handle is being dragged this waits for its release, so that a store answer arriving mid-drag does not take the
     * handle from under the pointer.
     */
    void rebuild() {
        if (dragging) {
            stale = true;
            return;
        }
        stale = false;
        outlines.getChildren().clear();
        handles.getChildren().clear();
        placers.clear();
        vertices.clear();
        ring.setVisible(false);
        measure.setVisible(false);
        Feature feature = controller.selectedProperty().get();
        if (feature != null) {
            for (Feature f : controller.selectedAll()) {
                outline(f);
            }
            if (controller.toolProperty().get() == PlotTool.SELECT
                    && controller.selectedAll().size() == 1) {
                handles(feature);
            }
        }
        if (picked != null && !vertices.containsKey(picked)) {
            picked = null;
        }
        place(view.get());
    }

    /** Forgets the vertex picked (a new feature was selected). */
    void unpick() {
        picked = null;
    }

    /** Moves every outline and handle to where {@code at} shows it. */
    void place(MapViewState at) {
        for (Consumer<MapViewState> p : placers) {
            p.accept(at);
        }
    }

    /** Shifts the whole selection by ({@code dx}, {@code dy}) pixels while it is dragged; (0, 0) puts it back. */
    void shift(double dx, double dy) {
        setTranslateX(dx);
        setTranslateY(dy);
    }

    /** Deletes the vertex picked on the map, if there is one; answers whether there was. */
    boolean deletePickedVertex() {
        Feature feature = controller.selectedProperty().get();
        VertexRef ref = picked;
        if (feature == null || ref == null) {
            return false;
        }
        picked = null;
        edit("deleted a vertex of '" + feature.name() + "'", s -> s.deleteVertex(feature.id(), ref));
        return true;
    }

    private void outline(Feature f) {
        Geometry g = f.geometry();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Point p) {
                Circle c = new Circle(11);
                c.getStyleClass().add("plot-selection");
                outlines.getChildren().add(c);
                placers.add(v -> {
                    c.setCenterX(v.screenX(p.getX()));
                    c.setCenterY(v.screenY(p.getY()));
                });
            } else if (part instanceof LineString line) {
                path(outlines, new GeoPath(line.getCoordinates(), false, "plot-selection"));
            } else {
                Coordinate[] shell = ((Polygon) part).getExteriorRing().getCoordinates();
                path(outlines, new GeoPath(shell, true, "plot-selection-area", "plot-selection"));
            }
        }
    }

    private void handles(Feature feature) {
        if (feature instanceof PatrolRoute route) {
            line(feature, route.waypoints().getCoordinates());
        } else if (feature instanceof ThreatZone zone && zone.shape() instanceof ZoneShape.Corridor corridor) {
            GeoPath centreline = new GeoPath(corridor.axis().getCoordinates(), false, "plot-axis");
            centreline.setMouseTransparent(true);
            path(handles, centreline);
            line(feature, corridor.axis().getCoordinates());
            widthHandle(zone, corridor);
        } else if (feature instanceof ThreatZone zone && zone.shape() instanceof ZoneShape.Circle circle) {
            circleHandles(zone, circle);
        } else if (feature instanceof ThreatZone zone) {
            for (int p = 0; p < zone.area().getNumGeometries(); p++) {
                Polygon polygon = (Polygon) zone.area().getGeometryN(p);
                for (int r = 0; r <= polygon.getNumInteriorRing(); r++) {
                    Coordinate[] ring =
                            (r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1)).getCoordinates();
                    int m = ring.length - 1;
                    for (int i = 0; i < m; i++) {
                        vertexHandle(feature, new VertexRef(p, r, i), ring[i]);
                        midpointHandle(feature, new VertexRef(p, r, i), ring[i], ring[(i + 1) % m]);
                    }
                }
            }
        }
    }

    /** Vertex and midpoint handles along an open line (a route's waypoints, a corridor's axis). */
    private void line(Feature feature, Coordinate[] points) {
        for (int i = 0; i < points.length; i++) {
            vertexHandle(feature, VertexRef.of(i), points[i]);
            if (i + 1 < points.length) {
                midpointHandle(feature, VertexRef.of(i), points[i], points[i + 1]);
            }
        }
    }

    private void vertexHandle(Feature feature, VertexRef ref, Coordinate at) {
        Rectangle h = square("vertex-" + ref.part() + "-" + ref.ring() + "-" + ref.index(), "plot-vertex", at);
        if (ref.equals(picked)) {
            h.getStyleClass().add("plot-vertex-picked");
        }
        vertices.put(ref, h);
        drag(
                h,
                null,
                to -> edit("moved a vertex of '" + feature.name() + "'", s -> s.moveVertex(feature.id(), ref, to)));
        h.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (!moved) {
                if (e.isAltDown()) {
                    edit("deleted a vertex of '" + feature.name() + "'", s -> s.deleteVertex(feature.id(), ref));
                } else {
                    pick(ref);
                }
                focusMap.run();
                e.consume();
            }
        });
    }

    private void pick(VertexRef ref) {
        if (picked != null && vertices.containsKey(picked)) {
            vertices.get(picked).getStyleClass().remove("plot-vertex-picked");
        }
        picked = ref;
        vertices.get(ref).getStyleClass().add("plot-vertex-picked");
    }

    private void midpointHandle(Feature feature, VertexRef edge, Coordinate a, Coordinate b) {
        Circle h = new Circle(HANDLE / 2 - 1);
        h.setId("midpoint-" + edge.part() + "-" + edge.ring() + "-" + edge.index());
        h.getStyleClass().add("plot-midpoint");
        handles.getChildren().add(h);
        placers.add(v -> {
            h.setCenterX((v.screenX(a.x) + v.screenX(b.x)) / 2);
            h.setCenterY((v.screenY(a.y) + v.screenY(b.y)) / 2);
        });
        drag(
                h,
                null,
                to -> edit("added a vertex to '" + feature.name() + "'", s -> s.insertVertex(feature.id(), edge, to)));
    }

    private void circleHandles(ThreatZone zone, ZoneShape.Circle circle) {
        Coordinate centre = circle.centre().getCoordinate();
        Rectangle middle = square("circleCentre", "plot-vertex", centre);
        drag(
                middle,
                null,
                to -> edit("moved '" + zone.name() + "'", s -> s.move(zone.id(), to.x - centre.x, to.y - centre.y)));
        Coordinate edge = Geodesy.destination(centre, 90, circle.radiusMetres());
        Rectangle radius = square("circleRadius", "plot-size-handle", edge);
        drag(
                radius,
                to -> {
                    double metres = Math.round(Geodesy.distance(centre, to));
                    MapViewState v = view.get();
                    ring.setCenterX(v.screenX(centre.x));
                    ring.setCenterY(v.screenY(centre.y));
                    ring.setRadius(
                            Math.hypot(v.screenX(to.x) - v.screenX(centre.x), v.screenY(to.y) - v.screenY(centre.y)));
                    ring.setVisible(true);
                    say("radius " + MeasureFormat.distance(metres), v.screenX(to.x), v.screenY(to.y));
                },
                to -> {
                    double metres = Math.round(Geodesy.distance(centre, to));
                    edit("changed the radius of '" + zone.name() + "'", s -> s.setRadius(zone.id(), metres));
                });
    }

    private void widthHandle(ThreatZone zone, ZoneShape.Corridor corridor) {
        Coordinate[] axis = corridor.axis().getCoordinates();
        // beside the first quarter of the first leg: clear of the leg's midpoint handle at any zoom
        Coordinate quarter =
                new Coordinate(axis[0].x + (axis[1].x - axis[0].x) / 4, axis[0].y + (axis[1].y - axis[0].y) / 4);
        double across = Geodesy.inverse(axis[0], axis[1]).initialBearing() + 90;
        Coordinate side = Geodesy.destination(quarter, across, corridor.halfWidthMetres());
        Rectangle h = square("corridorWidth", "plot-size-handle", side);
        drag(
                h,
                to -> {
                    MapViewState v = view.get();
                    say(
                            "width "
                                    + MeasureFormat.distance(
                                            (double) (2 * Math.round(CorridorWidth.halfWidth(axis, to)))),
                            v.screenX(to.x),
                            v.screenY(to.y));
                },
                to -> {
                    double half = Math.round(CorridorWidth.halfWidth(axis, to));
                    edit("changed the width of '" + zone.name() + "'", s -> s.setHalfWidth(zone.id(), half));
                });
    }

    /** Runs a handle's edit; if the store refuses it, the handles are shown where the feature still is. */
    private void edit(String action, PlotSession.Call call) {
        controller.edit(action, call, this::rebuild);
    }

    private void say(String text, double x, double y) {
        measure.setText(text);
        measure.setX(x + 12);
        measure.setY(y - 12);
        measure.setVisible(true);
    }

    private Rectangle square(String id, String style, Coordinate at) {
        Rectangle h = new Rectangle(HANDLE, HANDLE);
        h.setId(id);
        h.getStyleClass().add(style);
        handles.getChildren().add(h);
        placers.add(v -> {
            h.setX(v.screenX(at.x) - HANDLE / 2);
            h.setY(v.screenY(at.y) - HANDLE / 2);
        });
        return h;
    }

    private void path(Group into, GeoPath p) {
        into.getChildren().add(p);
        placers.add(p::place);
    }

    /**
     * Makes {@code h} draggable: while it moves {@code moving} (if any) gets the lon/lat under it; on release after a
     * move of more than {@value #SLOP} px, {@code dropped} gets the lon/lat it was dropped at (less is a click: the
     * platform's own "still since press" is not used, as it can count a press soon after a click elsewhere as part of
     * that click). A press on a handle never pans the map.
     */
    private void drag(Shape h, Consumer<Coordinate> moving, Consumer<Coordinate> dropped) {
        double[] origin = new double[2];
        h.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            origin[0] = e.getSceneX();
            origin[1] = e.getSceneY();
            dragging = true;
            moved = false;
            e.consume();
        });
        h.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            h.setTranslateX(e.getSceneX() - origin[0]);
            h.setTranslateY(e.getSceneY() - origin[1]);
            moved |= Math.hypot(h.getTranslateX(), h.getTranslateY()) > SLOP;
            if (moving != null) {
                moving.accept(lonLat(e));
            }
            e.consume();
        });
        h.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            e.consume();
            dragging = false;
            if (!moved) {
                h.setTranslateX(0);
                h.setTranslateY(0);
            } else {
                dropped.accept(lonLat(e));
            }
            if (stale) {
                rebuild();
            }
        });
    }

    private Coordinate lonLat(MouseEvent e) {
        Point2D local = sceneToLocal(e.getSceneX(), e.getSceneY());
        MapViewState v = view.get();
        return new Coordinate(v.lonAt(local.getX()), v.latAt(local.getY()));
    }
}
