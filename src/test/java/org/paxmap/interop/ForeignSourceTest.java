package org.paxmap.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Feature;
import org.paxmap.store.Cancellation;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.ForeignSource;
import org.paxmap.store.PictureStore;
import org.paxmap.store.WriteCancelledException;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteUpdateListener;

/**
 * Each feature an import writes remembers, in the same transaction, the format, file and source id it came from
 * ({@code paxmap_foreign_sources}): a newer file that changes a feature names the newer file, an unchanged one keeps
 * the first; the record stays when the feature is deleted; a local save records none; a cancelled import writes
 * neither features nor sources, also when it is cancelled after chunks and their sources were written.
 */
class ForeignSourceTest {
    @TempDir
    Path dir;

    private Path picture;

    @BeforeEach
    void emptyPicture() throws Exception {
        picture = dir.resolve("p.gpkg");
        PictureStore.create(picture, "TST-1").close();
    }

    @Test
    void eachAcledEventRemembersItsFileAndEventIdAndANewerFileNamesTheFeaturesItChanged() throws Exception {
        Path v1 = FeatureReaderContractTest.AcledFiles.current(dir.resolve("acled_2024.csv"));
        Path v2 = FeatureReaderContractTest.AcledFiles.revised(v1, dir.resolve("acled_2024-02.csv"));
        UUID clash = ForeignId.of(ImportFormat.ACLED, "any", "LBN1002").uuid();
        UUID protest = ForeignId.of(ImportFormat.ACLED, "any", "LBN1003").uuid();
        try (PictureStore store = PictureStore.open(picture)) {
            ImportPipeline.apply(store, List.of(v1), RealDataImportTest.OPTIONS);
            ForeignSource first = store.foreignSource(clash).orElseThrow();
            assertThat(first.format()).isEqualTo("acled");
            assertThat(first.file()).isEqualTo("acled_2024.csv");
            assertThat(first.sourceId()).isEqualTo("LBN1002");
            assertThat(first.ownId()).isTrue();
            assertThat(ForeignSourceText.describe(first)).isEqualTo("ACLED CSV 'acled_2024.csv', event LBN1002");
            for (Feature f : store.query(FeatureQuery.all())) {
                assertThat(store.foreignSource(f.id())).as(f.name()).isPresent();
            }

            ImportPipeline.apply(store, List.of(v2), RealDataImportTest.OPTIONS);
            assertThat(store.foreignSource(clash).orElseThrow().file())
                    .as("the changed event now comes from the newer file")
                    .isEqualTo("acled_2024-02.csv");
            assertThat(store.foreignSource(protest).orElseThrow().file())
                    .as("an event the newer file left unchanged keeps the file that wrote it")
                    .isEqualTo("acled_2024.csv");

            ForeignSource changed = store.foreignSource(clash).orElseThrow();
            store.delete(clash);
            assertThat(store.foreignSource(clash))
                    .as("the tombstone keeps its source: it says why a re-import does not bring it back")
                    .contains(changed);
            assertThat(store.foreignSource(clash).orElseThrow().sourceId()).isEqualTo("LBN1002");
        }
    }

