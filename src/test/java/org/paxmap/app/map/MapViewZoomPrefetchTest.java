package org.paxmap.app.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paxmap.model.Layer;
import org.paxmap.tiles.TileKey;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a pause the view has pre-rendered the zooms one step away: a zoom about any point then shows the new zoom's
 * own tiles on its very first frame, and a pre-render older than the view's tiles or features is never shown.
 */
@Tag("slow")
class MapViewZoomPrefetchTest {
    private MapView map;
    private Stage stage;

    @BeforeEach
    void showAMapViewAndLetItSettle() throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = WaitForAsyncUtils.asyncFx(() -> {
                    Stage own = new Stage();
                    map = new MapView(64L << 20);
                    own.setScene(new Scene(map, 512, 512));
                    own.show();
                    return own;
                })
                .get();
        onFx(() -> {
            map.setTileSource(new CheckerTileSource(5));
            map.state().centreOn(0, 0);
            map.state().setZoom(2);
            map.markDirty();
            return null;
        });
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> onFx(() -> map.tilesPending() == 0 && map.prefetchIdle()));
    }

    @AfterEach
    void closeIt() throws Exception {
        onFx(() -> {
            map.dispose();
            stage.close();
            return null;
        });
    }

    @Test
    void a_zoom_in_about_a_corner_shows_the_new_levels_tiles_on_its_first_frame() throws Exception {
        // about the top-left corner the world's centre stays there: at zoom 3 the screen's top-left tile is 3/4/4
        int expected = CheckerTileSource.colourAt(new TileKey(3, 4, 4), 160, 100);
        int[] seen = onFx(() -> {
            map.state().zoomAbout(0, 0, 3);
            map.redrawNow();
            return new int[] {map.fullyPainted() ? 1 : 0, pixel(160, 100)};
        });
        assertEquals(1, seen[0], "the first frame after the zoom is fully painted");
        assertEquals(expected, seen[1], "with the pixel of the level-3 tile, not of a scaled ancestor");
    }

    @Test
    void a_zoom_out_about_the_far_corner_is_fully_painted_on_its_first_frame() throws Exception {
        boolean painted = onFx(() -> {
            map.state().zoomAbout(511, 511, 1);
            map.redrawNow();
            return map.fullyPainted();
        });
        assertTrue(painted);
    }

    @Test
    void a_pre_render_made_before_the_layers_changed_is_not_shown() throws Exception {
        boolean painted = onFx(() -> {
            map.layerVisibleProperty(Layer.ZONES).set(false);
            map.state().zoomAbout(256, 256, 3);
            map.redrawNow();
            return map.fullyPainted();
        });
        assertFalse(painted, "the pre-renders showed the zones; the first frame shows the last render scaled");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> map.tilesPending() == 0));
    }

    private int pixel(int x, int y) {
        Canvas canvas = (Canvas) map.lookup("#mapCanvas");
        WritableImage image = canvas.snapshot(null, null);
        return image.getPixelReader().getArgb(x, y);
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
