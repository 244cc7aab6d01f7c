package org.paxmap.render;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A slide's legend: a white panel in the map's top-right corner listing only the symbols on the slide, each with its
 * sample (drawn by {@link FeaturePainter}, so it cannot drift from the map) and its count. Thread-safe.
 *
 * <p>On a screen (one pixel per unit, no scale) the panel, samples and words are drawn once into an image kept while
 * the same symbols are listed with counts of the same number of digits, and only the counts are drawn on every frame:
 * a playback step changes the counts, rarely the rest (measured at 1920×1080: the panel's translucent rounded box and
 * its samples were a third of a presenter frame). On paper everything is drawn as vectors every time.
 */
final class LegendBox {
    private static final Ink PANEL = Ink.web("#ffffff", 0.9);
    private static final Ink EDGE = Ink.web("#37474f", 0.6);
    private static final Ink TEXT = Ink.web("#212121");
    private static final Ink MUTED = Ink.web("#546e7a");
    private static final int KEPT_PANELS = 16;
    private static final Map<Key, BufferedImage> KEPT = new ConcurrentHashMap<>();

    /** What a kept panel shows: the entries without their counts, the counts' digits, where and at what size. */
    private record Key(
            List<LegendEntry> entries, int digits, Rectangle2D map, double unit, double offsetX, double offsetY) {}

    /** The panel's place and columns. */
    private record Box(double x, double y, double width, double height, double countWidth, int fits, double unit) {
        double row() {
            return 20 * unit;
        }

        double pad() {
            return 8 * unit;
        }

        double icon() {
            return 20 * unit;
        }

        double countRight() {
            return x + width - pad();
        }

        double baseline(int i) {
            return y + pad() + row() * (i + 1) + row() / 2 + 4 * unit;
        }
    }

    private LegendBox() {}

    /**
     * Draws the legend inside {@code map} (page units), scaled by {@code unit}; nothing when {@code entries} is empty.
     * With {@code screen} and a graphics of one pixel per unit, the panel is copied from a kept image.
     */
    static void draw(Graphics2D g, Rectangle2D map, List<LegendEntry> entries, double unit, boolean screen) {
        if (entries.isEmpty()) {
            return;
        }
        AwtPen.setHints(g); // as the samples' pens set them: the counts then fall where the words measured them
        Box box = layout(g, map, entries, unit);
        AffineTransform t = g.getTransform();
        if (screen && (t.getType() & ~AffineTransform.TYPE_TRANSLATION) == 0) {
            double ox = box.x() + t.getTranslateX();
            double oy = box.y() + t.getTranslateY();
            int left = (int) Math.floor(ox) - 1;
            int top = (int) Math.floor(oy) - 1;
            Key key = new Key(withoutCounts(entries), digits(entries), map.getBounds2D(), unit, ox - left, oy - top);
            BufferedImage panel = KEPT.get(key);
            if (panel == null) {
                panel = panelImage(g, box, entries, ox - left, oy - top);
                if (KEPT.size() >= KEPT_PANELS) {
                    KEPT.clear();
                }
                KEPT.put(key, panel);
            }
            Graphics2D device = (Graphics2D) g.create();
            try {
                device.setTransform(new AffineTransform());
                device.drawImage(panel, left, top, null);
            } finally {
                device.dispose();
            }
        } else {
            drawPanel(g, box, entries);
        }
        Typeface heading = Typeface.bold(11 * unit);
        for (int i = 0; i < entries.size() && i < box.fits(); i++) {
            PageText.draw(
                    g,
                    Integer.toString(entries.get(i).count()),
                    heading,
                    TEXT,
                    box.countRight(),
                    box.baseline(i),
                    Pen.Align.RIGHT,
                    box.countWidth());
        }
    }

