package org.paxmap.app.map;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.paxmap.render.Ink;
import org.paxmap.render.Pen;
import org.paxmap.render.Typeface;

/**
 * A {@link Pen} over a JavaFX {@link GraphicsContext}: each call is the context's own, the renderer's colours, fonts
 * and line settings turned into JavaFX's. FX-thread only (the conversions it keeps are thread-safe).
 */
public final class FxPen implements Pen {
    private static final Map<Ink, Color> COLOURS = new ConcurrentHashMap<>();
    private static final Map<Typeface, Font> FONTS = new ConcurrentHashMap<>();

    private final GraphicsContext g;

    public FxPen(GraphicsContext g) {
        this.g = g;
    }

    /** The JavaFX colour of a renderer colour (any thread). */
    public static Color fx(Ink ink) {
        return COLOURS.computeIfAbsent(ink, i -> Color.rgb(i.red(), i.green(), i.blue(), i.opacity()));
    }

    /** The JavaFX font of a renderer typeface (any thread). */
    public static Font fx(Typeface face) {
        return FONTS.computeIfAbsent(
                face, f -> Font.font(f.family(), f.bold() ? FontWeight.BOLD : FontWeight.NORMAL, f.size()));
    }

    @Override
    public void setFill(Ink paint) {
        g.setFill(fx(paint));
    }

    @Override
    public void setStroke(Ink paint) {
        g.setStroke(fx(paint));
    }

    @Override
    public void setLineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void setLineCap(Cap cap) {
        g.setLineCap(StrokeLineCap.valueOf(cap.name()));
    }

    @Override
    public void setLineJoin(Join join) {
        g.setLineJoin(StrokeLineJoin.valueOf(join.name()));
    }

    @Override
    public void setFillRule(Winding rule) {
        g.setFillRule(rule == Winding.EVEN_ODD ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
    }

    @Override
    public void setFont(Typeface font) {
        g.setFont(fx(font));
    }

    @Override
    public void setTextAlign(Align align) {
        g.setTextAlign(TextAlignment.valueOf(align.name()));
    }

    @Override
    public void setTextBaseline(Baseline baseline) {
        g.setTextBaseline(VPos.valueOf(baseline.name()));
    }

    @Override
    public void beginPath() {
        g.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void quadraticCurveTo(double cx, double cy, double x, double y) {
        g.quadraticCurveTo(cx, cy, x, y);
    }

    @Override
    public void arc(double cx, double cy, double rx, double ry, double startAngle, double length) {
        g.arc(cx, cy, rx, ry, startAngle, length);
    }

    @Override
    public void closePath() {
        g.closePath();
    }

    @Override
    public void fill() {
        g.fill();
    }

    @Override
    public void stroke() {
        g.stroke();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        g.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        g.strokeOval(x, y, w, h);
    }

    @Override
    public void fillText(String text, double x, double y) {
        g.fillText(text, x, y);
    }

    @Override
    public void strokeText(String text, double x, double y) {
        g.strokeText(text, x, y);
    }

    /** Never: every symbol is drawn as paths (the FX canvas batches paths well). */
    @Override
    public boolean stamps() {
        return false;
    }

    @Override
    public void stamp(Object key, double reach, double x, double y, Consumer<Pen> drawing) {
        g.save();
        g.translate(x, y);
        drawing.accept(this);
        g.restore();
    }
}
