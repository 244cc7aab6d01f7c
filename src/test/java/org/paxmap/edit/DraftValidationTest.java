package org.paxmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.Geodesy;
import org.paxmap.model.EventType;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.TimePrecision;
import org.paxmap.model.ZoneShape;

class DraftValidationTest {
    private static String problem(FeatureDraft draft, String field) {
        FieldProblems problems = draft.validate();
        return problems.message(field)
                .orElseThrow(() -> new AssertionError("no problem on " + field + ": " + problems));
    }

    @Test
    void valid_drafts_have_no_problems_and_build_features() throws Exception {
        assertTrue(
                EditFixtures.incident().validate().isEmpty(),
                EditFixtures.incident().validate().toString());
        assertTrue(
                EditFixtures.route().validate().isEmpty(),
                EditFixtures.route().validate().toString());
        assertTrue(
                EditFixtures.zone().validate().isEmpty(),
                EditFixtures.zone().validate().toString());
        Incident incident = EditFixtures.incident().toFeature(EditFixtures.SYNC);
        assertEquals(35.2033, incident.location().getX(), 1e-12);
        assertEquals(33.2712, incident.location().getY(), 1e-12);
        assertEquals(Instant.parse("2026-11-24T15:30:00Z"), incident.occurredAt());
        assertEquals('B', incident.grade().reliability());
        assertEquals(2, incident.grade().credibility());
        // four decimals imply about 11 m
        assertEquals(11.132, incident.precisionMetres(), 1e-9);
    }

    @Test
    void local_edits_stay_within_the_limits_a_partner_accepts() {
        assertEquals(
                "the title is 501 characters long; at most 500 are allowed",
                problem(EditFixtures.incident().title("t".repeat(501)), IncidentDraft.FIELD_TITLE));
        assertEquals(
                "the description is 20,001 characters long; at most 20,000 are allowed",
                problem(EditFixtures.incident().description("d".repeat(20_001)), IncidentDraft.FIELD_DESCRIPTION));
        String name = "n".repeat(501);
        for (FeatureDraft draft :
                List.of(EditFixtures.route().name(name), EditFixtures.zone().name(name))) {
            assertEquals("the name is 501 characters long; at most 500 are allowed", problem(draft, "name"));
        }
        assertTrue(problem(EditFixtures.incident().timeText("241530ZNOV2201"), IncidentDraft.FIELD_TIME)
                .contains("outside the times a picture holds"));
        assertTrue(EditFixtures.incident()
                .title("t".repeat(500))
                .description("d".repeat(20_000))
                .validate()
                .isEmpty());
    }

    @Test
    void incident_position_messages() {
        assertEquals(
                "latitude 95 is outside −90…90",
                problem(EditFixtures.incident().positionText("95, 35"), IncidentDraft.FIELD_POSITION));
        assertEquals(
                "latitude 95 is outside −90…90",
                problem(EditFixtures.incident().clickedPosition(new Coordinate(35, 95)), IncidentDraft.FIELD_POSITION));
        assertEquals(
                "the position is empty",
                problem(EditFixtures.incident().positionText("  "), IncidentDraft.FIELD_POSITION));
        assertTrue(problem(EditFixtures.incident().positionText("36S YC 123 4567"), IncidentDraft.FIELD_POSITION)
                .contains("same number of digits"));
    }

    @Test
    void incident_clicked_position_is_used_with_a_zero_radius_unless_given() throws Exception {
        Incident clicked = EditFixtures.incident()
                .clickedPosition(new Coordinate(35.5, 33.1))
                .toFeature(EditFixtures.SYNC);
        assertEquals(35.5, clicked.location().getX());
        assertEquals(0, clicked.precisionMetres());
        assertEquals(
                250,
                EditFixtures.incident()
                        .precisionMetres(250.0)
                        .toFeature(EditFixtures.SYNC)
                        .precisionMetres());
    }

