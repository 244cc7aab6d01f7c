package org.paxmap.app.map;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.paxmap.render.MapViewState;

/**
 * The map's zoom pre-renders. When the view has stayed still for {@link #QUIET_NANOS}, shows its own current render
 * with its margin and has nothing else to render, the zooms {@link #STEPS} away are rendered one at a time, each over
 * every view that zooming about any point of this one can reach (so a zoom about the cursor lands inside it), and only
 * when the tiles and features of that region are all there (so the pre-render is what a render of the new view would
 * show). They are kept aside, one per step, never shown until a zoom change lands inside one of exactly its zoom
 * ({@link #takeOver()}), which the next frame then draws unscaled. Pre-renders of older tiles or features, or not
 * covering what the view can reach now, are dropped; one under way is abandoned when the view needs its own render
 * or moves ({@link #unwanted()}).
 *
 * <p>FX-thread only (it runs in the map's pulse; the renders run on the {@link ViewRasters}' threads).
 */
final class ZoomPrefetch {
    /**
     * The zoom steps pre-rendered while the view is idle, most useful first: {@code +}/{@code -} and double-click
     * (one level), then one wheel notch (a quarter level).
     */
    static final double[] STEPS = {1, -1, 0.25, -0.25};

    /** A zoom pre-render larger than this many pixels is not made (for a 1920×1080 view +1 takes 8.3 million). */
    static final long MAX_PIXELS = 9_000_000L;

    /** How long the view must have stayed still before pre-renders start (so that they never run while panning). */
    static final long QUIET_NANOS = 120_000_000L;

    private final MapViewState state;
    private final TileLayer tiles;
    private final FeatureLayer features;
    private final ViewRasters rasters;
    private final FrameCounters counters;
    private final ViewRaster[] prefetched = new ViewRaster[STEPS.length];
    private final boolean[] warm = new boolean[STEPS.length]; // drawn once, so its texture exists
    private MapViewState base; // the view the pre-render under way was asked for
    private MapViewState region; // what it renders
    private long versions; // the tile and feature versions it was asked with (ViewRasters.versions)
    private boolean check = true; // whether to look for a pre-render to start
    private boolean waiting; // a step waits for its tiles or features

    ZoomPrefetch(
            MapViewState state, TileLayer tiles, FeatureLayer features, ViewRasters rasters, FrameCounters counters) {
        this.state = state;
        this.tiles = tiles;
        this.features = features;
        this.rasters = rasters;
        this.counters = counters;
    }

    /** Asks to look again for a pre-render to start (after a frame or a finished render). */
    void recheck() {
        check = true;
    }

    /** Whether every step is pre-rendered for this view or left out, none waiting for tiles or features. */
    boolean idle() {
        return !check && !waiting;
    }

    /**
     * Starts the next pre-render the view lacks, if the view has been still since {@code stillSince} for long
     * enough and is not {@code busy} (rendering, dirty, fetching, coasting or with work deferred).
     */
    void run(boolean busy, long stillSince) {
        if (!check || busy) {
            return;
        }
        if (System.nanoTime() - stillSince < QUIET_NANOS) {
            return; // looked at again on the next pulse
        }
        ViewRaster raster = rasters.raster();
        if (rasters.needed() || raster == null || !raster.covers(state)) {
            check = false; // the view's own render comes first; its arrival asks again
            return;
        }
        boolean wait = false;
        for (int i = 0; i < STEPS.length; i++) {
            MapViewState reach = region(STEPS[i]);
            ViewRaster have = prefetched[i];
            if (have != null && (reach == null || !rasters.latest(have) || !have.covers(reach))) {
                drop(i);
                have = null;
            }
            if (have != null || reach == null) {
                continue;
            }
            if (!features.covers(reach)) {
                features.fetch(state, reach.viewportEnvelope()); // the view has moved inside the last box: a new one
                wait = true; // looked at again when the features arrive
                continue;
            }
            if (!tiles.ready(reach)) {
                wait = true; // looked at again when tiles arrive
                continue;
            }
            base = state.copy();
            region = reach;
            versions = rasters.versions();
            rasters.submit(reach, i);
            return;
        }
        check = false;
        waiting = wait;
    }

