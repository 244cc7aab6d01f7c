package org.paxmap.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.paxmap.model.ReleaseLabel;

/**
 * Acceptance on real files other projects publish: every file of {@code realdata/geojson-valid} imports or is refused
 * with the specific reason in the table (the same table is in {@code src/test/resources/geojson/REALDATA.md}); every
 * file of {@code geojson-invalid} is refused with a message naming the file.
 */
class RealDataAcceptanceTest {
    private static final ImportOptions STRICT =
            new ImportOptions("node-test", "tester", ReleaseLabel.exercise("FRA"), false, false);

    private static Path realdata(String folder) {
        String shared = System.getProperty("paxmap.shared", "../shared");
        Path dir = Path.of(shared, "realdata", folder);
        Assumptions.assumeTrue(
                Files.isDirectory(dir),
                "real test data missing: " + dir.toAbsolutePath() + " (set -Dpaxmap.shared to the shared folder)");
        return dir;
    }

    private static ImportPlan read(Path file, ImportOptions options) throws IOException, GeoJsonException {
        try (InputStream in = Files.newInputStream(file)) {
            return GeoJsonFeatureReader.read(in, file.getFileName().toString(), options);
        }
    }

    /** file → "imported N layers" or "refused: <text the message must contain>". Keep in step with REALDATA.md. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "antimeridian_in_almost-180.geojson | imported 1 zones",
                "antimeridian_in_complex-split.geojson | refused: feature 1 (a bare geometry), field geometry: Self-intersection at (120, -20)",
                "antimeridian_in_latitude-band.geojson | imported 1 zones",
                "antimeridian_in_multi-line.geojson | refused: field geometry.type: MultiLineString is not supported",
                "antimeridian_in_north-pole.geojson | refused: field geometry: Self-intersection at (45, 40)",
                "antimeridian_in_over-180.geojson | refused: field geometry.coordinates[0][1]: longitude 190.0 is out of range (-180..180)",
                "antimeridian_in_point-on-antimeridian.geojson | imported 1 zones",
                "antimeridian_out-flat_complex-split.geojson | imported 1 zones",
                "antimeridian_out-flat_line.geojson | refused: field geometry.type: MultiLineString is not supported",
                "antimeridian_out-flat_split.geojson | imported 1 zones",
                "gdal_ids_0_1_null_1_null.geojson | refused: feature 1, field geometry: is null: a picture feature needs a place",
                "gdal_sparse_fields.geojson | refused: feature 1, field geometry: is null: a picture feature needs a place",
                "geojson-schema_feature_basic.geojson | imported 1 incidents",
                "geojson-schema_feature_null-geometry.geojson | refused: feature 1 (id \"1\"), field geometry: is null: a picture feature needs a place",
                "geojson-schema_feature_with-number-id.geojson | imported 1 incidents",
                "geojson-schema_featurecollection_basic.geojson | imported 1 incidents",
                "geojson-schema_featurecollection_empty.geojson | imported 0 ",
                "geojson-schema_geometrycollection_basic.geojson | refused: field geometry.type: GeometryCollection is not supported",
                "geojson-schema_geometrycollection_bbox.geojson | refused: field geometry.type: GeometryCollection is not supported",
                "geojson-schema_linestring_basic.geojson | imported 1 routes",
                "geojson-schema_linestring_bbox.geojson | imported 1 routes",
                "geojson-schema_multilinestring_basic.geojson | refused: field geometry.type: MultiLineString is not supported",
                "geojson-schema_multilinestring_bbox.geojson | refused: field geometry.type: MultiLineString is not supported",
                "geojson-schema_multipoint_basic.geojson | refused: field geometry.type: MultiPoint is not supported",
                "geojson-schema_multipoint_bbox.geojson | refused: field geometry.type: MultiPoint is not supported",
                "geojson-schema_multipolygon_basic.geojson | imported 1 zones",
                "geojson-schema_multipolygon_bbox.geojson | imported 1 zones",
                "geojson-schema_point_basic.geojson | imported 1 incidents",
                "geojson-schema_point_bbox.geojson | imported 1 incidents",
                "geojson-schema_polygon_3d.geojson | imported 1 zones",
                "geojson-schema_polygon_basic.geojson | imported 1 zones",
                "geojson-schema_polygon_extended.geojson | imported 1 zones",
                "geojsonhint_good-feature-with-id.geojson | imported 1 incidents",
                "geojsonhint_good-feature.geojson | imported 1 incidents",
                "geojsonhint_good-featurecollection-bbox.geojson | imported 2 incidents",
                "geojsonhint_good-featurecollection-extensions.geojson | imported 3 incidents,routes,zones",
                "geojsonhint_good-featurecollection.geojson | imported 3 incidents,routes,zones",
                "geojsonhint_good-linestring.geojson | imported 1 routes",
                "geojsonhint_good-multilinestring.geojson | refused: field geometry.type: MultiLineString is not supported",
                "geojsonhint_good-point-3d.geojson | imported 1 incidents",
                "geojsonhint_good-point.geojson | imported 1 incidents",
                "geojsonhint_issue82.geojson | refused: field geometry.coordinates[0][0][0]: latitude -107.20901451037372 is out of range (-90..90)",
                "geojsonhint_lintwarn_bad-polygon-interiorring-rhr.geojson | imported 1 zones",
                "geojsonhint_lintwarn_geometrycollection_nested.geojson | refused: field geometry.type: GeometryCollection is not supported",
                "geojsonhint_lintwarn_geometrycollection_single.geojson | refused: field geometry.type: GeometryCollection is not supported",
                "geojsonhint_lintwarn_polygon_winding_order.geojson | imported 1 zones",
                "geojsonhint_multipolygon.geojson | imported 1 zones",
                "geojsonhint_nullproperties.geojson | imported 1 incidents",
                "world.geo.json_FJI.geojson | imported 1 zones",
                "world.geo.json_countries.geojson | refused: feature 7 (id \"ATA\"), field geometry: Self-intersection at (-165.3427538, -84.721116)",
            })
    void aValidFileImportsOrIsRefusedForItsReason(String file, String expected) throws Exception {
        Path path = realdata("geojson-valid").resolve(file);
        if (expected.startsWith("refused: ")) {
            GeoJsonException e = assertThrows(GeoJsonException.class, () -> read(path, STRICT));
            assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(expected.substring("refused: ".length())), e.getMessage());
        } else {
            String[] parts = expected.split(" ", 3);
            ImportPlan plan = read(path, STRICT);
            assertEquals(Integer.parseInt(parts[1]), plan.features().size());
            String layers = plan.features().stream()
                    .map(f -> f.layer().tableName())
                    .collect(Collectors.toCollection(TreeSet::new))
                    .stream()
                    .collect(Collectors.joining(","));
            assertEquals(parts.length > 2 ? parts[2].trim() : "", layers);
            assertTrue(plan.refusals().isEmpty());
        }
    }

    @Test
    void everyValidFileIsInTheTable() throws Exception {
        List<String> inTable = Stream.of(RealDataAcceptanceTest.class
                        .getDeclaredMethod("aValidFileImportsOrIsRefusedForItsReason", String.class, String.class)
                        .getAnnotation(CsvSource.class)
                        .value())
                .map(row -> row.substring(0, row.indexOf('|')).trim())
                .toList();
        try (Stream<Path> files = Files.list(realdata("geojson-valid"))) {
            List<String> onDisk =
                    files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(onDisk, inTable.stream().sorted().toList());
        }
    }

    @Test
    void theWorldImportsWithRepairAndSkipInvalid() throws Exception {
        Path countries = realdata("geojson-valid").resolve("world.geo.json_countries.geojson");
        ImportPlan repaired =
                read(countries, new ImportOptions("node-test", "tester", ReleaseLabel.exercise("FRA"), true, false));
        assertEquals(180, repaired.features().size());
        assertTrue(repaired.warnings().stream().anyMatch(w -> w.contains("(id \"ATA\"), field geometry: repaired")));
        ImportPlan skipped =
                read(countries, new ImportOptions("node-test", "tester", ReleaseLabel.exercise("FRA"), false, true));
        assertEquals(180 - skipped.refusals().size(), skipped.features().size());
        assertFalse(skipped.refusals().isEmpty());
        assertTrue(skipped.refusals().get(0).startsWith("world.geo.json_countries.geojson: feature 7 (id \"ATA\")"));
    }

    static Stream<Arguments> invalidFiles() throws IOException {
        Path dir = realdata("geojson-invalid");
        try (Stream<Path> files = Files.list(dir)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".geojson"))
                    .sorted()
                    .map(n -> Arguments.of(n, dir.resolve(n)))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void anInvalidFileIsRefusedNamingTheFile(String name, Path file) {
        GeoJsonException e = assertThrows(GeoJsonException.class, () -> read(file, STRICT));
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        INVALID_OUTCOMES.put(name, e.getMessage().substring(name.length() + 2));
    }

    /** Collected for the markdown table (printed with -Dpaxmap.printRealdata=true). */
    static final Map<String, String> INVALID_OUTCOMES = new TreeMap<>();

    @org.junit.jupiter.api.AfterAll
    static void printOutcomes() {
        if (Boolean.getBoolean("paxmap.printRealdata")) {
            INVALID_OUTCOMES.forEach((k, v) -> System.out.println("| `" + k + "` | " + v + " |"));
        }
    }
}
