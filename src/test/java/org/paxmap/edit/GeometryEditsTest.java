package org.paxmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.geo.Geodesy;
import org.paxmap.geo.ZoneShapes;
import org.paxmap.model.Incident;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneShape;

class GeometryEditsTest {
    private static String refusal(org.junit.jupiter.api.function.Executable edit) {
        InvalidEditException e = assertThrows(InvalidEditException.class, edit);
        return e.problems().message(GeometryEdits.FIELD).orElseThrow();
    }

    private static ThreatZone square() throws Exception {
        return EditFixtures.zone().toFeature(EditFixtures.SYNC);
    }

    @Test
    void moving_corner_zero_keeps_the_ring_closed() throws Exception {
        ThreatZone zone =
                (ThreatZone) GeometryEdits.moveVertex(square(), VertexRef.of(0), new Coordinate(35.25, 33.05));
        Coordinate[] ring = zone.area().getCoordinates();
        assertEquals(5, ring.length);
        assertEquals(new Coordinate(35.25, 33.05), ring[0]);
        assertEquals(ring[0], ring[4]);
    }

    @Test
    void deleting_corner_zero_closes_the_ring_on_the_next_corner() throws Exception {
        ThreatZone zone = square();
        zone = (ThreatZone) GeometryEdits.insertVertex(zone, VertexRef.of(3), new Coordinate(35.25, 33.15));
        assertEquals(new Coordinate(35.25, 33.15), zone.area().getCoordinates()[4], "closing edge gets the corner");
        zone = (ThreatZone) GeometryEdits.deleteVertex(zone, VertexRef.of(0));
        Coordinate[] ring = zone.area().getCoordinates();
        assertEquals(5, ring.length);
        assertEquals(new Coordinate(35.40, 33.10), ring[0]);
        assertEquals(ring[0], ring[4]);
    }

    @Test
    void a_ring_keeps_at_least_three_corners() throws Exception {
        ThreatZone zone = (ThreatZone) GeometryEdits.deleteVertex(square(), VertexRef.of(2));
        assertEquals(4, zone.area().getNumPoints());
        ThreatZone triangle = zone;
        assertEquals(
                "a zone's outline needs at least 3 corners: this one has only 3",
                refusal(() -> GeometryEdits.deleteVertex(triangle, VertexRef.of(0))));
    }

    @Test
    void a_move_that_makes_the_outline_cross_itself_is_refused() throws Exception {
        ThreatZone zone = square();
        // corner 1 (35.40, 33.10) dragged north across the opposite edge (y = 33.20), which it then crosses at x 35.325
        String message = refusal(() -> GeometryEdits.moveVertex(zone, VertexRef.of(1), new Coordinate(35.35, 33.30)));
        assertEquals("the zone's outline crosses itself at 33.20000, 35.32500", message);
    }

    @Test
    void vertex_edits_make_a_circle_a_drawn_zone() throws Exception {
        ThreatZone circle =
                EditFixtures.zone().circle(new Coordinate(35.3, 33.2), 500.0).toFeature(EditFixtures.SYNC);
        ThreatZone edited = (ThreatZone) GeometryEdits.moveVertex(circle, VertexRef.of(0), new Coordinate(35.3, 33.21));
        assertInstanceOf(ZoneShape.Drawn.class, edited.shape());
    }

    @Test
    void translating_a_circle_rebuilds_it_round_at_the_new_latitude() throws Exception {
        ThreatZone circle =
                EditFixtures.zone().circle(new Coordinate(35.3, 33.2), 500.0).toFeature(EditFixtures.SYNC);
        ThreatZone moved = (ThreatZone) GeometryEdits.translate(circle, 0.5, 20);
        ZoneShape.Circle shape = (ZoneShape.Circle) moved.shape();
        assertEquals(new Coordinate(35.8, 53.2), shape.centre().getCoordinate());
        for (Coordinate c : moved.area().getCoordinates()) {
            assertEquals(500, Geodesy.distance(shape.centre().getCoordinate(), c), 0.02);
        }
    }

