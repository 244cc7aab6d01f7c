package org.paxmap.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.paxmap.tiles.TileKey;
import org.paxmap.tiles.TileSource;

/**
 * Where a view's tiles go: the tiles of the level drawn at the view's zoom ({@link TileGrid#level}) covering it, each
 * placed on the view's pixels with both edges snapped to whole pixels so neighbours meet without seams, and a tile
 * that has no image stood in for by the matching part of its nearest ancestor that has one. Stateless; any thread.
 */
public final class TilePlacement {
    /** A set whose coarsest level is more than this many levels deeper than the view draws nothing (unreadable). */
    private static final int MAX_UNDER_ZOOM = 3;

    private TilePlacement() {}

    /** The pieces covering {@code view} from a set with tiles from {@code minZoom} to {@code maxZoom}. */
    public static List<TilePiece> pieces(MapViewState view, int minZoom, int maxZoom, TileImages images) {
        List<TilePiece> pieces = new ArrayList<>();
        int z = TileGrid.level(view.zoom(), minZoom, maxZoom);
        if (z - view.zoom() > MAX_UNDER_ZOOM) {
            return pieces; // the set starts far deeper than this view: thousands of tiles, none legible
        }
        double scale = Math.pow(2, view.zoom() - z);
        double left = view.leftWorldX(z);
        double top = view.topWorldY(z);
        int size = TileSource.TILE_SIZE;
        for (TileKey key : TileGrid.covering(view, z, 0)) {
            double x0 = Math.floor((key.x() * size - left) * scale);
            double y0 = Math.floor((key.y() * size - top) * scale);
            double x1 = Math.floor(((key.x() + 1) * size - left) * scale);
            double y1 = Math.floor(((key.y() + 1) * size - top) * scale);
            BufferedImage image = images.image(key);
            if (image != null) {
                pieces.add(new TilePiece(image, 0, 0, size, size, x0, y0, x1 - x0, y1 - y0));
                continue;
            }
            TileKey ancestor = images.nearestAncestor(key);
            if (ancestor != null) {
                int levels = key.z() - ancestor.z();
                double part = (double) size / (1 << levels);
                double sx = (key.x() - ((long) ancestor.x() << levels)) * part;
                double sy = (key.y() - ((long) ancestor.y() << levels)) * part;
                pieces.add(new TilePiece(images.image(ancestor), sx, sy, part, part, x0, y0, x1 - x0, y1 - y0));
            }
        }
        return pieces;
    }
}
