package org.paxmap.app.map;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.paxmap.model.Layer;
import org.paxmap.render.AwtPen;
import org.paxmap.render.FeaturePainter;
import org.paxmap.render.IncidentLayout;
import org.paxmap.render.MapViewState;
import org.paxmap.render.TileDrawing;
import org.paxmap.render.TilePiece;
import org.paxmap.store.IncidentCells;
import org.paxmap.store.MapFeature;

/**
 * Renders the map — sea, tiles and features — into an image on one background thread, so that the FX thread draws a
 * frame as one unscaled {@code drawImage} instead of rasterising hundreds of tiles, paths and glyphs. The view hands
 * over a {@link Job} (a view state grown by the margin, the tile pieces to draw, the features of the visible layers),
 * at most one at a time; the finished {@link ViewRaster} waits in a slot the view takes on its next pulse ({@link
 * #take()}). Java2D draws into an {@code int[]} that backs the JavaFX image directly ({@link RasterBuffer}, reused), so nothing
 * is copied on the FX thread.
 *
 * <p>A render draws the top and bottom halves of the image at once on two threads (the machine's second core). The
 * view also uses it, when idle, for pre-renders of the zooms one step away ({@link ZoomPrefetch}); such a render is
 * {@linkplain #supersede() abandoned} as soon as the view needs its own. Buffers of any size come back through {@link
 * #recycle} and are handed to the next render of the same size.
 *
 * <p>Thread-safe: {@link #submit} and {@link #take} may be called from any thread (the view calls them on the FX
 * thread). The features of a render are filtered and the incidents placed ({@link IncidentLayout}, kept between
 * renders) once, on the render thread, before the two halves are drawn.
 */
final class ViewRenderer implements AutoCloseable {
    /**
     * What to render: {@code view} is the raster's own view (the map's view grown by the margin on every side), the
     * features are the fetched ones of the visible layers, and {@code shown} says per layer which of them the review's
     * filter lets through (a bit per list index; no entry: all). Lists and masks are never changed once handed over:
     * a filter change makes a new mask, so the filtering happens here, off the FX thread. {@code cells}, when not
     * {@code null}, are the visible incidents aggregated by the store, drawn instead of the incident features (which
     * then hold only single and marked ones). With {@code keepTiles} (the view's own renders, not zoom pre-renders)
     * the tiles drawn are kept for the next render of the same region.
     */
    record Job(
            MapViewState view,
            List<TilePiece> tiles,
            Map<Layer, List<MapFeature>> features,
            Map<Layer, BitSet> shown,
            List<IncidentCells> cells,
            long tileVersion,
            long featureVersion,
            boolean keepTiles) {}

    /** The features of one render, filtered and placed once and then drawn by both halves. */
    private record Prepared(List<MapFeature> zones, List<MapFeature> routes, IncidentLayout.Placed incidents) {}

    /**
     * Bytes of spare buffers kept for the next renders: two of the view plus its margin, or one of the view's zoom
     * pre-renders (which differ in size); the oldest spare goes first when more are given back. A spare costs about
     * twice its bytes while the software pipeline keeps the texture of its image.
     */
    private static final long KEPT_BYTES = 32L << 20;

