package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Point;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.model.ThreatZone;

/**
 * A picture written by each earlier schema version (committed fixtures, see {@link PictureFixtureGenerator}) opens,
 * migrates to the latest version and is searchable.
 */
class OpeningAnEarlierPictureTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "schema version {0}")
    @ValueSource(ints = {1, 2, 3, 5, 8})
    void anEarlierPictureIsMigratedToTheLatestSchemaWithItsFeaturesIntactAndSearchable(int version) throws Exception {
        assertTrue(version < Migrations.LATEST);
        Path file = dir.resolve("old.gpkg");
        String fixture = "/store/picture-v" + version + ".gpkg";
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(fixture), fixture)) {
            Files.copy(in, file);
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var rs = c.createStatement().executeQuery("SELECT max(version) FROM paxmap_versions")) {
            assertEquals(version, rs.getInt(1), "the fixture really is version " + version);
        }
        try (PictureStore store = PictureStore.open(file)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals(PictureFixtureGenerator.NODE, store.nodeId());
            PictureSummary summary = store.summary();
            assertEquals(2, summary.counts().get(Layer.INCIDENTS));
            assertEquals(1, summary.counts().get(Layer.ROUTES));
            assertEquals(1, summary.counts().get(Layer.ZONES));
            assertEquals("EXERCISE — version " + version + " fixture", summary.title());

            Incident ied =
                    (Incident) store.find(PictureFixtureGenerator.INCIDENT_IED).orElseThrow();
            assertEquals(35.2034, ((Point) ied.geometry()).getX());
            assertEquals("B2", ied.grade().toString());
            assertEquals(1, ied.sync().versions().get(PictureFixtureGenerator.NODE));

            assertEquals(
                    List.of(PictureFixtureGenerator.INCIDENT_PROTEST),
                    store.query(FeatureQuery.all().withText("tyre")).stream()
                            .map(Feature::id)
                            .toList(),
                    "rows written before the search index existed are found");
            assertEquals(
                    List.of(PictureFixtureGenerator.ZONE),
                    store.query(FeatureQuery.all().withText("alpha")).stream()
                            .map(Feature::id)
                            .toList());

            ThreatZone zone =
                    (ThreatZone) store.find(PictureFixtureGenerator.ZONE).orElseThrow();
            ThreatZone renamed = new ThreatZone(
                    zone.id(),
                    "Minefield Charlie",
                    zone.area(),
                    zone.shape(),
                    zone.threatLevel(),
                    zone.category(),
                    zone.validFrom(),
                    zone.validUntil(),
                    zone.label(),
                    zone.sync());
            store.saveAll(List.of(renamed));
            assertTrue(store.query(FeatureQuery.all().withText("alpha")).isEmpty(), "the index follows writes");
            assertEquals(
                    List.of("Minefield Alpha"),
                    store.pastVersions(zone.id()).stream().map(Feature::name).toList(),
                    "the migrated picture keeps the version history of later writes");
            assertEquals(1, store.query(FeatureQuery.all().withText("charlie")).size());

            assertTrue(
                    store.foreignSource(PictureFixtureGenerator.INCIDENT_IED).isEmpty(),
                    "a feature of an earlier picture has no foreign source recorded");
            Incident protest = (Incident)
                    store.find(PictureFixtureGenerator.INCIDENT_PROTEST).orElseThrow();
            ForeignSource source = new ForeignSource(
                    "acled", "acled_2024.csv", "LBN1003", true, java.time.Instant.parse("2024-03-02T10:00:00Z"));
            store.saveImported(
                    new FeatureSource<RuntimeException>() {
                        private boolean given;

                        @Override
                        public List<? extends Feature> next() {
                            List<Feature> chunk = given ? List.of() : List.of(protest);
                            given = true;
                            return chunk;
                        }
                    },
                    id -> id.equals(protest.id()) ? source : null,
                    Cancellation.none());
            assertEquals(
                    java.util.Optional.of(source),
                    store.foreignSource(protest.id()),
                    "the migrated picture records where an import's features came from");

            assertTrue(store.briefings().list().isEmpty(), "an earlier picture has no briefings");
            StoredBriefing brief = new StoredBriefing(
                    java.util.UUID.randomUUID(),
                    "Morning brief",
                    null,
                    "fixture",
                    "1 BDE",
                    java.time.Instant.now(),
                    java.time.Instant.now());
            store.briefings().create(brief, List.of(new StoredSlide(java.util.UUID.randomUUID(), "{}")));
            assertEquals(1, store.briefings().slideCount(brief.id()), "the migrated picture keeps briefings");
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var rs = c.createStatement()
                        .executeQuery(
                                "SELECT group_concat(version) FROM (SELECT version FROM paxmap_versions ORDER BY version)")) {
            String all = Migrations.ALL.stream()
                    .map(m -> Integer.toString(m.version()))
                    .collect(java.util.stream.Collectors.joining(","));
            assertEquals(all, rs.getString(1), "each migration recorded once");
        }
    }
}
