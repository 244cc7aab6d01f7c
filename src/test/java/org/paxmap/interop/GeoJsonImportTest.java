package org.paxmap.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.geojson.GeoJsonException;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.store.PictureSummary;
import org.paxmap.testing.SharedData;

/** Plain GeoJSON into a real picture: all or nothing, and a refused file leaves the picture exactly as it was. */
class GeoJsonImportTest {
    private static final ImportOptions OPTIONS =
            new ImportOptions("node-test", "tester", ReleaseLabel.exercise("TST"), false, false);

    @TempDir
    Path dir;

    private Path picture;

    @BeforeEach
    void pictureWithTheExercise() throws Exception {
        picture = dir.resolve("picture.gpkg");
        try (PictureStore store = PictureStore.create(picture, "node-test")) {
            GeoJsonImport.importFiles(store, List.of(exerciseFile()), OPTIONS);
        }
    }

    @Test
    void everyInvalidRealWorldFileIsRefusedAndThePictureIsUnchanged() throws Exception {
        List<Path> files = SharedData.geojsonFiles("geojson-invalid");
        assertThat(files).hasSizeGreaterThan(30);
        try (PictureStore store = PictureStore.open(picture)) {
            Snapshot before = Snapshot.of(store);
            for (Path file : files) {
                assertThatThrownBy(() -> GeoJsonImport.importFiles(store, List.of(file), OPTIONS))
                        .as(file.getFileName().toString())
                        .isInstanceOf(GeoJsonException.class)
                        .hasMessageContaining(file.getFileName().toString());
                assertThat(Snapshot.of(store))
                        .as("picture after " + file.getFileName())
                        .isEqualTo(before);
            }
        }
    }

    @Test
    void everyValidRealWorldFileImportsOrIsRefusedWithAReasonAndRefusalsChangeNothing() throws Exception {
        int imported = 0;
        int refused = 0;
        try (PictureStore store = PictureStore.open(picture)) {
            for (Path file : SharedData.geojsonFiles("geojson-valid")) {
                Snapshot before = Snapshot.of(store);
                try {
                    ImportReport report = GeoJsonImport.importFiles(store, List.of(file), OPTIONS);
                    assertThat(report.total()).as(file.getFileName().toString()).isNotNegative();
                    assertThat(Snapshot.of(store).total).isEqualTo(before.total + report.total());
                    imported++;
                } catch (GeoJsonException e) {
                    assertThat(e.getMessage()).contains(file.getFileName().toString());
                    assertThat(Snapshot.of(store)).isEqualTo(before);
                    refused++;
                }
            }
        }
        assertThat(imported).as("valid files imported").isGreaterThan(20);
        assertThat(refused)
                .as("valid files refused (GeometryCollection, null geometry, ...)")
                .isPositive();
    }

    @Test
    void anImportOfSeveralFilesIsAllOrNothing() throws Exception {
        Path good = dir.resolve("good.geojson");
        Files.writeString(
                good,
                """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","geometry":{"type":"Point","coordinates":[35.2,33.2]},
                   "properties":{"title":"Roadblock","occurred_at":"2026-09-03T10:00:00Z"}}]}
                """);
        Path bad = dir.resolve("bad.geojson");
        Files.writeString(
                bad,
                """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","geometry":{"type":"Point","coordinates":[35.2,95.0]},"properties":{}}]}
                """);
        try (PictureStore store = PictureStore.open(picture)) {
            Snapshot before = Snapshot.of(store);
            assertThatThrownBy(() -> GeoJsonImport.importFiles(store, List.of(good, bad), OPTIONS))
                    .isInstanceOf(GeoJsonException.class)
                    .hasMessageContaining("bad.geojson");
            assertThat(Snapshot.of(store)).isEqualTo(before);

            ImportReport report = GeoJsonImport.importFiles(store, List.of(good), OPTIONS);
            assertThat(report.saved()).containsEntry(Layer.INCIDENTS, 1);
            assertThat(store.query(FeatureQuery.all().withText("Roadblock"))).hasSize(1);
        }
    }

    @Test
    void exportedPictureReimportsToTheSameCounts() throws Exception {
        Path out = dir.resolve("export.geojson");
        Path copy = dir.resolve("copy.gpkg");
        PictureSummary original;
        try (PictureStore store = PictureStore.open(picture)) {
            original = store.summary();
            int written = org.paxmap.export.FeatureExport.toFile(
                            store,
                            FeatureQuery.all(),
                            org.paxmap.export.ExportFormat.GEOJSON,
                            org.paxmap.brief.AudienceFilter.of(
                                    null, org.paxmap.bundle.trust.PolicyTable.defaults(), store.nodeId()),
                            out)
                    .writtenCount();
            assertThat(written).isEqualTo((int) original.total());
        }
        try (PictureStore store = PictureStore.create(copy, "node-copy")) {
            GeoJsonImport.importFiles(store, List.of(out), OPTIONS);
            PictureSummary reimported = store.summary();
            assertThat(reimported.counts()).isEqualTo(original.counts());
            assertThat(reimported.extent()).isEqualTo(original.extent());
            assertThat(reimported.earliest()).isEqualTo(original.earliest());
        }
    }

    static Path exerciseFile() throws IOException {
        Path file = Path.of("samples", "exercise-south-lebanon.geojson");
        assertThat(file).as("the committed exercise scenario").exists();
        return file;
    }

    /** What a picture holds, compared before and after a refused import. */
    record Snapshot(long total, Object counts, long changes, Object extent) {
        static Snapshot of(PictureStore store) throws Exception {
            PictureSummary s = store.summary();
            return new Snapshot(s.total(), s.counts(), store.changesSince(0).size(), s.extent());
        }
    }
}
