package org.paxmap.app.plot;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.app.map.MapView;
import org.paxmap.model.Feature;
import org.paxmap.render.MapViewState;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;

/**
 * The plotting layer over the map canvas. The map itself stays one canvas; only what is being drawn or measured
 * ({@link PreviewLayer}) and the selection's outline and edit handles ({@link SelectionLayer}) are scene-graph nodes
 * here: made when the shape or the selection changes, and only moved when the view changes. It turns mouse gestures
 * on the map into plotting: with a drawing tool a click adds a point and a double-click finishes (the map does not
 * zoom); with the Select tool a click is handled once, by the map ({@link MapView#zoomIntoClusterAt} on a cluster
 * disc, else {@link MapView#pickAt}, which also tells the review), and the feature it picked is selected here;
 * Shift+drag selects by box, dragging the selected feature moves it, and the handles reshape it. Drags elsewhere still
 * pan the map. FX-thread only.
 */
public final class PlotOverlay extends Pane {
    private final MapView map;
    private final PlotController controller;
    private final Executor io;
    private final PreviewLayer drawing = new PreviewLayer();
    private final SelectionLayer selection;
    private final Rectangle box = new Rectangle();
    private Point2D pressed;
    private boolean boxing;
    private boolean moving;
    private Point2D lastClick;

    /** An overlay over {@code map} for {@code controller}; store lookups run on {@code io}. */
    public PlotOverlay(MapView map, PlotController controller, Executor io) {
        this.map = map;
        this.controller = controller;
        this.io = io;
        this.selection = new SelectionLayer(controller, map::state, map::requestFocus);
        setId("plotOverlay");
        setPickOnBounds(false);
        box.setMouseTransparent(true);
        box.getStyleClass().add("plot-box");
        box.setVisible(false);
        getChildren().addAll(selection, drawing, box);
        map.viewProperty().addListener((o, a, b) -> place());
        map.widthProperty().addListener((o, a, b) -> place());
        map.heightProperty().addListener((o, a, b) -> place());
        map.pointerProperty().addListener((o, a, b) -> drawing.pointerAt(b));
        controller.drawingVersion().addListener((o, a, b) -> showDrawing());
        controller.selectedProperty().addListener((o, a, b) -> {
            if (a == null || b == null || !a.id().equals(b.id())) {
                selection.unpick();
            }
            selection.rebuild();
        });
        controller.toolProperty().addListener((o, a, b) -> {
            selection.rebuild();
            showDrawing();
        });
        controller.setVertexDelete(selection::deletePickedVertex);
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        map.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        map.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    private MapViewState view() {
        return map.state();
    }

    private void place() {
        selection.place(view());
        drawing.place(view());
    }

    private void showDrawing() {
        drawing.show(
                controller.preview(),
                controller.toolProperty().get() == PlotTool.MEASURE,
                view(),
                map.pointerProperty().get());
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
            selection.shift(dx, dy);
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
        selection.shift(0, 0);
        Feature selected = controller.selectedProperty().get();
        if (selected != null && from.distance(e.getX(), e.getY()) > 2) {
            double dLon = view().lonAt(e.getX()) - view().lonAt(from.getX());
            double dLat = view().latAt(e.getY()) - view().latAt(from.getY());
            controller.edit(
                    "moved '" + selected.name() + "'", s -> s.move(selected.id(), dLon, dLat), selection::rebuild);
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
            } else if (e.getClickCount() == 1) {
                e.consume();
                clickedToSelect(e.getX(), e.getY());
            }
            return; // a double-click still zooms, as everywhere on the map
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

    /**
     * A Select click: the map handles it once (a cluster disc zooms in; otherwise the feature drawn there is picked,
     * for the review as well) and the feature picked becomes the selection; nothing picked clears it.
     */
    private void clickedToSelect(double x, double y) {
        if (map.zoomIntoClusterAt(x, y)) {
            return;
        }
        UUID id = map.pickAt(x, y);
        Feature current = controller.selectedProperty().get();
        if (id == null) {
            controller.cancel();
        } else if (current == null
                || !current.id().equals(id)
                || controller.selectedAll().size() > 1) {
            controller.select(id);
        }
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
}
