package org.paxmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.app.map.MapView;
import org.paxmap.model.EventType;
import org.paxmap.model.Layer;
import org.paxmap.tiles.MapFolder;
import org.paxmap.tiles.MbtilesWriter;
import org.paxmap.tiles.TileKey;
import org.paxmap.tiles.TileSourceException;
import org.paxmap.tiles.TileSources;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The user reads the legend, switches base maps in the layers panel, sees why a file in the maps folder is not a map,
 * and hides layers with the panel's check boxes. The maps folder is a temporary one with two single-colour tile sets
 * and a text file named like a map.
 */
@Tag("slow")
class LayersAndLegendTest {
    private static final int RED = 0xFFD03030;
    private static final int BLUE = 0xFF3050D0;

    @TempDir
    static Path dataDir;

    @TempDir
    static Path mapsDir;

    private static Application app;
    private static MapView map;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startTheWindowOnAMapsFolder() throws Exception {
        solidTileSet(mapsDir.resolve(MapFolder.BASE_MAP), "Red map", "Red maps ltd", RED);
        solidTileSet(mapsDir.resolve("blue.mbtiles"), "Blue map", "Blue maps ltd", BLUE);
        Files.writeString(mapsDir.resolve("notes.mbtiles"), "not a tile set at all\n");
        System.setProperty(UserDataDir.PROPERTY, dataDir.toString());
        System.setProperty(MapFolder.PROPERTY, mapsDir.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PaxmapApp.class);
        map = new FxRobot().lookup("#mapView").queryAs(MapView.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !onFx(() -> map.shownFeatures(Layer.INCIDENTS))
                .isEmpty());
        try {
            WaitForAsyncUtils.waitFor(
                    30,
                    TimeUnit.SECONDS,
                    () -> onFx(() -> map.tileSetInfoProperty().get() != null));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> new FxRobot()
                    .lookup("#baseMap-blue-mbtiles")
                    .tryQuery()
                    .isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(
                    "the maps folder was not read: "
                            + onFx(() -> map.tileSetInfoProperty().get()) + " / "
                            + new FxRobot()
                                    .lookup(".label").queryAllAs(Label.class).stream()
                                            .map(Label::getText)
                                            .toList(),
                    e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stopTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty(UserDataDir.PROPERTY);
        System.clearProperty(MapFolder.PROPERTY);
    }

    @Test
    void the_legend_has_an_entry_for_every_event_type() {
        for (EventType type : EventType.values()) {
            Label entry = robot.lookup("#legend-" + type.code()).queryAs(Label.class);
            assertEquals(type.label(), entry.getText());
            assertTrue(entry.getGraphic() instanceof Canvas, "the sample is drawn by the painter");
        }
    }

    @Test
    void switching_the_base_map_in_the_layers_panel_changes_the_map_and_its_attribution() throws Exception {
        robot.clickOn("#baseMap-basemap-mbtiles");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> share(RED) > 0.3);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(
                    "centre pixel "
                            + Integer.toHexString(onFx(() -> ((Canvas) map.lookup("#mapCanvas"))
                                    .snapshot(null, null)
                                    .getPixelReader()
                                    .getArgb(300, 300))),
                    e);
        }
        assertEquals("Red maps ltd", attribution());

        robot.clickOn("#baseMap-blue-mbtiles");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> share(BLUE) > 0.3);
        assertEquals(0, share(RED), 1e-9, "no red left");
        assertEquals("Blue maps ltd", attribution());
        assertEquals("Blue map", onFx(() -> map.tileSetInfoProperty().get().name()));
        assertTrue(
                robot.lookup("#baseMap-blue-mbtiles").queryAs(RadioButton.class).isSelected());
    }

    @Test
    void a_file_that_is_not_a_tile_set_is_listed_greyed_with_its_refusal() {
        TileSourceException refusal =
                assertThrows(TileSourceException.class, () -> TileSources.open(mapsDir.resolve("notes.mbtiles")));
        Label listed = robot.lookup("#baseMap-notes-mbtiles").queryAs(Label.class);
        assertNotNull(listed.getTooltip());
        assertEquals(refusal.getMessage(), listed.getTooltip().getText());
        assertTrue(listed.getStyleClass().contains("map-refused"));
    }

    @Test
    void the_layer_check_boxes_hide_the_features() throws Exception {
        robot.clickOn("#baseMap-blue-mbtiles");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> share(BLUE) > 0.3);
        double drawnOver = 1 - share(BLUE);
        assertTrue(drawnOver > 0.001, "features cover part of the map: " + drawnOver);

        for (String box : new String[] {"#layerCheckIncidents", "#layerCheckRoutes", "#layerCheckZones"}) {
            robot.clickOn(box);
        }
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertFalse(onFx(() -> map.layerVisibleProperty(Layer.INCIDENTS).get()));
            assertFalse(robot.lookup("#layerCheckZones").queryAs(CheckBox.class).isSelected());
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> share(BLUE) == 1.0);
        } finally {
            onFx(() -> {
                for (Layer layer : Layer.values()) {
                    map.layerVisibleProperty(layer).set(true);
                }
                return null;
            });
        }
    }

    private static String attribution() {
        return new FxRobot().lookup("#mapAttribution").queryAs(Label.class).getText();
    }

    // The share of canvas pixels of this colour (give or take 3 in each channel), sampled every other pixel.
    private static double share(int argb) throws Exception {
        return onFx(() -> {
            Canvas canvas = (Canvas) map.lookup("#mapCanvas");
            WritableImage image = canvas.snapshot(null, null);
            PixelReader pixels = image.getPixelReader();
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            long same = 0;
            for (int y = 0; y < h; y += 2) {
                for (int x = 0; x < w; x += 2) {
                    if (near(pixels.getArgb(x, y), argb)) {
                        same++;
                    }
                }
            }
            return same / (double) (((w + 1) / 2) * ((h + 1) / 2));
        });
    }

    private static boolean near(int a, int b) {
        for (int shift = 0; shift < 24; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 3) {
                return false;
            }
        }
        return true;
    }

    private static void solidTileSet(Path file, String name, String attribution, int argb) throws Exception {
        BufferedImage tile = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                tile.setRGB(x, y, argb);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(tile, "png", png);
        try (MbtilesWriter writer = MbtilesWriter.create(
                file,
                Map.of(
                        "name", name,
                        "format", "png",
                        "minzoom", "8",
                        "maxzoom", "8",
                        "attribution", attribution))) {
            // zoom 8 over the area of operations (33–38 E, 31–36 N): the picture is seen over-zoomed a few levels
            int z = 8;
            for (int x = tileX(33, z); x <= tileX(38, z); x++) {
                for (int y = tileY(36, z); y <= tileY(31, z); y++) {
                    writer.put(new TileKey(z, x, y), png.toByteArray());
                }
            }
        }
    }

    private static int tileX(double lon, int z) {
        return (int) Math.floor((lon + 180) / 360 * (1 << z));
    }

    private static int tileY(double lat, int z) {
        double r = Math.toRadians(lat);
        return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z));
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
