package org.paxmap.app.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.paxmap.render.MapViewState;

/**
 * Flags a feature in conflict (both this node and a partner changed it; brief §4) over the map frame: an amber
 * warning triangle with "!" above an incident, or at the interior point of a route or zone. Few features are ever in
 * conflict, so they are drawn on the FX canvas each frame and follow a pan at once. FX-thread only.
 */
final class ConflictMark {
    /** The flag's fill, also used by the legend. */
    static final Color FILL = Color.web("#ff8f00");

    private static final Color EDGE = Color.web("#212121");
    private static final double SIZE = 18;
    private static final Font BANG = Font.font("System", FontWeight.BOLD, 12);

    private ConflictMark() {}

    static void draw(GraphicsContext g, MapViewState view, Geometry geometry) {
        Point anchor = geometry instanceof Point p ? p : geometry.getInteriorPoint();
        double x = view.screenX(anchor.getX());
        double y = view.screenY(anchor.getY()) - (geometry instanceof Point ? 20 : 0);
        drawAt(g, x, y);
    }

    /** Draws the flag centred on {@code (x, y)} (the legend draws its sample with this). */
    static void drawAt(GraphicsContext g, double x, double y) {
        double h = SIZE * 0.87;
        double[] xs = {x, x + SIZE / 2, x - SIZE / 2};
        double[] ys = {y - h / 2, y + h / 2, y + h / 2};
        g.save();
        g.setFill(FILL);
        g.fillPolygon(xs, ys, 3);
        g.setStroke(EDGE);
        g.setLineWidth(1.5);
        g.strokePolygon(xs, ys, 3);
        g.setFill(EDGE);
        g.setFont(BANG);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("!", x, y + 2);
        g.restore();
    }
}
