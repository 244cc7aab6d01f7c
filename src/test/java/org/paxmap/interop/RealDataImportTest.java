package org.paxmap.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.model.Layer;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.SharedData;

/**
 * Every file in {@code ../shared/realdata/kml}, {@code gpx}, {@code cot}, {@code takpkg}, {@code acled} and {@code geopackage} through
 * {@code ImportPipeline} into a real picture that already holds features: it imports with the counts {@link
 * #EXPECTED} gives, and importing it again changes no row; or it is refused with the reason given, and no row of the
 * picture changed (checksum of every row). The INVALID and SECURITY files of SOURCES.md are among the refused.
 * src/test/resources/interop/REALDATA.md tables the same with the reasons.
 */
@Tag("slow")
class RealDataImportTest {
    static final ImportOptions OPTIONS =
            new ImportOptions("TST-1", "tester", GeoJsonImport.unmarkedLabel("TST-1"), false, false);

    /** File → "incidents/routes/zones" added, or "refused: message fragment". */
    static final Map<String, String> EXPECTED = expected();

    private static Map<String, String> expected() {
        Map<String, String> m = new TreeMap<>();
        m.put("kml/gdal_truncated.kml", "refused: malformed XML");
        m.put("kml/libkml_100_nested_folders.kml", "refused: nested more than 64 deep");
        m.put("kml/libkml_all-gx.kml", "1/1/0");
        m.put("kml/libkml_badcoords.kml", "0/1/0");
        m.put("kml/libkml_billion.kml", "refused: document type declaration");
        m.put("kml/libkml_doc.kmz", "0/0/0");
        m.put("kml/libkml_gnis-ak-first-101.kml", "101/0/0");
        m.put("kml/libkml_kmlsamples.kml", "4/6/9");
        m.put("kml/libkml_nokml.kmz", "refused: a ZIP archive holding neither a KML file");
        m.put("kml/libkml_schemadata.kml", "1/0/0");
        m.put("gpx/gpxpy_Mojstrovka.gpx", "0/1/0");
        m.put("gpx/gpxpy_gpx1.0_with_all_fields.gpx", "2/2/0");
        m.put("gpx/gpxpy_route.gpx", "0/1/0");
        m.put("gpx/gpxpy_track-with-empty-segment.gpx", "0/1/0");
        m.put("gpx/gpxpy_unicode_with_bom.gpx", "1/0/0");
        m.put("gpx/jpx_GPX-full.gpx", "1/0/0");
        m.put("gpx/jpx_GPX_invalid_extensions.gpx", "refused: must be terminated by the matching end-tag");
        m.put("gpx/jpx_ISSUE-77.gpx", "0/0/0");
        m.put("cot/atak-civ-takcot_Drawing_Shapes_Circle.cot", "0/0/1");
        m.put("cot/atak-civ-takcot_Drawing_Shapes_Free_Form.cot", "0/0/1");
        m.put("cot/atak-civ-takcot_Geo_Fence.cot", "0/0/1");
        m.put("cot/atak-civ-takcot_Marker_2525.cot", "1/0/0");
        m.put("cot/atak-civ-takcot_Marker_Spot.cot", "1/0/0");
        m.put("cot/atak-civ-takcot_Route.cot", "0/1/0");
        m.put("cot/freetakserver-testdata_Chat.cot", "0/0/0");
        m.put("cot/freetakserver-testdata_Delete.cot", "0/0/0");
        m.put("cot/freetakserver_a-f-G-E-V-C-1581185447835.xml", "1/0/0");
        m.put("cot/freetakserver_a-h-G-1581185498005.xml", "1/0/0");
        m.put("cot/freetakserver_a-u-A-M-F-1581185491901.xml", "1/0/0");
        m.put("cot/freetakserver_b-m-p-s-m-1581185985900.xml", "1/0/0");
        m.put("takpkg/atak-civ_CoT_Types_Data_Package.zip", "4/1/4");
        m.put("takpkg/freetakserver_DP-OTHER.zip", "0/0/0");
        m.put("takpkg/node-cot_MissionArchive.zip", "0/0/0");
        m.put("acled/acled-to-geojson_ACLEDtestFile_legacy-v5-header.csv", "1/0/0");
        m.put("geopackage/geopackage-js_gdal_sample.gpkg", "4/4/9");
        m.put("geopackage/geopackage-js_example.gpkg", "10/8/9");
        m.put("geopackage/geopackage-js_rivers.gpkg", "0/352/0");
        m.put("geopackage/geopackage-js_multipleholes.gpkg", "0/0/1");
        m.put("geopackage/geopackage-js_geometrycollection.gpkg", "0/0/0");
        m.put("geopackage/geopackage-js_attributes.gpkg", "refused: a GeoPackage without feature tables");
        m.put("geopackage/geopackage-js_denver_tile.gpkg", "refused: a GeoPackage without feature tables");
        return m;
    }

