package org.paxmap.tiles;

/**
 * A tile address in the XYZ scheme of Web Mercator (EPSG:3857): zoom {@code z}, column {@code x} from the west, row
 * {@code y} from the north, each in {@code 0 .. 2^z - 1}. Immutable; {@link #packed()} gives a sortable {@code long}
 * for cache keys.
 *
 * @param z zoom level, 0–30
 * @param x column
 * @param y row (from the top; MBTiles stores TMS rows from the bottom)
 */
public record TileKey(int z, int x, int y) {
    /** Validates the ranges. */
    public TileKey {
        if (z < 0 || z > 30) {
            throw new IllegalArgumentException("zoom must be 0..30, was " + z);
        }
        int n = 1 << z;
        if (x < 0 || x >= n || y < 0 || y >= n) {
            throw new IllegalArgumentException("tile " + z + "/" + x + "/" + y + " is outside zoom " + z);
        }
    }

    /** The key as one long: zoom in the top bits, then x, then y. */
    public long packed() {
        return ((long) z << 58) | ((long) x << 29) | y;
    }

    /** The inverse of {@link #packed()}. */
    public static TileKey unpack(long packed) {
        return new TileKey((int) (packed >>> 58), (int) ((packed >>> 29) & 0x1FFFFFFF), (int) (packed & 0x1FFFFFFF));
    }

    /** The MBTiles (TMS) row of this tile: rows counted from the south. */
    public int tmsRow() {
        return (1 << z) - 1 - y;
    }

    /** The tile one zoom level up that contains this one, or {@code null} at zoom 0. */
    public TileKey parent() {
        return z == 0 ? null : new TileKey(z - 1, x >> 1, y >> 1);
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}