    @Test
    void thingsWithoutAnIdOfTheirOwnAreNamedByTheirPlaceAndGeoJsonByItsOwnId() throws Exception {
        Path kml = dir.resolve("points.kml");
        Files.writeString(
                kml,
                "<kml xmlns='http://www.opengis.net/kml/2.2'><Document><Placemark><name>A</name><Point>"
                        + "<coordinates>35.2,33.2</coordinates></Point></Placemark></Document></kml>",
                StandardCharsets.UTF_8);
        Path geojson = dir.resolve("sites.geojson");
        Files.writeString(
                geojson,
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"site-7\","
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[35.3,33.3]},"
                        + "\"properties\":{\"name\":\"Site 7\",\"occurred_at\":\"2024-01-05T10:00:00Z\"}}]}",
                StandardCharsets.UTF_8);
        try (PictureStore store = PictureStore.open(picture)) {
            ImportPipeline.apply(store, List.of(kml, geojson), RealDataImportTest.OPTIONS);
            ForeignSource placemark = store.foreignSource(
                            ForeignId.positional(ImportFormat.KML, "points.kml", "placemark", 1)
                                    .uuid())
                    .orElseThrow();
            assertThat(placemark.ownId()).isFalse();
            assertThat(ForeignSourceText.describe(placemark))
                    .isEqualTo("KML 'points.kml', placemark 1 (it has no id of its own)");
            ForeignSource site = store.foreignSource(
                            ForeignId.of(ImportFormat.GEOJSON, "x", "site-7").uuid())
                    .orElseThrow();
            assertThat(ForeignSourceText.describe(site))
                    .as("the file's own id, not the UUID made of it")
                    .isEqualTo("GeoJSON 'sites.geojson', id site-7");
        }
    }

    @Test
    void aLocalSaveRecordsNoSourceAndACancelledImportWritesNothing() throws Exception {
        Path v1 = FeatureReaderContractTest.AcledFiles.current(dir.resolve("acled.csv"));
        try (PictureStore store = PictureStore.open(picture)) {
            Cancellation cancellation = new Cancellation();
            cancellation.cancel();
            String before = PictureChecksum.of(picture);
            assertThatThrownBy(() -> ImportPipeline.apply(store, List.of(v1), RealDataImportTest.OPTIONS, cancellation))
                    .isInstanceOf(WriteCancelledException.class)
                    .hasMessageContaining("Import cancelled: nothing was imported");
            assertThat(PictureChecksum.of(picture)).isEqualTo(before);
            assertThat(sourceRows()).isZero();

            ImportPipeline.apply(store, List.of(v1), RealDataImportTest.OPTIONS);
            assertThat(sourceRows()).isEqualTo(3);
            Feature imported = store.query(FeatureQuery.all()).get(0);
            store.saveAll(List.of(imported));
            assertThat(sourceRows())
                    .as("a local edit neither adds nor drops a source")
                    .isEqualTo(3);
        }
    }

    @Test
    @Tag("slow")
    void anImportCancelledAfterChunksAndTheirSourcesWereWrittenLeavesNeitherFeaturesNorSources() throws Exception {
        int count = ImportPipeline.CHUNK * 3 / 2;
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"Feature\",\"id\":\"site-")
                    .append(i)
                    .append("\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(35 + i % 100 / 100.0)
                    .append(',')
                    .append(33 + i / 100 / 1000.0)
                    .append("]},\"properties\":{\"name\":\"Site ")
                    .append(i)
                    .append("\",\"occurred_at\":\"2024-01-05T10:00:00Z\"}}");
        }
        Path geojson = Files.writeString(dir.resolve("sites.geojson"), json.append("]}"), StandardCharsets.UTF_8);
        // the source rows (a WITHOUT ROWID table) are not seen by SQLite's update hook, the feature rows are: a chunk's
        // sources are written right after its features, so at this row of the second chunk the first chunk and its
        // sources are in the transaction
        int cancelAt = ImportPipeline.CHUNK + 1_000;
        String incidents = org.paxmap.model.Layer.INCIDENTS.tableName();
        try (PictureStore store = PictureStore.open(picture)) {
            String before = PictureChecksum.of(picture);
            Cancellation cancellation = new Cancellation();
            AtomicInteger features = new AtomicInteger();
            SQLiteConnection writer = writer(store);
            SQLiteUpdateListener listener = (type, database, table, rowId) -> {
                if (table.equals(incidents) && features.incrementAndGet() == cancelAt) {
                    cancellation.cancel(); // on the writing thread, inside the statement writing the second chunk
                }
            };
            writer.addUpdateListener(listener);
            try {
                assertThatThrownBy(() ->
                                ImportPipeline.apply(store, List.of(geojson), RealDataImportTest.OPTIONS, cancellation))
                        .isInstanceOf(WriteCancelledException.class)
                        .hasMessageContaining("Import cancelled: nothing was imported");
            } finally {
                writer.removeUpdateListener(listener);
            }
            assertThat(features.get()).as("the second chunk was being written").isGreaterThanOrEqualTo(cancelAt);
            assertThat(sourceRows()).isZero();
            assertThat(store.query(FeatureQuery.all())).isEmpty();
            assertThat(PictureChecksum.of(picture)).isEqualTo(before);
        }
    }

    // The store keeps its write connection to itself; the test looks inside to cancel at a known point.
    private static SQLiteConnection writer(PictureStore store) throws Exception {
        Field f = PictureStore.class.getDeclaredField("writer");
        f.setAccessible(true);
        return ((Connection) f.get(store)).unwrap(SQLiteConnection.class);
    }

    private int sourceRows() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + picture);
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM paxmap_foreign_sources")) {
            return rs.getInt(1);
        }
    }
}
