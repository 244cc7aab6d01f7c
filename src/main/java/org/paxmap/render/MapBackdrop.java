package org.paxmap.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.paxmap.store.MapFeature;

/**
 * The sea, base-map tiles and threat zones of one slide's map frame, drawn once into an image and copied on every
 * later frame of the same view and zones — what makes a playback step cost the incidents, routes and margins, not the
 * tiles and a thousand zone outlines (zones are valid for months; a step rarely changes them). Only for a surface of
 * one pixel per unit (a screen): an export keeps each tile as its own image and every zone as a vector. Kept
 * opaque, so that a frame copies it rather than blends it (measured: blending a premultiplied copy cost a quarter of a
 * presenter frame). Not thread-safe: the presenter's render thread, but for {@link #draw} after {@link #update} (see there).
 */
public final class MapBackdrop {
    private BufferedImage image;
    private MapViewState drawnFor;
    private List<MapFeature> drawnZones;

    /**
     * Draws the backdrop of {@code view} with {@code zones} ({@code null}: none) at the origin of {@code g}, drawing
     * it afresh only when the view or the zone list (by identity: a caller keeps the same list while the zones shown
     * stay the same) changed.
     */
    void draw(Graphics2D g, MapViewState view, TileImages tiles, int minZoom, int maxZoom, List<MapFeature> zones) {
        update(view, tiles, minZoom, maxZoom, zones);
        g.drawImage(image, 0, 0, null);
    }

    /**
     * Draws the backdrop afresh if the view or the zone list changed, as {@link #draw} would. After it, {@link #draw}
     * with the same arguments only copies the kept image, and several threads may do that at once (the halves of one
     * frame, {@link RasterParts}).
     */
    void update(MapViewState view, TileImages tiles, int minZoom, int maxZoom, List<MapFeature> zones) {
        int w = (int) Math.ceil(view.width());
        int h = (int) Math.ceil(view.height());
        if (image == null || drawnFor == null || !drawnFor.sameViewAs(view) || zones != drawnZones) {
            if (image == null || image.getWidth() != Math.max(1, w) || image.getHeight() != Math.max(1, h)) {
                image = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
            }
            Graphics2D ig = image.createGraphics();
            try {
                paintTiles(ig, view, tiles, minZoom, maxZoom);
                if (zones != null) {
                    FeaturePainter.drawZones(new AwtPen(ig), view, zones);
                }
            } finally {
                ig.dispose();
            }
            drawnFor = view.copy();
            drawnZones = zones;
        }
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
