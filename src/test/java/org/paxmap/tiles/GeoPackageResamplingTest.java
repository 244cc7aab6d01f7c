package org.paxmap.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.WebMercator;
import org.paxmap.testing.SharedData;

/**
 * Tiles that a GeoPackage does not store as XYZ tiles are drawn where its matrix says: every output pixel is compared
 * with the stored pixel at the same lon/lat, found independently ({@link SourceTruth}), and must match far better
 * than the same comparison shifted by three pixels does (so a misplaced drawing fails even where colours repeat).
 */
@Tag("slow")
class GeoPackageResamplingTest {
    private static Path example;
    private static Path denver;

    @BeforeAll
    static void files() {
        Path realdata = SharedData.realdata();
        example = realdata.resolve("geopackage/geopackage-js_example.gpkg");
        denver = realdata.resolve("geopackage/geopackage-js_denver_tile.gpkg");
    }

    /** How an output tile compares with the source. */
    record Agreement(double meanDifference, double shiftedDifference, double coverage, int compared) {
        void assertGood(String what) {
            String figures = what + ": " + this;
            assertTrue(compared > 1000, "enough pixels with data compared: " + figures);
            // measured: 0.05–2.0 of 255 per channel, against 6–41 when shifted by three pixels
            assertTrue(meanDifference < 4, "colours match: " + figures);
            assertTrue(meanDifference < shiftedDifference / 4, "far better than three pixels off: " + figures);
            assertTrue(coverage > 0.98, "data and no data where the source has them: " + figures);
        }
    }

    @ParameterizedTest(name = "{0} at its own resolution")
    @CsvSource({"bit_systems_wgs84", "nga_pc", "nga_pc_world"})
    void anEpsg4326TileIsDrawnWhereTheSourceSays(String table) throws Exception {
        int level = SourceTruth.finestLevel(example, table);
        try (GeoPackageTileSource source = GeoPackageTileSource.open(example, table);
                SourceTruth truth = new SourceTruth(example, table, level)) {
            int z = source.info().maxZoom();
            int drawn = 0;
            for (TileKey key : TestTiles.tilesOver(source.info().bounds(), z)) {
                if (source.tile(key) != null) { // the finest level is sparse: it stores only part of the bounds
                    compare(source, truth, key, 1).assertGood(table + " " + key);
                    drawn++;
                }
            }
            assertTrue(drawn > 0, "some tile drawn at zoom " + z);
        }
    }

    @ParameterizedTest(name = "denver at z{0}, drawn from z16")
    @CsvSource({"15", "14", "13"})
    void denverBelowItsOnlyLevelIsTheStoredTilesScaledDown(int z) throws Exception {
        try (GeoPackageTileSource source = GeoPackageTileSource.open(denver);
                SourceTruth truth = new SourceTruth(denver, "denver", 16)) {
            assertEquals(13, source.info().minZoom());
            assertEquals(16, source.info().maxZoom());
            for (TileKey key : TestTiles.tilesOver(source.info().bounds(), z)) {
                compare(source, truth, key, 1 << (16 - z)).assertGood("denver " + key);
            }
        }
    }

    @Test
    void tilesOf512PixelsAreCutToTheXyzTilesOfTheirResolution() throws Exception {
        String table = "polygon1_tiles";
        int level = SourceTruth.finestLevel(example, table);
        try (GeoPackageTileSource source = GeoPackageTileSource.open(example, table);
                SourceTruth truth = new SourceTruth(example, table, level)) {
            assertEquals(level + 1, source.info().maxZoom(), "a 512 px level n has the resolution of XYZ zoom n+1");
            Coordinate centre = source.info().bounds().centre();
            TileKey key = TileSourceContractTest.keyAt(level + 1, centre.x, centre.y);
            Agreement agreement = compare(source, truth, key, 1);
            assertTrue(agreement.compared() > 100, agreement.toString());
            assertTrue(agreement.coverage() > 0.99, "drawn polygon where the source has it: " + agreement);
        }
    }

