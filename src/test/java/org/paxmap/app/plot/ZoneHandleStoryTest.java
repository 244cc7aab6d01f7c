package org.paxmap.app.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.UUID;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.Geodesy;
import org.paxmap.geo.ZoneShapes;
import org.paxmap.model.Layer;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneShape;
import org.paxmap.render.MapViewState;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst reshapes circle and corridor zones on the map with their handles: a circle's centre handle moves it and
 * its radius handle (the radius shown while dragging) changes the radius; a corridor's axis points are dragged, added
 * at a leg's midpoint and deleted like a route's waypoints, and its width handle changes the width. Each drag is one
 * edit: the store holds the new shape (still a circle or corridor, its outline rebuilt), the version goes up, and
 * Ctrl+Z restores the zone exactly.
 */
@Tag("slow")
class ZoneHandleStoryTest extends PlotStory {
    @Test
    void a_circle_is_resized_and_moved_with_its_handles() throws Exception {
        Set<UUID> before = ids(Layer.ZONES);
        w.press(KeyCode.C);
        w.clickMap(340, 330);
        w.clickMap(400, 330);
        w.describeZone("Checkpoint ring", "Moderate", "Checkpoint area");
        ThreatZone zone = addZone(before);
        ZoneShape.Circle circle = (ZoneShape.Circle) zone.shape();
        Coordinate centre = circle.centre().getCoordinate();
        MapViewState view = view();
        double metresPerPixel = Geodesy.distance(
                new Coordinate(view.lonAt(340), view.latAt(330)), new Coordinate(view.lonAt(341), view.latAt(330)));

        // the radius handle sits on the circle's east edge; dragged 30 px further east it shows the radius, dropped
        // it is the new radius
        PlotWindow.waitUntil("the circle's handles show", () -> has("#circleRadius") && has("#circleCentre"));
        Point2D edge = centreOf("#circleRadius");
        assertEquals(view.screenX(Geodesy.destination(centre, 90, circle.radiusMetres()).x), edge.getX(), 1);
        w.robot.drag("#circleRadius", MouseButton.PRIMARY).moveBy(30, 0);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = measureShown();
        w.robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.startsWith("radius "), "the radius is shown while dragging: '" + shown + "'");
        PlotWindow.waitUntil("the radius is saved", () -> version(find(zone)) == 2);
        ThreatZone wider = (ThreatZone) find(zone);
        ZoneShape.Circle widened = (ZoneShape.Circle) wider.shape();
        assertEquals(circle.radiusMetres() + 30 * metresPerPixel, widened.radiusMetres(), 2 * metresPerPixel);
        assertEquals(Math.rint(widened.radiusMetres()), widened.radiusMetres(), "whole metres");
        assertEquals(circle.centre(), widened.centre(), "the centre stays");
        assertTrue(wider.area()
                .equalsExact(ThreatZone.asMultiPolygon(ZoneShapes.circle(centre, widened.radiusMetres())), 1e-7));
        Node centreHandle = node("#circleCentre");
        undo();
        PlotWindow.waitUntil("the radius is undone", () -> version(find(zone)) == 3);
        assertEquals(zone.withSync(find(zone).sync()), find(zone), "undo restores the circle exactly");

