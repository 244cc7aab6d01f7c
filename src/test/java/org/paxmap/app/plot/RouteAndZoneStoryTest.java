package org.paxmap.app.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.GeodesicLeg;
import org.paxmap.geo.Geodesy;
import org.paxmap.geo.MeasureFormat;
import org.paxmap.geo.ZoneShapes;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;
import org.paxmap.render.MapViewState;
import org.testfx.util.WaitForAsyncUtils;

/**
 * (Map clicks stay right of x = 260: the legend covers the map's top-left corner.)
 *
 * <p>The analyst draws patrol routes and threat zones on the map of the real window, reshapes and moves them with the
 * handles, measures range and bearing, and opens the shortcuts sheet. Each step is checked in the store through the
 * test's own connection; undo restores the store's geometry exactly.
 */
@Tag("slow")
class RouteAndZoneStoryTest extends PlotStory {
    @Test
    void a_route_is_clicked_on_the_map_then_reshaped_moved_and_renamed_with_undo() throws Exception {
        Set<UUID> before = ids(Layer.ROUTES);
        w.press(KeyCode.R);
        double[][] clicks = {{280, 300}, {360, 360}, {440, 310}};
        for (double[] c : clicks) {
            w.clickMap(c[0], c[1]);
        }
        MapViewState view = PlotWindow.onFx(() -> w.map.state().copy());
        Coordinate[] expected = new Coordinate[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = new Coordinate(view.lonAt(clicks[i][0]), view.latAt(clicks[i][1]));
        }
        GeodesicLeg first = Geodesy.inverse(expected[0], expected[1]);
        String legs = PlotWindow.onFx(
                () -> ((javafx.scene.layout.VBox) w.robot.lookup("#routePoints").query())
                        .getChildren().stream()
                                .map(n -> ((javafx.scene.control.Label) n).getText())
                                .collect(Collectors.joining("\n")));
        assertTrue(
                legs.contains(MeasureFormat.distance(first.distanceMetres()) + " "
                        + MeasureFormat.bearing(first.initialBearing())),
                "each leg shows its distance and bearing: " + legs);
        double length = Geodesy.polyline(expected).lengthMetres();
        assertTrue(w.shown("#routeLength").contains(MeasureFormat.distance(length)), w.shown("#routeLength"));

        w.type("#routeName", "BLUE 3");
        w.type("#routeUnit", "ITA-BN-2");
        w.press(KeyCode.ENTER);
        PlotWindow.waitUntil(
                "the route is stored", () -> added(Layer.ROUTES, before).size() == 1);
        PatrolRoute route = (PatrolRoute) added(Layer.ROUTES, before).get(0);
        assertEquals("BLUE 3", route.name());
        assertEquals("ITA-BN-2", route.unit());
        Coordinate[] stored = route.waypoints().getCoordinates();
        assertEquals(3, stored.length);
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i].x, stored[i].x, 1e-6, "waypoint " + i + " where clicked");
            assertEquals(expected[i].y, stored[i].y, 1e-6);
        }
        assertTrue(route.plannedEnd().isAfter(route.plannedStart()));

        // drag waypoint 1 by 30 px right and 20 px down
        PlotWindow.waitUntil("the handles show", () -> has("#vertex-0-0-1"));
        w.robot.drag("#vertex-0-0-1", MouseButton.PRIMARY).moveBy(30, 20).release(MouseButton.PRIMARY);
        PlotWindow.waitUntil("the vertex moved", () -> !waypoints(route)[1].equals2D(stored[1]));
        Coordinate moved = waypoints(route)[1];
        assertEquals(view.screenX(stored[1].x) + 30, view.screenX(moved.x), 1.5, "dropped where dragged");
        assertEquals(view.screenY(stored[1].y) + 20, view.screenY(moved.y), 1.5);
        assertTrue(waypoints(route)[0].equals2D(stored[0]) && waypoints(route)[2].equals2D(stored[2]));
        undo();
        PlotWindow.waitUntil("the vertex move is undone", () -> waypoints(route)[1].equals2D(stored[1]));
        assertArrayEquals(stored, waypoints(route), "undo restores every waypoint exactly");

        // drag the midpoint of the first leg: a new waypoint 1
        PlotWindow.waitUntil("the handles show again", () -> has("#midpoint-0-0-0"));
        w.robot.drag("#midpoint-0-0-0", MouseButton.PRIMARY).moveBy(0, -40).release(MouseButton.PRIMARY);
        PlotWindow.waitUntil("a vertex is inserted", () -> waypoints(route).length == 4);
        assertTrue(waypoints(route)[0].equals2D(stored[0]) && waypoints(route)[2].equals2D(stored[1]));

        // Alt+click deletes it again
        PlotWindow.waitUntil("the new vertex has a handle", () -> has("#vertex-0-0-3"));
        w.robot.press(KeyCode.ALT);
        w.robot.clickOn("#vertex-0-0-1");
        w.robot.release(KeyCode.ALT);
        PlotWindow.waitUntil("the vertex is deleted", () -> waypoints(route).length == 3);
        assertArrayEquals(stored, waypoints(route));

        // drag the route itself (a quarter along its second leg) 40 px east
        Point2D a = screen(view, stored[1]);
        Point2D b = screen(view, stored[2]);
        Point2D on = new Point2D(a.getX() + (b.getX() - a.getX()) / 4, a.getY() + (b.getY() - a.getY()) / 4);
        long version = version(find(route));
        w.robot.moveTo(w.map, javafx.geometry.Pos.TOP_LEFT, on, org.testfx.robot.Motion.DIRECT);
        w.robot.drag(MouseButton.PRIMARY).moveBy(40, 0).release(MouseButton.PRIMARY);
        PlotWindow.waitUntil("the route moved", () -> version(find(route)) > version);
        Coordinate[] shifted = waypoints(route);
        double dLon = shifted[0].x - stored[0].x;
        assertEquals(40, view.screenX(stored[0].x + dLon) - view.screenX(stored[0].x), 1.5, "moved 40 px east");
        for (int i = 0; i < 3; i++) {
            assertEquals(stored[i].x + dLon, shifted[i].x, 1e-6, "every waypoint moves by the same longitude");
            assertEquals(stored[i].y, shifted[i].y, 1e-6, "a horizontal drag keeps the latitudes");
        }
        assertEquals(view.centreLon(), PlotWindow.onFx(() -> w.map.state().centreLon()), 1e-9, "the map did not pan");
        undo();
        PlotWindow.waitUntil("the move is undone", () -> waypoints(route)[0].equals2D(stored[0]));
        assertArrayEquals(stored, waypoints(route));

        // rename in the details panel
        w.type("#routeName", "BLUE 4");
        w.press(KeyCode.ENTER);
        PlotWindow.waitUntil("renamed", () -> find(route).name().equals("BLUE 4"));
        undo();
        PlotWindow.waitUntil("rename undone", () -> find(route).name().equals("BLUE 3"));
        assertEquals(route.withSync(find(route).sync()), find(route), "after every undo the route is as created");
    }

    @Test
    void a_circle_zone_is_drawn_centre_then_edge() throws Exception {
        Set<UUID> before = ids(Layer.ZONES);
        w.press(KeyCode.C);
        w.clickMap(300, 300);
        w.clickMap(360, 300);
        MapViewState view = PlotWindow.onFx(() -> w.map.state().copy());
        Coordinate centre = new Coordinate(view.lonAt(300), view.latAt(300));
        double radius = Geodesy.distance(centre, new Coordinate(view.lonAt(360), view.latAt(300)));
        assertEquals(Math.round(radius), Double.parseDouble(w.text("#zoneRadius")), 0.5);
        w.describeZone("Minefield K", "High", "Minefield");
        assertTrue(w.shown("#zoneArea").startsWith("Area "), w.shown("#zoneArea"));
        ThreatZone zone = addZone(before);
        ZoneShape.Circle circle = (ZoneShape.Circle) zone.shape();
        assertEquals(centre.x, circle.centre().getX(), 1e-6);
        assertEquals(centre.y, circle.centre().getY(), 1e-6);
        assertEquals(Math.round(radius), circle.radiusMetres(), 1e-9);
        assertEquals(ThreatLevel.HIGH, zone.threatLevel());
        assertEquals(ZoneCategory.MINEFIELD, zone.category());
        double area = Geodesy.area(zone.area()).areaSquareMetres();
        assertEquals(Math.PI * radius * radius, area, 0.01 * area, "a round circle on the ground");

        // the details panel: a new radius is saved on Enter, a new level as soon as it is picked; undo both
        PlotWindow.waitUntil("the edit form shows", () -> has("#zoneForm") && !has("#zoneForm-add"));
        w.type("#zoneRadius", "800");
        w.press(KeyCode.ENTER);
        PlotWindow.waitUntil("the radius is saved", () -> radius(zone) == 800);
        ThreatZone smaller = (ThreatZone) find(zone);
        assertEquals(circle.centre(), ((ZoneShape.Circle) smaller.shape()).centre(), "the centre stays");
        w.choose("#zoneLevel", "Critical");
        PlotWindow.waitUntil(
                "the level is saved", () -> ((ThreatZone) find(zone)).threatLevel() == ThreatLevel.CRITICAL);
        assertEquals(smaller.area(), ((ThreatZone) find(zone)).area(), "picking a level leaves the area as it is");
        undo();
        PlotWindow.waitUntil("the level is undone", () -> ((ThreatZone) find(zone)).threatLevel() == ThreatLevel.HIGH);
        undo();
        PlotWindow.waitUntil("the radius is undone", () -> radius(zone) == Math.round(radius));
        assertEquals(zone.withSync(find(zone).sync()), find(zone), "two undos restore the zone exactly");
        assertEquals(String.valueOf(Math.round(radius)), w.text("#zoneRadius"), "the form shows the restored radius");
    }

    private static double radius(Feature zone) {
        return ((ZoneShape.Circle) ((ThreatZone) find(zone)).shape()).radiusMetres();
    }

    @Test
    void a_polygon_zone_is_clicked_and_finished_with_a_double_click_and_a_crossing_one_refused() throws Exception {
        long changes = w.changes();
        w.press(KeyCode.P);
        w.describeZone("Bow tie", "Low", "No go");
        for (String corner : List.of("33.10, 35.30", "33.20, 35.40", "33.10, 35.40", "33.20, 35.30")) {
            w.type("#zoneTyped", corner);
            w.press(KeyCode.ENTER);
        }
        w.robot.clickOn("#zoneForm-add");
        assertTrue(w.shown("#zoneForm-outline-problem").contains("cross"), w.shown("#zoneForm-outline-problem"));
        Thread.sleep(300);
        assertEquals(changes, w.changes(), "a self-intersecting zone writes nothing");

        w.focusMap();
        w.press(KeyCode.ESCAPE);
        Set<UUID> before = ids(Layer.ZONES);
        w.press(KeyCode.P);
        w.describeZone("Quarry", "Moderate", "UXO contamination");
        w.clickMap(280, 200);
        w.clickMap(380, 200);
        w.clickMap(380, 280);
        w.robot.moveTo(w.map, javafx.geometry.Pos.TOP_LEFT, new Point2D(280, 280), org.testfx.robot.Motion.DIRECT);
        w.robot.doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        PlotWindow.waitUntil(
                "the polygon is stored", () -> added(Layer.ZONES, before).size() == 1);
        ThreatZone zone = (ThreatZone) added(Layer.ZONES, before).get(0);
        assertEquals(5, zone.area().getGeometryN(0).getCoordinates().length, "4 corners and the closing one");
        assertTrue(zone.shape() instanceof ZoneShape.Drawn);
    }

    @Test
    void a_corridor_zone_is_typed_with_its_width() throws Exception {
        Set<UUID> before = ids(Layer.ZONES);
        w.press(KeyCode.K);
        w.type("#zoneTyped", "33.10, 35.30");
        w.press(KeyCode.ENTER);
        w.type("#zoneTyped", "33.12, 35.35");
        w.press(KeyCode.ENTER);
        w.type("#zoneWidth", "500");
        w.describeZone("Road 1 corridor", "Critical", "Hostile activity");
        ThreatZone zone = addZone(before);
        ZoneShape.Corridor corridor = (ZoneShape.Corridor) zone.shape();
        assertEquals(250, corridor.halfWidthMetres(), 1e-9);
        assertEquals(2, corridor.axis().getNumPoints());

        // a new width in the details panel rebuilds the corridor round the same axis; undo restores it exactly
        PlotWindow.waitUntil("the edit form shows", () -> has("#zoneForm") && !has("#zoneForm-add"));
        w.type("#zoneWidth", "800");
        w.press(KeyCode.ENTER);
        PlotWindow.waitUntil("the width is saved", () -> version(find(zone)) == 2);
        ThreatZone wider = (ThreatZone) find(zone);
        ZoneShape.Corridor widened = (ZoneShape.Corridor) wider.shape();
        assertEquals(400, widened.halfWidthMetres(), 1e-9, "half the width on each side");
        assertEquals(corridor.axis(), widened.axis(), "the axis stays");
        assertTrue(
                wider.area().equalsExact(ThreatZone.asMultiPolygon(ZoneShapes.corridor(corridor.axis(), 400)), 1e-7),
                "the stored outline is the corridor 400 m either side of the axis");
        assertTrue(Geodesy.area(wider.area()).areaSquareMetres()
                > Geodesy.area(zone.area()).areaSquareMetres());
        undo();
        PlotWindow.waitUntil("the width is undone", () -> version(find(zone)) == 3);
        assertEquals(zone.withSync(find(zone).sync()), find(zone), "undo restores the corridor exactly");
        PlotWindow.waitUntil(
                "the form shows the old width", () -> text("#zoneWidth").equals("500"));
    }

    @Test
    void a_corner_of_a_polygon_zone_is_clicked_and_deleted_with_the_delete_key_then_undone() throws Exception {
        Set<UUID> before = ids(Layer.ZONES);
        w.press(KeyCode.P);
        w.describeZone("Orchard", "Low", "No go");
        w.clickMap(300, 380);
        w.clickMap(420, 380);
        w.clickMap(440, 470);
        w.clickMap(320, 480);
        w.focusMap();
        w.press(KeyCode.ENTER);
        PlotWindow.waitUntil(
                "the polygon is stored", () -> added(Layer.ZONES, before).size() == 1);
        ThreatZone zone = (ThreatZone) added(Layer.ZONES, before).get(0);
        Coordinate[] ring = zone.area().getGeometryN(0).getCoordinates();
        assertEquals(5, ring.length);

        PlotWindow.waitUntil("the handles show", () -> has("#vertex-0-0-2"));
        w.robot.clickOn("#vertex-0-0-2");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(has("#vertex-0-0-2.plot-vertex-picked"), "the clicked corner shows as picked");
        w.press(KeyCode.DELETE);
        PlotWindow.waitUntil("the corner is deleted", () -> version(find(zone)) == 2);
        assertFalse(has("#deleteConfirmation"), "Delete on a picked corner deletes the corner, not the zone");
        Coordinate[] left = ((ThreatZone) find(zone)).area().getGeometryN(0).getCoordinates();
        assertArrayEquals(new Coordinate[] {ring[0], ring[1], ring[3], ring[0]}, left, "corner 2 is gone");
        assertFalse(find(zone).sync().deleted());

        undo();
        PlotWindow.waitUntil("the delete is undone", () -> version(find(zone)) == 3);
        assertArrayEquals(ring, ((ThreatZone) find(zone)).area().getGeometryN(0).getCoordinates());
        assertEquals(zone.withSync(find(zone).sync()), find(zone), "undo restores the zone exactly");
    }

    @Test
    void measuring_range_and_bearing_writes_nothing() throws Exception {
        long changes = w.changes();
        w.press(KeyCode.M);
        w.clickMap(280, 200);
        w.clickMap(480, 350);
        MapViewState view = PlotWindow.onFx(() -> w.map.state().copy());
        GeodesicLeg leg = Geodesy.inverse(
                new Coordinate(view.lonAt(280), view.latAt(200)), new Coordinate(view.lonAt(480), view.latAt(350)));
        String result = w.shown("#measureResult");
        assertTrue(result.contains("Range " + MeasureFormat.distance(leg.distanceMetres())), result);
        assertTrue(result.contains("Bearing " + MeasureFormat.bearing(leg.initialBearing())), result);
        assertEquals(changes, w.changes());
    }

    @Test
    void f1_opens_the_shortcuts_sheet_listing_every_tool() throws Exception {
        w.press(KeyCode.F1);
        PlotWindow.waitUntil("the sheet shows", () -> has("#shortcutsSheet"));
        String sheet = PlotWindow.onFx(() -> w.robot.lookup("#shortcutsSheet .label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText())
                .collect(Collectors.joining("\n")));
        for (PlotTool tool : PlotTool.values()) {
            assertTrue(sheet.contains(tool.title()), tool.title());
        }
        assertTrue(sheet.contains("Ctrl+Z") && sheet.contains("Escape"), sheet);
        w.press(KeyCode.ESCAPE);
        PlotWindow.waitUntil("the sheet closes", () -> !has("#shortcutsSheet"));
    }

    private static String text(String query) {
        try {
            return w.text(query);
        } catch (Exception e) {
            throw new AssertionError("cannot read " + query, e);
        }
    }

    private static Coordinate[] waypoints(Feature route) {
        return ((PatrolRoute) find(route)).waypoints().getCoordinates();
    }
}
