package org.paxmap.tiles;

/**
 * A tile set that cannot be opened or read; the message names the file and the reason in words a user can act on,
 * e.g. "maps/world.mbtiles: vector MBTiles are not supported yet".
 */
public class TileSourceException extends Exception {
    /** An exception with a user-facing message. */
    public TileSourceException(String message) {
        super(message);
    }

    /** An exception with a user-facing message and the low-level cause (for logs). */
    public TileSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
