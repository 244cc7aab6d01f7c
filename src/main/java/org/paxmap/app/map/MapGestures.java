package org.paxmap.app.map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.paxmap.render.MapViewState;

/**
 * The map's gestures: drag to pan (with inertia after a fling, stepped once per pulse by {@link #coast}), wheel to
 * zoom about the cursor in fractional steps, double-click to zoom in one level about the point, arrow keys pan,
 * {@code +}/{@code -} zoom, Home zooms to the picture; a click on a cluster disc zooms in on its incidents, a click
 * elsewhere picks the feature there. It also keeps the lon/lat under the mouse ({@link #pointerProperty()}). Each
 * gesture changes the map's view state and marks the map dirty.
 *
 * <p>FX-thread only: the handlers are event handlers on the map, and {@link #coast} runs in its pulse.
 */
final class MapGestures {
    static final double PAN_STEP = 96;

    private static final double INERTIA_SECONDS = 0.35;
    private static final double MAX_FLING = 3000;

    private final MapView map;
    private final MapViewState state;
    private final ObjectProperty<Point2D> cursor;
    private double dragX;
    private double dragY;
    private long dragNanos;
    private double velocityX;
    private double velocityY;
    private boolean coasting;
    private long lastFrameNanos;

    /** Handles the gestures on {@code map}, adding its event handlers. */
    MapGestures(MapView map) {
        this.map = map;
        this.state = map.state();
        cursor = new SimpleObjectProperty<>(map, "pointer");
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        map.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        map.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointAt(e));
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> cursor.set(null));
        map.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        map.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** The lon/lat (x/y) under the mouse, or {@code null} when it is outside the map. */
    ReadOnlyObjectProperty<Point2D> pointerProperty() {
        return cursor;
    }

    /** Whether the view is gliding after a fling. */
    boolean coasting() {
        return coasting;
    }

    /** Ends a glide (any change of view made by other means does). */
    void stop() {
        coasting = false;
        velocityX = 0;
        velocityY = 0;
    }

    /** Moves a gliding view on by the time since the last pulse ({@code now}); answers whether it moved. */
    boolean coast(long now) {
        double seconds = lastFrameNanos == 0 ? 0 : Math.min(0.1, (now - lastFrameNanos) / 1e9);
        lastFrameNanos = now;
        if (!coasting || seconds <= 0) {
            return false;
        }
        state.panBy(velocityX * seconds, velocityY * seconds);
        double decay = Math.exp(-seconds / INERTIA_SECONDS);
        velocityX *= decay;
        velocityY *= decay;
        if (Math.hypot(velocityX, velocityY) < 15) {
            stop();
        }
        return true;
    }

    private void pointAt(MouseEvent e) {
        cursor.set(new Point2D(state.lonAt(e.getX()), state.latAt(e.getY())));
    }

    private void pressed(MouseEvent e) {
        map.requestFocus();
        stop();
        dragX = e.getX();
        dragY = e.getY();
        dragNanos = System.nanoTime();
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - dragX;
        double dy = e.getY() - dragY;
        long now = System.nanoTime();
        double seconds = (now - dragNanos) / 1e9;
        if (seconds > 0) {
            velocityX = 0.6 * dx / seconds + 0.4 * velocityX;
            velocityY = 0.6 * dy / seconds + 0.4 * velocityY;
        }
        dragX = e.getX();
        dragY = e.getY();
        dragNanos = now;
        state.panBy(dx, dy);
        pointAt(e);
        map.markDirty();
    }

    private void released(MouseEvent e) {
        boolean recent = (System.nanoTime() - dragNanos) < 80_000_000L;
        if (!e.isStillSincePress() && recent && Math.hypot(velocityX, velocityY) > 50) {
            double speed = Math.hypot(velocityX, velocityY);
            double limit = Math.min(1, MAX_FLING / speed);
            velocityX *= limit;
            velocityY *= limit;
            coasting = true;
            lastFrameNanos = 0;
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.isStillSincePress()) {
            if (!map.zoomIntoClusterAt(e.getX(), e.getY())) {
                map.pickAt(e.getX(), e.getY());
            }
        }
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
            stop();
            state.zoomAbout(e.getX(), e.getY(), state.zoom() + 1);
            map.markDirty();
        }
    }

    private void scrolled(ScrollEvent e) {
        stop();
        // a mouse wheel notch is 40 px on most platforms (a quarter level); smaller deltas (trackpads, some robots)
        // still zoom by at least a tenth of a level per event
        double dy = e.getDeltaY();
        double steps = Math.signum(dy) * Math.max(0.1, Math.min(1, Math.abs(dy) / 160));
        if (dy != 0) {
            state.zoomAbout(e.getX(), e.getY(), state.zoom() + steps);
            map.markDirty();
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        double cx = state.width() / 2;
        double cy = state.height() / 2;
        switch (e.getCode()) {
            case LEFT -> state.panBy(PAN_STEP, 0);
            case RIGHT -> state.panBy(-PAN_STEP, 0);
            case UP -> state.panBy(0, PAN_STEP);
            case DOWN -> state.panBy(0, -PAN_STEP);
            case PLUS, ADD, EQUALS -> state.zoomAbout(cx, cy, state.zoom() + 1);
            case MINUS, SUBTRACT -> state.zoomAbout(cx, cy, state.zoom() - 1);
            case HOME -> map.zoomToPicture();
            default -> {
                return;
            }
        }
        stop();
        map.markDirty();
        e.consume();
    }
}
