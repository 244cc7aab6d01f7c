package org.paxmap.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.WebMercator;
import org.paxmap.testing.SharedData;

/**
 * The {@link TileSource} contract, run against every implementation on every real tile set in {@code
 * ../shared/realdata/mbtiles} and {@code geopackage} (each tile table of example.gpkg on its own), an XYZ folder and
 * an MBTiles file this test makes. {@link #EXPECTED} says what happens to each; src/test/resources/tiles/REALDATA.md
 * gives the same table with the reasons.
 */
@Tag("slow")
class TileSourceContractTest {
    private static final String OPENS = "opens";

    /** The tile tables of example.gpkg, each opened by name. */
    static final List<String> EXAMPLE_TILE_TABLES = List.of(
            "bit_systems",
            "bit_systems_wgs84",
            "bit_systems_world",
            "geometry1_tiles",
            "geometry2_tiles",
            "line1_tiles",
            "line2_tiles",
            "nga",
            "nga_pc",
            "nga_pc_world",
            "point1_tiles",
            "point2_tiles",
            "polygon1_tiles",
            "polygon2_tiles",
            "webp_tiles");

    private static final String EXAMPLE = "geopackage/geopackage-js_example.gpkg";

    /** File (or file#table) → "opens" or "refused: <message fragment>". */
    static final Map<String, String> EXPECTED = expected();

    private static Map<String, String> expected() {
        Map<String, String> m = new TreeMap<>();
        m.put("mbtiles/mbtileserver_geography-class-jpg.mbtiles", OPENS);
        m.put("mbtiles/mbtileserver_geography-class-png.mbtiles", OPENS);
        m.put("mbtiles/mbtileserver_invalid-tile-format.mbtiles", "refused: tiles are not PNG, JPEG or WebP images");
        m.put("mbtiles/mbtileserver_world_cities.mbtiles", "refused: vector MBTiles are not supported yet");
        m.put("mbtiles/node-mbtiles_corrupt.mbtiles", "refused: the SQLite file is damaged");
        m.put("mbtiles/node-mbtiles_plain_1.mbtiles", OPENS);
        m.put("mbtiles/node-mbtiles_plain_2.mbtiles", OPENS);
        m.put("mbtiles/node-mbtiles_some-empty-tiles.mbtiles", OPENS);
        m.put("mbtiles/node-mbtiles_with_spaces.mbtiles", "refused: the tile set holds no tiles");
        m.put("geopackage/geopackage-js_attributes.gpkg", "refused: this GeoPackage holds no tiles");
        m.put("geopackage/geopackage-js_denver_tile.gpkg", OPENS);
        m.put("geopackage/geopackage-js_example.gpkg", OPENS);
        m.put("geopackage/geopackage-js_gdal_sample.gpkg", "refused: this GeoPackage has features but no tile layer");
        m.put(
                "geopackage/geopackage-js_geometrycollection.gpkg",
                "refused: this GeoPackage has features but no tile layer");
        m.put("geopackage/geopackage-js_multipleholes.gpkg", "refused: this GeoPackage has features but no tile layer");
        m.put("geopackage/geopackage-js_rivers.gpkg", OPENS);
        for (String table : EXAMPLE_TILE_TABLES) {
            m.put("geopackage/geopackage-js_example.gpkg#" + table, OPENS);
        }
        return Collections.unmodifiableMap(m);
    }

    @TempDir
    static Path made;

    private static Path xyzFolder;
    private static Path writtenMbtiles;

    @BeforeAll
    static void makeTileSets() throws IOException {
        xyzFolder = TestTiles.xyzFolder(made.resolve("xyz folder"));
        writtenMbtiles = TestTiles.mbtiles(made.resolve("written by MbtilesWriter.mbtiles"));
    }

