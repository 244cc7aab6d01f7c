package org.paxmap.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.ThreatZone;
import org.paxmap.store.Cancellation;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;

/**
 * Foreign identity in a real picture: a newer ACLED, CoT or KML file updates the features an earlier one made (and
 * adds what is new) instead of duplicating them; a label an analyst gave since is kept; a preview writes nothing.
 */
class ForeignIdentityTest {
    @TempDir
    Path dir;

    private Path picture;

    @BeforeEach
    void emptyPicture() throws Exception {
        picture = dir.resolve("p.gpkg");
        PictureStore.create(picture, "TST-1").close();
    }

    @Test
    void aNewerAcledExportUpdatesItsEventsAndAddsTheNewOnes() throws Exception {
        Path v1 = FeatureReaderContractTest.AcledFiles.current(dir.resolve("acled-v1.csv"));
        Path v2 = FeatureReaderContractTest.AcledFiles.revised(
                v1,
                dir.resolve("acled-v2.csv"),
                "LBN1004,2024-01-09,2024,1,Political violence,Violence against civilians,Attack,Unidentified"
                        + " Armed Group (Lebanon),,3,Civilians (Lebanon),,7,37,Civilian targeting,422,Middle East,"
                        + "Lebanon,South,Tyre,,Tyre,33.2705,35.2038,1,NNA,National,A shop owner was shot.,1,,1705000000");
        try (PictureStore store = PictureStore.open(picture)) {
            ImportPreview first = ImportPipeline.apply(store, List.of(v1), RealDataImportTest.OPTIONS);
            assertThat(first.added().get(Layer.INCIDENTS)).isEqualTo(3);
            String before = PictureChecksum.of(picture);
            ImportPreview preview = ImportPipeline.preview(store, List.of(v2), RealDataImportTest.OPTIONS);
            assertThat(PictureChecksum.of(picture))
                    .as("a preview writes nothing")
                    .isEqualTo(before);
            assertThat(preview.added().get(Layer.INCIDENTS)).isEqualTo(1);
            assertThat(preview.updated().get(Layer.INCIDENTS)).isEqualTo(1);
            assertThat(preview.unchanged().get(Layer.INCIDENTS)).isEqualTo(2);
            ImportPreview second = ImportPipeline.apply(store, List.of(v2), RealDataImportTest.OPTIONS);
            assertThat(second.added()).isEqualTo(preview.added());
            assertThat(second.updated()).isEqualTo(preview.updated());
            List<Incident> incidents = store.incidents(org.paxmap.store.FeatureQuery.all());
            assertThat(incidents).hasSize(4);
            Incident clash = (Incident) store.find(
                            ForeignId.of(ImportFormat.ACLED, "any", "LBN1002").uuid())
                    .orElseThrow();
            assertThat(clash.casualties().best()).isEqualTo(5);
            assertThat(clash.description()).startsWith("Clashes near the border; revised.");
            assertThat(clash.sync().versions().toString()).contains("2");
        }
    }

    @Test
    void aCotEventWithTheSameUidUpdatesItsZoneAndKeepsTheAnalystsLabel() throws Exception {
        String event = "<event version='2.0' uid='zone-1' type='u-d-c-c' time='2024-01-05T10:00:00Z'"
                + " start='2024-01-05T10:00:00Z' stale='2024-01-06T10:00:00Z' how='h-e'>"
                + "<point lat='33.27' lon='35.20' hae='0' ce='9999999' le='9999999'/>"
                + "<detail><shape><ellipse major='RADIUS' minor='RADIUS' angle='360'/></shape>"
                + "<contact callsign='NAME'/></detail></event>";
        Path v1 = dir.resolve("zone.cot");
        Files.writeString(v1, event.replace("RADIUS", "200").replace("NAME", "Cordon"), StandardCharsets.UTF_8);
        Path v2 = dir.resolve("zone-later.cot");
        Files.writeString(v2, event.replace("RADIUS", "350").replace("NAME", "Cordon widened"));
        UUID id = ForeignId.of(ImportFormat.COT, "zone.cot", "zone-1").uuid();
        ReleaseLabel analysts = new ReleaseLabel("NATO", "NATO RESTRICTED", List.of(), List.of(), "TST-1");
        try (PictureStore store = PictureStore.open(picture)) {
            ImportPipeline.apply(store, List.of(v1), RealDataImportTest.OPTIONS);
            ThreatZone zone = (ThreatZone) store.find(id).orElseThrow();
            assertThat(zone.label()).isEqualTo(RealDataImportTest.OPTIONS.defaultLabel());
            store.saveAll(List.of(PictureMatch.with(zone, analysts, zone.sync(), zone)));
            ImportPreview second = ImportPipeline.apply(store, List.of(v2), RealDataImportTest.OPTIONS);
            assertThat(second.updated().get(Layer.ZONES)).isEqualTo(1);
            ThreatZone updated = (ThreatZone) store.find(id).orElseThrow();
            assertThat(updated.name()).isEqualTo("Cordon widened");
            assertThat(((org.paxmap.model.ZoneShape.Circle) updated.shape()).radiusMetres())
                    .isEqualTo(350);
            assertThat(updated.label())
                    .as("the analyst's label, not the import's")
                    .isEqualTo(analysts);
            assertThat(store.zones(org.paxmap.store.FeatureQuery.all())).hasSize(1);
        }
    }