    @TempDir
    Path dir;

    private Path picture;

    @BeforeEach
    void pictureWithFeatures() throws Exception {
        picture = dir.resolve("picture.gpkg");
        try (PictureStore store = PictureStore.create(picture, "TST-1")) {
            GeoJsonImport.importFiles(store, List.of(GeoJsonImportTest.exerciseFile()), OPTIONS);
        }
    }

    static Stream<Arguments> files() {
        Path realdata = SharedData.realdata();
        return EXPECTED.entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), realdata.resolve(e.getKey()), e.getValue()));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("files")
    void importsWithTheExpectedCountsOrIsRefusedWithThePictureUnchanged(String name, Path file, String expected)
            throws Exception {
        assertThat(file).as("the shared fixture " + name).exists();
        String before = PictureChecksum.of(picture);
        if (expected.startsWith("refused: ")) {
            try (PictureStore store = PictureStore.open(picture)) {
                assertThatThrownBy(() -> ImportPipeline.apply(store, List.of(file), OPTIONS))
                        .isInstanceOf(ImportException.class)
                        .hasMessageStartingWith(file.getFileName().toString())
                        .hasMessageContaining(expected.substring("refused: ".length()))
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("[\\x00-\\x08\\x0e-\\x1f]"));
            }
            assertThat(PictureChecksum.of(picture))
                    .as("every row after the refusal")
                    .isEqualTo(before);
            return;
        }
        ImportPreview preview;
        try (PictureStore store = PictureStore.open(picture)) {
            ImportPreview dryRun = ImportPipeline.preview(store, List.of(file), OPTIONS);
            assertThat(PictureChecksum.of(picture))
                    .as("every row after the preview")
                    .isEqualTo(before);
            long held = store.summary().total();
            preview = ImportPipeline.apply(store, List.of(file), OPTIONS);
            assertThat(preview.added()).isEqualTo(dryRun.added());
            assertThat(preview.mappings()).isEqualTo(dryRun.mappings());
            assertThat(store.summary().total()).isEqualTo(held + preview.changes());
        }
        String counts = preview.added().get(Layer.INCIDENTS) + "/"
                + preview.added().get(Layer.ROUTES) + "/" + preview.added().get(Layer.ZONES);
        assertThat(counts).as("incidents/routes/zones added").isEqualTo(expected);
        assertThat(preview.updated().values()).allMatch(n -> n == 0);
        String after = PictureChecksum.of(picture);
        try (PictureStore store = PictureStore.open(picture)) {
            ImportPreview again = ImportPipeline.apply(store, List.of(file), OPTIONS);
            assertThat(again.changes())
                    .as("changes on importing the same file again")
                    .isZero();
            assertThat(again.unchanged()).isEqualTo(preview.added());
        }
        assertThat(PictureChecksum.of(picture))
                .as("every row after importing the same file again")
                .isEqualTo(after);
    }
}
