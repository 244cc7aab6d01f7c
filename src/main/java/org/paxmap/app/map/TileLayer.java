package org.paxmap.app.map;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.paxmap.render.MapViewState;
import org.paxmap.render.TileCache;
import org.paxmap.render.TileGrid;
import org.paxmap.render.TileImages;
import org.paxmap.render.TilePiece;
import org.paxmap.render.TilePlacement;
import org.paxmap.tiles.TileKey;
import org.paxmap.tiles.TileSetInfo;
import org.paxmap.tiles.TileSource;
import org.paxmap.tiles.TileSources;

/**
 * The map's base-map layer: the open {@link TileSource}, its {@link TileLoader} and the {@link TileCache} of decoded
 * tiles (bounded in bytes), the tiles known to be missing, and the message shown while no tile set is open. It asks
 * the loader for the view's tiles ({@link TileGrid}, centre-out, plus the regions of the zoom pre-renders last),
 * takes finished tiles in once per pulse and counts the changes that call for a new render ({@link #version()}).
 *
 * <p>FX-thread only, except that the loader's threads report arrivals through an atomic flag ({@link
 * #arrivalsWaiting()}) and a tile set is opened and closed on a background thread ({@link Background}).
 */
final class TileLayer {
    private final TileCache<BufferedImage> cache;
    private final TileImages images; // the cache as the tile placement reads it
    private final Set<Long> missing = new HashSet<>();
    private final AtomicBoolean arrived = new AtomicBoolean();
    private final ObjectProperty<TileSetInfo> shownInfo;
    private final ObjectProperty<Path> shownFile;
    private final Runnable repaint;
    private TileSource source;
    private TileSetInfo info;
    private TileLoader loader;
    private String message = MapView.NO_BASE_MAP;
    private long version;
    // the number of the latest open or show asked for (FX thread): only its result is shown
    private long opening;

    /** A layer with a cache of {@code cacheBytes}; {@code repaint} is run when its message changes. */
    TileLayer(long cacheBytes, Object bean, Runnable repaint) {
        cache = new TileCache<>(cacheBytes);
        images = new TileImages() {
            @Override
            public BufferedImage image(TileKey key) {
                return cache.get(key);
            }

            @Override
            public TileKey nearestAncestor(TileKey key) {
                return cache.nearestCachedAncestor(key);
            }
        };
        shownInfo = new SimpleObjectProperty<>(bean, "tileSetInfo");
        shownFile = new SimpleObjectProperty<>(bean, "tileSetFile");
        this.repaint = repaint;
    }

    /** The open tile set's description, or {@code null}. */
    TileSetInfo info() {
        return info;
    }

    ReadOnlyObjectProperty<TileSetInfo> infoProperty() {
        return shownInfo;
    }

    ReadOnlyObjectProperty<Path> fileProperty() {
        return shownFile;
    }

    /** What the view says over the frame about its base map ("No base map", "Opening…"), or {@code null}. */
    String message() {
        return message;
    }

    /** Shows {@code tiles} (may be {@code null}) decoded by {@code decoder}, after closing the one shown. */
    void show(TileSource tiles, TileLoader.Decoder decoder, Path file) {
        opening++; // a tile set shown now supersedes any still being opened
        close();
        source = tiles;
        info = tiles == null ? null : tiles.info();
        shownInfo.set(info);
        shownFile.set(tiles == null ? null : file);
        message = tiles == null ? MapView.NO_BASE_MAP : null;
        if (tiles != null) {
            loader = new TileLoader(tiles, decoder, 2, () -> arrived.set(true));
        }
    }

