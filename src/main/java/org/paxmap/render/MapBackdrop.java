package org.paxmap.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The sea and base-map tiles of one slide's map frame, drawn once into an image and copied on every later frame of
 * the same view — what makes a playback step cost the features and the margins, not the tiles. Only for a surface of
 * one pixel per unit (a screen): an export keeps each tile as its own image. Not thread-safe: the presenter's render
 * thread.
 */
public final class MapBackdrop {
    private BufferedImage image;
    private MapViewState drawnFor;

    /** Draws the backdrop of {@code view} at the origin of {@code g}, drawing the tiles only when the view changed. */
    void draw(Graphics2D g, MapViewState view, TileImages tiles, int minZoom, int maxZoom) {
        int w = (int) Math.ceil(view.width());
        int h = (int) Math.ceil(view.height());
        if (image == null || drawnFor == null || !drawnFor.sameViewAs(view)) {
            image = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
            Graphics2D ig = image.createGraphics();
            try {
                paintTiles(ig, view, tiles, minZoom, maxZoom);
            } finally {
                ig.dispose();
            }
            drawnFor = view.copy();
        }
        g.drawImage(image, 0, 0, null);
    }

    /** The sea and the tiles of {@code view} drawn straight onto {@code g} (origin at the view's top-left). */
    static void paintTiles(Graphics2D g, MapViewState view, TileImages tiles, int minZoom, int maxZoom) {
        Rectangle2D inside = new Rectangle2D.Double(0, 0, view.width(), view.height());
        TileDrawing.sea(g, inside);
        if (tiles != null) {
            List<TilePiece> pieces = TilePlacement.pieces(view, minZoom, maxZoom, tiles);
            java.awt.Shape clip = g.getClip();
            TileDrawing.draw(g, pieces, inside, () -> {});
            g.setClip(clip);
        }
    }
}
