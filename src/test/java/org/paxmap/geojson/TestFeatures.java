package org.paxmap.geojson;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.RouteStatus;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.TimePrecision;
import org.paxmap.model.VersionVector;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;

/** Sample features of every layer for the codec tests (south Lebanon, UNIFIL-like exercise). */
final class TestFeatures {
    static final ReleaseLabel LABEL =
            new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("DEU", "FRA", "ITA"), List.of("EXERCISE"), "FRA");
    static final SyncMeta SYNC = new SyncMeta(
            "node-fra-1",
            VersionVector.of(Map.of("node-fra-1", 3L, "node-ita-2", 1L)),
            "",
            Instant.parse("2024-05-02T08:15:30Z"),
            "cpt.martin",
            false);

    private TestFeatures() {}

    static Incident incident() {
        return new Incident(
                UUID.fromString("0b7c6f1e-2f43-4a8e-9d0c-6f1f2b3c4d5e"),
                Wgs84.point(35.5123456, 33.2745678),
                250,
                Instant.parse("2024-05-01T10:30:00Z"),
                TimePrecision.EXACT,
                IncidentType.IED_UXO_FIND,
                Severity.HIGH,
                "IED found near checkpoint 7",
                "Pressure plate, \"Ø 20 cm\"\nreported by patrol BLUE 3",
                new Casualties(0, 1, 2),
                "Patrol report",
                AdmiraltyGrade.parse("B2"),
                LABEL,
                SYNC);
    }

    static PatrolRoute route() {
        LineString line = Wgs84.FACTORY.createLineString(new Coordinate[] {
            new Coordinate(35.40, 33.20), new Coordinate(35.45, 33.25), new Coordinate(35.50, 33.22)
        });
        return new PatrolRoute(
                UUID.fromString("1c8d7f2e-3f54-4b9f-8e1d-7f2f3c4d5e6f"),
                "BLUE 3",
                "ITA-BN-2",
                line,
                Instant.parse("2024-05-03T06:00:00Z"),
                Instant.parse("2024-05-03T12:00:00Z"),
                RouteStatus.PLANNED,
                LABEL,
                SYNC);
    }

    static ThreatZone zone(ZoneShape shape, Instant validUntil) {
        Polygon square = Wgs84.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(35.30, 33.10),
            new Coordinate(35.35, 33.10),
            new Coordinate(35.35, 33.15),
            new Coordinate(35.30, 33.15),
            new Coordinate(35.30, 33.10)
        });
        return new ThreatZone(
                UUID.fromString("2d9e8f3f-4f65-4caf-9f2e-8f3f4d5e6f70"),
                "Minefield M-12",
                ThreatZone.asMultiPolygon(square),
                shape,
                ThreatLevel.CRITICAL,
                ZoneCategory.MINEFIELD,
                Instant.parse("2024-04-01T00:00:00Z"),
                validUntil,
                LABEL,
                SYNC);
    }

    static ThreatZone circleZone() {
        return zone(new ZoneShape.Circle(Wgs84.point(35.325, 33.125), 2500), Instant.parse("2024-06-01T00:00:00Z"));
    }

    static ThreatZone corridorZone() {
        LineString axis = Wgs84.FACTORY.createLineString(
                new Coordinate[] {new Coordinate(35.30, 33.12), new Coordinate(35.35, 33.13)});
        return zone(new ZoneShape.Corridor(axis, 300), null);
    }
}
