package org.paxmap.app.map;

import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A {@link Pen} over a JavaFX {@link GraphicsContext}: each call is the context's own. FX-thread only. */
final class FxPen implements Pen {
    private final GraphicsContext g;

    FxPen(GraphicsContext g) {
        this.g = g;
    }

    @Override
    public void setFill(Color paint) {
        g.setFill(paint);
    }

    @Override
    public void setStroke(Color paint) {
        g.setStroke(paint);
    }

    @Override
    public void setLineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        g.setLineCap(cap);
    }

    @Override
    public void setLineJoin(StrokeLineJoin join) {
        g.setLineJoin(join);
    }

    @Override
    public void setFillRule(FillRule rule) {
        g.setFillRule(rule);
    }

    @Override
    public void setFont(Font font) {
        g.setFont(font);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        g.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        g.setTextBaseline(baseline);
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
