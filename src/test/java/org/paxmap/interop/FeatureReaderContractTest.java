package org.paxmap.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.testing.SharedData;

/**
 * The {@link FeatureReader} contract, run against every reader on a real file of its format: the file is recognised
 * as the reader's format from its content; reading it yields features whose geometry the picture accepts, labelled
 * with the import's default label (fail closed) and originated by the importing node; reading it again yields the
 * same ids and the same content (foreign identity); and the file cut in half is refused with one line that names
 * the file and holds no raw bytes.
 */
class FeatureReaderContractTest {
    @TempDir
    static Path dir;

    static final ImportContext CONTEXT =
            new ImportContext(RealDataImportTest.OPTIONS, Instant.parse("2026-01-05T10:00:00Z"));

    /** A real file of each format (KMZ and ACLED current layout made here from real content). */
    static Map<ImportFormat, Path> samples() throws Exception {
        Path realdata = SharedData.realdata();
        Map<ImportFormat, Path> m = new TreeMap<>();
        m.put(ImportFormat.GEOJSON, realdata.resolve("geojson-valid/geojson-schema_featurecollection_basic.geojson"));
        m.put(ImportFormat.KML, realdata.resolve("kml/libkml_kmlsamples.kml"));
        m.put(ImportFormat.KMZ, kmz(realdata.resolve("kml/libkml_kmlsamples.kml")));
        m.put(ImportFormat.GPX, realdata.resolve("gpx/gpxpy_gpx1.0_with_all_fields.gpx"));
        m.put(ImportFormat.COT, realdata.resolve("cot/atak-civ-takcot_Route.cot"));
        m.put(ImportFormat.TAK_PACKAGE, realdata.resolve("takpkg/atak-civ_CoT_Types_Data_Package.zip"));
        m.put(ImportFormat.ACLED, AcledFiles.current(dir.resolve("acled-current.csv")));
        m.put(ImportFormat.GEOPACKAGE, realdata.resolve("geopackage/geopackage-js_gdal_sample.gpkg"));
        return m;
    }

    static Path kmz(Path kml) throws Exception {
        Path kmz = dir.resolve("samples.kmz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(kmz))) {
            zip.putNextEntry(new ZipEntry("doc.kml"));
            Files.copy(kml, zip);
            zip.closeEntry();
        }
        return kmz;
    }

    static Stream<FeatureReader> readers() {
        return FeatureReaders.all().stream();
    }

    @Test
    void everyFormatHasExactlyOneReader() {
        Set<ImportFormat> formats = EnumSet.noneOf(ImportFormat.class);
        FeatureReaders.all().forEach(r -> assertThat(formats.add(r.format()))
                .as(r.format().name())
                .isTrue());
        assertThat(formats).containsExactlyInAnyOrder(ImportFormat.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void recognisesReadsMapsAndKeepsIdentity(FeatureReader reader) throws Exception {
        Path file = samples().get(reader.format());
        assertThat(FormatRecognizer.recognise(file)).isEqualTo(reader.format());
        List<ForeignFeature> first = read(reader, file);
        assertThat(first).as("features read from " + file.getFileName()).isNotEmpty();
        for (ForeignFeature f : first) {
            assertThat(GeometryValidator.problem(
                            f.feature().layer(), f.feature().geometry()))
                    .as(f.id().toString())
                    .isEmpty();
            assertThat(f.feature().label()).isEqualTo(RealDataImportTest.OPTIONS.defaultLabel());
            assertThat(f.feature().sync().origin()).isEqualTo("TST-1");
            assertThat(f.mapping()).contains("→");
        }
        List<ForeignFeature> second = read(reader, file);
        assertThat(second.stream().map(f -> f.feature().id()).toList())
                .isEqualTo(first.stream().map(f -> f.feature().id()).toList());
        for (int i = 0; i < first.size(); i++) {
            assertThat(FeatureJson.contentSha256(second.get(i).feature()))
                    .isEqualTo(FeatureJson.contentSha256(first.get(i).feature()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void refusesTheFileCutInHalfWithOneLineNamingIt(FeatureReader reader) throws Exception {
        Path whole = samples().get(reader.format());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut-" + whole.getFileName());
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> {
                    FormatRecognizer.recognise(cut);
                    read(reader, cut);
                })
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(cut.getFileName().toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContainPattern("[\\x00-\\x1f]"));
    }

    static List<ForeignFeature> read(FeatureReader reader, Path file) throws ImportException {
        List<ForeignFeature> out = new ArrayList<>();
        reader.read(file, CONTEXT, new ImportSink() {
            @Override
            public void feature(ForeignFeature feature) {
                out.add(feature);
            }

            @Override
            public void skip(String kind, String reason) {}

            @Override
            public void warn(String warning) {}
        });
        return out;
    }

    /** Writes ACLED test files. */
    static final class AcledFiles {
        private AcledFiles() {}

        static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
                + "civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,"
                + "geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

        /** Three rows in the current layout (values after ACLED's public Lebanon data). */
        static Path current(Path file) throws Exception {
            return write(
                    file,
                    HEADER,
                    "LBN1001,2024-01-05,2024,1,Political violence,Explosions/Remote violence,"
                            + "Shelling/artillery/missile attack,Military Forces of Israel (2022-),,8,,,0,80,,422,"
                            + "Middle East,Lebanon,South,Marjaayoun,,Kfar Kila,33.2750,35.5590,1,"
                            + "L'Orient-Le Jour,National,\"Shelling on the outskirts, no casualties reported.\",0,,"
                            + "1704900000",
                    "LBN1002,2024-01-06,2024,2,Political violence,Battles,Armed clash,Hezbollah,,2,"
                            + "Military Forces of Israel (2022-),,8,28,,422,Middle East,Lebanon,South,Bint Jbeil,,"
                            + "Aitaroun,33.1170,35.4720,2,Naharnet,National,Clashes near the border.,3,,1704900000",
                    "LBN1003,2024-01-07,2024,1,Demonstrations,Protests,Peaceful protest,Protesters (Lebanon),,6,,,0,"
                            + "60,,422,Middle East,Lebanon,Beirut,Beirut,,Beirut,33.8886,35.4955,3,"
                            + "Daily Star,National,Protest over wages.,0,,1704900000");
        }

        /** {@code v1} (see {@link #current}) with event LBN1002 revised (notes and fatalities), then {@code more}. */
        static Path revised(Path v1, Path file, String... more) throws Exception {
            String[] lines = Files.readString(v1).split("\r\n");
            List<String> out = new ArrayList<>(List.of(
                    lines[0],
                    lines[1],
                    lines[2].replace("Clashes near the border.,3,", "Clashes near the border; revised.,5,"),
                    lines[3]));
            out.addAll(List.of(more));
            return write(file, out.toArray(String[]::new));
        }

        static Path write(Path file, String... lines) throws Exception {
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            return file;
        }
    }
}
