package org.paxmap.tiles;

/** Decodes tile bytes (PNG, JPEG, WebP). SKELETON — the tiles stream implements this. Thread-safe. */
public final class TileDecoder {
    private TileDecoder() {}

    /**
     * Decodes {@code data}.
     *
     * @param where names the tile in messages, e.g. "maps/world.mbtiles tile 5/17/11"
     * @throws TileSourceException if the bytes are no image this program can decode (names {@code where})
     */
    public static DecodedTile decode(byte[] data, String where) throws TileSourceException {
        throw new UnsupportedOperationException();
    }
}
