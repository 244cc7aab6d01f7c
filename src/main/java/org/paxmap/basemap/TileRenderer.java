package org.paxmap.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.tiles.TileKey;
import org.paxmap.tiles.TileSource;

/**
 * Draws one 256 px Web Mercator tile of the base map with Java2D (headless, antialiased): sea, land, lakes, rivers,
 * coastlines, borders and names. Shapes near the tile come from the layers' STRtrees and are clipped to the tile plus
 * a margin before drawing; polygon rings are clipped with Sutherland–Hodgman so the cut edges lie outside the visible
 * area. Thread-safe: a renderer holds only immutable data, each call draws into its own image.
 */
public final class TileRenderer {
    private static final int SIZE = TileSource.TILE_SIZE;
    private static final double MARGIN = 8;

    private final BasemapData data;

    /** A renderer drawing {@code data}. */
    public TileRenderer(BasemapData data) {
        this.data = data;
    }

    /** The tile as an RGB image. */
    public BufferedImage render(TileKey key) {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(BasemapStyle.SEA);
            g.fillRect(0, 0, SIZE, SIZE);
            int z = key.z();
            Frame f = new Frame(Math.pow(2, z), key.x() * (double) SIZE, key.y() * (double) SIZE);
            Envelope near = new Envelope(
                    (f.ox - MARGIN) / f.scale,
                    (f.ox + SIZE + MARGIN) / f.scale,
                    (f.oy - MARGIN) / f.scale,
                    (f.oy + SIZE + MARGIN) / f.scale);
            BasemapData.Detail detail = BasemapData.Detail.forZoom(z);

            fill(g, f, data.land(detail).query(near), BasemapStyle.LAND, null, 0.4);
            fill(g, f, data.lakes().query(near), BasemapStyle.LAKE, null, z < 5 ? 2.5 : 1.2);
            if (z >= 6) {
                fill(g, f, data.rivers().query(near), BasemapStyle.RIVER, new BasicStroke(z < 9 ? 0.5f : 0.8f), 0.6);
            }
            stroke(g, f, data.coasts(detail).query(near), BasemapStyle.COAST, BasemapStyle.coastStroke(z), 0.4);
            stroke(g, f, data.borders(detail).query(near), BasemapStyle.BORDER, BasemapStyle.borderStroke(z), 0);
            drawLabels(g, f, data.labels().labels(z));
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The tile encoded as PNG. */
    public byte[] renderPng(TileKey key) {
        return PngEncoder.encode(render(key));
    }

    /** Zoom-0 pixels to tile pixels: {@code p * scale - offset}. */
    private static final class Frame {
        final double scale;
        final double ox;
        final double oy;

        Frame(double scale, double ox, double oy) {
            this.scale = scale;
            this.ox = ox;
            this.oy = oy;
        }
    }

    private static boolean tooSmall(ProjectedShape s, Frame f, double minPixels) {
        return s.envelope().getWidth() * f.scale < minPixels && s.envelope().getHeight() * f.scale < minPixels;
    }

    private static void fill(
            Graphics2D g, Frame f, List<ProjectedShape> shapes, Color color, BasicStroke outline, double minPixels) {
        g.setColor(color);
        for (ProjectedShape s : shapes) {
            if (tooSmall(s, f, minPixels)) {
                continue;
            }
            Shape path = s.polygon() ? polygonPath(s, f) : null;
            if (path != null) {
                g.fill(path);
                if (outline != null) {
                    g.setStroke(outline);
                    g.draw(path);
                }
            } else if (!s.polygon() && outline != null) {
                Path2D line = linePath(s.parts()[0], f);
                if (line != null) {
                    g.setStroke(outline);
                    g.draw(line);
                }
            }
        }
    }

    private static void stroke(
            Graphics2D g, Frame f, List<ProjectedShape> shapes, Color color, BasicStroke stroke, double minPixels) {
        g.setColor(color);
        g.setStroke(stroke);
        for (ProjectedShape s : shapes) {
            if (minPixels > 0 && tooSmall(s, f, minPixels)) {
                continue;
            }
            for (double[] part : s.parts()) {
                Path2D path = linePath(part, f);
                if (path != null) {
                    g.draw(path);
                }
            }
        }
    }

    private static Path2D polygonPath(ProjectedShape s, Frame f) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        boolean any = false;
        for (double[] ring : s.parts()) {
            double[] clipped = RingClipper.clip(ring, f.scale, f.ox, f.oy, -MARGIN, SIZE + MARGIN);
            if (clipped.length < 6) {
                continue;
            }
            double lx = clipped[0];
            double ly = clipped[1];
            path.moveTo(lx, ly);
            for (int i = 2; i < clipped.length; i += 2) {
                double x = clipped[i];
                double y = clipped[i + 1];
                if (Math.abs(x - lx) + Math.abs(y - ly) < 0.3 && i < clipped.length - 2) {
                    continue;
                }
                path.lineTo(x, y);
                lx = x;
                ly = y;
            }
            path.closePath();
            any = true;
        }
        return any ? path : null;
    }

    /** The parts of a line inside the tile plus margin, as subpaths; null if none. */
    private static Path2D linePath(double[] xy, Frame f) {
        Path2D.Double path = null;
        boolean inRun = false;
        double lo = -MARGIN;
        double hi = SIZE + MARGIN;
        double px = xy[0] * f.scale - f.ox;
        double py = xy[1] * f.scale - f.oy;
        double lx = px;
        double ly = py;
        for (int i = 2; i < xy.length; i += 2) {
            double x = xy[i] * f.scale - f.ox;
            double y = xy[i + 1] * f.scale - f.oy;
            boolean meets =
                    Math.max(px, x) >= lo && Math.min(px, x) <= hi && Math.max(py, y) >= lo && Math.min(py, y) <= hi;
            if (meets) {
                if (!inRun) {
                    if (path == null) {
                        path = new Path2D.Double();
                    }
                    path.moveTo(px, py);
                    lx = px;
                    ly = py;
                    inRun = true;
                }
                if (Math.abs(x - lx) + Math.abs(y - ly) >= 0.3 || i == xy.length - 2) {
                    path.lineTo(x, y);
                    lx = x;
                    ly = y;
                }
            } else if (inRun) {
                if (lx != px || ly != py) {
                    path.lineTo(px, py);
                }
                inRun = false;
            }
            px = x;
            py = y;
        }
        return path;
    }

    private static void drawLabels(Graphics2D g, Frame f, List<Label> labels) {
        double left = f.ox;
        double top = f.oy;
        for (Label l : labels) {
            if (l.box().getMaxX() < left
                    || l.box().getMinX() > left + SIZE
                    || l.box().getMaxY() < top
                    || l.box().getMinY() > top + SIZE) {
                continue;
            }
            TextLayout layout = new TextLayout(l.text(), l.font(), g.getFontRenderContext());
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(l.x() - left, l.y() - top));
            g.setColor(BasemapStyle.HALO);
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(l.dot() ? BasemapStyle.TEXT : BasemapStyle.COUNTRY_TEXT);
            g.fill(outline);
            if (l.dot()) {
                Ellipse2D dot = new Ellipse2D.Double(l.dotX() - left - 2.5, l.dotY() - top - 2.5, 5, 5);
                g.setColor(BasemapStyle.HALO);
                g.setStroke(new BasicStroke(1.5f));
                g.draw(dot);
                g.setColor(BasemapStyle.PLACE_DOT);
                g.fill(dot);
            }
        }
    }
}
