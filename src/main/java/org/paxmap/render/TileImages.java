package org.paxmap.render;

import java.awt.image.BufferedImage;
import org.paxmap.tiles.TileKey;

/**
 * Decoded tile images as a renderer may use them: the window's cache (only what is loaded) or a tile set read on the
 * spot (exports). Thread-safety is the implementation's.
 */
public interface TileImages {
    /** The decoded image of {@code key}, or {@code null} when there is none to draw (not loaded, or a gap). */
    BufferedImage image(TileKey key);

    /** The nearest ancestor of {@code key} that {@link #image} has, or {@code null}. */
    TileKey nearestAncestor(TileKey key);
}
