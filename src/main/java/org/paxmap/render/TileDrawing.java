package org.paxmap.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws base-map tile pieces onto a Java2D surface: the sea first (where no tile reaches), then each piece — copied
 * when it lands at scale 1 on whole pixels, else drawn through a transform, bilinear, cut to its destination (so deep
 * over-zoom draws only the visible part of a tile thousands of pixels wide). Stateless; any thread, one {@code
 * Graphics2D} per thread.
 */
public final class TileDrawing {
    /** The sea: the map's background wherever no tile is drawn. */
    public static final Ink SEA = Ink.web("#aac8dc");

    private TileDrawing() {}

    /** Fills {@code area} with the sea. */
    public static void sea(Graphics2D g, Shape area) {
        g.setColor(SEA.awt());
        g.fill(area);
    }

    /**
     * Draws {@code tiles} inside {@code clip} and the graphics' own clip (their intersection is left as the clip
     * afterwards), calling {@code between} every 32 pieces (a render that may be abandoned throws from it). Never
     * draws outside the clip it was given: the halves of one image drawn at once each have theirs.
     */
    public static void draw(Graphics2D g, List<TilePiece> tiles, Rectangle2D clip, Runnable between) {
        Shape outer = g.getClip();
        g.clip(clip);
        Shape within = g.getClip();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        int drawn = 0;
        for (TilePiece t : tiles) {
            if (++drawn % 32 == 0) {
                between.run();
            }
            BufferedImage img = t.image();
            boolean whole = t.sx() == 0 && t.sy() == 0 && t.sw() == img.getWidth() && t.sh() == img.getHeight();
            if (whole
                    && t.dw() == t.sw()
                    && t.dh() == t.sh()
                    && t.dx() == Math.rint(t.dx())
                    && t.dy() == Math.rint(t.dy())
                    && g.getTransform().isIdentity()) {
                g.setClip(within);
                g.drawImage(img, (int) t.dx(), (int) t.dy(), null);
                continue;
            }
            double cx0 = Math.max(t.dx(), clip.getMinX());
            double cy0 = Math.max(t.dy(), clip.getMinY());
            double cx1 = Math.min(t.dx() + t.dw(), clip.getMaxX());
            double cy1 = Math.min(t.dy() + t.dh(), clip.getMaxY());
            if (cx1 <= cx0 || cy1 <= cy0 || t.sw() <= 0 || t.sh() <= 0) {
                continue;
            }
            double kx = t.dw() / t.sw();
            double ky = t.dh() / t.sh();
            g.setClip(outer);
            g.clip(new Rectangle2D.Double(cx0, cy0, cx1 - cx0, cy1 - cy0));
            g.drawImage(img, new AffineTransform(kx, 0, 0, ky, t.dx() - t.sx() * kx, t.dy() - t.sy() * ky), null);
        }
        g.setClip(within);
    }
}