    @Test
    void aKmlPlacemarkKeepsItsIdAcrossFilesAndFeaturesWithoutIdKeepTheirPlaceInTheFile() throws Exception {
        String kml = "<kml xmlns='http://www.opengis.net/kml/2.2'><Document>"
                + "<Placemark id='cp-7'><name>NAME</name><TimeStamp><when>2024-01-05</when></TimeStamp>"
                + "<Point><coordinates>35.5,33.2</coordinates></Point></Placemark>"
                + "<Placemark><name>Unnamed well</name><Point><coordinates>35.6,33.3</coordinates></Point></Placemark>"
                + "</Document></kml>";
        Path v1 = dir.resolve("checkpoints.kml");
        Files.writeString(v1, kml.replace("NAME", "Checkpoint 7"));
        try (PictureStore store = PictureStore.open(picture)) {
            assertThat(ImportPipeline.apply(store, List.of(v1), RealDataImportTest.OPTIONS)
                            .changes())
                    .isEqualTo(2);
            Files.writeString(v1, kml.replace("NAME", "Checkpoint 7 (closed)"));
            ImportPreview again = ImportPipeline.apply(store, List.of(v1), RealDataImportTest.OPTIONS);
            assertThat(again.updated().get(Layer.INCIDENTS)).isEqualTo(1);
            assertThat(again.unchanged().get(Layer.INCIDENTS)).isEqualTo(1);
            assertThat(store.incidents(org.paxmap.store.FeatureQuery.all()))
                    .extracting(Incident::title)
                    .containsExactlyInAnyOrder("Checkpoint 7 (closed)", "Unnamed well");
        }
    }

    @Test
    void plainGeoJsonWithoutUuidsOrTimesImportsOnceAndAgainChangesNothing() throws Exception {
        Path file = dir.resolve("plain.geojson");
        Files.writeString(
                file,
                "{\"type\":\"FeatureCollection\",\"features\":["
                        + "{\"type\":\"Feature\",\"id\":\"cp-1\",\"properties\":{\"name\":\"Checkpoint\"},"
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[35.5,33.2]}},"
                        + "{\"type\":\"Feature\",\"properties\":{\"name\":\"Road\"},"
                        + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[35.5,33.2],[35.6,33.3]]}},"
                        + "{\"type\":\"Feature\",\"id\":17,\"properties\":{\"name\":\"Area\"},\"geometry\":{\"type\":"
                        + "\"Polygon\",\"coordinates\":[[[35.5,33.2],[35.6,33.2],[35.6,33.3],[35.5,33.2]]]}}]}");
        Instant first = Instant.parse("2026-11-02T08:00:00Z");
        try (PictureStore store = PictureStore.open(picture)) {
            assertThat(ImportPipeline.apply(
                                    store,
                                    List.of(file),
                                    RealDataImportTest.OPTIONS,
                                    Cancellation.none(),
                                    Clock.fixed(first, ZoneOffset.UTC))
                            .changes())
                    .isEqualTo(3);
            assertThat(store.zones(FeatureQuery.all()))
                    .extracting(ThreatZone::validFrom)
                    .as("a timeless zone is valid from its import")
                    .containsExactly(first);
        }
        String after = PictureChecksum.of(picture);
        // a day later: the route and zone, timeless, keep the times they were given at the first import
        try (PictureStore store = PictureStore.open(picture)) {
            ImportPreview again = ImportPipeline.apply(
                    store,
                    List.of(file),
                    RealDataImportTest.OPTIONS,
                    Cancellation.none(),
                    Clock.fixed(first.plus(Duration.ofDays(1)), ZoneOffset.UTC));
            assertThat(again.changes()).isZero();
            assertThat(again.features()).isEqualTo(3);
        }
        assertThat(PictureChecksum.of(picture)).isEqualTo(after);
    }
}
