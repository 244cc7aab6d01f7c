package org.paxmap.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The north arrow and the scale bar a printed map carries, in the corners of a slide's map frame. The map is Web
 * Mercator with north up, so the arrow points straight up; the scale bar is a round distance at the frame's centre
 * latitude ({@link ScaleBar}). Stateless; any thread.
 */
final class MapDecorations {
    private static final Ink PANEL = Ink.web("#ffffff", 0.85);
    private static final Ink INK = Ink.web("#212121");

    private MapDecorations() {}

    /** The north arrow in the frame's top-left corner. */
    static void northArrow(Graphics2D g, Rectangle2D frame, double unit) {
        double size = 36 * unit;
        double x = frame.getMinX() + 10 * unit;
        double y = frame.getMinY() + 10 * unit;
        g.setColor(PANEL.awt());
        g.fill(new RoundRectangle2D.Double(x, y, size, size + 8 * unit, 6 * unit, 6 * unit));
        double cx = x + size / 2;
        double top = y + 16 * unit;
        double bottom = y + size + 2 * unit;
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, top);
        left.lineTo(cx - 8 * unit, bottom);
        left.lineTo(cx, bottom - 6 * unit);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, top);
        right.lineTo(cx + 8 * unit, bottom);
        right.lineTo(cx, bottom - 6 * unit);
        right.closePath();
        g.setColor(INK.awt());
        g.fill(left);
        g.setStroke(new BasicStroke((float) unit));
        g.draw(right);
        PageText.draw(g, "N", Typeface.bold(12 * unit), INK, cx, y + 14 * unit, Pen.Align.CENTER, size);
    }

    /** The scale bar in the frame's bottom-left corner, for the map drawn by {@code view} (in the frame's pixels). */
    static void scaleBar(Graphics2D g, Rectangle2D frame, MapViewState view, double unit) {
        ScaleBar bar = ScaleBar.fitting(view.metresPerPixel(), 160 * unit);
        double x = frame.getMinX() + 10 * unit;
        double y = frame.getMaxY() - 34 * unit;
        double width = bar.pixels();
        g.setColor(PANEL.awt());
        g.fill(new RoundRectangle2D.Double(x, y, width + 20 * unit, 26 * unit, 6 * unit, 6 * unit));
        double left = x + 10 * unit;
        double base = y + 19 * unit;
        double tick = 5 * unit;
        g.setColor(INK.awt());
        g.setStroke(new BasicStroke((float) (2 * unit), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        Path2D.Double path = new Path2D.Double();
        path.moveTo(left, base - tick);
        path.lineTo(left, base);
        path.lineTo(left + width, base);
        path.lineTo(left + width, base - tick);
        g.draw(path);
        PageText.draw(
                g,
                bar.label(),
                Typeface.bold(10 * unit),
                INK,
                left + width / 2,
                base - 4 * unit,
                Pen.Align.CENTER,
                width + 20 * unit);
    }
}
