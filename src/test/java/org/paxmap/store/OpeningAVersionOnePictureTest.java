package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.model.ThreatZone;

/** A picture written by schema version 1 (see {@link PictureV1Generator}) opens, migrates and is searchable. */
class OpeningAVersionOnePictureTest {
    @TempDir
    Path dir;

    @Test
    void aVersionOnePictureIsMigratedToTheLatestSchemaWithItsFeaturesIntactAndSearchable() throws Exception {
        Path file = dir.resolve("old.gpkg");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/store/picture-v1.gpkg"))) {
            Files.copy(in, file);
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var rs = c.createStatement().executeQuery("SELECT max(version) FROM paxmap_versions")) {
            assertEquals(1, rs.getInt(1), "the fixture really is version 1");
        }
        try (PictureStore store = PictureStore.open(file)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals(PictureV1Generator.NODE, store.nodeId());
            PictureSummary summary = store.summary();
            assertEquals(2, summary.counts().get(Layer.INCIDENTS));
            assertEquals(1, summary.counts().get(Layer.ROUTES));
            assertEquals(1, summary.counts().get(Layer.ZONES));
            assertEquals("EXERCISE — version 1 fixture", summary.title());

            Incident ied =
                    (Incident) store.find(PictureV1Generator.INCIDENT_IED).orElseThrow();
            assertEquals(35.2034, ((Point) ied.geometry()).getX());
            assertEquals("B2", ied.grade().toString());
            assertEquals(1, ied.sync().versions().get(PictureV1Generator.NODE));

            assertEquals(
                    List.of(PictureV1Generator.INCIDENT_PROTEST),
                    store.query(FeatureQuery.all().withText("tyre")).stream()
                            .map(Feature::id)
                            .toList(),
                    "rows written before the search index existed are found");
            assertEquals(
                    List.of(PictureV1Generator.ZONE),
                    store.query(FeatureQuery.all().withText("alpha")).stream()
                            .map(Feature::id)
                            .toList());

            ThreatZone zone = (ThreatZone) store.find(PictureV1Generator.ZONE).orElseThrow();
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
            assertEquals(1, store.query(FeatureQuery.all().withText("charlie")).size());
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var rs = c.createStatement()
                        .executeQuery(
                                "SELECT group_concat(version) FROM (SELECT version FROM paxmap_versions ORDER BY version)")) {
            assertEquals("1,2", rs.getString(1), "each migration recorded once");
        }
    }
}
