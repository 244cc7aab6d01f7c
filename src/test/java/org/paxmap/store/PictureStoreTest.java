package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paxmap.store.StoreSamples.NODE;
import static org.paxmap.store.StoreSamples.OPEN;
import static org.paxmap.store.StoreSamples.RESTRICTED;
import static org.paxmap.store.StoreSamples.T0;
import static org.paxmap.store.StoreSamples.incident;
import static org.paxmap.store.StoreSamples.route;
import static org.paxmap.store.StoreSamples.zone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.Wgs84;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.model.EventType;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.Severity;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneShape;

class PictureStoreTest {
    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void setUp() {
        file = dir.resolve("picture.gpkg");
    }

    private static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    @Test
    void aSavedFeatureOfEachLayerReadsBackEqualWithNewSyncMetadata() throws Exception {
        Incident inc = incident(
                35.5,
                33.27,
                T0.plusNanos(123_456_789),
                IncidentType.IED_UXO_FIND,
                Severity.HIGH,
                "IED near checkpoint 7",
                "B2",
                RESTRICTED);
        PatrolRoute rt = route("BLUE 3", day(1), day(2));
        ThreatZone circle =
                zone("Minefield Alpha", new ZoneShape.Circle(Wgs84.point(35.32, 33.12), 2500), day(0), null);
        ThreatZone corridor = zone(
                "Corridor Bravo",
                new ZoneShape.Corridor(
                        Wgs84.FACTORY.createLineString(
                                new Coordinate[] {new Coordinate(35.3, 33.1), new Coordinate(35.35, 33.15)}),
                        500),
                day(0),
                day(10));
        try (PictureStore store = PictureStore.create(file, NODE)) {
            store.putSetting("user", "cpt.martin");
            List<Feature> saved = store.saveAll(List.of(inc, rt, circle, corridor));
            assertEquals(4, saved.size());
            for (Feature s : saved) {
                assertEquals(1, s.sync().versions().get(NODE));
                assertEquals("cpt.martin", s.sync().modifiedBy());
                assertEquals(FeatureJson.contentSha256(s), s.sync().contentSha256(), "hash of the stored content");
                assertEquals(s, store.find(s.id()).orElseThrow(), "reads back equal: " + s.name());
            }
            Incident back = (Incident) store.find(inc.id()).orElseThrow();
            assertEquals(T0.plusMillis(123), back.occurredAt(), "times are kept to the millisecond");
            assertEquals(
                    new ZoneShape.Circle(Wgs84.point(35.32, 33.12), 2500).kind(),
                    ((ThreatZone) store.find(circle.id()).orElseThrow()).shape().kind());
            assertTrue(store.find(UUID.randomUUID()).isEmpty());
        }
        try (PictureStore reopened = PictureStore.open(file)) {
            assertEquals(4, reopened.query(FeatureQuery.all()).size());
            assertEquals(NODE, reopened.nodeId());
            assertEquals(Migrations.LATEST, reopened.schemaVersion());
        }
    }

    @Test
    void savingAgainIsAnUpdateThatBumpsTheVectorAndIsLoggedInOrder() throws Exception {
        try (PictureStore store = PictureStore.create(file, NODE)) {
            Incident first = (Incident)
                    store.saveAll(List.of(incident(35.5, 33.2, "First"))).get(0);
            Incident moved = (Incident) store.saveAll(List.of(first.withLocation(Wgs84.point(35.6, 33.3))))
                    .get(0);
            assertEquals(2, moved.sync().versions().get(NODE));
            assertFalse(moved.sync().contentSha256().equals(first.sync().contentSha256()));
            Feature gone = store.delete(first.id());
            assertTrue(gone.sync().deleted());
            assertEquals(3, gone.sync().versions().get(NODE));

            List<ChangeRecord> log = store.changesSince(0);
            assertEquals(
                    List.of("create", "update", "delete"),
                    log.stream().map(ChangeRecord::operation).toList());
            assertEquals(
                    List.of(1L, 2L, 3L), log.stream().map(ChangeRecord::seq).toList());
            assertEquals("{\"node-fra-1\":3}", log.get(2).versions());
            assertEquals(Layer.INCIDENTS, log.get(0).layer());
            assertEquals(first.id(), log.get(1).featureId());
            assertEquals(1, store.changesSince(2).size());

            Feature tombstone = store.find(first.id()).orElseThrow();
            assertTrue(tombstone.sync().deleted());
            assertTrue(tombstone.geometry().isEmpty(), "a tombstone keeps no geometry");
            assertEquals("First", tombstone.name());
            assertTrue(store.incidents(FeatureQuery.all()).isEmpty(), "tombstones are hidden by default");
            assertEquals(
                    1, store.incidents(FeatureQuery.all().includingDeleted()).size());
            assertTrue(
                    store.incidents(FeatureQuery.all().withBbox(new Envelope(35, 36, 33, 34)))
                            .isEmpty(),
                    "the tombstone left the spatial index");
        }
    }

