package org.paxmap.app.map;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.paxmap.render.MapViewState;

/**
 * The map's pulse: an {@link AnimationTimer} that, once per pulse, steps a glide ({@link MapGestures#coast}), takes in
 * arrived tiles and finished renders, redraws when the view is dirty (at most once per pulse), and starts a zoom
 * pre-render when idle ({@link ZoomPrefetch}). A frame asks for the view's own render first (so the background render
 * runs while the frame is drawn), paints ({@link FramePainter}), and on a view change asks for the view's tiles and
 * features; a frame that takes over a pre-render leaves that work to the next pulse, so that nothing competes with it
 * for the CPU. It also answers the package-private probes of the benchmark and tests.
 *
 * <p>FX-thread only.
 */
final class FrameScheduler {
    private final MapViewState state;
    private final Canvas canvas;
    private final TileLayer tiles;
    private final FeatureLayer features;
    private final MapGestures gestures;
    private final ViewRasters rasters;
    private final ZoomPrefetch prefetch;
    private final FramePainter painter;
    private final FrameCounters counters = new FrameCounters();
    private final ObjectProperty<MapViewState> view;
    private final AnimationTimer timer;
    private boolean dirty = true;
    private MapViewState lastChange;
    private boolean followUpDeferred; // a frame took over a pre-render; the next pulse does what a change asks for
    private boolean tilesDeferred; // ... including the tile requests for the new view
    private long stillSince = System.nanoTime(); // when the view last changed

    /** Starts the pulse of {@code map}, drawing on {@code canvas}. */
    FrameScheduler(MapView map, Canvas canvas, TileLayer tiles, FeatureLayer features, MapGestures gestures) {
        this.state = map.state();
        this.canvas = canvas;
        this.tiles = tiles;
        this.features = features;
        this.gestures = gestures;
        rasters = new ViewRasters(state, tiles, features);
        prefetch = new ZoomPrefetch(state, tiles, features, rasters, counters);
        painter = new FramePainter(canvas, state);
        view = new SimpleObjectProperty<>(map, "view", state.copy());
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
        timer.start();
    }

    /** A copy of the view state, replaced after each drawn change. */
    ReadOnlyObjectProperty<MapViewState> viewProperty() {
        return view;
    }

    /** Asks for a redraw on the next pulse. */
    void markDirty() {
        dirty = true;
    }

    /** Takes the next frame for a view change, whether or not the view moved (a new tile set). */
    void forgetView() {
        lastChange = null;
    }

    /** Stops the pulse and the render threads (at exit). */
    void stop() {
        timer.stop();
        rasters.close();
    }

    private void pulse(long now) {
        if (gestures.coast(now)) {
            dirty = true;
        }
        rasters.pulse();
        if (tiles.takeArrived(state, ViewRasters.MARGIN)) {
            dirty = true;
        }
        if (rasters.arrived()) {
            int step = rasters.stepUnderWay();
            ViewRaster done = rasters.takeFinished();
            prefetch.recheck();
            if (done != null) {
                if (step >= 0) {
                    prefetch.keep(step, done); // drawn only when the view arrives at its zoom inside it
                } else {
                    rasters.show(done);
                    counters.rendered(done.renderNanos());
                }
            }
            dirty = true; // also after a pre-render: taken over if the view is in it, else its texture is made
        }
        if (dirty) {
            dirty = false;
            draw();
        } else if (followUpDeferred) {
            followUp();
        }
        boolean busy = rasters.rendering() || dirty || features.fetching() || gestures.coasting() || followUpDeferred;
        prefetch.run(busy, stillSince);
    }

    private void draw() {
        boolean tookOver = !rasters.current() && prefetch.takeOver();
        if (!tookOver) {
            requestRaster();
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        prefetch.warm(g);
        ViewRaster raster = rasters.raster();
        boolean covering = painter.drawRaster(g, raster);
        counters.frame(covering, raster != null && rasters.latest(raster));
        painter.drawMarks(g, features.conflictsDrawn(), features.selectedDrawn(), tiles.message());
        prefetch.recheck();
        if (!state.sameViewAs(lastChange)) {
            stillSince = System.nanoTime();
            lastChange = state.copy();
            view.set(lastChange);
            if (tookOver) {
                tilesDeferred = true;
            } else {
                tilesDeferred = false;
                requestTiles();
            }
        }
        if (tookOver) {
            followUpDeferred = true;
        } else {
            followUpDeferred = false;
            requestDeferredTilesAndFeatures();
        }
    }

    // The work a frame that took over a pre-render left for the next pulse.
    private void followUp() {
        followUpDeferred = false;
        requestRaster();
        requestDeferredTilesAndFeatures();
    }

    // The tile requests a frame deferred, if any, and the features of the view (when the last box does not hold it).
    private void requestDeferredTilesAndFeatures() {
        if (tilesDeferred) {
            tilesDeferred = false;
            requestTiles();
        }
        features.fetch(state, null);
    }

    // One render at a time; the next is asked for when the last one is taken in, if still needed. The view's own
    // render goes before any zoom pre-render.
    private void requestRaster() {
        if (rasters.rendering() && rasters.stepUnderWay() >= 0) {
            if (prefetch.unwanted()) {
                rasters.supersede();
            }
            return;
        }
        rasters.requestOwn();
    }

    private void requestTiles() {
        if (tiles.loading()) {
            tiles.want(state, prefetch.regions());
        }
    }

    /** See {@link MapView#tilesPending()}. */
    int tilesPending() {
        int pending = dirty || tiles.arrivalsWaiting() || rasters.arrivalWaiting() || !rasters.current() ? 1 : 0;
        return pending + tiles.missingIn(state);
    }

    /** See {@link MapView#fullyPainted()}. */
    boolean fullyPainted() {
        return !dirty && rasters.current() && tiles.missingIn(state) == 0;
    }

    /** See {@link MapView#showsLatestFeatures()}. */
    boolean showsLatestFeatures() {
        ViewRaster raster = rasters.raster();
        return raster != null && raster.featureVersion() == features.version() && !dirty;
    }

    /** See {@link MapView#shownRenderNanos()}. */
    long shownRenderNanos() {
        ViewRaster raster = rasters.raster();
        return raster == null ? 0 : raster.renderNanos();
    }

    /** See {@link MapView#rasterWaiting()}. */
    boolean rasterWaiting() {
        return rasters.arrivalWaiting();
    }

    /** See {@link MapView#prefetchIdle()}. */
    boolean prefetchIdle() {
        return !rasters.rendering()
                && !followUpDeferred
                && prefetch.idle()
                && !dirty
                && !rasters.arrivalWaiting()
                && !tiles.arrivalsWaiting()
                && tiles.queued() == 0;
    }

    FrameCounters counters() {
        return counters;
    }

    /** See {@link MapView#redrawNow()}. */
    void redrawNow() {
        dirty = true;
        pulse(System.nanoTime());
    }
}
