package org.paxmap.render;

import java.util.function.Consumer;

/**
 * The drawing operations {@link FeaturePainter} needs, with the meaning (and the state that persists between calls —
 * paints, line settings, fill rule, font, text alignment) of a JavaFX canvas's {@code GraphicsContext}: one painter
 * draws both on the FX thread (the window's canvas pen: the legend and tests) and off it, into an image or onto paper
 * ({@link AwtPen}: the map's background render, PNG and PDF exports). An implementation is used by one thread at a
 * time.
 */
public interface Pen {
    /** How the ends of a stroked line look. */
    enum Cap {
        BUTT,
        ROUND,
        SQUARE
    }

    /** How stroked segments meet. */
    enum Join {
        MITER,
        BEVEL,
        ROUND
    }

    /** Which points a self-crossing or holed path fills. */
    enum Winding {
        NON_ZERO,
        EVEN_ODD
    }

    /** Where text stands relative to its x. */
    enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /** Which line of the text sits on its y. */
    enum Baseline {
        TOP,
        CENTER,
        BASELINE,
        BOTTOM
    }

    void setFill(Ink paint);

    void setStroke(Ink paint);

    void setLineWidth(double width);

    void setLineCap(Cap cap);

    void setLineJoin(Join join);

    void setFillRule(Winding rule);

    void setFont(Typeface font);

    void setTextAlign(Align align);

    void setTextBaseline(Baseline baseline);

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void quadraticCurveTo(double cx, double cy, double x, double y);

    /** Appends an arc of the ellipse at {@code cx, cy}, joined to the current point (angles in degrees). */
    void arc(double cx, double cy, double rx, double ry, double startAngle, double length);

    void closePath();

    /** Fills the current path with the fill paint and rule. */
    void fill();

    /** Strokes the current path with the stroke paint and line settings. */
    void stroke();

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void fillText(String text, double x, double y);

    void strokeText(String text, double x, double y);

    /**
     * Whether {@link #stamp} keeps sprites, so that many copies of one symbol are cheaper drawn one by one than
     * batched into paths.
     */
    boolean stamps();

    /**
     * Draws what {@code drawing} draws about the origin (within {@code reach} pixels of it) moved to {@code x, y}. An
     * implementation may draw it once into a sprite kept under {@code key} (equal keys must mean equal drawings) and
     * copy the sprite to the nearest whole pixel.
     */
    void stamp(Object key, double reach, double x, double y, Consumer<Pen> drawing);
}