    // The counts' column is as wide as the most digits any count has (digits are of one width in the slide's fonts),
    // so the panel keeps its size while the counts change but not their digits.
    private static Box layout(Graphics2D g, Rectangle2D map, List<LegendEntry> entries, double unit) {
        Typeface face = Typeface.regular(11 * unit);
        Typeface heading = Typeface.bold(11 * unit);
        double row = 20 * unit;
        double pad = 8 * unit;
        double icon = 20 * unit;
        double textWidth = PageText.width(g, "LEGEND", heading);
        for (LegendEntry e : entries) {
            textWidth = Math.max(textWidth, PageText.width(g, e.text(), face));
        }
        double countWidth = PageText.width(g, "0".repeat(digits(entries)), heading);
        double width = Math.min(map.getWidth() * 0.4, pad + icon + 6 * unit + textWidth + 12 * unit + countWidth + pad);
        double height = Math.min(map.getHeight() - 2 * pad, pad + row * (entries.size() + 1) + pad / 2);
        double x = map.getMaxX() - width - pad;
        double y = map.getMinY() + pad;
        int fits = (int) Math.floor((height - pad - row) / row);
        return new Box(x, y, width, height, countWidth, fits, unit);
    }

    // The panel, its heading, samples and words: everything but the counts.
    private static void drawPanel(Graphics2D g, Box box, List<LegendEntry> entries) {
        double unit = box.unit();
        Typeface face = Typeface.regular(11 * unit);
        Typeface heading = Typeface.bold(11 * unit);
        g.setColor(PANEL.awt());
        RoundRectangle2D panel =
                new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 6 * unit, 6 * unit);
        g.fill(panel);
        g.setColor(EDGE.awt());
        g.setStroke(new java.awt.BasicStroke((float) unit));
        g.draw(panel);
        double pad = box.pad();
        PageText.draw(
                g,
                "LEGEND",
                heading,
                MUTED,
                box.x() + pad,
                box.y() + pad + 12 * unit,
                Pen.Align.LEFT,
                box.width() - 2 * pad);
        for (int i = 0; i < entries.size() && i < box.fits(); i++) {
            LegendEntry e = entries.get(i);
            double top = box.y() + pad + box.row() * (i + 1);
            sample(g, e, box.x() + pad + box.icon() / 2, top + box.row() / 2, box.icon(), unit);
            double textLeft = box.x() + pad + box.icon() + 6 * unit;
            PageText.draw(
                    g,
                    e.text(),
                    face,
                    TEXT,
                    textLeft,
                    box.baseline(i),
                    Pen.Align.LEFT,
                    box.countRight() - box.countWidth() - textLeft);
        }
    }

    // The panel drawn into an image whose pixel (1, 1) lies under the box's top-left corner less its sub-pixel offset.
    private static BufferedImage panelImage(Graphics2D like, Box box, List<LegendEntry> entries, double dx, double dy) {
        BufferedImage image = new BufferedImage(
                (int) Math.ceil(box.width() + dx) + 2,
                (int) Math.ceil(box.height() + dy) + 2,
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D ig = image.createGraphics();
        try {
            ig.setRenderingHints(like.getRenderingHints());
            ig.translate(dx - box.x(), dy - box.y());
            drawPanel(ig, box, entries);
        } finally {
            ig.dispose();
        }
        return image;
    }

    private static List<LegendEntry> withoutCounts(List<LegendEntry> entries) {
        List<LegendEntry> out = new ArrayList<>(entries.size());
        for (LegendEntry e : entries) {
            out.add(new LegendEntry(e.symbol(), e.type(), e.level(), e.text(), 0));
        }
        return out;
    }

    private static int digits(List<LegendEntry> entries) {
        int most = 1;
        for (LegendEntry e : entries) {
            most = Math.max(most, Integer.toString(e.count()).length());
        }
        return most;
    }

    // The sample centred on cx, cy: the map's own symbol, scaled to the legend's unit, drawn as shapes (a few).
    private static void sample(Graphics2D g, LegendEntry e, double cx, double cy, double icon, double unit) {
        AffineTransform saved = g.getTransform();
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