    @Test
    void webMercatorTilesOnTheXyzGridPassThroughUnchanged() throws Exception {
        try (GeoPackageTileSource source = GeoPackageTileSource.open(example, "bit_systems");
                Connection c = DriverManager.getConnection("jdbc:sqlite:" + example);
                PreparedStatement ps =
                        c.prepareStatement("SELECT zoom_level, tile_column, tile_row, tile_data FROM bit_systems")) {
            try (ResultSet rs = ps.executeQuery()) {
                int checked = 0;
                while (rs.next()) {
                    int level = rs.getInt(1);
                    // the matrix set's north-west corner is XYZ tile 15/6844/12388 (see the matrix set)
                    TileKey key = TileSourceContractTest.keyAt(
                            level,
                            source.info().bounds().getMinX() + 1e-9,
                            source.info().bounds().getMaxY() - 1e-9);
                    TileKey stored = new TileKey(level, key.x() + rs.getInt(2), key.y() + rs.getInt(3));
                    assertArrayEquals(rs.getBytes(4), source.tile(stored), "the stored bytes of " + stored);
                    checked++;
                }
                assertEquals(5, checked);
            }
        }
    }

    /**
     * Compares the drawn tile {@code key} with the source: each output pixel against the average of {@code
     * footprint × footprint} stored pixels under it (one pixel when the resolutions are equal).
     */
    static Agreement compare(TileSource source, SourceTruth truth, TileKey key, int footprint) throws Exception {
        byte[] data = source.tile(key);
        assertNotNull(data, key + " has data");
        DecodedTile out = TileDecoder.decode(data, "drawn tile " + key);
        assertEquals(256, out.width());
        long difference = 0;
        long shiftedDifference = 0;
        int compared = 0;
        int agreeing = 0;
        int shift = 3;
        for (int j = 0; j < 256; j++) {
            for (int i = 0; i < 256; i++) {
                int expected = average(truth, key, i, j, footprint);
                int drawn = out.argb()[j * 256 + i];
                boolean expectedData = (expected >>> 24) > 127;
                boolean drawnData = (drawn >>> 24) > 127;
                agreeing += expectedData == drawnData ? 1 : 0;
                if ((expected >>> 24) == 255 && (drawn >>> 24) == 255) {
                    int shifted = average(truth, key, i + shift, j + shift, footprint);
                    if ((shifted >>> 24) == 255) {
                        difference += channelDifference(expected, drawn);
                        shiftedDifference += channelDifference(shifted, drawn);
                        compared++;
                    }
                }
            }
        }
        return new Agreement(
                compared == 0 ? 0 : difference / (3.0 * compared),
                compared == 0 ? 0 : shiftedDifference / (3.0 * compared),
                agreeing / 65536.0,
                compared);
    }

    private static int average(SourceTruth truth, TileKey key, int i, int j, int footprint) throws Exception {
        int a = 0;
        int r = 0;
        int g = 0;
        int b = 0;
        int n = footprint * footprint;
        for (int sy = 0; sy < footprint; sy++) {
            for (int sx = 0; sx < footprint; sx++) {
                double wx = key.x() * 256.0 + i + (sx + 0.5) / footprint;
                double wy = key.y() * 256.0 + j + (sy + 0.5) / footprint;
                int p = truth.pixelAt(WebMercator.lon(wx, key.z()), WebMercator.lat(wy, key.z()));
                a += p >>> 24;
                r += (p >> 16) & 0xFF;
                g += (p >> 8) & 0xFF;
                b += p & 0xFF;
            }
        }
        return (a / n) << 24 | (r / n) << 16 | (g / n) << 8 | (b / n);
    }

    private static int channelDifference(int p, int q) {
        return Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF))
                + Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF))
                + Math.abs((p & 0xFF) - (q & 0xFF));
    }
}