        // the centre handle moves the whole circle, which stays a circle of the same radius
        waitForNew("#circleCentre", centreHandle);
        w.robot.drag("#circleCentre", MouseButton.PRIMARY).moveBy(-40, 25).release(MouseButton.PRIMARY);
        PlotWindow.waitUntil("the circle moved", () -> version(find(zone)) == 4);
        ZoneShape.Circle moved = (ZoneShape.Circle) ((ThreatZone) find(zone)).shape();
        assertEquals(view.screenX(centre.x) - 40, view.screenX(moved.centre().getX()), 1.5, "dropped where dragged");
        assertEquals(view.screenY(centre.y) + 25, view.screenY(moved.centre().getY()), 1.5);
        assertEquals(circle.radiusMetres(), moved.radiusMetres());
        undo();
        PlotWindow.waitUntil("the move is undone", () -> version(find(zone)) == 5);
        assertEquals(zone.withSync(find(zone).sync()), find(zone));
    }

    @Test
    void a_corridor_is_reshaped_along_its_axis_and_widened_with_its_handles() throws Exception {
        MapViewState view = view();
        double metresPerPixel = Geodesy.distance(
                new Coordinate(view.lonAt(300), view.latAt(300)), new Coordinate(view.lonAt(301), view.latAt(300)));
        long width = Math.round(50 * metresPerPixel); // 25 px either side: the width handle stands clear of the axis
        Set<UUID> before = ids(Layer.ZONES);
        w.press(KeyCode.K);
        w.clickMap(300, 300);
        w.clickMap(460, 340);
        w.type("#zoneWidth", Long.toString(width));
        w.describeZone("Supply road", "High", "Hostile activity");
        ThreatZone zone = addZone(before);
        ZoneShape.Corridor corridor = (ZoneShape.Corridor) zone.shape();
        Coordinate[] axis = corridor.axis().getCoordinates();

        // drag the axis' second point: the corridor follows, as wide as before
        PlotWindow.waitUntil("the axis handles show", () -> has("#vertex-0-0-1") && has("#corridorWidth"));
        w.robot.drag("#vertex-0-0-1", MouseButton.PRIMARY).moveBy(20, 30).release(MouseButton.PRIMARY);
        PlotWindow.waitUntil("the axis point moved", () -> version(find(zone)) == 2);
        ZoneShape.Corridor bent = (ZoneShape.Corridor) ((ThreatZone) find(zone)).shape();
        Coordinate[] moved = bent.axis().getCoordinates();
        assertEquals(axis[0], moved[0], "the first point stays");
        assertEquals(view.screenX(axis[1].x) + 20, view.screenX(moved[1].x), 1.5, "dropped where dragged");
        assertEquals(view.screenY(axis[1].y) + 30, view.screenY(moved[1].y), 1.5);
        assertEquals(corridor.halfWidthMetres(), bent.halfWidthMetres(), "as wide as before");
        assertTrue(((ThreatZone) find(zone))
                .area()
                .equalsExact(
                        ThreatZone.asMultiPolygon(ZoneShapes.corridor(bent.axis(), bent.halfWidthMetres())), 1e-7));
        Node midpoint = node("#midpoint-0-0-0");
        undo();
        PlotWindow.waitUntil("the drag is undone", () -> version(find(zone)) == 3);
        assertEquals(zone.withSync(find(zone).sync()), find(zone), "undo restores the corridor exactly");

        // a leg's midpoint adds an axis point; clicking it and pressing Delete takes it away again
        waitForNew("#midpoint-0-0-0", midpoint);
        w.robot.drag("#midpoint-0-0-0", MouseButton.PRIMARY).moveBy(0, -30).release(MouseButton.PRIMARY);
        PlotWindow.waitUntil("an axis point is added", () -> axis(zone).length == 3);
        assertTrue(((ThreatZone) find(zone)).shape() instanceof ZoneShape.Corridor, "still a corridor");
        PlotWindow.waitUntil("the new point has a handle", () -> has("#vertex-0-0-2"));
        Node widthHandle = node("#corridorWidth");
        w.robot.clickOn("#vertex-0-0-1");
        w.press(KeyCode.DELETE);
        PlotWindow.waitUntil("the point is deleted", () -> axis(zone).length == 2);
        assertArrayEquals(axis, axis(zone), "the axis is as drawn");

        // the width handle, dragged 20 px further out, widens the corridor by about 20 px on each side
        waitForNew("#corridorWidth", widthHandle);
        long version = version(find(zone));
        Point2D handle = centreOf("#corridorWidth");
        Point2D onAxis = new Point2D(
                (view.screenX(axis[0].x) * 3 + view.screenX(axis[1].x)) / 4,
                (view.screenY(axis[0].y) * 3 + view.screenY(axis[1].y)) / 4);
        double out = handle.distance(onAxis);
        assertEquals(25, out, 2, "the handle stands half the width from the axis");
        double ux = (handle.getX() - onAxis.getX()) / out;
        double uy = (handle.getY() - onAxis.getY()) / out;
        w.robot.drag("#corridorWidth", MouseButton.PRIMARY).moveBy(20 * ux, 20 * uy);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = measureShown();
        w.robot.release(MouseButton.PRIMARY);
        assertTrue(shown.startsWith("width "), "the width is shown while dragging: '" + shown + "'");
        PlotWindow.waitUntil("the width is saved", () -> version(find(zone)) == version + 1);
        ZoneShape.Corridor wider = (ZoneShape.Corridor) ((ThreatZone) find(zone)).shape();
        assertEquals(corridor.halfWidthMetres() + 20 * metresPerPixel, wider.halfWidthMetres(), 2 * metresPerPixel);
        assertArrayEquals(axis, wider.axis().getCoordinates(), "the axis stays");
        assertTrue(((ThreatZone) find(zone))
                .area()
                .equalsExact(
                        ThreatZone.asMultiPolygon(ZoneShapes.corridor(wider.axis(), wider.halfWidthMetres())), 1e-7));
        undo();
        PlotWindow.waitUntil("the width is undone", () -> version(find(zone)) == version + 2);
        assertEquals(zone.withSync(find(zone).sync()), find(zone), "undo restores the corridor exactly");
    }

    private static Coordinate[] axis(ThreatZone zone) {
        return ((ZoneShape.Corridor) ((ThreatZone) find(zone)).shape()).axis().getCoordinates();
    }

    /** Where the centre of the node {@code query} is, in the map's pixels. */
    private static Point2D centreOf(String query) throws Exception {
        return PlotWindow.onFx(() -> w.map.screenToLocal(w.robot.point(query).query()));
    }

    /** The measurement shown beside a handle being dragged, or "" when none is shown. */
    private static String measureShown() throws Exception {
        return PlotWindow.onFx(() -> w.robot
                .lookup("#handleMeasure")
                .tryQuery()
                .filter(javafx.scene.Node::isVisible)
                .map(n -> ((javafx.scene.text.Text) n).getText())
                .orElse(""));
    }
}