    /**
     * Opens the tile set at {@code file} off the FX thread and hands it to {@code show} on the FX thread; on failure
     * calls {@code onFailure} on the FX thread and keeps what was shown. While opening, says so if nothing is shown.
     * The last request wins: a set whose opening finishes after a later {@code open} (or {@link #show}) was asked for
     * is closed unseen, and its failure is not reported. FX thread only.
     */
    void open(Path file, Consumer<TileSource> show, Consumer<Throwable> onFailure) {
        long request = ++opening;
        if (source == null) {
            message = "Opening " + file.getFileName() + "…";
            repaint.run();
        }
        Background.run("paxmap-open-map", () -> {
            try {
                TileSource opened = TileSources.open(file);
                Platform.runLater(() -> {
                    if (request == opening) {
                        show.accept(opened);
                    } else {
                        Background.run("paxmap-close-map", opened::close);
                    }
                });
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    if (request != opening) {
                        return;
                    }
                    if (source == null) {
                        message = MapView.NO_BASE_MAP;
                        repaint.run();
                    }
                    onFailure.accept(e);
                });
            }
        });
    }

    /** Stops the loader, empties the cache and closes the tile set off the FX thread. */
    void close() {
        TileLoader oldLoader = loader;
        TileSource oldSource = source;
        loader = null;
        source = null;
        info = null;
        cache.clear();
        missing.clear();
        version++;
        if (oldLoader != null) {
            oldLoader.close();
        }
        if (oldSource != null) {
            Background.run("paxmap-close-map", oldSource::close);
        }
    }

    boolean isCached(TileKey key) {
        return cache.contains(key);
    }

    /** Counts the tile changes a render must show; a render of an older count is out of date. */
    long version() {
        return version;
    }

    /** Whether loaded tiles wait to be taken in (any thread). */
    boolean arrivalsWaiting() {
        return arrived.get();
    }

    /** Tiles waiting in the loader's queue. */
    int queued() {
        return loader == null ? 0 : loader.queued();
    }

    /**
     * Takes in the tiles loaded since the last call, if any, and answers whether there were. A tile of the drawn
     * level of {@code view} changes the render when it lies in the view or its {@code margin}; one of another level
     * only while it may stand in for a missing one (an ancestor); prefetched tiles one level down do not.
     */
    boolean takeArrived(MapViewState view, int margin) {
        if (!arrived.getAndSet(false) || loader == null) {
            return false;
        }
        int level = info == null ? 0 : TileGrid.level(view.zoom(), info.minZoom(), info.maxZoom());
        boolean changed = false;
        for (TileLoader.Arrived tile : loader.drainArrived()) {
            if (tile.image() == null) {
                missing.add(tile.key().packed());
            } else {
                cache.put(tile.key(), tile.image(), tile.bytes());
                changed |= (tile.key().z() == level && near(view, margin, tile.key()))
                        || (tile.key().z() < level && unloaded(view, level, 1) > 0);
            }
        }
        if (changed) {
            version++;
        }
        return true;
    }

    // Whether tile key lies in view or its margin (tiles loaded for a zoom pre-render may lie farther out).
    private static boolean near(MapViewState view, int margin, TileKey key) {
        double k = Math.pow(2, key.z() - view.zoom());
        double size = TileSource.TILE_SIZE;
        double left = view.leftWorldX(key.z()) - margin * k;
        double top = view.topWorldY(key.z()) - margin * k;
        double right = left + (view.width() + 2 * margin) * k;
        double bottom = top + (view.height() + 2 * margin) * k;
        return (key.x() + 1) * size > left
                && key.x() * size < right
                && (key.y() + 1) * size > top
                && key.y() * size < bottom;
    }

    /** Tiles of {@code view}'s drawn level neither cached nor known to be missing. */
    int missingIn(MapViewState view) {
        return unloaded(view, Integer.MAX_VALUE);
    }

    /**
     * Whether every tile {@code region} draws is cached or known to be missing (so it would not be drawn from an
     * ancestor that a tile arriving later replaces).
     */
    boolean ready(MapViewState region) {
        return unloaded(region, 1) == 0;
    }

    // Tiles of view's drawn level neither cached nor known to be missing, counted up to limit; none past over-zoom.
    private int unloaded(MapViewState view, int limit) {
        if (source == null) {
            return 0;
        }
        int z = TileGrid.level(view.zoom(), info.minZoom(), info.maxZoom());
        if (z - view.zoom() > 3) {
            return 0;
        }
        return unloaded(view, z, limit);
    }

    private int unloaded(MapViewState view, int level, int limit) {
        int count = 0;
        for (TileKey key : TileGrid.covering(view, level, 0)) {
            if (!cache.contains(key) && !missing.contains(key.packed()) && ++count >= limit) {
                return count;
            }
        }
        return count;
    }

    /**
     * Replaces the loader's queue: the tiles of {@code view} (with a margin and ±1 zoom), then, last, those of the
     * zoom pre-renders' {@code regions} that the view's list does not hold.
     */
    void want(MapViewState view, List<MapViewState> regions) {
        if (loader == null) {
            return;
        }
        int z = TileGrid.level(view.zoom(), info.minZoom(), info.maxZoom());
        if (z - view.zoom() > 3) {
            loader.want(List.of(), k -> true);
            return;
        }
        List<TileGrid.Wanted> wanted = new ArrayList<>(TileGrid.wanted(view, z, info.minZoom(), info.maxZoom()));
        Set<Long> listed = new HashSet<>();
        for (TileGrid.Wanted w : wanted) {
            listed.add(w.key().packed());
        }
        double priority = 1000;
        for (MapViewState region : regions) {
            int level = TileGrid.level(region.zoom(), info.minZoom(), info.maxZoom());
            if (level - region.zoom() > 3) {
                continue;
            }
            for (TileKey key : TileGrid.covering(region, level, 0)) {
                if (listed.add(key.packed())) {
                    wanted.add(new TileGrid.Wanted(key, priority));
                }
            }
            priority += 100;
        }
        loader.want(wanted, key -> cache.contains(key) || missing.contains(key.packed()));
    }

    /** Whether a tile set is being loaded (one is open). */
    boolean loading() {
        return loader != null;
    }

    /** The tiles (or the ancestors standing in for them) covering {@code view}, placed in its pixels. */
    List<TilePiece> pieces(MapViewState view) {
        if (source == null) {
            return new ArrayList<>();
        }
        return TilePlacement.pieces(view, info.minZoom(), info.maxZoom(), images);
    }
}