    @Test
    void incident_type_and_time_messages() {
        assertEquals("choose an incident type", problem(EditFixtures.incident().type(null), IncidentDraft.FIELD_TYPE));
        assertEquals(
                "'IED/UXO find' is not a kind of 'Protests'",
                problem(EditFixtures.incident().eventType(EventType.PROTESTS), IncidentDraft.FIELD_TYPE));
        assertTrue(EditFixtures.incident()
                .eventType(EventType.PEACE_OPERATIONS)
                .validate()
                .isEmpty());
        assertEquals(
                "cannot read '32XYZ' as a date-time group: expected DDHHMM, a zone letter, the month and the year,"
                        + " e.g. 241530ZNOV26",
                problem(EditFixtures.incident().timeText("32XYZ"), IncidentDraft.FIELD_TIME));
        assertEquals(
                "cannot read '321530ZNOV26' as a date-time group: day 32 does not exist in NOV 2026",
                problem(EditFixtures.incident().timeText("321530ZNOV26"), IncidentDraft.FIELD_TIME));
        assertEquals("the time is empty", problem(EditFixtures.incident().timeText(""), IncidentDraft.FIELD_TIME));
        assertEquals(
                "choose how precisely the time is known",
                problem(EditFixtures.incident().timePrecision(null), IncidentDraft.FIELD_TIME_PRECISION));
    }

    @Test
    void incident_time_as_an_instant_with_precision() throws Exception {
        Instant day = Instant.parse("2026-11-24T00:00:00Z");
        Incident incident = EditFixtures.incident()
                .time(day)
                .timePrecision(TimePrecision.DAY)
                .toFeature(EditFixtures.SYNC);
        assertEquals(day, incident.occurredAt());
        assertEquals(TimePrecision.DAY, incident.timePrecision());
    }

    @Test
    void incident_field_messages() {
        assertEquals("the title is empty", problem(EditFixtures.incident().title(" "), IncidentDraft.FIELD_TITLE));
        assertEquals(
                "choose a severity", problem(EditFixtures.incident().severity(null), IncidentDraft.FIELD_SEVERITY));
        assertEquals(
                "the low casualty estimate −1 is negative",
                problem(EditFixtures.incident().casualties(-1, 0, 0), IncidentDraft.FIELD_CASUALTIES));
        assertEquals(
                "the best casualty estimate 2 is below the low estimate 3",
                problem(EditFixtures.incident().casualties(3, 2, 5), IncidentDraft.FIELD_CASUALTIES));
        assertEquals(
                "the high casualty estimate 1 is below the best estimate 2",
                problem(EditFixtures.incident().casualties(0, 2, 1), IncidentDraft.FIELD_CASUALTIES));
        assertEquals(
                "source reliability 'G' is not one of A–F",
                problem(EditFixtures.incident().reliability('G'), IncidentDraft.FIELD_RELIABILITY));
        assertEquals(
                "information credibility 7 is not one of 1–6",
                problem(EditFixtures.incident().credibility(7), IncidentDraft.FIELD_CREDIBILITY));
        assertEquals(
                "information credibility 0 is not one of 1–6",
                problem(EditFixtures.incident().credibility(0), IncidentDraft.FIELD_CREDIBILITY));
        assertEquals(
                "the location precision radius −5 m is negative",
                problem(EditFixtures.incident().precisionMetres(-5.0), IncidentDraft.FIELD_PRECISION));
        assertEquals(
                "the location precision radius is not a number of metres",
                problem(EditFixtures.incident().precisionMetres(Double.NaN), IncidentDraft.FIELD_PRECISION));
        assertEquals("choose a release label", problem(EditFixtures.incident().label(null), IncidentDraft.FIELD_LABEL));
    }

    @Test
    void an_invalid_draft_reports_every_field_and_builds_nothing() {
        IncidentDraft draft =
                EditFixtures.incident().title("").casualties(2, 1, 0).positionText("95, 35");
        InvalidEditException e = assertThrows(InvalidEditException.class, () -> draft.toFeature(EditFixtures.SYNC));
        assertEquals(
                List.of(IncidentDraft.FIELD_POSITION, IncidentDraft.FIELD_TITLE, IncidentDraft.FIELD_CASUALTIES),
                List.copyOf(e.problems().asMap().keySet()));
    }

    @Test
    void an_incident_round_trips_through_its_draft() throws Exception {
        Incident incident = EditFixtures.incident().toFeature(EditFixtures.SYNC);
        EditFixtures.assertSameContent(incident, IncidentDraft.of(incident).toFeature(EditFixtures.SYNC));
    }