    private static final System.Logger LOG = System.getLogger(ViewRenderer.class.getName());

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "paxmap-map-render");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService helper = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "paxmap-map-render-2");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<ViewRaster> done = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();
    private final ArrayDeque<RasterBuffer> free = new ArrayDeque<>(); // guarded by itself
    private final IncidentLayout incidentLayout = new IncidentLayout(); // used by the render thread only
    private final TileBackdrop backdrop = new TileBackdrop();
    private final Runnable onDone;

    /** A renderer that calls {@code onDone} (on its own thread; cheap and thread-safe) after each render. */
    ViewRenderer(Runnable onDone) {
        this.onDone = onDone;
    }

    /** Renders {@code job} in the background; the result replaces any not yet {@linkplain #take() taken}. */
    void submit(Job job) {
        long mine = generation.get();
        thread.execute(() -> {
            try {
                done.set(render(job, mine));
                onDone.run();
            } catch (Superseded e) {
                done.set(null);
                onDone.run();
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.log(System.Logger.Level.WARNING, "map not rendered: " + e);
                done.set(null);
                onDone.run();
            }
        });
    }

    /**
     * Abandons the render under way, if any, at its next step (any thread): it finishes without a raster. For a
     * render that can no longer be shown, such as one of a zoom the view has left.
     */
    void supersede() {
        generation.incrementAndGet();
    }

    /** Thrown inside a render that was superseded. */
    private static final class Superseded extends RuntimeException {
        Superseded() {
            super("superseded", null, false, false);
        }
    }

    private void check(long mine) {
        if (generation.get() != mine) {
            throw new Superseded();
        }
    }

    /**
     * Gives back the buffer of a raster no longer shown, not earlier than two pulses after it was last drawn, or of a
     * pre-render never shown (any thread); spares are kept up to {@value #KEPT_BYTES} bytes, oldest dropped first.
     */
    void recycle(RasterBuffer buffer) {
        synchronized (free) {
            free.addLast(buffer);
            long bytes = 0;
            for (RasterBuffer b : free) {
                bytes += 4L * b.width() * b.height();
            }
            while (bytes > KEPT_BYTES && !free.isEmpty()) {
                RasterBuffer oldest = free.pollFirst();
                bytes -= 4L * oldest.width() * oldest.height();
            }
        }
    }

    // A spare of exactly this size, else a new one (spares of other sizes stay for the renders that fit them).
    private RasterBuffer freeBuffer(int w, int h) {
        synchronized (free) {
            for (Iterator<RasterBuffer> it = free.iterator(); it.hasNext(); ) {
                RasterBuffer b = it.next();
                if (b.width() == w && b.height() == h) {
                    it.remove();
                    return b;
                }
            }
        }
        return new RasterBuffer(w, h);
    }

    /** The last finished raster not yet taken, or {@code null}. */
    ViewRaster take() {
        return done.getAndSet(null);
    }

    /** Stops the thread (a render in progress finishes and is dropped). */
    @Override
    public void close() {
        thread.shutdownNow();
        helper.shutdownNow();
    }

    // The top and bottom halves are drawn at once, the bottom one on the helper thread, each by its own Graphics2D cut
    // to its half (Java2D draws disjoint parts of one image safely from two threads).
    private ViewRaster render(Job job, long mine) {
        long start = System.nanoTime();
        MapViewState view = job.view();
        int w = (int) view.width();
        int h = (int) view.height();
        Prepared prepared = prepare(job);
        check(mine);
        RasterBuffer buffer = freeBuffer(w, h);
        try {
            return render(job, mine, prepared, buffer, start);
        } catch (Superseded e) {
            recycle(buffer); // both halves have stopped drawing into it (the bottom one is joined first)
            throw e;
        }
    }

    private ViewRaster render(Job job, long mine, Prepared prepared, RasterBuffer buffer, long start) {
        MapViewState view = job.view();
        int w = buffer.width();
        int h = buffer.height();
        boolean reused = buffer.drawnAgain();
        BufferedImage image = buffer.awt();
        double zoom = view.zoom();
        double left = view.leftWorldX(zoom);
        double top = view.topWorldY(zoom);
        boolean reuse = backdrop.matches(w, h, zoom, left, top, job.tileVersion());
        boolean keep = !reuse && job.keepTiles();
        if (keep) {
            backdrop.begin(w, h);
        }
        int[] pixels = buffer.data();
        int split = h / 2;
        Future<?> bottom = helper.submit(() -> {
            tiles(image, pixels, job, split, h, reuse, keep, mine);
            drawBand(image, job, prepared, split, h, mine);
        });
        try {
            tiles(image, pixels, job, 0, split, reuse, keep, mine);
            drawBand(image, job, prepared, 0, split, mine);
        } finally {
            join(bottom);
        }
        if (keep) {
            backdrop.commit(zoom, left, top, job.tileVersion());
        }
        return new ViewRaster(
                buffer,
                reused,
                view.zoom(),
                view.leftWorldX(view.zoom()),
                view.topWorldY(view.zoom()),
                w,
                h,
                job.tileVersion(),
                job.featureVersion(),
                System.nanoTime() - start);
    }

    private static void join(Future<?> bottom) {
        try {
            bottom.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Superseded) {
                throw (Superseded) e.getCause();
            }
            throw new IllegalStateException("the bottom half was not drawn: " + e.getCause(), e.getCause());
        }
    }

    // The zones and routes the filter lets through, and the incidents it lets through placed on the raster.
    private Prepared prepare(Job job) {
        List<MapFeature> incidents = job.features().get(Layer.INCIDENTS);
        IncidentLayout.Placed placed;
        if (incidents == null) {
            placed = IncidentLayout.Placed.NONE;
        } else if (job.cells() != null) {
            placed = incidentLayout.place(job.view(), job.cells());
        } else {
            placed = incidentLayout.place(job.view(), incidents, job.shown().get(Layer.INCIDENTS));
        }
        return new Prepared(shown(job, Layer.ZONES), shown(job, Layer.ROUTES), placed);
    }

    // The features of layer the job's mask lets through; null when the layer is hidden.
    private static List<MapFeature> shown(Job job, Layer layer) {
        List<MapFeature> all = job.features().get(layer);
        BitSet mask = job.shown().get(layer);
        if (all == null || mask == null) {
            return all;
        }
        List<MapFeature> kept = new ArrayList<>(mask.cardinality());
        for (int i = mask.nextSetBit(0); i >= 0 && i < all.size(); i = mask.nextSetBit(i + 1)) {
            kept.add(all.get(i));
        }
        return kept;
    }

    // Rows y0 to y1 of the sea and the tiles: copied from the backdrop when it holds this region's tiles, else drawn
    // (and saved to the backdrop with keep).
    private void tiles(
            BufferedImage image, int[] pixels, Job job, int y0, int y1, boolean reuse, boolean keep, long mine) {
        if (reuse) {
            backdrop.restore(pixels, y0, y1);
            return;
        }
        Rectangle band = new Rectangle(0, y0, image.getWidth(), y1 - y0);
        Graphics2D g = image.createGraphics();
        try {
            g.setClip(band);
            TileDrawing.sea(g, band);
            TileDrawing.draw(g, job.tiles(), band, () -> check(mine));
        } finally {
            g.dispose();
        }
        if (keep) {
            backdrop.save(pixels, y0, y1);
        }
    }

    // The features over rows y0 to y1; checks between steps whether the render is still wanted.
    private void drawBand(BufferedImage image, Job job, Prepared prepared, int y0, int y1, long mine) {
        MapViewState view = job.view();
        int w = image.getWidth();
        Rectangle band = new Rectangle(0, y0, w, y1 - y0);
        Graphics2D g = image.createGraphics();
        try {
            g.setClip(band);
            AwtPen pen = new AwtPen(g);
            check(mine);
            if (prepared.zones() != null) {
                FeaturePainter.drawZones(pen, view, prepared.zones());
            }
            check(mine);
            if (prepared.routes() != null) {
                FeaturePainter.drawRoutes(pen, view, prepared.routes());
            }
            check(mine);
            prepared.incidents().draw(pen);
        } finally {
            g.dispose();
        }
    }
}