    @Test
    void anInvalidGeometryRefusesTheWholeBatchNamingTheFeature() throws Exception {
        try (PictureStore store = PictureStore.create(file, NODE)) {
            Incident good = incident(35.5, 33.2, "Good");
            Incident bad = incident(200, 33.2, "Out of range");
            StoreException e = assertThrows(StoreException.class, () -> store.saveAll(List.of(good, bad)));
            assertTrue(e.getMessage().contains(bad.id().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("Out of range"), e.getMessage());
            assertTrue(e.getMessage().contains("feature 2"), e.getMessage());
            assertTrue(store.query(FeatureQuery.all()).isEmpty(), "nothing was written");
            assertTrue(store.changesSince(0).isEmpty());
            StoreException missing = assertThrows(StoreException.class, () -> store.delete(good.id()));
            assertTrue(missing.getMessage().contains(good.id().toString()), missing.getMessage());
        }
    }

    @Test
    void everyQueryCriterionSelectsWhatItSays() throws Exception {
        try (PictureStore store = PictureStore.create(file, NODE)) {
            Incident clash = incident(
                    35.20,
                    33.10,
                    day(1),
                    IncidentType.ARMED_CLASH,
                    Severity.CRITICAL,
                    "Clash at Naqoura",
                    "A1",
                    RESTRICTED);
            Incident ied = incident(
                    35.50, 33.30, day(2), IncidentType.IED_UXO_FIND, Severity.MODERATE, "Roadside device", "C3", OPEN);
            Incident protest = incident(
                    35.60,
                    33.35,
                    day(5),
                    IncidentType.PEACEFUL_PROTEST,
                    Severity.LOW,
                    "Protest in Tyr market",
                    "F6",
                    OPEN);
            PatrolRoute early = route("BLUE 1", day(0), day(1));
            PatrolRoute late = route("BLUE 9", day(8), day(9));
            ThreatZone open = zone("Open-ended minefield", null, day(0), null);
            ThreatZone expired = zone("Expired no-go", null, day(0), day(2));
            store.saveAll(List.of(clash, ied, protest, early, late, open, expired));

            FeatureQuery all = FeatureQuery.all();
            assertEquals(7, store.query(all).size());
            assertEquals(List.of(clash.id(), ied.id(), protest.id()), ids(store.incidents(all)), "by time");
            assertEquals(3, store.query(all.withLayers(Set.of(Layer.INCIDENTS))).size());
            assertEquals(2, store.query(all.withLimit(2)).size());
            assertEquals(
                    List.of(ied.id()), ids(store.incidents(all.withBbox(new Envelope(35.45, 35.55, 33.25, 33.32)))));
            assertEquals(List.of(ied.id()), ids(store.incidents(all.withTime(day(2), day(3)))));
            assertEquals(List.of(protest.id()), ids(store.incidents(all.withTime(day(3), null))));
            assertEquals(List.of(late.id()), ids(store.routes(all.withTime(day(5), null))));
            assertEquals(List.of(early.id()), ids(store.routes(all.withTime(null, day(2)))));
            assertEquals(List.of(open.id()), ids(store.zones(all.withTime(day(4), day(6)))), "validity overlaps");
            assertEquals(List.of(clash.id()), ids(store.incidents(all.withEventTypes(Set.of(EventType.BATTLES)))));
            assertEquals(
                    List.of(protest.id()), ids(store.incidents(all.withTypes(Set.of(IncidentType.PEACEFUL_PROTEST)))));
            assertEquals(List.of(clash.id(), ied.id()), ids(store.incidents(all.withMinSeverity(Severity.MODERATE))));
            assertEquals(List.of(clash.id(), ied.id()), ids(store.incidents(all.withGrades(Set.of('A', 'C'), 0))));
            assertEquals(List.of(clash.id()), ids(store.incidents(all.withGrades(Set.of(), 2))));
            assertEquals(List.of(clash.id()), ids(store.incidents(all.withLabel("NATO RESTRICTED", null))));
            assertEquals(3, store.query(all.withLabel(null, "deu")).size(), "clash and the two zones");
            assertEquals(0, store.query(all.withLabel(null, "DE")).size(), "a code matches whole, not a prefix");
            assertEquals(List.of(protest.id()), ids(store.query(all.withText("tyr"))));
            assertEquals(List.of(late.id()), ids(store.query(all.withText("\"BLUE 9\""))));
            assertEquals(List.of(open.id()), ids(store.query(all.withText("ended"))));
            assertEquals(2, store.query(all.withText("minefield")).size(), "zone category is indexed");
            assertEquals(2, store.query(all.withText("naqoura OR tyr")).size());

            store.delete(ied.id());
            assertEquals(List.of(clash.id(), protest.id()), ids(store.incidents(all)));
            assertEquals(
                    List.of(ied.id()),
                    ids(store.incidents(all.includingDeleted().withText("roadside"))));
            StoreException bad = assertThrows(StoreException.class, () -> store.query(all.withText("\"unclosed")));
            assertTrue(bad.getMessage().contains(file.toString()), bad.getMessage());
        }
    }

    @Test
    void theMapViewportQueryReturnsWhatASymbolNeedsForLiveFeaturesInTheBox() throws Exception {
        try (PictureStore store = PictureStore.create(file, NODE)) {
            Incident inside = incident(35.50, 33.20, T0, IncidentType.ARMED_CLASH, Severity.CRITICAL, "In", "A1", OPEN);
            Incident outside = incident(35.90, 33.20, "Out");
            Incident deleted = incident(35.51, 33.21, "Deleted");
            store.saveAll(List.of(inside, outside, deleted));
            store.delete(deleted.id());
            Envelope box = new Envelope(35.45, 35.55, 33.15, 33.25);

            List<MapFeature> found = store.mapFeatures(Layer.INCIDENTS, box);

            assertEquals(1, found.size(), "only the live incident inside the box");
            MapFeature f = found.get(0);
            assertEquals(Layer.INCIDENTS, f.layer());
            assertEquals(new Coordinate(35.50, 33.20), f.geometry().getCoordinate());
            assertEquals("armed_clash", f.kind());
            assertEquals(Severity.CRITICAL.ordinal(), f.level());
            assertEquals(inside.title(), f.name(), "the title names the incident on the map");
            assertEquals(inside.id(), f.id(), "the feature id, for the review's visible set and selection");
            Incident full = store.incidents(FeatureQuery.all().withBbox(box)).get(0);
            assertEquals(inside.id(), full.id());
            assertTrue(store.mapFeatures(Layer.ROUTES, box).isEmpty());
        }
    }

    @Test
    void theMapViewportQueryNamesRoutesAndZonesByTheirFeatureIds() throws Exception {
        try (PictureStore store = PictureStore.create(file, NODE)) {
            PatrolRoute route = route("BLUE 3", day(1), day(2));
            ThreatZone zone =
                    zone("Minefield Alpha", new ZoneShape.Circle(Wgs84.point(35.32, 33.12), 2500), day(0), null);
            store.saveAll(List.of(route, zone));
            Envelope box = new Envelope(35.0, 36.0, 33.0, 33.5);

            assertEquals(
                    List.of(route.id()),
                    store.mapFeatures(Layer.ROUTES, box).stream()
                            .map(MapFeature::id)
                            .toList());
            assertEquals(
                    List.of(zone.id()),
                    store.mapFeatures(Layer.ZONES, box).stream()
                            .map(MapFeature::id)
                            .toList());
        }
    }

    @Test
    void aWholeFeatureDrawsAsTheViewportQueryAnswersForIt() throws Exception {
        try (PictureStore store = PictureStore.create(file, NODE)) {
            Incident incident =
                    incident(35.50, 33.20, T0, IncidentType.ARMED_CLASH, Severity.HIGH, "Clash", "B2", OPEN);
            PatrolRoute route = route("BLUE 3", day(1), day(2));
            ThreatZone zone =
                    zone("Minefield Alpha", new ZoneShape.Circle(Wgs84.point(35.32, 33.12), 2500), day(0), null);
            store.saveAll(List.of(incident, route, zone));
            Envelope box = new Envelope(35.0, 36.0, 33.0, 33.5);
            for (Feature f : List.<Feature>of(incident, route, zone)) {
                MapFeature queried = store.mapFeatures(f.layer(), box).get(0);
                MapFeature made = MapFeature.of(f);
                assertEquals(
                        List.of(queried.layer(), queried.kind(), queried.level(), queried.name(), queried.id()),
                        List.of(made.layer(), made.kind(), made.level(), made.name(), made.id()),
                        f.layer() + ": the same symbol either way");
                assertTrue(queried.geometry().equalsExact(made.geometry(), 1e-7));
            }
        }
    }

    @Test
    void aSlideReadsLightlyWhatItWouldReadFromWholeFeatures() throws Exception {
        try (PictureStore store = PictureStore.create(file, NODE)) {
            Incident incident =
                    incident(35.50, 33.20, T0, IncidentType.ARMED_CLASH, Severity.HIGH, "Clash", "B2", RESTRICTED);
            Incident gone = incident(35.51, 33.21, "Deleted");
            PatrolRoute route = route("BLUE 3", day(1), day(2));
            ThreatZone zone =
                    zone("Minefield Alpha", new ZoneShape.Circle(Wgs84.point(35.32, 33.12), 2500), day(0), null);
            store.saveAll(List.of(incident, gone, route, zone));
            store.delete(gone.id());
            Envelope box = new Envelope(35.0, 36.0, 33.0, 33.5);
            for (Feature f : List.<Feature>of(incident, route, zone)) {
                List<SlideFeature> read = store.slideFeatures(f.layer(), box);
                assertEquals(1, read.size(), f.layer() + ": the live feature only");
                SlideFeature light = read.get(0);
                SlideFeature whole = SlideFeature.of(store.find(f.id()).orElseThrow());
                assertEquals(
                        List.of(
                                whole.label(),
                                whole.origin(),
                                whole.start(),
                                String.valueOf(whole.end()),
                                String.valueOf(whole.precision()),
                                whole.symbol().kind(),
                                whole.symbol().level(),
                                // an incident's symbol on a slide carries neither title nor id
                                f.layer() == Layer.INCIDENTS
                                        ? ""
                                        : whole.symbol().name(),
                                String.valueOf(
                                        f.layer() == Layer.INCIDENTS
                                                ? null
                                                : whole.symbol().id())),
                        List.of(
                                light.label(),
                                light.origin(),
                                light.start(),
                                String.valueOf(light.end()),
                                String.valueOf(light.precision()),
                                light.symbol().kind(),
                                light.symbol().level(),
                                light.symbol().name(),
                                String.valueOf(light.symbol().id())),
                        f.layer() + ": the same label, origin, time and symbol either way");
            }
        }
    }

    @Test
    void theDistinctLabelsOfLiveFeaturesAreListedForTheBanner() throws Exception {
        try (PictureStore store = PictureStore.create(file, NODE)) {
            assertTrue(store.labels().isEmpty());
            Incident restricted = incident(35.5, 33.2, "R");
            Incident deleted = incident(35.6, 33.2, T0, IncidentType.ARMED_CLASH, Severity.LOW, "D", "B2", OPEN);
            store.saveAll(List.of(restricted, incident(35.4, 33.1, "R2"), deleted));
            store.delete(deleted.id());
            assertEquals(List.of(RESTRICTED), store.labels());
            store.saveAll(List.of(route("Blue", T0, T0.plus(Duration.ofHours(2)))));
            assertEquals(Set.of(RESTRICTED, OPEN), Set.copyOf(store.labels()));
        }
    }

    @Test
    void summaryCountsLiveFeaturesTombstonesExtentAndTimeSpan() throws Exception {
        try (PictureStore store = PictureStore.create(file, NODE)) {
            PictureSummary empty = store.summary();
            assertEquals(0, empty.total());
            assertTrue(empty.extent().isNull());
            Incident a = incident(35.2, 33.1, day(1), IncidentType.ARMED_CLASH, Severity.LOW, "A", "B2", OPEN);
            Incident b = incident(35.6, 33.4, day(3), IncidentType.ARMED_CLASH, Severity.LOW, "B", "B2", OPEN);
            Incident c = incident(35.9, 33.9, day(2), IncidentType.ARMED_CLASH, Severity.LOW, "C", "B2", OPEN);
            store.saveAll(List.of(a, b, c, route("BLUE 1", day(0), day(9))));
            store.delete(c.id());
            store.putSetting("title", "EXERCISE — South Lebanon");
            PictureSummary s = store.summary();
            assertEquals(2, s.counts().get(Layer.INCIDENTS));
            assertEquals(1, s.counts().get(Layer.ROUTES));
            assertEquals(0, s.counts().get(Layer.ZONES));
            assertEquals(1, s.tombstones().get(Layer.INCIDENTS));
            // The extent comes from the R*Tree, whose 32-bit floats round outward by well under a metre.
            assertEquals(35.2, s.extent().getMinX(), 1e-5);
            assertEquals(35.6, s.extent().getMaxX(), 1e-5);
            assertEquals(33.1, s.extent().getMinY(), 1e-5);
            assertEquals(33.4, s.extent().getMaxY(), 1e-5);
            assertEquals(day(0), s.earliest());
            assertEquals(day(9), s.latest());
            assertEquals("EXERCISE — South Lebanon", s.title());
            assertEquals(NODE, s.nodeId());
            assertEquals(Migrations.LATEST, s.schemaVersion());
        }
    }

    @Test
    void settingsPersistAndTheNodeIdIsFixed() throws Exception {
        try (PictureStore store = PictureStore.create(file, NODE)) {
            assertEquals(NODE, store.setting("node_id").orElseThrow());
            assertEquals("picture", store.setting("title").orElseThrow());
            assertTrue(store.setting("nothing").isEmpty());
            store.putSetting("user", "lt.rossi");
            store.putSetting("user", "cpt.martin");
            assertThrows(StoreException.class, () -> store.putSetting("node_id", "other"));
            store.putSettings(java.util.Map.of("a", "1", "b", "2"));
            assertThrows(
                    StoreException.class,
                    () -> store.putSettings(java.util.Map.of("a", "changed", "node_id", "other")),
                    "several settings that include the node id are refused whole");
        }
        try (PictureStore store = PictureStore.open(file)) {
            assertEquals("cpt.martin", store.setting("user").orElseThrow());
            assertEquals(
                    List.of("1", "2", NODE),
                    List.of(
                            store.setting("a").orElseThrow(),
                            store.setting("b").orElseThrow(),
                            store.setting("node_id").orElseThrow()));
        }
        StoreException exists = assertThrows(StoreException.class, () -> PictureStore.create(file, NODE));
        assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());
    }

    @Test
    void gpkgContentsExtentAndLastChangeFollowWrites() throws Exception {
        try (PictureStore store = PictureStore.create(file, NODE)) {
            store.saveAll(List.of(incident(35.2, 33.1, "A"), incident(35.7, 33.5, "B")));
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var rs = c.createStatement()
                        .executeQuery("SELECT min_x, max_x, min_y, max_y, last_change FROM gpkg_contents"
                                + " WHERE table_name = 'incidents'")) {
            assertEquals(35.2, rs.getDouble(1));
            assertEquals(35.7, rs.getDouble(2));
            assertEquals(33.1, rs.getDouble(3));
            assertEquals(33.5, rs.getDouble(4));
            assertTrue(rs.getString(5).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), rs.getString(5));
        }
        assertTrue(Files.size(file) > 0);
    }

    private static List<UUID> ids(List<? extends Feature> features) {
        return features.stream().map(Feature::id).toList();
    }
}