    @Test
    void translating_a_corridor_moves_its_axis() throws Exception {
        ThreatZone corridor = EditFixtures.zone()
                .corridor(List.of(new Coordinate(35.3, 33.2), new Coordinate(35.35, 33.25)), 300.0)
                .toFeature(EditFixtures.SYNC);
        ThreatZone moved = (ThreatZone) GeometryEdits.translate(corridor, 0.1, 0.1);
        ZoneShape.Corridor shape = (ZoneShape.Corridor) moved.shape();
        assertEquals(35.4, shape.axis().getCoordinateN(0).x, 1e-12);
        assertEquals(33.3, shape.axis().getCoordinateN(0).y, 1e-12);
        assertTrue(moved.area().covers(shape.axis()));
        assertInstanceOf(Polygon.class, moved.area().getGeometryN(0));
    }

    private static ThreatZone corridor() throws Exception {
        return EditFixtures.zone()
                .corridor(List.of(new Coordinate(35.3, 33.2), new Coordinate(35.35, 33.25)), 300.0)
                .toFeature(EditFixtures.SYNC);
    }

    @Test
    void vertex_edits_of_a_corridor_reshape_its_axis_at_the_same_width() throws Exception {
        ThreatZone zone = corridor();
        Coordinate bend = new Coordinate(35.33, 33.21);
        ThreatZone bent = (ThreatZone) GeometryEdits.insertVertex(zone, VertexRef.of(0), bend);
        ZoneShape.Corridor shape = (ZoneShape.Corridor) bent.shape();
        assertEquals(3, shape.axis().getNumPoints());
        assertEquals(bend, shape.axis().getCoordinateN(1), "the new axis point is the second");
        assertEquals(150, shape.halfWidthMetres(), "the width stays");
        assertTrue(bent.area().equalsExact(ThreatZone.asMultiPolygon(ZoneShapes.corridor(shape.axis(), 150)), 1e-12));

        ThreatZone moved = (ThreatZone) GeometryEdits.moveVertex(bent, VertexRef.of(2), new Coordinate(35.36, 33.27));
        assertEquals(
                new Coordinate(35.36, 33.27),
                ((ZoneShape.Corridor) moved.shape()).axis().getCoordinateN(2));
        assertTrue(moved.area().covers(((ZoneShape.Corridor) moved.shape()).axis()));

        ThreatZone straight = (ThreatZone) GeometryEdits.deleteVertex(moved, VertexRef.of(1));
        assertEquals(2, ((ZoneShape.Corridor) straight.shape()).axis().getNumPoints());
        assertEquals(
                "a corridor's axis needs at least 2 points: this one has only 2",
                refusal(() -> GeometryEdits.deleteVertex(straight, VertexRef.of(0))));
    }

    @Test
    void a_circle_takes_a_new_radius_round_the_same_centre() throws Exception {
        ThreatZone circle =
                EditFixtures.zone().circle(new Coordinate(35.3, 33.2), 500.0).toFeature(EditFixtures.SYNC);
        ThreatZone wider = (ThreatZone) GeometryEdits.withRadius(circle, 1200);
        ZoneShape.Circle shape = (ZoneShape.Circle) wider.shape();
        assertEquals(1200, shape.radiusMetres());
        assertEquals(((ZoneShape.Circle) circle.shape()).centre(), shape.centre());
        assertTrue(wider.area()
                .equalsExact(ThreatZone.asMultiPolygon(ZoneShapes.circle(new Coordinate(35.3, 33.2), 1200)), 1e-12));
        assertEquals("the radius must be more than 0 m, not 0", refusal(() -> GeometryEdits.withRadius(circle, 0)));
        assertEquals("only a circle zone has a radius", refusal(() -> GeometryEdits.withRadius(corridor(), 100)));
    }

    @Test
    void a_corridor_takes_a_new_half_width_round_the_same_axis() throws Exception {
        ThreatZone zone = corridor();
        ThreatZone wider = (ThreatZone) GeometryEdits.withHalfWidth(zone, 400);
        ZoneShape.Corridor shape = (ZoneShape.Corridor) wider.shape();
        assertEquals(400, shape.halfWidthMetres());
        assertEquals(((ZoneShape.Corridor) zone.shape()).axis(), shape.axis());
        assertTrue(wider.area().equalsExact(ThreatZone.asMultiPolygon(ZoneShapes.corridor(shape.axis(), 400)), 1e-12));
        assertEquals("only a corridor zone has a width", refusal(() -> GeometryEdits.withHalfWidth(square(), 100)));
    }