    @Test
    void route_messages() {
        assertEquals(
                "a route needs at least 2 waypoints, it has 1",
                problem(EditFixtures.route().waypoints(List.of(new Coordinate(35, 33))), RouteDraft.FIELD_WAYPOINTS));
        assertEquals(
                "waypoint 2: latitude 95 is outside −90…90",
                problem(
                        EditFixtures.route().waypoints(List.of(new Coordinate(35, 33), new Coordinate(35, 95))),
                        RouteDraft.FIELD_WAYPOINTS));
        assertEquals(
                "waypoints 1 and 2 are at the same place",
                problem(
                        EditFixtures.route().waypoints(List.of(new Coordinate(35, 33), new Coordinate(35, 33))),
                        RouteDraft.FIELD_WAYPOINTS));
        assertEquals("the name is empty", problem(EditFixtures.route().name(""), RouteDraft.FIELD_NAME));
        assertEquals(
                "the planned start is empty",
                problem(EditFixtures.route().plannedStartText(null), RouteDraft.FIELD_PLANNED_START));
        assertEquals(
                "the planned end 241200ZNOV26 is not after the planned start 241500ZNOV26",
                problem(
                        EditFixtures.route().plannedStartText("241500ZNOV26").plannedEndText("241200ZNOV26"),
                        RouteDraft.FIELD_PLANNED_END));
        assertEquals(
                "the planned end 241200ZNOV26 is not after the planned start 241200ZNOV26",
                problem(EditFixtures.route().plannedEndText("241200ZNOV26"), RouteDraft.FIELD_PLANNED_END));
        assertTrue(problem(EditFixtures.route().plannedEndText("24XXZNOV26"), RouteDraft.FIELD_PLANNED_END)
                .startsWith("cannot read '24XXZNOV26' as a date-time group: "));
        assertEquals("choose a status", problem(EditFixtures.route().status(null), RouteDraft.FIELD_STATUS));
    }

    @Test
    void route_measure_gives_length_and_legs() throws Exception {
        RouteDraft draft = EditFixtures.route();
        var measure = draft.measure().orElseThrow();
        assertEquals(2, measure.legs().size());
        Coordinate a = new Coordinate(35.40, 33.20);
        Coordinate b = new Coordinate(35.45, 33.25);
        assertEquals(
                Geodesy.inverse(a, b).distanceMetres(), measure.legs().get(0).distanceMetres(), 1e-9);
        assertEquals(
                Geodesy.inverse(a, b).initialBearing(), measure.legs().get(0).initialBearing(), 1e-9);
        assertTrue(draft.waypoints(List.of(a)).measure().isEmpty());
        PatrolRoute route = EditFixtures.route().toFeature(EditFixtures.SYNC);
        EditFixtures.assertSameContent(route, RouteDraft.of(route).toFeature(EditFixtures.SYNC));
    }

    @Test
    void zone_outline_messages() {
        ZoneDraft bowtie = EditFixtures.zone()
                .polygon(List.of(
                        new Coordinate(35.10, 33.10),
                        new Coordinate(35.20, 33.20),
                        new Coordinate(35.20, 33.10),
                        new Coordinate(35.10, 33.20)));
        assertEquals(
                "the zone's outline crosses itself at 33.15000, 35.15000", problem(bowtie, ZoneDraft.FIELD_OUTLINE));
        assertEquals(
                "the zone's outline needs at least 3 corners, it has 2",
                problem(
                        EditFixtures.zone().polygon(List.of(new Coordinate(35, 33), new Coordinate(35.1, 33))),
                        ZoneDraft.FIELD_OUTLINE));
        assertEquals(
                "corner 3: latitude 95 is outside −90…90",
                problem(
                        EditFixtures.zone()
                                .polygon(List.of(
                                        new Coordinate(35, 33), new Coordinate(35.1, 33), new Coordinate(35.1, 95))),
                        ZoneDraft.FIELD_OUTLINE));
        assertTrue(bowtie.measure().isEmpty());
    }

