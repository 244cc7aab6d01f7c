package org.paxmap.tiles;

/**
 * A read-only set of raster map tiles addressed in XYZ Web Mercator ({@link TileKey}). Implementations whose storage
 * uses another grid (a GeoPackage EPSG:4326 tile matrix set, tiles that are not 256 px) present 256 px Web Mercator
 * tiles all the same, resampling as needed.
 *
 * <p>Thread-safe: {@link #tile} may be called from several loader threads at once. {@link #close} releases the file;
 * calls after it fail.
 */
public interface TileSource extends AutoCloseable {
    /** The edge of every tile this contract returns, in pixels. */
    int TILE_SIZE = 256;

    /** Name, format, zoom range, bounds and attribution. */
    TileSetInfo info();

    /**
     * The encoded image (PNG, JPEG or WebP bytes, see {@link TileSetInfo#format()}) of the tile at {@code key}, or
     * {@code null} when the set has no tile there (outside its bounds or zoom range, or a sparse gap).
     *
     * @throws TileSourceException if the file cannot be read (names the file and the tile)
     */
    byte[] tile(TileKey key) throws TileSourceException;

    /** Releases the underlying file. */
    @Override
    void close();
}