    /** One tile set to try: how to open it and what must happen. */
    record Case(String name, Path path, String table, String expected) {
        TileSource open() throws TileSourceException {
            return table == null ? TileSources.open(path) : GeoPackageTileSource.open(path, table);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of(new Case("XYZ folder made by the test", xyzFolder, null, OPENS)));
        cases.add(Arguments.of(new Case("MBTiles made by MbtilesWriter", writtenMbtiles, null, OPENS)));
        Path realdata = realdataOrNull();
        if (realdata != null) {
            for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
                String[] parts = e.getKey().split("#", 2);
                cases.add(Arguments.of(new Case(
                        e.getKey(), realdata.resolve(parts[0]), parts.length > 1 ? parts[1] : null, e.getValue())));
            }
        }
        return cases.stream();
    }

    private static Path realdataOrNull() {
        Path realdata =
                Path.of(System.getProperty("paxmap.shared", "../shared")).resolve("realdata");
        return Files.isDirectory(realdata) ? realdata : null;
    }

    @Test
    void everyRealTileFileIsInTheTable() throws Exception {
        Path realdata = SharedData.realdata();
        for (String folder : List.of("mbtiles", "geopackage")) {
            try (Stream<Path> files = Files.list(realdata.resolve(folder))) {
                for (Path file : files.sorted().toList()) {
                    String key = folder + "/" + file.getFileName();
                    assertTrue(EXPECTED.containsKey(key), key + " is new: add it to EXPECTED and REALDATA.md");
                }
            }
        }
        assertEquals(
                EXAMPLE_TILE_TABLES, GeoPackageTileSource.tileTables(realdata.resolve(EXAMPLE)), "example.gpkg tables");
    }

    @Test
    void theRealDataTableIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("src/test/resources/tiles/REALDATA.md"));
        for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
            String name = e.getKey().substring(e.getKey().indexOf('/') + 1);
            String row = "| `" + name + "` | " + e.getValue() + " |";
            assertTrue(doc.contains(row), "REALDATA.md lacks the row " + row);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void opensOrIsRefusedAsTheTableSaysAndLeavesTheFileAsItWas(Case c) throws Exception {
        Map<Path, String> before = fingerprint(c.path());
        if (c.expected().equals(OPENS)) {
            honoursTheContract(c);
        } else {
            String fragment = c.expected().substring("refused: ".length());
            TileSourceException e = assertThrows(TileSourceException.class, c::open, c.name() + " must be refused");
            assertTrue(e.getMessage().startsWith(c.path().toString()), "names the file: " + e.getMessage());
            assertTrue(e.getMessage().contains(fragment), "says '" + fragment + "': " + e.getMessage());
        }
        assertEquals(before, fingerprint(c.path()), "the files' bytes, times and names are unchanged");
    }

    private static void honoursTheContract(Case c) throws Exception {
        List<TileKey> present = new ArrayList<>();
        Map<TileKey, byte[]> reference = new LinkedHashMap<>();
        TileSource source = c.open();
        try {
            TileSetInfo info = source.info();
            assertFalse(info.name().isBlank(), "a name");
            assertTrue(List.of("png", "jpg", "webp").contains(info.format()), "format " + info.format());
            assertTrue(info.minZoom() <= info.maxZoom() && info.maxZoom() <= 30, "zooms " + info);
            Envelope bounds = info.bounds();
            assertTrue(TileSetInfo.worldBounds().contains(bounds), "bounds inside the world: " + bounds);
            assertTrue(bounds.getWidth() > 0 && bounds.getHeight() > 0, "bounds have an area: " + bounds);

            for (int z = info.minZoom(); z <= Math.min(info.maxZoom(), info.minZoom() + 1); z++) {
                for (TileKey key : TestTiles.tilesOver(bounds, z)) {
                    byte[] data = source.tile(key);
                    if (data != null) {
                        present.add(key);
                        reference.put(key, data);
                    }
                }
            }
            assertFalse(present.isEmpty(), "some tile over the bounds at zoom " + info.minZoom() + " or one up");
            int atMinZoom = 0;
            for (TileKey key : present) {
                DecodedTile tile = TileDecoder.decode(reference.get(key), c.name() + ": tile " + key);
                assertEquals(256, tile.width(), key + " width");
                assertEquals(256, tile.height(), key + " height");
                atMinZoom += key.z() == info.minZoom() && opaquePixels(tile) > 0 ? 1 : 0;
            }
            assertTrue(atMinZoom > 0, "a tile at the lowest zoom " + info.minZoom() + " shows something");

            for (TileKey outside : outside(info)) {
                assertNull(source.tile(outside), outside + " is outside " + info.bounds() + " or the zoom range");
            }

            readConcurrently(source, present, reference);
        } finally {
            source.close();
        }
        TileSourceException closed =
                assertThrows(TileSourceException.class, () -> source.tile(present.get(0)), "reading after close");
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
        source.close(); // a second close is harmless
    }

    /** Tiles a source must answer {@code null} for: beyond the zoom range, and beside the bounds. */
    private static List<TileKey> outside(TileSetInfo info) {
        List<TileKey> keys = new ArrayList<>();
        Envelope b = info.bounds();
        double lon = b.centre().x;
        double lat = b.centre().y;
        if (info.maxZoom() < 30) {
            keys.add(keyAt(info.maxZoom() + 1, lon, lat));
        }
        if (info.minZoom() > 0) {
            keys.add(keyAt(info.minZoom() - 1, lon, lat));
        }
        int z = info.maxZoom();
        double tileWidth = 360.0 / (1 << z);
        if (b.getMinX() - 1.5 * tileWidth > -180) {
            keys.add(keyAt(z, b.getMinX() - 1.5 * tileWidth, lat));
        }
        if (b.getMaxX() + 1.5 * tileWidth < 180) {
            keys.add(keyAt(z, b.getMaxX() + 1.5 * tileWidth, lat));
        }
        double south = WebMercator.lat(WebMercator.y(b.getMinY(), z) + 1.5 * 256, z);
        if (WebMercator.y(b.getMinY(), z) + 1.5 * 256 < WebMercator.worldSize(z)) {
            keys.add(keyAt(z, lon, south));
        }
        if (WebMercator.y(b.getMaxY(), z) - 1.5 * 256 > 0) {
            keys.add(keyAt(z, lon, WebMercator.lat(WebMercator.y(b.getMaxY(), z) - 1.5 * 256, z)));
        }
        return keys;
    }

    static TileKey keyAt(int z, double lon, double lat) {
        int n = 1 << z;
        int x = (int) Math.min(n - 1, Math.floor(WebMercator.x(lon, z) / 256));
        int y = (int) Math.min(n - 1, Math.floor(WebMercator.y(lat, z) / 256));
        return new TileKey(z, x, y);
    }

    /** Four threads read the tiles in their own orders, several times over, and get the reference bytes. */
    private static void readConcurrently(TileSource source, List<TileKey> keys, Map<TileKey, byte[]> reference)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    List<TileKey> order = new ArrayList<>(keys);
                    int reads = 0;
                    Random random = new Random(seed);
                    for (int round = 0; round < 3; round++) {
                        Collections.shuffle(order, random);
                        for (TileKey key : order) {
                            assertArrayEquals(reference.get(key), source.tile(key), "same bytes for " + key);
                            reads++;
                        }
                    }
                    return reads;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(3 * keys.size(), result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Asserts that two ARGB colours differ by at most {@code tolerance} in each channel. */
    static void assertSameColour(int expected, int actual, int tolerance, String what) {
        for (int shift = 0; shift < 32; shift += 8) {
            int e = (expected >>> shift) & 0xFF;
            int a = (actual >>> shift) & 0xFF;
            if (Math.abs(e - a) > tolerance) {
                assertEquals(Integer.toHexString(expected), Integer.toHexString(actual), what);
            }
        }
    }

    static int opaquePixels(DecodedTile tile) {
        int count = 0;
        for (int p : tile.argb()) {
            count += (p >>> 24) > 0 ? 1 : 0;
        }
        return count;
    }

    /** Every file's content hash and modification time, and the names beside it (no journal left behind). */
    private static Map<Path, String> fingerprint(Path path) throws IOException {
        Map<Path, String> prints = new TreeMap<>();
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                FileTime modified = Files.getLastModifiedTime(file);
                prints.put(file, file.equals(path) || Files.isDirectory(path) ? sha256(file) + " " + modified : "");
            }
        }
        return prints;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theTestMadeSetsSayWhatWasWritten() throws Exception {
        try (TileSource xyz = TileSources.open(xyzFolder)) {
            assertInstanceOf(XyzFolderSource.class, xyz);
            assertEquals("Test XYZ", xyz.info().name());
            assertEquals("made by the test", xyz.info().attribution());
            assertEquals(2, xyz.info().minZoom());
            assertEquals(4, xyz.info().maxZoom());
            assertEquals(TestTiles.AREA, xyz.info().bounds());
        }
        try (TileSource mbtiles = TileSources.open(writtenMbtiles)) {
            assertInstanceOf(MbtilesSource.class, mbtiles);
            assertEquals("Test MBTiles", mbtiles.info().name());
            assertEquals(1, mbtiles.info().minZoom());
            assertEquals(3, mbtiles.info().maxZoom());
            TileKey key = TestTiles.tilesOver(TestTiles.AREA, 3).iterator().next();
            DecodedTile tile = TileDecoder.decode(mbtiles.tile(key), "tile " + key);
            assertSameColour(TestTiles.colourOf(key).getRGB(), tile.argb()[128 * 256 + 128], 2, "the tile at " + key);
        }
    }

    @Test
    void theRealSetsOpenAsTheirKind() throws Exception {
        Path realdata = SharedData.realdata();
        Map<String, Class<?>> kinds = Map.of(
                "mbtiles/node-mbtiles_plain_1.mbtiles",
                MbtilesSource.class,
                "geopackage/geopackage-js_rivers.gpkg",
                GeoPackageTileSource.class,
                EXAMPLE,
                GeoPackageTileSource.class);
        for (Map.Entry<String, Class<?>> kind : kinds.entrySet()) {
            try (TileSource source = TileSources.open(realdata.resolve(kind.getKey()))) {
                assertInstanceOf(kind.getValue(), source, kind.getKey());
            }
        }
        try (GeoPackageTileSource example = GeoPackageTileSource.open(realdata.resolve(EXAMPLE))) {
            assertEquals("bit_systems", example.table(), "the first tile table by name");
        }
    }
}
