package org.paxmap.app.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.paxmap.model.EventType;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.render.FeaturePainter;
import org.paxmap.render.MapViewState;
import org.paxmap.store.MapFeature;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The painter on a canvas of its own: zone names, one distinct glyph per event type, numbered waypoints. */
class FeatureStylingTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final int W = 400;
    private static final int H = 300;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void a_large_zone_is_named_at_its_interior_point_and_a_small_one_is_not() throws Exception {
        Geometry square = GF.toGeometry(new Envelope(35.40, 35.60, 33.10, 33.30));
        MapViewState view = new MapViewState(35.5, 33.2, 11, W, H);
        int named = differingNear(
                paint(g -> FeaturePainter.drawZones(new FxPen(g), view, List.of(zone(square, "ALPHA SECTOR")))),
                paint(g -> FeaturePainter.drawZones(new FxPen(g), view, List.of(zone(square, "")))),
                W / 2,
                H / 2,
                50,
                12);
        assertTrue(named > 40, "the name changes pixels around the centre: " + named);

        MapViewState far = new MapViewState(35.5, 33.2, 6, W, H);
        int tiny = differingNear(
                paint(g -> FeaturePainter.drawZones(new FxPen(g), far, List.of(zone(square, "ALPHA SECTOR")))),
                paint(g -> FeaturePainter.drawZones(new FxPen(g), far, List.of(zone(square, "")))),
                W / 2,
                H / 2,
                60,
                20);
        assertEquals(0, tiny, "a zone a few pixels wide carries no name");
    }

    @Test
    void every_event_type_has_a_glyph_of_its_own() throws Exception {
        Set<String> looks = new HashSet<>();
        for (EventType type : EventType.values()) {
            WritableImage image = paint(g -> FeaturePainter.drawMarker(new FxPen(g), 20, 20, type, 3));
            StringBuilder sb = new StringBuilder();
            PixelReader px = image.getPixelReader();
            for (int y = 8; y < 32; y++) {
                for (int x = 8; x < 32; x++) {
                    sb.append(Integer.toHexString(px.getArgb(x, y)));
                }
            }
            looks.add(sb.toString());
        }
        assertEquals(EventType.values().length, looks.size());
    }

    @Test
    void each_incident_type_code_maps_to_its_event_type() {
        for (IncidentType type : IncidentType.values()) {
            assertEquals(type.eventType(), FeaturePainter.eventType(type.code()));
        }
        assertEquals(null, FeaturePainter.eventType("no_such_type"));
    }

    @Test
    void waypoints_are_numbered_at_street_zoom_only() throws Exception {
        Geometry line = GF.createLineString(new Coordinate[] {
            new Coordinate(35.49, 33.20), new Coordinate(35.50, 33.20), new Coordinate(35.51, 33.20)
        });
        MapFeature route = new MapFeature(Layer.ROUTES, 1, line, "planned", 0, "Blue");
        MapViewState street = new MapViewState(35.5, 33.2, 14, W, H);
        WritableImage close = paint(g -> FeaturePainter.drawRoutes(new FxPen(g), street, List.of(route)));
        // the first waypoint's marker is a white disc on the line
        double x = street.screenX(35.49);
        double y = street.screenY(33.20);
        Color onMarker = close.getPixelReader().getColor((int) x, (int) y - 5);
        assertTrue(onMarker.getBrightness() > 0.9, "a white waypoint disc: " + onMarker);

        MapViewState region = new MapViewState(35.5, 33.2, 12, W, H);
        WritableImage away = paint(g -> FeaturePainter.drawRoutes(new FxPen(g), region, List.of(route)));
        Color offMarker = away.getPixelReader().getColor((int) region.screenX(35.49), (int) region.screenY(33.2) - 5);
        assertTrue(
                offMarker.getBrightness() > 0.9 && offMarker.getSaturation() < 0.05, "background only: " + offMarker);
    }

    private static MapFeature zone(Geometry g, String name) {
        return new MapFeature(
                Layer.ZONES,
                1,
                GF.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {(org.locationtech.jts.geom.Polygon) g}),
                "restricted_area",
                2,
                name);
    }

    private static int differingNear(WritableImage a, WritableImage b, int cx, int cy, int dx, int dy) {
        int n = 0;
        for (int y = cy - dy; y <= cy + dy; y++) {
            for (int x = cx - dx; x <= cx + dx; x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static WritableImage paint(Consumer<GraphicsContext> drawing) throws Exception {
        return onFx(() -> {
            Canvas canvas = new Canvas(W, H);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, W, H);
            drawing.accept(g);
            return canvas.snapshot(null, null);
        });
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
