package org.paxmap.tiles;

import java.nio.file.Path;

/** Opens a tile set of whatever kind a path holds. SKELETON — the tiles stream implements this. */
public final class TileSources {
    private TileSources() {}

    /**
     * Opens {@code path}: an MBTiles file, a GeoPackage with a tile table, or an XYZ folder ({@code z/x/y.png|jpg}).
     *
     * @throws TileSourceException naming the file and why it is not a usable raster tile set (corrupt, not SQLite, no
     *     tile tables, vector tiles, undecodable tiles, ...)
     */
    public static TileSource open(Path path) throws TileSourceException {
        throw new UnsupportedOperationException();
    }
}
