package org.paxmap.app.map;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.paxmap.render.TileGrid;
import org.paxmap.render.TileSetImages;
import org.paxmap.tiles.DecodedTile;
import org.paxmap.tiles.TileKey;
import org.paxmap.tiles.TileSource;
import org.paxmap.tiles.TileSourceException;

/**
 * Fetches and decodes tiles on its own pool of threads and hands them to the view as Java2D images (the view's
 * background renderer composes them; nothing is drawn tile by tile on the FX thread). The view states
 * what it wants each time it changes ({@link #want}); the queue is then replaced, so tiles that left the view are
 * dropped, and the rest are taken lowest priority first (centre out). Finished tiles wait in a queue the view drains
 * once per pulse ({@link #drainArrived}), so there is no {@code runLater} per tile.
 *
 * <p>Thread-safe. The loader does not own the source: the view closes it after {@link #close()}.
 */
final class TileLoader implements AutoCloseable {
    /** Turns tile bytes into pixels ({@link org.paxmap.tiles.TileDecoder#decode} in the application). */
    @FunctionalInterface
    interface Decoder {
        DecodedTile decode(byte[] data, String where) throws TileSourceException;
    }

    /** A finished tile: its image and size, or a {@code null} image when the set has no tile there. */
    record Arrived(TileKey key, BufferedImage image, long bytes) {}

    private record Request(TileKey key, double priority, long order) implements Comparable<Request> {
        @Override
        public int compareTo(Request other) {
            int byPriority = Double.compare(priority, other.priority);
            return byPriority != 0 ? byPriority : Long.compare(order, other.order);
        }
    }

    private static final System.Logger LOG = System.getLogger(TileLoader.class.getName());
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final TileSource source;
    private final Decoder decoder;
    private final Runnable onArrival;
    private final PriorityBlockingQueue<Request> queue = new PriorityBlockingQueue<>();
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Arrived> arrived = new ConcurrentLinkedQueue<>();
    private final ExecutorService pool;
    private volatile boolean closed;
    private long order;

    /**
     * Starts {@code threads} loader threads over {@code source}; {@code onArrival} is called (on a loader thread) after
     * each finished tile and must be cheap and thread-safe.
     */
    TileLoader(TileSource source, Decoder decoder, int threads, Runnable onArrival) {
        this.source = source;
        this.decoder = decoder;
        this.onArrival = onArrival;
        int poolNumber = POOLS.incrementAndGet();
        AtomicInteger threadNumber = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "paxmap-tiles-" + poolNumber + "-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < threads; i++) {
            pool.execute(this::work);
        }
    }

    /**
     * Replaces the queue with {@code wanted}, leaving out tiles for which {@code known} is true (cached or known to be
     * missing) and tiles being loaded now.
     */
    synchronized void want(List<TileGrid.Wanted> wanted, Predicate<TileKey> known) {
        queue.clear();
        for (TileGrid.Wanted w : wanted) {
            if (!known.test(w.key()) && !inFlight.contains(w.key().packed())) {
                queue.add(new Request(w.key(), w.priority(), order++));
            }
        }
    }

    /** Tiles waiting to be loaded. */
    int queued() {
        return queue.size();
    }

    /** Hands over the tiles finished since the last call, in the order they finished. */
    List<Arrived> drainArrived() {
        List<Arrived> out = new java.util.ArrayList<>();
        for (Arrived a = arrived.poll(); a != null; a = arrived.poll()) {
            out.add(a);
        }
        return out;
    }

    /** Stops the threads (a tile being read finishes, then is discarded). */
    @Override
    public void close() {
        closed = true;
        pool.shutdownNow();
    }

    private void work() {
        while (!closed) {
            Request request;
            try {
                request = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            TileKey key = request.key();
            if (!inFlight.add(key.packed())) {
                continue;
            }
            try {
                Arrived result = load(key);
                if (!closed) {
                    arrived.add(result);
                    onArrival.run();
                }
            } finally {
                inFlight.remove(key.packed());
            }
        }
    }

    private Arrived load(TileKey key) {
        try {
            byte[] bytes = source.tile(key);
            if (bytes == null) {
                return new Arrived(key, null, 0);
            }
            DecodedTile tile = decoder.decode(bytes, source.info().name() + " tile " + key);
            return new Arrived(key, image(tile), tile.sizeInBytes());
        } catch (TileSourceException | RuntimeException e) {
            if (!closed) {
                LOG.log(System.Logger.Level.WARNING, "tile " + key + " not shown: " + e.getMessage());
            }
            return new Arrived(key, null, 0);
        }
    }

    /** A Java2D image sharing {@code tile}'s pixels ({@link TileSetImages#image(DecodedTile)}). */
    static BufferedImage image(DecodedTile tile) {
        return TileSetImages.image(tile);
    }
}