    @Test
    void zone_field_messages() {
        assertEquals("the name is empty", problem(EditFixtures.zone().name(null), ZoneDraft.FIELD_NAME));
        assertEquals("choose a threat level", problem(EditFixtures.zone().level(null), ZoneDraft.FIELD_LEVEL));
        assertEquals("choose a category", problem(EditFixtures.zone().category(null), ZoneDraft.FIELD_CATEGORY));
        assertEquals(
                "the start of validity is empty",
                problem(EditFixtures.zone().validFromText(""), ZoneDraft.FIELD_VALID_FROM));
        assertEquals(
                "the end of validity 010000ZNOV26 is not after its start 010000ZNOV26",
                problem(EditFixtures.zone().validUntilText("010000ZNOV26"), ZoneDraft.FIELD_VALID_UNTIL));
        assertEquals(
                "the circle has no centre", problem(EditFixtures.zone().circle(null, 500.0), ZoneDraft.FIELD_CENTRE));
        assertEquals(
                "the radius must be more than 0 m, it is −5 m",
                problem(EditFixtures.zone().circle(new Coordinate(35, 33), -5.0), ZoneDraft.FIELD_RADIUS));
        assertEquals(
                "the width is empty",
                problem(
                        EditFixtures.zone().corridor(List.of(new Coordinate(35, 33), new Coordinate(35.1, 33)), null),
                        ZoneDraft.FIELD_WIDTH));
        assertEquals(
                "a corridor needs at least 2 axis points, it has 1",
                problem(EditFixtures.zone().corridor(List.of(new Coordinate(35, 33)), 200.0), ZoneDraft.FIELD_AXIS));
    }

    @Test
    void circle_zone_is_round_on_the_ellipsoid_and_keeps_its_parameters() throws Exception {
        Coordinate centre = new Coordinate(35.3, 33.2);
        ThreatZone zone = EditFixtures.zone().circle(centre, 1500.0).toFeature(EditFixtures.SYNC);
        for (Coordinate c : zone.area().getCoordinates()) {
            assertEquals(1500, Geodesy.distance(centre, c), 0.02);
        }
        ZoneShape.Circle circle = (ZoneShape.Circle) zone.shape();
        assertEquals(1500, circle.radiusMetres());
        double area = EditFixtures.zone()
                .circle(centre, 1500.0)
                .measure()
                .orElseThrow()
                .areaSquareMetres();
        assertEquals(Math.PI * 1500 * 1500, area, Math.PI * 1500 * 1500 * 0.005); // a 64-gon is 0.16 % short
    }

    @Test
    void corridor_zone_covers_its_axis_at_half_the_width_and_keeps_its_parameters() throws Exception {
        List<Coordinate> axis =
                List.of(new Coordinate(35.30, 33.20), new Coordinate(35.32, 33.22), new Coordinate(35.36, 33.22));
        ThreatZone zone = EditFixtures.zone().corridor(axis, 400.0).toFeature(EditFixtures.SYNC);
        ZoneShape.Corridor corridor = (ZoneShape.Corridor) zone.shape();
        assertEquals(200, corridor.halfWidthMetres());
        assertTrue(zone.area().covers(corridor.axis()));
        // the ends are half circles: the outline's farthest point beyond the last axis point is 200 m away
        double east = zone.area().getEnvelopeInternal().getMaxX();
        assertEquals(200, Geodesy.distance(new Coordinate(35.36, 33.22), new Coordinate(east, 33.22)), 1.0);
    }

    @Test
    void a_zone_draft_keeps_the_stored_area_exactly_until_its_shape_changes() throws Exception {
        ThreatZone circle =
                EditFixtures.zone().circle(new Coordinate(35.3, 33.2), 800.0).toFeature(EditFixtures.SYNC);
        ThreatZone renamed = ZoneDraft.of(circle).name("Renamed").toFeature(EditFixtures.SYNC);
        assertEquals(circle.area(), renamed.area());
        assertEquals(circle.shape(), renamed.shape());
        ThreatZone polygon = EditFixtures.zone().toFeature(EditFixtures.SYNC);
        EditFixtures.assertSameContent(polygon, ZoneDraft.of(polygon).toFeature(EditFixtures.SYNC));
        assertEquals(ZoneDraft.Outline.CIRCLE, ZoneDraft.of(circle).outline());
    }

    @Test
    void type_is_taken_from_the_catalogue() throws Exception {
        Incident i = EditFixtures.incident()
                .eventType(EventType.BATTLES)
                .type(IncidentType.ARMED_CLASH)
                .toFeature(EditFixtures.SYNC);
        assertEquals(EventType.BATTLES, i.type().eventType());
    }
}
