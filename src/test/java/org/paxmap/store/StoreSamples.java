package org.paxmap.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
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
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;

/** Features for the store tests: an EXERCISE picture in south Lebanon. */
final class StoreSamples {
    static final String NODE = "node-fra-1";
    static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
    static final ReleaseLabel RESTRICTED =
            new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("DEU", "FRA", "ITA"), List.of("EXERCISE"), "FRA");
    static final ReleaseLabel OPEN = ReleaseLabel.exercise("FRA");

    private StoreSamples() {}

    static SyncMeta newSync() {
        return SyncMeta.newLocal(NODE, "tester", T0);
    }

    static Incident incident(
            double lon,
            double lat,
            Instant at,
            IncidentType type,
            Severity severity,
            String title,
            String grade,
            ReleaseLabel label) {
        return new Incident(
                UUID.randomUUID(),
                Wgs84.point(lon, lat),
                50,
                at,
                TimePrecision.EXACT,
                type,
                severity,
                title,
                "Reported by patrol " + title.toLowerCase(java.util.Locale.ROOT),
                new Casualties(0, 1, 3),
                "Patrol report",
                AdmiraltyGrade.parse(grade),
                label,
                newSync());
    }

    static Incident incident(double lon, double lat, String title) {
        return incident(lon, lat, T0, IncidentType.IED_UXO_FIND, Severity.HIGH, title, "B2", RESTRICTED);
    }

    static PatrolRoute route(String name, Instant start, Instant end) {
        return new PatrolRoute(
                UUID.randomUUID(),
                name,
                "ITA-BN-2",
                Wgs84.FACTORY.createLineString(new Coordinate[] {
                    new Coordinate(35.40, 33.20), new Coordinate(35.45, 33.25), new Coordinate(35.50, 33.22)
                }),
                start,
                end,
                RouteStatus.PLANNED,
                OPEN,
                newSync());
    }

    static ThreatZone zone(String name, ZoneShape shape, Instant from, Instant until) {
        Polygon square = Wgs84.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(35.30, 33.10),
            new Coordinate(35.35, 33.10),
            new Coordinate(35.35, 33.15),
            new Coordinate(35.30, 33.15),
            new Coordinate(35.30, 33.10)
        });
        return new ThreatZone(
                UUID.randomUUID(),
                name,
                ThreatZone.asMultiPolygon(square),
                shape,
                ThreatLevel.HIGH,
                ZoneCategory.MINEFIELD,
                from,
                until,
                RESTRICTED,
                newSync());
    }

    /** {@code n} reproducible incidents spread over south Lebanon and 60 days. */
    static List<Incident> manyIncidents(int n, long seed) {
        Random random = new Random(seed);
        IncidentType[] types = IncidentType.values();
        Severity[] severities = Severity.values();
        List<Incident> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lon = 35.1 + random.nextDouble() * 0.6;
            double lat = 33.0 + random.nextDouble() * 0.4;
            Instant at = T0.plus(Duration.ofSeconds(random.nextInt(60 * 86_400)));
            out.add(new Incident(
                    new UUID(seed, i),
                    Wgs84.point(lon, lat),
                    100,
                    at,
                    TimePrecision.EXACT,
                    types[random.nextInt(types.length)],
                    severities[random.nextInt(severities.length)],
                    "Incident " + i,
                    "Generated incident number " + i,
                    Casualties.NONE,
                    "Generator",
                    new AdmiraltyGrade((char) ('A' + random.nextInt(6)), 1 + random.nextInt(6)),
                    OPEN,
                    newSync()));
        }
        return out;
    }
}