    /**
     * Whether the pre-render under way should be abandoned: the view moved, needs its own render or the tiles or
     * features changed — unless the view has just zoomed to its zoom inside it (it is then taken over when it
     * arrives).
     */
    boolean unwanted() {
        boolean arrivingAt = region.zoom() == state.zoom() && contains(region, state) && versions == rasters.versions();
        return !arrivingAt && (!state.sameViewAs(base) || rasters.needed() || versions != rasters.versions());
    }

    /** Keeps the finished pre-render of {@code step} aside, replacing the one kept. */
    void keep(int step, ViewRaster done) {
        drop(step);
        prefetched[step] = done;
        warm[step] = false;
        counters.prefetched(done.renderNanos());
    }

    /**
     * Makes a pre-render of the latest tiles and features that shows the whole view at its zoom the raster shown, so
     * this frame draws it unscaled; answers whether one did.
     */
    boolean takeOver() {
        for (int i = 0; i < prefetched.length; i++) {
            ViewRaster p = prefetched[i];
            if (p != null && rasters.latest(p) && p.covers(state)) {
                rasters.show(p);
                prefetched[i] = null;
                counters.prefetchTaken();
                return true;
            }
        }
        return false;
    }

    /**
     * Draws one pixel of each new pre-render under this frame (which paints over it), so that the pipeline makes its
     * texture now, while the view is idle, and not on the frame that takes it over (the software pipeline copies the
     * whole image into a texture on its first draw: about twice as long as a frame for the +1 pre-render).
     */
    void warm(GraphicsContext g) {
        for (int i = 0; i < prefetched.length; i++) {
            if (prefetched[i] != null && !warm[i]) {
                g.drawImage(prefetched[i].image(), 0, 0, 1, 1, 0, 0, 1, 1);
                warm[i] = true;
            }
        }
    }

    // Gives a pre-render not taken over back to the renderer: at once if never drawn, else two pulses after, as a
    // raster no longer shown.
    private void drop(int i) {
        if (prefetched[i] != null) {
            if (warm[i]) {
                rasters.retire(prefetched[i].buffer());
            } else {
                rasters.recycle(prefetched[i].buffer());
            }
            prefetched[i] = null;
        }
    }

    /** The regions of the steps that have one, in the order of {@link #STEPS} (their tiles are loaded last). */
    List<MapViewState> regions() {
        List<MapViewState> regions = new ArrayList<>(STEPS.length);
        for (double step : STEPS) {
            MapViewState r = region(step);
            if (r != null) {
                regions.add(r);
            }
        }
        return regions;
    }

    // The view that covers every view reached by zooming by step about any point of this one, at that zoom; null when
    // the zoom is clamped to where it is or the region is larger than MAX_PIXELS. The view's left/top edges keep their
    // fractions of a pixel, so a zoom about the centre or a whole-pixel point lands on whole pixels of it.
    private MapViewState region(double step) {
        if (state.width() == 0 || state.height() == 0) {
            return null;
        }
        MapViewState a = state.copy();
        a.zoomAbout(0, 0, state.zoom() + step);
        MapViewState b = state.copy();
        b.zoomAbout(state.width(), state.height(), state.zoom() + step);
        double z = a.zoom();
        if (z == state.zoom() || b.zoom() != z) {
            return null;
        }
        double left = Math.min(a.leftWorldX(z), b.leftWorldX(z));
        double top = Math.min(a.topWorldY(z), b.topWorldY(z));
        double right = Math.max(a.leftWorldX(z), b.leftWorldX(z)) + state.width();
        double bottom = Math.max(a.topWorldY(z), b.topWorldY(z)) + state.height();
        int w = (int) Math.ceil(right - left) + 1;
        int h = (int) Math.ceil(bottom - top) + 1;
        if ((long) w * h > MAX_PIXELS) {
            return null;
        }
        MapViewState reach = a.copy();
        double centreX = a.leftWorldX(z) + state.width() / 2;
        double centreY = a.topWorldY(z) + state.height() / 2;
        reach.resize(w, h);
        reach.panBy(centreX - (left + w / 2.0), centreY - (top + h / 2.0));
        return reach;
    }

    // Whether outer's pixels hold the whole of inner (both at the same zoom).
    private static boolean contains(MapViewState outer, MapViewState inner) {
        double z = inner.zoom();
        double x = inner.leftWorldX(z) - outer.leftWorldX(z);
        double y = inner.topWorldY(z) - outer.topWorldY(z);
        return x >= -0.5
                && y >= -0.5
                && x + inner.width() <= outer.width() + 0.5
                && y + inner.height() <= outer.height() + 0.5;
    }
}
