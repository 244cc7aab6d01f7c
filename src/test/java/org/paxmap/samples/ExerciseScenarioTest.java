package org.paxmap.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneShape;

class ExerciseScenarioTest {
    private final ExerciseScenario scenario = ExerciseScenario.generate(ExerciseScenario.DEFAULT_SEED);

    @Test
    void the_scenario_has_a_few_hundred_incidents_a_dozen_routes_and_a_dozen_zones() {
        assertTrue(scenario.incidents().size() >= 250 && scenario.incidents().size() <= 350);
        assertEquals(12, scenario.routes().size());
        assertEquals(12, scenario.zones().size());
    }

    @Test
    void every_geometry_is_valid_and_inside_the_area_of_operations() {
        for (Feature feature : scenario.features()) {
            assertEquals(
                    Optional.empty(), GeometryValidator.problem(feature.layer(), feature.geometry()), feature.name());
            assertEquals(FeatureJson.contentSha256(feature), feature.sync().contentSha256(), feature.name());
            IsValidOp valid = new IsValidOp(feature.geometry());
            assertTrue(valid.isValid(), feature.name() + ": " + valid.getValidationError());
            for (Coordinate c : feature.geometry().getCoordinates()) {
                assertTrue(ExerciseScenario.AREA.contains(c), feature.name() + " leaves the AO at " + c);
                assertTrue(c.x > Coastline.shoreLon(c.y), feature.name() + " is in the sea at " + c);
                assertEquals(Math.round(c.x * 1e7) / 1e7, c.x, 0.0, feature.name() + " lon not rounded");
                assertEquals(Math.round(c.y * 1e7) / 1e7, c.y, 0.0, feature.name() + " lat not rounded");
            }
        }
    }

    @Test
    void the_same_seed_gives_the_same_scenario_and_another_seed_a_different_one() {
        ExerciseScenario again = ExerciseScenario.generate(ExerciseScenario.DEFAULT_SEED);
        assertEquals(scenario.features().size(), again.features().size());
        for (int i = 0; i < scenario.features().size(); i++) {
            Feature a = scenario.features().get(i);
            Feature b = again.features().get(i);
            assertEquals(a, b, "feature " + i);
            assertTrue(a.geometry().equalsExact(b.geometry()), "geometry of feature " + i);
        }
        assertNotEquals(
                scenario.incidents().get(0).title()
                        + scenario.incidents().get(0).location(),
                ExerciseScenario.generate(7).incidents().get(0).title()
                        + ExerciseScenario.generate(7).incidents().get(0).location());
    }

    @Test
    void everything_is_marked_as_exercise() {
        for (Feature feature : scenario.features()) {
            assertTrue(feature.name().startsWith("EXERCISE"), feature.name());
            assertEquals("EXERCISE", feature.label().policy(), feature.name());
            assertEquals(ExerciseScenario.ORIGIN, feature.sync().origin());
            assertEquals("exercise-generator", feature.sync().modifiedBy());
        }
        for (Incident incident : scenario.incidents()) {
            assertTrue(incident.description().contains("fictional"), incident.description());
        }
    }

    @Test
    void incidents_span_six_weeks_with_a_realistic_mix() {
        Instant first = scenario.incidents().get(0).occurredAt();
        Instant last = scenario.incidents().get(scenario.incidents().size() - 1).occurredAt();
        assertTrue(!first.isBefore(ExerciseScenario.START) && last.isBefore(ExerciseScenario.END));
        assertTrue(last.isAfter(ExerciseScenario.END.minusSeconds(7 * 86400)), "incidents reach the last week");
        Map<IncidentType, Long> byType = scenario.incidents().stream()
                .collect(Collectors.groupingBy(
                        Incident::type, () -> new EnumMap<>(IncidentType.class), Collectors.counting()));
        for (IncidentType expected : Set.of(
                IncidentType.CEASEFIRE_VIOLATION,
                IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK,
                IncidentType.IED_UXO_FIND,
                IncidentType.CHECKPOINT_INCIDENT,
                IncidentType.DEMONSTRATION,
                IncidentType.HUMANITARIAN_ACCESS_DENIAL,
                IncidentType.FREEDOM_OF_MOVEMENT_RESTRICTION)) {
            assertTrue(byType.getOrDefault(expected, 0L) >= 5, expected + " occurs " + byType.get(expected));
        }
        long withoutCasualties = scenario.incidents().stream()
                .filter(i -> i.casualties().best() == 0)
                .count();
        assertTrue(withoutCasualties > scenario.incidents().size() * 0.8, "casualties are mostly zero");
        assertTrue(scenario.incidents().stream()
                        .map(Incident::timePrecision)
                        .distinct()
                        .count()
                == 3);
        assertTrue(scenario.incidents().stream().map(Incident::grade).distinct().count() >= 8);
    }

    @Test
    void routes_have_five_to_fifteen_waypoints_and_a_unit() {
        for (PatrolRoute route : scenario.routes()) {
            int n = route.waypoints().getNumPoints();
            assertTrue(n >= 5 && n <= 15, route.name() + " has " + n + " waypoints");
            assertTrue(!route.unit().isBlank(), route.name());
        }
        assertTrue(
                scenario.routes().stream().map(PatrolRoute::status).distinct().count() >= 3);
    }

    @Test
    void circles_and_corridors_keep_their_parameters_and_match_them_on_the_ground() {
        long circles = 0;
        long corridors = 0;
        for (ThreatZone zone : scenario.zones()) {
            if (zone.shape() instanceof ZoneShape.Circle circle) {
                circles++;
                // the polygon's vertices lie at the radius, measured in local metres
                for (Coordinate c : zone.area().getCoordinates()) {
                    double dx = (c.x - circle.centre().getX())
                            * MetricShapes.METRES_PER_DEGREE
                            * Math.cos(Math.toRadians(circle.centre().getY()));
                    double dy = (c.y - circle.centre().getY()) * MetricShapes.METRES_PER_DEGREE;
                    assertEquals(circle.radiusMetres(), Math.hypot(dx, dy), 0.5, zone.name());
                }
            } else if (zone.shape() instanceof ZoneShape.Corridor corridor) {
                corridors++;
                assertTrue(zone.area().covers(corridor.axis()), zone.name() + " covers its axis");
                double widthDeg = 2 * MetricShapes.latDegrees(corridor.halfWidthMetres());
                assertTrue(zone.area().getEnvelopeInternal().getHeight() > widthDeg * 0.9, zone.name());
            }
        }
        assertTrue(circles >= 1 && corridors >= 1, circles + " circles, " + corridors + " corridors");
    }
}
