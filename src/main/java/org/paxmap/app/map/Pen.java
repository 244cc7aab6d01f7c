package org.paxmap.app.map;

import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The drawing operations {@link FeaturePainter} needs, with the meaning (and the state that persists between calls —
 * paints, line settings, fill rule, font, text alignment) of JavaFX's {@link javafx.scene.canvas.GraphicsContext}: one
 * painter draws both on the FX thread ({@link FxPen}, the legend and tests) and off it, into an image ({@link AwtPen},
 * the map's background render). An implementation is used by one thread at a time.
 */
interface Pen {
    void setFill(Color paint);

    void setStroke(Color paint);

    void setLineWidth(double width);

    void setLineCap(StrokeLineCap cap);

    void setLineJoin(StrokeLineJoin join);

    void setFillRule(FillRule rule);

    void setFont(Font font);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

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
