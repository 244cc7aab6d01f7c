package org.paxmap.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A {@link Pen} over a Java2D {@link Graphics2D}, keeping a JavaFX canvas's semantics: the current path persists
 * across fills and strokes until {@link #beginPath()}, fonts are the typefaces' families and sizes, text is aligned and
 * placed on its baseline as the canvas does. Anti-aliased, pure stroke control (no pixel snapping), like JavaFX. It
 * lets the map's features be drawn into an image on a background thread. Not thread-safe: one thread per pen; any
 * thread (it touches no JavaFX scene or toolkit state).
 */
public final class AwtPen implements Pen {
    private static final Map<Typeface, java.awt.Font> FONTS = new ConcurrentHashMap<>();
    private static final Map<Object, BufferedImage> SPRITES = new ConcurrentHashMap<>();
    private static final int MAX_SPRITES = 2048;

    private final Graphics2D g;
    private final boolean sprites;
    private Path2D.Double path = new Path2D.Double();
    private java.awt.Color fill = java.awt.Color.BLACK;
    private java.awt.Color stroke = java.awt.Color.BLACK;
    private double lineWidth = 1;
    private int cap = BasicStroke.CAP_SQUARE;
    private int join = BasicStroke.JOIN_MITER;
    private BasicStroke basicStroke;
    private int windingRule = Path2D.WIND_NON_ZERO;
    private java.awt.Font font = java.awt.Font.decode(null);
    private Align align = Align.LEFT;
    private Baseline baseline = Baseline.BASELINE;

    /**
     * Draws on {@code g}, setting its rendering hints to JavaFX's (anti-aliased shapes and text); repeated symbols are
     * copied from sprites, for an image drawn at one device pixel per unit.
     */
    public AwtPen(Graphics2D g) {
        this(g, true);
    }

    /**
     * Draws on {@code g} as {@link #AwtPen(Graphics2D)}; without {@code sprites} every symbol is drawn as shapes, for
     * a surface that is scaled or keeps vectors (paper, PDF).
     */
    public AwtPen(Graphics2D g, boolean sprites) {
        this.g = g;
        this.sprites = sprites;
        setHints(g);
    }

    /** Sets {@code g}'s rendering hints to JavaFX's: anti-aliased shapes and text, pure strokes, fractional metrics. */
    static void setHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    @Override
    public void setFill(Ink paint) {
        fill = paint.awt();
    }

    @Override
    public void setStroke(Ink paint) {
        stroke = paint.awt();
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
        basicStroke = null;
    }

    @Override
    public void setLineCap(Cap lineCap) {
        cap = switch (lineCap) {
            case BUTT -> BasicStroke.CAP_BUTT;
            case ROUND -> BasicStroke.CAP_ROUND;
            case SQUARE -> BasicStroke.CAP_SQUARE;
        };
        basicStroke = null;
    }

    @Override
    public void setLineJoin(Join lineJoin) {
        join = switch (lineJoin) {
            case BEVEL -> BasicStroke.JOIN_BEVEL;
            case ROUND -> BasicStroke.JOIN_ROUND;
            case MITER -> BasicStroke.JOIN_MITER;
        };
        basicStroke = null;
    }

    @Override
    public void setFillRule(Winding rule) {
        windingRule = rule == Winding.EVEN_ODD ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO;
    }

    @Override
    public void setFont(Typeface f) {
        font = FONTS.computeIfAbsent(f, AwtPen::awtFont);
    }

    /** The Java2D font of a typeface ({@code "System"} is Java2D's logical {@code Dialog} font). */
    public static java.awt.Font awtFont(Typeface f) {
        String family = "System".equals(f.family()) ? java.awt.Font.DIALOG : f.family();
        return new java.awt.Font(family, f.bold() ? java.awt.Font.BOLD : java.awt.Font.PLAIN, 1)
                .deriveFont((float) f.size());
    }

    @Override
    public void setTextAlign(Align textAlign) {
        align = textAlign;
    }

    @Override
    public void setTextBaseline(Baseline textBaseline) {
        baseline = textBaseline;
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x, y);
        } else {
            path.lineTo(x, y);
        }
    }

    @Override
    public void quadraticCurveTo(double cx, double cy, double x, double y) {
        path.quadTo(cx, cy, x, y);
    }

    @Override
    public void arc(double cx, double cy, double rx, double ry, double startAngle, double length) {
        path.append(new Arc2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry, startAngle, length, Arc2D.OPEN), true);
    }

    @Override
    public void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    @Override
    public void fill() {
        path.setWindingRule(windingRule);
        g.setColor(fill);
        g.fill(path);
    }

    @Override
    public void stroke() {
        g.setColor(stroke);
        g.setStroke(basicStroke());
        g.draw(path);
    }

    private BasicStroke basicStroke() {
        if (basicStroke == null) {
            basicStroke = new BasicStroke((float) lineWidth, cap, join, 10f);
        }
        return basicStroke;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.setColor(fill);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.setColor(stroke);
        g.setStroke(basicStroke());
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        g.setColor(fill);
        g.fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        g.setColor(stroke);
        g.setStroke(basicStroke());
        g.draw(new Ellipse2D.Double(x, y, w, h));
    }

    // Filled text goes through Java2D's glyph cache (drawString), far cheaper than filling outlines; it is placed as
    // the outline would be.
    @Override
    public void fillText(String text, double x, double y) {
        g.setColor(fill);
        g.setFont(font);
        java.awt.FontMetrics metrics = g.getFontMetrics();
        double width = metrics.getStringBounds(text, g).getWidth();
        g.drawString(text, (float) left(x, width), (float)
                baseline(y, font.getLineMetrics(text, metrics.getFontRenderContext())));
    }

    @Override
    public void strokeText(String text, double x, double y) {
        g.setColor(stroke);
        g.setStroke(basicStroke());
        g.draw(outline(text, x, y));
    }

    // The glyph outlines of text placed as the JavaFX canvas places it for the current alignment and baseline.
    private Shape outline(String text, double x, double y) {
        FontRenderContext frc = g.getFontRenderContext();
        TextLayout layout = new TextLayout(text, font, frc);
        double left = left(x, layout.getAdvance());
        double base = baseline(y, font.getLineMetrics(text, frc));
        return layout.getOutline(AffineTransform.getTranslateInstance(left, base));
    }

    private double left(double x, double width) {
        switch (align) {
            case CENTER:
                return x - width / 2;
            case RIGHT:
                return x - width;
            default:
                return x;
        }
    }

    private double baseline(double y, LineMetrics m) {
        switch (baseline) {
            case TOP:
                return y + m.getAscent();
            case CENTER:
                return y + (m.getAscent() - m.getDescent()) / 2;
            case BOTTOM:
                return y - m.getDescent();
            default:
                return y;
        }
    }

    /**
     * Unless made without sprites: symbols are then drawn once into sprites (shared by every pen, thread-safe) and
     * copied.
     */
    @Override
    public boolean stamps() {
        return sprites;
    }

    @Override
    public void stamp(Object key, double reach, double x, double y, Consumer<Pen> drawing) {
        if (!sprites) {
            AffineTransform saved = g.getTransform();
            g.translate(x, y);
            drawing.accept(this);
            g.setTransform(saved);
            return;
        }
        int half = (int) Math.ceil(reach) + 1;
        BufferedImage sprite = SPRITES.get(key);
        if (sprite == null) {
            if (SPRITES.size() >= MAX_SPRITES) {
                SPRITES.clear();
            }
            sprite = new BufferedImage(2 * half, 2 * half, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D sg = sprite.createGraphics();
            sg.translate(half, half);
            drawing.accept(new AwtPen(sg));
            sg.dispose();
            SPRITES.put(key, sprite);
        }
        g.drawImage(sprite, (int) Math.round(x) - half, (int) Math.round(y) - half, null);
    }
}
