package org.paxmap.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
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

/**
 * Makes the test fixtures {@code src/test/resources/store/picture-v<N>.gpkg}: a picture at schema version N (the
 * migrations up to N only) holding two incidents, one route and one zone with fixed ids. Run from the checkout, with
 * the code of the day the version was the latest:
 *
 * <pre>
 * ./mvnw -q test-compile && java -cp "target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath \
 *     -Dmdep.outputFile=/dev/stdout)" org.paxmap.store.PictureFixtureGenerator src/test/resources/store/picture-v2.gpkg 2
 * </pre>
 *
 * Never regenerate a fixture with later code: the point of each file is that it was written by the code of its
 * version (v1 by the first store, v2 by the store before the contentless search index, v3 by the store before
 * the sync tables, v5 by the store before the briefing tables, v8 by the store before the foreign sources table).
 */
public final class PictureFixtureGenerator {
    static final UUID INCIDENT_IED = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID INCIDENT_PROTEST = UUID.fromString("00000000-0000-4000-8000-000000000002");
    static final UUID ROUTE = UUID.fromString("00000000-0000-4000-8000-000000000003");
    static final UUID ZONE = UUID.fromString("00000000-0000-4000-8000-000000000004");
    static final String NODE = "node-v1-fixture";

    private PictureFixtureGenerator() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int version = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Files.deleteIfExists(file);
        Instant t = Instant.parse("2024-03-01T09:30:00Z");
        ReleaseLabel label = ReleaseLabel.exercise("ITA");
        SyncMeta sync = SyncMeta.newLocal(NODE, "fixture", t);
        try (PictureStore store = PictureStore.create(file, NODE, version)) {
            store.putSetting("user", "fixture");
            store.putSetting("title", "EXERCISE — version " + version + " fixture");
            store.saveAll(List.of(
                    new Incident(
                            INCIDENT_IED,
                            Wgs84.point(35.2034, 33.1127),
                            25,
                            t,
                            TimePrecision.EXACT,
                            IncidentType.IED_UXO_FIND,
                            Severity.HIGH,
                            "Roadside device near Naqoura",
                            "Command wire found by patrol",
                            Casualties.NONE,
                            "Patrol report",
                            AdmiraltyGrade.parse("B2"),
                            label,
                            sync),
                    new Incident(
                            INCIDENT_PROTEST,
                            Wgs84.point(35.1956, 33.2705),
                            100,
                            t.plusSeconds(86_400),
                            TimePrecision.DAY,
                            IncidentType.PEACEFUL_PROTEST,
                            Severity.LOW,
                            "Protest in Tyre market",
                            "About two hundred people",
                            Casualties.NONE,
                            "Local media",
                            AdmiraltyGrade.parse("C3"),
                            label,
                            sync),
                    new PatrolRoute(
                            ROUTE,
                            "BLUE 3",
                            "ITA-BN-2",
                            Wgs84.FACTORY.createLineString(new Coordinate[] {
                                new Coordinate(35.20, 33.11), new Coordinate(35.25, 33.15), new Coordinate(35.30, 33.16)
                            }),
                            t,
                            t.plusSeconds(6 * 3600),
                            RouteStatus.COMPLETED,
                            label,
                            sync),
                    new ThreatZone(
                            ZONE,
                            "Minefield Alpha",
                            ThreatZone.asMultiPolygon(Wgs84.FACTORY.createPolygon(new Coordinate[] {
                                new Coordinate(35.30, 33.10), new Coordinate(35.35, 33.10),
                                new Coordinate(35.35, 33.15), new Coordinate(35.30, 33.10)
                            })),
                            new ZoneShape.Drawn(),
                            ThreatLevel.CRITICAL,
                            ZoneCategory.MINEFIELD,
                            t,
                            null,
                            label,
                            sync)));
        }
        System.out.println("wrote " + file);
    }
}
