package org.paxmap.app.map;

import javafx.scene.image.Image;
import org.paxmap.render.MapViewState;

/**
 * A finished background render of the map: the tiles and features of the view plus a margin, as one opaque image of
 * {@code width} x {@code height} pixels whose top-left corner is world pixel {@code left}, {@code top} at fractional
 * {@code zoom}. {@code tileVersion} and {@code featureVersion} say which tiles and features it shows; {@code
 * renderNanos} is how long the background thread took; {@code reused} says the buffer showed an earlier render, so
 * JavaFX must be told its pixels changed. Immutable (the buffer's pixels stay as they are while it is shown); made on
 * the renderer's thread, drawn on the FX thread.
 */
record ViewRaster(
        RasterBuffer buffer,
        boolean reused,
        double zoom,
        double left,
        double top,
        int width,
        int height,
        long tileVersion,
        long featureVersion,
        long renderNanos) {

    /** The JavaFX image. */
    Image image() {
        return buffer.fx();
    }

    /** Whether the raster shows the whole of {@code view} at the view's zoom without scaling. */
    boolean covers(MapViewState view) {
        if (view.zoom() != zoom) {
            return false;
        }
        double x = view.leftWorldX(zoom) - left;
        double y = view.topWorldY(zoom) - top;
        return x >= -0.5 && y >= -0.5 && x + view.width() <= width + 0.5 && y + view.height() <= height + 0.5;
    }

    /**
     * Whether {@code view} has drifted more than {@code slack} pixels from the middle of the raster (or changed zoom),
     * so a new render should start before the view leaves the raster.
     */
    boolean driftedFrom(MapViewState view, double slack) {
        if (view.zoom() != zoom) {
            return true;
        }
        double dx = view.leftWorldX(zoom) - left - (width - view.width()) / 2;
        double dy = view.topWorldY(zoom) - top - (height - view.height()) / 2;
        return Math.abs(dx) > slack || Math.abs(dy) > slack;
    }
}
