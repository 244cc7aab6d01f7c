package org.paxmap.app.map;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import org.paxmap.render.MapViewState;

/**
 * The map's background renders: the {@link ViewRenderer} with the one render under way (the view's own, or a zoom
 * pre-render of step {@link #stepUnderWay()}), the {@link ViewRaster} the frames show, and the buffers of rasters no
 * longer shown, handed back to the renderer two pulses after (when the pipeline no longer reads them). The view's own
 * render is the view plus {@value #MARGIN} px on every side; a new one is asked for when the view drifts a quarter
 * of the margin from the last one's middle, the zoom changes (the view alone first, then with its margin), or tiles,
 * features or layers change ({@link #needed()}).
 *
 * <p>FX-thread only, except that the render thread reports a finished render through an atomic flag ({@link
 * #arrivalWaiting()}).
 */
final class ViewRasters implements AutoCloseable {
    /** Pixels rendered beyond each edge of the view, so that a pan is drawn from the last raster. */
    static final int MARGIN = 256;

    /** A raster buffer no longer shown, and the pulse it was replaced on (it is reused two pulses later). */
    private record Retired(RasterBuffer buffer, long pulse) {}

    private final MapViewState state;
    private final TileLayer tiles;
    private final FeatureLayer features;
    private final AtomicBoolean arrived = new AtomicBoolean();
    private final ViewRenderer renderer = new ViewRenderer(() -> arrived.set(true));
    private final ArrayDeque<Retired> retired = new ArrayDeque<>();
    private long pulses;
    private ViewRaster raster;
    private boolean rendering;
    private double renderingZoom;
    private int step = -1; // the zoom pre-render under way, -1 when no render or the view's own is under way

    /** Renders of {@code state}'s view of {@code tiles} and {@code features}. */
    ViewRasters(MapViewState state, TileLayer tiles, FeatureLayer features) {
        this.state = state;
        this.tiles = tiles;
        this.features = features;
    }

    /** Counts a pulse and hands back to the renderer the buffers retired two pulses ago or more. */
    void pulse() {
        pulses++;
        while (!retired.isEmpty() && pulses - retired.peek().pulse() >= 2) {
            renderer.recycle(retired.poll().buffer());
        }
    }

    /** The raster the frames show, or {@code null} before the first. */
    ViewRaster raster() {
        return raster;
    }

    /** Whether a render is under way. */
    boolean rendering() {
        return rendering;
    }

    /** The zoom pre-render step under way, or -1. */
    int stepUnderWay() {
        return step;
    }

    /** Whether a finished render waits to be taken (any thread). */
    boolean arrivalWaiting() {
        return arrived.get();
    }

    /** Whether a render has finished since the last call (clears the flag). */
    boolean arrived() {
        return arrived.getAndSet(false);
    }

    /**
     * Takes the finished render (null when abandoned) and ends the one under way; a reused buffer is told that its
     * pixels changed.
     */
    ViewRaster takeFinished() {
        ViewRaster done = renderer.take();
        rendering = false;
        step = -1;
        if (done != null && done.reused()) {
            done.buffer().changed();
        }
        return done;
    }

    /** Makes {@code next} the raster shown, retiring the one it replaces. */
    void show(ViewRaster next) {
        if (raster != null) {
            retire(raster.buffer());
        }
        raster = next;
    }

    /** Hands {@code buffer}, drawn until now, back to the renderer two pulses from now. */
    void retire(RasterBuffer buffer) {
        retired.add(new Retired(buffer, pulses));
    }

    /** Hands {@code buffer}, never drawn, back to the renderer now. */
    void recycle(RasterBuffer buffer) {
        renderer.recycle(buffer);
    }

    /** Abandons the render under way (asked for again when it ends, if still needed). */
    void supersede() {
        renderer.supersede();
    }

    /** Starts the render of {@code view}: the view's own ({@code step} -1) or the zoom pre-render {@code step}. */
    void submit(MapViewState view, int step) {
        rendering = true;
        this.step = step;
        renderingZoom = view.zoom();
        renderer.submit(job(view, step < 0));
    }

    /**
     * Asks for the view's own render if it needs one and none is under way; one of a zoom the view has left is
     * abandoned (and asked for again when it ends). After a zoom change the view alone is rendered first (about half
     * the pixels and features), then the view with its margin.
     */
    void requestOwn() {
        if (rendering && renderingZoom != state.zoom()) {
            renderer.supersede();
        }
        if (rendering || !needed()) {
            return;
        }
        int margin = raster == null || raster.zoom() != state.zoom() ? 0 : MARGIN;
        MapViewState grown = state.copy();
        grown.resize((int) state.width() + 2 * margin, (int) state.height() + 2 * margin);
        submit(grown, -1);
    }

    /**
     * Whether the view needs a render of its own: none yet, the last one is smaller than the view plus its margin (a
     * zoom pre-render taken over may be larger), the view drifted from its middle, or tiles or features changed.
     */
    boolean needed() {
        if (state.width() == 0 || state.height() == 0) {
            return false;
        }
        return raster == null
                || raster.width() < (int) state.width() + 2 * MARGIN
                || raster.height() < (int) state.height() + 2 * MARGIN
                || raster.driftedFrom(state, MARGIN / 4.0)
                || !latest(raster);
    }

    /**
     * Whether the raster shown holds the whole view at its zoom with the latest tiles and features (a render of the
     * margin may still be under way).
     */
    boolean current() {
        return state.width() == 0 || (raster != null && raster.covers(state) && latest(raster));
    }

    /** Whether {@code r} shows the latest tiles and features. */
    boolean latest(ViewRaster r) {
        return r.tileVersion() == tiles.version() && r.featureVersion() == features.version();
    }

    /** The tile and feature versions as one value, to tell whether a render under way is of the latest ones. */
    long versions() {
        return tiles.version() * 1_000_003L + features.version();
    }

    // The render of view (the view's own, grown by its margin, or a zoom pre-render): its tiles and the features of
    // the visible layers.
    private ViewRenderer.Job job(MapViewState view, boolean keepTiles) {
        return new ViewRenderer.Job(
                view,
                tiles.pieces(view),
                features.shown(),
                features.shownMasks(),
                features.cells(),
                tiles.version(),
                features.version(),
                keepTiles);
    }

    @Override
    public void close() {
        renderer.close();
    }
}
