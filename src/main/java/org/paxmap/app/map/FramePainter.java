package org.paxmap.app.map;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.paxmap.render.MapViewState;
import org.paxmap.store.MapFeature;

/**
 * Paints one frame of the map on its canvas: the raster shown as one unscaled {@code drawImage} when it covers the
 * view, else the sea with the last raster shifted and scaled (without smoothing) to where its content belongs until
 * the new one arrives; then the conflict flags ({@link ConflictMark}), the selection ({@link SelectionMark}) and the
 * base-map message.
 *
 * <p>FX-thread only.
 */
final class FramePainter {
    private final Canvas canvas;
    private final MapViewState state;

    FramePainter(Canvas canvas, MapViewState state) {
        this.canvas = canvas;
        this.state = state;
    }

    /** Draws {@code raster} (may be {@code null}); answers whether it covered the view, drawn unscaled. */
    boolean drawRaster(GraphicsContext g, ViewRaster raster) {
        if (raster != null && raster.covers(state)) {
            g.drawImage(raster.image(), (double) Math.round(raster.left() - state.leftWorldX(state.zoom())), (double)
                    Math.round(raster.top() - state.topWorldY(state.zoom())));
            return true;
        }
        g.setFill(MapView.SEA);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (raster != null) {
            // unsmoothed, because a smoothed scale of the whole view costs a frame's budget (20 ms against 4 ms on the
            // software pipeline)
            double k = Math.pow(2, state.zoom() - raster.zoom());
            double x = raster.left() * k - state.leftWorldX(state.zoom());
            double y = raster.top() * k - state.topWorldY(state.zoom());
            g.setImageSmoothing(k == 1);
            drawVisiblePart(
                    g, raster.image(), raster.width(), raster.height(), x, y, raster.width() * k, raster.height() * k);
        }
        return false;
    }

    /** Draws the marks over the frame: conflict flags, the selection (may be null) and the message (may be null). */
    void drawMarks(GraphicsContext g, List<MapFeature> conflicts, MapFeature selected, String message) {
        for (MapFeature f : conflicts) {
            ConflictMark.draw(g, state, f.geometry());
        }
        if (selected != null) {
            SelectionMark.draw(g, state, selected.geometry());
        }
        if (message != null) {
            drawMessage(g, message);
        }
    }

    /**
     * Draws the whole of {@code image} ({@code sw}×{@code sh}) into destination rectangle {@code d*}, cut to the
     * canvas first. Deep over-zoom makes a destination thousands of canvas widths wide, which the software pipeline
     * does not draw at all; drawing only the visible part, from the matching part of the source, works at any zoom.
     */
    private void drawVisiblePart(
            GraphicsContext g, Image image, double sw, double sh, double dx, double dy, double dw, double dh) {
        double cx0 = Math.max(dx, 0);
        double cy0 = Math.max(dy, 0);
        double cx1 = Math.min(dx + dw, canvas.getWidth());
        double cy1 = Math.min(dy + dh, canvas.getHeight());
        if (cx1 <= cx0 || cy1 <= cy0 || dw <= 0 || dh <= 0) {
            return;
        }
        double kx = sw / dw;
        double ky = sh / dh;
        g.drawImage(
                image,
                (cx0 - dx) * kx,
                (cy0 - dy) * ky,
                (cx1 - cx0) * kx,
                (cy1 - cy0) * ky,
                cx0,
                cy0,
                cx1 - cx0,
                cy1 - cy0);
    }

    private void drawMessage(GraphicsContext g, String message) {
        double w = canvas.getWidth();
        g.setFont(Font.font(16));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.web("#ffffff", 0.75));
        g.fillRoundRect(w / 2 - 190, 14, 380, 30, 10, 10);
        g.setFill(Color.web("#37474f"));
        g.fillText(message, w / 2, 29);
    }
}