    @Test
    void a_move_off_the_globe_is_refused() throws Exception {
        Incident incident = EditFixtures.incident().toFeature(EditFixtures.SYNC);
        assertTrue(refusal(() -> GeometryEdits.translate(incident, 0, 60))
                .startsWith("the move would take the feature beyond a pole"));
        assertTrue(refusal(() -> GeometryEdits.translate(incident, 150, 0))
                .startsWith("the move would take the feature across the 180° meridian"));
        assertEquals(
                "latitude 91 is outside −90…90",
                refusal(() -> GeometryEdits.moveVertex(incident, VertexRef.of(0), new Coordinate(35, 91))));
        assertEquals(
                "longitude −181.5 is outside −180…180",
                refusal(() -> GeometryEdits.moveVertex(incident, VertexRef.of(0), new Coordinate(-181.5, 33))));
        assertEquals(
                "longitude is not a number",
                refusal(() -> GeometryEdits.moveVertex(incident, VertexRef.of(0), new Coordinate(Double.NaN, 33))));
    }

    @Test
    void incidents_have_one_vertex_and_no_edges() throws Exception {
        Incident incident = EditFixtures.incident().toFeature(EditFixtures.SYNC);
        Incident moved = (Incident) GeometryEdits.moveVertex(incident, VertexRef.of(0), new Coordinate(35.1, 33.1));
        assertEquals(35.1, moved.location().getX());
        assertTrue(refusal(() -> GeometryEdits.moveVertex(incident, VertexRef.of(1), new Coordinate(35, 33)))
                .startsWith("there is no vertex 1"));
        assertTrue(refusal(() -> GeometryEdits.insertVertex(incident, VertexRef.of(0), new Coordinate(35, 33)))
                .contains("no edge"));
        assertTrue(refusal(() -> GeometryEdits.deleteVertex(incident, VertexRef.of(0)))
                .contains("delete the incident"));
    }

    @Test
    void moving_a_route_vertex_leaves_the_route_given_unchanged() throws Exception {
        PatrolRoute route = EditFixtures.route().toFeature(EditFixtures.SYNC);
        Coordinate before = route.waypoints().getCoordinateN(1).copy();
        PatrolRoute moved = (PatrolRoute) GeometryEdits.moveVertex(route, VertexRef.of(1), new Coordinate(35.46, 33.3));
        assertEquals(new Coordinate(35.46, 33.3), moved.waypoints().getCoordinateN(1));
        assertEquals(before, route.waypoints().getCoordinateN(1), "the original is what undo writes back");
    }

    @Test
    void route_vertex_edits() throws Exception {
        PatrolRoute route = EditFixtures.route().toFeature(EditFixtures.SYNC);
        PatrolRoute longer =
                (PatrolRoute) GeometryEdits.insertVertex(route, VertexRef.of(1), new Coordinate(35.48, 33.24));
        assertEquals(new Coordinate(35.48, 33.24), longer.waypoints().getCoordinateN(2));
        assertEquals(4, longer.waypoints().getNumPoints());
        assertTrue(refusal(() -> GeometryEdits.insertVertex(route, VertexRef.of(2), new Coordinate(35, 33)))
                .startsWith("there is no vertex 2: the route has edges 0 to 1"));
        assertEquals(
                "waypoints 1 and 2 are at the same place",
                refusal(() -> GeometryEdits.moveVertex(route, VertexRef.of(0), new Coordinate(35.45, 33.25))));
    }

    @Test
    void holes_and_parts_are_addressed() throws Exception {
        ThreatZone zone = square();
        assertTrue(refusal(() -> GeometryEdits.moveVertex(zone, new VertexRef(1, 0, 0), new Coordinate(35, 33)))
                .startsWith("there is no part 1"));
        assertTrue(refusal(() -> GeometryEdits.moveVertex(zone, new VertexRef(0, 1, 0), new Coordinate(35, 33)))
                .startsWith("there is no ring 1"));
    }
}
