package org.paxmap.app.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.tiles.TileKey;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The map view draws a tile set's tiles where Web Mercator puts them, and covers a loading tile with its parent. */
@Tag("slow")
class MapViewTilesTest {
    private MapView map;
    private Stage stage;

    @BeforeEach
    void showAMapView() throws Exception {
        FxToolkit.registerPrimaryStage();
        // a stage of its own: the primary stage may carry another test's minimum size
        stage = WaitForAsyncUtils.asyncFx(() -> {
                    Stage own = new Stage();
                    map = new MapView(64L << 20);
                    own.setScene(new Scene(map, 512, 512));
                    own.show();
                    return own;
                })
                .get();
        // centre of the world at zoom 2 in 512x512: tile 2/1/1 fills the screen's top-left 256x256 exactly
        onFx(() -> {
            map.state().centreOn(0, 0);
            map.state().setZoom(2);
            map.markDirty();
        });
    }

    @AfterEach
    void closeIt() throws Exception {
        onFx(() -> {
            map.dispose();
            stage.close();
        });
    }

    @Test
    void a_canvas_pixel_has_the_colour_of_the_tile_pixel_drawn_there() throws Exception {
        onFx(() -> map.setTileSource(new CheckerTileSource(5)));
        int expected = CheckerTileSource.colourAt(new TileKey(2, 1, 1), 160, 160);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pixel(160, 160) == expected);
        // and one tile to the right and down: tile 2/2/2, its pixel (100, 30)
        int other = CheckerTileSource.colourAt(new TileKey(2, 2, 2), 100, 30);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pixel(356, 286) == other);
    }

    @Test
    void while_a_tile_is_loading_its_parent_is_drawn_scaled_in_its_place() throws Exception {
        TileKey child = new TileKey(2, 1, 1);
        CountDownLatch release = new CountDownLatch(1);
        onFx(() -> map.setTileSource(new CheckerTileSource(5, child, release)));
        try {
            // the parent 1/0/0 is prefetched (one level up); screen (160,160) is its pixel (80,80) scaled 2x
            int parentColour = CheckerTileSource.colourAt(child.parent(), 80, 80);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pixel(160, 160) == parentColour);
            assertFalse(onFxGet(() -> map.isCached(child)), "the child is still held back");
        } finally {
            release.countDown();
        }
        int childColour = CheckerTileSource.colourAt(child, 160, 160);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pixel(160, 160) == childColour);
        assertEquals(childColour, pixel(160, 160));
    }

    @Test
    void past_the_sets_deepest_level_its_tiles_are_over_zoomed() throws Exception {
        onFx(() -> {
            map.setTileSource(new CheckerTileSource(2));
            map.state().zoomAbout(0, 0, 3); // keeps the world's centre at the top-left corner
            map.markDirty();
        });
        // zoom 3 over a set ending at 2: tile 2/2/2 drawn 2x, screen (160,100) is its pixel (80,50)
        int expected = CheckerTileSource.colourAt(new TileKey(2, 2, 2), 80, 50);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pixel(160, 100) == expected);
    }

    @Test
    void ten_levels_past_a_sets_only_level_its_tile_still_covers_the_view() throws Exception {
        onFx(() -> {
            map.setTileSource(new CheckerTileSource(0));
            // centre on pixel (40, 40) of the one tile, 0/0/0, away from its label, and zoom 12 levels past it
            map.state().centreOn(org.paxmap.geo.WebMercator.lon(40, 0), org.paxmap.geo.WebMercator.lat(40, 0));
            map.state().setZoom(12);
            map.markDirty();
        });
        // drawn 4096x, the whole 512 px view shows the tile's pixels 39.94..40.06
        int expected = CheckerTileSource.colourAt(new TileKey(0, 0, 0), 40, 40);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pixel(256, 256) == expected);
        assertEquals(expected, pixel(20, 480));
    }

    private int pixel(int x, int y) throws Exception {
        return onFxGet(() -> {
            Canvas canvas = (Canvas) map.lookup("#mapCanvas");
            WritableImage image = canvas.snapshot(null, null);
            return image.getPixelReader().getArgb(x, y);
        });
    }

    private static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFxGet(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }

    @Test
    void of_two_tile_sets_opened_in_quick_succession_the_one_asked_for_last_is_shown(@TempDir Path dir)
            throws Exception {
        Path first = Files.copy(Path.of("maps/basemap.mbtiles"), dir.resolve("first.mbtiles"));
        Path second = Files.copy(Path.of("maps/basemap.mbtiles"), dir.resolve("second.mbtiles"));
        Path broken = Files.writeString(dir.resolve("broken.mbtiles"), "not a tile set");
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (Path[] order : new Path[][] {{first, second}, {second, first}, {first, second}, {broken, second}}) {
            onFx(() -> {
                map.openTileSet(order[0], failures::add);
                map.openTileSet(order[1], failures::add);
            });
            awaitOpens();
            assertEquals(order[1], onFxGet(() -> map.tileSetFileProperty().get()), "the last asked for is shown");
        }
        assertEquals(List.of(), failures, "a superseded open's failure is not reported");
        onFx(() -> map.openTileSet(broken, failures::add));
        awaitOpens();
        assertEquals(1, failures.size(), "the open asked for last reports its failure");
        assertEquals(second, onFxGet(() -> map.tileSetFileProperty().get()), "and what was shown stays");
    }

    // Every open started has finished and handed its result to the FX thread, which has run it.
    private static void awaitOpens() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("paxmap-open-map") && t.isAlive()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
