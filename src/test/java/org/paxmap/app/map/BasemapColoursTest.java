package org.paxmap.app.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.basemap.BasemapStyle;
import org.paxmap.model.Layer;

/**
 * In the real window with the bundled base map, the canvas pixels under a known land point have the base map's land
 * colour and those under a known sea point its sea colour ({@link BasemapStyle#LAND}, {@link BasemapStyle#SEA}) — at
 * street-ish zoom in the area of operations and at world zoom. The feature layers are hidden for the check; the points
 * lie away from coasts, borders, rivers and names. The view's own background ({@link MapView#SEA}) differs from the
 * tiles' sea by more than the tolerance, so a sea pixel proves a tile was drawn there, not that none was.
 */
@Tag("slow")
class BasemapColoursTest {
    /** Per-channel tolerance (0–255) for scaling and anti-aliasing. */
    private static final int TOLERANCE = 4;

    /** Half the side of the square around the view centre whose pixels must all match. */
    private static final int RADIUS = 3;

    @TempDir
    static Path dataDir;

    private static RealWindow window;

    @BeforeAll
    static void start() throws Exception {
        window = RealWindow.start(dataDir);
        for (Layer layer : Layer.values()) {
            window.showLayer(layer, false);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (Layer layer : Layer.values()) {
            window.showLayer(layer, true);
        }
        window.close();
    }

    @Test
    void tyres_hinterland_is_land_and_the_sea_off_tyre_is_sea_at_zoom_11() throws Exception {
        assertColourAt(35.30, 33.27, 11, BasemapStyle.LAND, "land east of Tyre");
        assertColourAt(35.10, 33.27, 11, BasemapStyle.SEA, "sea west of Tyre");
    }

    @Test
    void the_sahara_is_land_and_the_mid_atlantic_is_sea_at_zoom_3() throws Exception {
        assertColourAt(SAHARA_LON, SAHARA_LAT, 3, BasemapStyle.LAND, "the Sahara");
        assertColourAt(-40, 30, 3, BasemapStyle.SEA, "the mid-Atlantic");
    }

    static final double SAHARA_LON = 5;
    static final double SAHARA_LAT = 25;

    private static void assertColourAt(double lon, double lat, double zoom, java.awt.Color expected, String where)
            throws Exception {
        window.centreOn(lon, lat, zoom);
        WritableImage image = window.snapshot();
        if (Boolean.getBoolean("paxmap.dumpColours")) {
            java.nio.file.Files.createDirectories(Path.of("target/colours"));
            javax.imageio.ImageIO.write(
                    javafx.embed.swing.SwingFXUtils.fromFXImage(image, null),
                    "png",
                    Path.of("target/colours", where.replace(' ', '_') + ".png").toFile());
        }
        int cx = (int) image.getWidth() / 2;
        int cy = (int) image.getHeight() / 2;
        PixelReader pixels = image.getPixelReader();
        for (int dy = -RADIUS; dy <= RADIUS; dy++) {
            for (int dx = -RADIUS; dx <= RADIUS; dx++) {
                int argb = pixels.getArgb(cx + dx, cy + dy);
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                boolean close = Math.abs(r - expected.getRed()) <= TOLERANCE
                        && Math.abs(g - expected.getGreen()) <= TOLERANCE
                        && Math.abs(b - expected.getBlue()) <= TOLERANCE;
                assertTrue(
                        close,
                        String.format(
                                "%s (%.2f, %.2f) at zoom %s: pixel (%d, %d) is #%06x, expected #%06x",
                                where,
                                lon,
                                lat,
                                zoom,
                                cx + dx,
                                cy + dy,
                                argb & 0xffffff,
                                expected.getRGB() & 0xffffff));
            }
        }
    }
}
