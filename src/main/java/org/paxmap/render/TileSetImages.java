package org.paxmap.render;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.HashMap;
import java.util.Map;
import org.paxmap.tiles.DecodedTile;
import org.paxmap.tiles.TileDecoder;
import org.paxmap.tiles.TileKey;
import org.paxmap.tiles.TileSource;
import org.paxmap.tiles.TileSourceException;

/**
 * The tiles of a tile set read and decoded on the spot, for a render that must be complete (an export, a slide): a
 * tile is fetched the first time it is asked for and kept for the life of this object (one export). A tile the set
 * has no image for is stood in for by its nearest ancestor. The first tile that cannot be read or decoded is kept as
 * {@link #failure()} and drawn as sea, so that the caller can refuse the export with its message after drawing.
 * Thread-safe: the parts of one image may be drawn at once; a tile is read and decoded by one of them at a time.
 */
public final class TileSetImages implements TileImages {
    private static final BufferedImage NONE = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);

    private final TileSource source;
    private final Map<Long, BufferedImage> images = new HashMap<>();
    private TileSourceException failure;

    /** Reads from {@code source}, which the caller keeps open while this is used and closes. */
    public TileSetImages(TileSource source) {
        this.source = source;
    }

    @Override
    public synchronized BufferedImage image(TileKey key) {
        BufferedImage image = images.computeIfAbsent(key.packed(), k -> read(key));
        return image == NONE ? null : image;
    }

    @Override
    public TileKey nearestAncestor(TileKey key) {
        for (TileKey up = key.parent(); up != null; up = up.parent()) {
            if (up.z() < source.info().minZoom()) {
                return null;
            }
            if (image(up) != null) {
                return up;
            }
        }
        return null;
    }

    /** The first tile that could not be read or decoded, or {@code null}. */
    public synchronized TileSourceException failure() {
        return failure;
    }

    private BufferedImage read(TileKey key) {
        if (failure != null) {
            return NONE;
        }
        try {
            byte[] bytes = source.tile(key);
            if (bytes == null) {
                return NONE;
            }
            return image(TileDecoder.decode(bytes, source.info().name() + " tile " + key));
        } catch (TileSourceException e) {
            failure = e;
            return NONE;
        }
    }

    /**
     * A Java2D image sharing {@code tile}'s pixels (no copy): {@code TYPE_INT_RGB}-like when every pixel is opaque, so
     * that it is copied rather than blended (and a PDF writer may keep it as JPEG), else ARGB. Any thread.
     */
    public static BufferedImage image(DecodedTile tile) {
        int[] argb = tile.argb();
        boolean opaque = true;
        for (int p : argb) {
            if ((p >>> 24) != 0xff) {
                opaque = false;
                break;
            }
        }
        ColorModel model = opaque ? new DirectColorModel(24, 0xff0000, 0xff00, 0xff) : ColorModel.getRGBdefault();
        int[] masks = opaque ? new int[] {0xff0000, 0xff00, 0xff} : new int[] {0xff0000, 0xff00, 0xff, 0xff000000};
        WritableRaster raster = Raster.createPackedRaster(
                new DataBufferInt(argb, argb.length), tile.width(), tile.height(), tile.width(), masks, null);
        return new BufferedImage(model, raster, false, null);
    }
}
