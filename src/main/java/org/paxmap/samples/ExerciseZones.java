package org.paxmap.samples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;

/**
 * The exercise's twelve threat zones: minefields along the Blue Line, UXO areas, no-go areas, a checkpoint area, a
 * civil-unrest area and a hostile-activity corridor. Fixed shapes (no randomness); circles and corridors keep their
 * {@link ZoneShape} parameters. Thread-safe (stateless).
 */
final class ExerciseZones {
    private static final Instant FROM = ExerciseScenario.START;

    private ExerciseZones() {}

    static List<ThreatZone> generate(long seed) {
        List<ThreatZone> zones = new ArrayList<>();
        Adder add = (name, area, shape, level, category, from, until) -> zones.add(new ThreatZone(
                ExerciseScenario.id(seed, "zone", zones.size()),
                ExerciseScenario.MARK + " — " + name,
                area,
                shape,
                level,
                category,
                from,
                until,
                ExerciseScenario.LABEL,
                ExerciseScenario.sync()));

        add.drawn(
                "Minefield, Blue Line south of Aitaroun",
                ThreatLevel.CRITICAL,
                ZoneCategory.MINEFIELD,
                polygon(35.465, 33.100, 35.480, 33.104, 35.482, 33.099, 35.468, 33.094));
        add.drawn(
                "Minefield, Blue Line at Labbouneh",
                ThreatLevel.CRITICAL,
                ZoneCategory.MINEFIELD,
                polygon(35.145, 33.088, 35.160, 33.090, 35.162, 33.085, 35.147, 33.083));
        add.corridor(
                "Minefield, Blue Line east of Kfar Kila",
                ThreatLevel.CRITICAL,
                ZoneCategory.MINEFIELD,
                line(35.566, 33.278, 35.572, 33.270, 35.580, 33.266),
                150);
        add.corridor(
                "Minefield belt, Rmeish to Yaroun",
                ThreatLevel.CRITICAL,
                ZoneCategory.MINEFIELD,
                line(35.365, 33.074, 35.390, 33.072, 35.415, 33.075),
                200);
        add.accept(
                "Minefields, Shebaa slopes (two fields)",
                Wgs84.FACTORY.createMultiPolygon(new Polygon[] {
                    polygon(35.735, 33.330, 35.750, 33.334, 35.752, 33.327, 35.738, 33.324),
                    polygon(35.760, 33.338, 35.772, 33.343, 35.775, 33.336, 35.762, 33.332)
                }),
                new ZoneShape.Drawn(),
                ThreatLevel.CRITICAL,
                ZoneCategory.MINEFIELD,
                FROM,
                null);
        add.circle(
                "Cluster-munition remnants west of Tebnine",
                ThreatLevel.MODERATE,
                ZoneCategory.UXO_CONTAMINATION,
                Wgs84.point(35.398, 33.190),
                1500,
                FROM,
                null);
        add.circle(
                "UXO area, Khiam plain",
                ThreatLevel.HIGH,
                ZoneCategory.UXO_CONTAMINATION,
                Wgs84.point(35.600, 33.318),
                800,
                FROM,
                null);
        add.drawn(
                "No-go area, Ghajar",
                ThreatLevel.HIGH,
                ZoneCategory.NO_GO,
                polygon(35.618, 33.279, 35.630, 33.280, 35.632, 33.270, 35.620, 33.268));
        add.circle(
                "No-go area, Wazzani valley",
                ThreatLevel.HIGH,
                ZoneCategory.NO_GO,
                Wgs84.point(35.612, 33.258),
                1000,
                FROM,
                null);
        add.circle(
                "Checkpoint area, Khardali road",
                ThreatLevel.MODERATE,
                ZoneCategory.CHECKPOINT_AREA,
                Wgs84.point(35.545, 33.338),
                400,
                Instant.parse("2026-09-10T06:00:00Z"),
                null);
        add.circle(
                "Civil unrest, Bint Jbeil town centre",
                ThreatLevel.MODERATE,
                ZoneCategory.CIVIL_UNREST,
                Wgs84.point(35.433, 33.120),
                1200,
                Instant.parse("2026-09-20T00:00:00Z"),
                Instant.parse("2026-10-04T00:00:00Z"));
        add.corridor(
                "Hostile activity, Wadi Saluki",
                ThreatLevel.HIGH,
                ZoneCategory.HOSTILE_ACTIVITY,
                line(35.490, 33.215, 35.505, 33.230, 35.515, 33.248, 35.530, 33.262),
                350);
        return zones;
    }

    /** Appends one zone; the default methods build its area from a shape. */
    @FunctionalInterface
    private interface Adder {
        void accept(
                String name,
                MultiPolygon area,
                ZoneShape shape,
                ThreatLevel level,
                ZoneCategory category,
                Instant from,
                Instant until);

        default void drawn(String name, ThreatLevel level, ZoneCategory category, Polygon polygon) {
            accept(name, ThreatZone.asMultiPolygon(polygon), new ZoneShape.Drawn(), level, category, FROM, null);
        }

        default void circle(
                String name,
                ThreatLevel level,
                ZoneCategory category,
                Point centre,
                double radius,
                Instant from,
                Instant until) {
            accept(
                    name,
                    ThreatZone.asMultiPolygon(MetricShapes.circle(centre, radius)),
                    new ZoneShape.Circle(centre, radius),
                    level,
                    category,
                    from,
                    until);
        }

        default void corridor(
                String name, ThreatLevel level, ZoneCategory category, LineString axis, double halfWidth) {
            accept(
                    name,
                    ThreatZone.asMultiPolygon(MetricShapes.corridor(axis, halfWidth)),
                    new ZoneShape.Corridor(axis, halfWidth),
                    level,
                    category,
                    FROM,
                    null);
        }
    }

    /** A closed polygon through the given lon/lat pairs. */
    private static Polygon polygon(double... lonLat) {
        Coordinate[] ring = new Coordinate[lonLat.length / 2 + 1];
        for (int i = 0; i < lonLat.length / 2; i++) {
            ring[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        ring[ring.length - 1] = ring[0].copy();
        return Wgs84.FACTORY.createPolygon(ring);
    }

    private static LineString line(double... lonLat) {
        Coordinate[] points = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return Wgs84.FACTORY.createLineString(points);
    }
}
