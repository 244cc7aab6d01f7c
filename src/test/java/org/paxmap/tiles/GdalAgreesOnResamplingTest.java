package org.paxmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paxmap.testing.SharedData;

/**
 * GDAL as an independent oracle for drawn tiles: {@code gdalwarp} (installed by apt in CI) reprojects the same
 * GeoPackage table onto the same XYZ tile, bilinear, and the two images must agree pixel for pixel within a few
 * levels. GDAL is told which stored level to read (open option {@code ZOOM_LEVEL}), the one Paxmap picks by
 * longitude resolution: left to itself GDAL reads the finest level, and nga_pc's levels 15 and 16 hold visibly
 * different images. (denver_tile.gpkg is no oracle case: GDAL takes its EPSG:4326 contents bounds as metres and sees
 * a 1 × 1 pixel raster.)
 */
class GdalAgreesOnResamplingTest {
    private static final Path GDALWARP = Path.of("/usr/bin/gdalwarp");
    private static final double HALF_WORLD = Math.PI * 6378137;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} from level {2}")
    @CsvSource({"nga_pc, 17/37429/50207, 16", "bit_systems_wgs84, 17/27378/49753, 17", "nga_pc, 16/18714/25103, 15"})
    void gdalwarpDrawsTheSameTile(String table, String tile, int level) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(GDALWARP), "GDAL gdalwarp is not installed at " + GDALWARP);
        Path example = SharedData.realdata().resolve("geopackage/geopackage-js_example.gpkg");
        String[] zxy = tile.split("/");
        TileKey key = new TileKey(Integer.parseInt(zxy[0]), Integer.parseInt(zxy[1]), Integer.parseInt(zxy[2]));
        double span = 2 * HALF_WORLD / (1 << key.z());
        Path warped = dir.resolve("warped.tif");
        List<String> command =
                new ArrayList<>(List.of(GDALWARP.toString(), "-q", "-of", "GTiff", "-t_srs", "EPSG:3857"));
        command.add("-te");
        for (double v : new double[] {
            -HALF_WORLD + key.x() * span,
            HALF_WORLD - (key.y() + 1) * span,
            -HALF_WORLD + (key.x() + 1) * span,
            HALF_WORLD - key.y() * span
        }) {
            command.add(String.format(Locale.ROOT, "%.6f", v));
        }
        command.addAll(List.of("-ts", "256", "256", "-r", "bilinear", "-oo", "ZOOM_LEVEL=" + level));
        command.addAll(List.of("GPKG:" + example + ":" + table, warped.toString()));
        Process gdal = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(gdal.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(gdal.waitFor(60, TimeUnit.SECONDS), "gdalwarp finished");
        assertEquals(0, gdal.exitValue(), output);
        BufferedImage reference = ImageIO.read(warped.toFile());
        assertNotNull(reference, "ImageIO reads GDAL's TIFF");

        DecodedTile drawn;
        try (GeoPackageTileSource source = GeoPackageTileSource.open(example, table)) {
            drawn = TileDecoder.decode(source.tile(key), "drawn " + key);
        }
        long difference = 0;
        int compared = 0;
        int coverageAgrees = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                int g = reference.getRGB(x, y);
                int p = drawn.argb()[y * 256 + x];
                coverageAgrees += ((g >>> 24) > 127) == ((p >>> 24) > 127) ? 1 : 0;
                if ((g >>> 24) == 255 && (p >>> 24) == 255) {
                    for (int shift = 0; shift < 24; shift += 8) {
                        difference += Math.abs(((g >> shift) & 0xFF) - ((p >> shift) & 0xFF));
                    }
                    compared++;
                }
            }
        }
        double mean = difference / (3.0 * Math.max(1, compared));
        String figures = String.format(
                Locale.ROOT,
                "%s %s: mean difference %.2f over %d pixels, coverage agrees on %d",
                table,
                key,
                mean,
                compared,
                coverageAgrees);
        assertTrue(compared > 10_000, figures);
        assertTrue(mean < 3, figures);
        assertTrue(coverageAgrees > 0.98 * 65536, figures);
    }
}
