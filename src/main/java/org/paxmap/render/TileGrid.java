package org.paxmap.render;

import java.util.ArrayList;
import java.util.List;
import org.paxmap.tiles.TileKey;

/**
 * Which tiles a view needs and in what order: the tile level drawn for a fractional zoom, the tiles covering the
 * viewport (plus a margin), and load priorities growing with the distance from the view centre and with each zoom
 * level away from the drawn one (so tiles fill in from the middle, and prefetch comes last). Stateless; thread-safe.
 */
public final class TileGrid {
    /** Priority added per zoom level away from the drawn level, in tile distances. */
    public static final double ZOOM_PENALTY = 4;

    private TileGrid() {}

    /** A tile to load and its priority (lower loads first). */
    public record Wanted(TileKey key, double priority) {}

    /**
     * The integer tile level drawn at fractional {@code zoom} for a set with tiles from {@code minZoom} to {@code
     * maxZoom}: {@code round(zoom)} (tiles are scaled between 0.71x and 1.41x), clamped into the set's range so that
     * past its maximum the deepest tiles are over-zoomed.
     */
    public static int level(double zoom, int minZoom, int maxZoom) {
        int z = (int) Math.floor(zoom + 0.5);
        return Math.max(minZoom, Math.min(maxZoom, z));
    }

    /** The tiles at level {@code z} that cover the view, extended by {@code margin} tiles on each side. */
    public static List<TileKey> covering(MapViewState view, int z, int margin) {
        List<TileKey> keys = new ArrayList<>();
        int n = 1 << z;
        double left = view.leftWorldX(z) / TileKeys.SIZE;
        double top = view.topWorldY(z) / TileKeys.SIZE;
        double span = Math.pow(2, z - view.zoom()) / TileKeys.SIZE;
        int x0 = Math.max(0, (int) Math.floor(left) - margin);
        int y0 = Math.max(0, (int) Math.floor(top) - margin);
        int x1 = Math.min(n - 1, (int) Math.floor(left + view.width() * span) + margin);
        int y1 = Math.min(n - 1, (int) Math.floor(top + view.height() * span) + margin);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                keys.add(new TileKey(z, x, y));
            }
        }
        return keys;
    }

    /**
     * What to load for the view drawn at level {@code z}: the covering tiles with a one-tile margin, then the tiles one
     * level up and (when {@code z < maxZoom}) one level down, each with its priority: distance in tiles from the view
     * centre plus {@link #ZOOM_PENALTY} per level away.
     */
    public static List<Wanted> wanted(MapViewState view, int z, int minZoom, int maxZoom) {
        List<Wanted> out = new ArrayList<>();
        addLevel(out, view, z, 0);
        if (z - 1 >= minZoom) {
            addLevel(out, view, z - 1, ZOOM_PENALTY);
        }
        if (z + 1 <= maxZoom && z + 1 <= TileKeys.MAX_ZOOM) {
            addLevel(out, view, z + 1, ZOOM_PENALTY);
        }
        return out;
    }

    private static void addLevel(List<Wanted> out, MapViewState view, int z, double penalty) {
        double size = TileKeys.SIZE;
        double centreX = (view.leftWorldX(z) + view.width() / 2 * Math.pow(2, z - view.zoom())) / size;
        double centreY = (view.topWorldY(z) + view.height() / 2 * Math.pow(2, z - view.zoom())) / size;
        for (TileKey key : covering(view, z, penalty == 0 ? 1 : 0)) {
            double dx = key.x() + 0.5 - centreX;
            double dy = key.y() + 0.5 - centreY;
            out.add(new Wanted(key, Math.hypot(dx, dy) + penalty));
        }
    }

    /** Tile constants. */
    public static final class TileKeys {
        static final int SIZE = org.paxmap.tiles.TileSource.TILE_SIZE;
        static final int MAX_ZOOM = 24;

        private TileKeys() {}
    }
}
