package org.paxmap.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * A slide's legend: a white panel in the map's top-right corner listing only the symbols on the slide, each with its
 * sample (drawn by {@link FeaturePainter}, so it cannot drift from the map) and its count. Stateless; any thread.
 */
final class LegendBox {
    private static final Ink PANEL = Ink.web("#ffffff", 0.9);
    private static final Ink EDGE = Ink.web("#37474f", 0.6);
    private static final Ink TEXT = Ink.web("#212121");
    private static final Ink MUTED = Ink.web("#546e7a");

    private LegendBox() {}

    /** Draws the legend inside {@code map} (page units), scaled by {@code unit}; nothing when {@code entries} is empty. */
    static void draw(Graphics2D g, Rectangle2D map, List<LegendEntry> entries, double unit) {
        if (entries.isEmpty()) {
            return;
        }
        Typeface face = Typeface.regular(11 * unit);
        Typeface heading = Typeface.bold(11 * unit);
        double row = 20 * unit;
        double pad = 8 * unit;
        double icon = 20 * unit;
        double textWidth = PageText.width(g, "LEGEND", heading);
        double countWidth = 0;
        for (LegendEntry e : entries) {
            textWidth = Math.max(textWidth, PageText.width(g, e.text(), face));
            countWidth = Math.max(countWidth, PageText.width(g, Integer.toString(e.count()), heading));
        }
        double width = Math.min(map.getWidth() * 0.4, pad + icon + 6 * unit + textWidth + 12 * unit + countWidth + pad);
        double height = Math.min(map.getHeight() - 2 * pad, pad + row * (entries.size() + 1) + pad / 2);
        double x = map.getMaxX() - width - pad;
        double y = map.getMinY() + pad;
        g.setColor(PANEL.awt());
        RoundRectangle2D box = new RoundRectangle2D.Double(x, y, width, height, 6 * unit, 6 * unit);
        g.fill(box);
        g.setColor(EDGE.awt());
        g.setStroke(new java.awt.BasicStroke((float) unit));
        g.draw(box);
        double baseline = y + pad + 12 * unit;
        PageText.draw(g, "LEGEND", heading, MUTED, x + pad, baseline, Pen.Align.LEFT, width - 2 * pad);
        int fits = (int) Math.floor((height - pad - row) / row);
        for (int i = 0; i < entries.size() && i < fits; i++) {
            LegendEntry e = entries.get(i);
            double top = y + pad + row * (i + 1);
            sample(g, e, x + pad + icon / 2, top + row / 2, icon, unit);
            double textLeft = x + pad + icon + 6 * unit;
            double countRight = x + width - pad;
            double base = top + row / 2 + 4 * unit;
            PageText.draw(g, Integer.toString(e.count()), heading, TEXT, countRight, base, Pen.Align.RIGHT, countWidth);
            PageText.draw(g, e.text(), face, TEXT, textLeft, base, Pen.Align.LEFT, countRight - countWidth - textLeft);
        }
    }

    // The sample centred on cx, cy: the map's own symbol, scaled to the legend's unit, drawn as shapes (a few).
    private static void sample(Graphics2D g, LegendEntry e, double cx, double cy, double icon, double unit) {
        java.awt.geom.AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        g.scale(unit * 0.8, unit * 0.8);
        Pen pen = new AwtPen(g, false);
        double s = icon / unit;
        switch (e.symbol()) {
            case INCIDENT_TYPE -> FeaturePainter.drawMarker(pen, 0, 0, e.type(), 2);
            case SEVERITY -> FeaturePainter.drawMarker(pen, 0, 0, null, e.level());
            case ZONE -> FeaturePainter.drawZoneSample(pen, -s / 2 + 2, -s / 2 + 3, s - 4, e.level());
            case ROUTE -> FeaturePainter.drawRouteSample(pen, -s / 2, s / 2, 0);
        }
        g.setTransform(saved);
    }
}
