package org.paxmap.app.map;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.paxmap.app.PaxmapApp;
import org.paxmap.model.Layer;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real Paxmap window started headless (TestFX, Monocle) with the bundled base map ({@code maps/basemap.mbtiles})
 * and the exercise sample picture in a fresh data folder, the review hidden; waits until both are shown.
 */
final class RealWindow implements AutoCloseable {
    private static final String DATA_DIR_PROPERTY = "paxmap.dataDir"; // org.paxmap.app.UserDataDir.PROPERTY

    final MapView map;
    private final Application app;

    private RealWindow(Application app, MapView map) {
        this.app = app;
        this.map = map;
    }

    /** Starts the window with its data in {@code dataDir} and waits for the base map and the picture's incidents. */
    static RealWindow start(Path dataDir) throws Exception {
        System.setProperty(DATA_DIR_PROPERTY, dataDir.toString());
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(PaxmapApp.class);
        MapView map = new FxRobot().lookup("#mapView").queryAs(MapView.class);
        RealWindow window = new RealWindow(app, map);
        // the map alone, at the size these tests were written for: the review (table and timeline) hidden, as
        // View > Review does
        onFx(() -> {
            new FxRobot().lookup("#reviewPane").query().setVisible(false);
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> map.tileSetInfo()) != null);
        if (onFx(() -> map.tileSetInfo().maxZoom()) < 11) {
            throw new AssertionError("not the bundled base map: " + onFx(() -> map.tileSetInfo()));
        }
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !onFx(() -> map.shownFeatures(Layer.INCIDENTS))
                .isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    /** Shows {@code layer} or hides it. */
    void showLayer(Layer layer, boolean shown) throws Exception {
        onFx(() -> {
            map.layerVisibleProperty(layer).set(shown);
            return null;
        });
    }

    /** Centres the view on lon/lat at {@code zoom} and waits until every tile of the view is drawn. */
    void centreOn(double lon, double lat, double zoom) throws Exception {
        onFx(() -> {
            map.state().setZoom(zoom);
            map.state().centreOn(lon, lat);
            map.markDirty();
            return null;
        });
        waitUntilPainted();
    }

    /** Waits until no tile of the view is pending and the last redraw happened (polled on the FX thread). */
    void waitUntilPainted() throws Exception {
        try {
            // twice: a redraw after the last tile arrived can ask for nothing more, but let one more pulse pass
            for (int i = 0; i < 2; i++) {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(map::tilesPending) == 0);
                WaitForAsyncUtils.waitForFxEvents();
            }
        } catch (TimeoutException e) {
            throw new AssertionError("tiles still pending after 30 s: " + onFx(map::tilesPending) + " at "
                    + onFx(() -> map.state().copy()));
        }
    }

    /** A snapshot of the map's canvas. */
    WritableImage snapshot() throws Exception {
        return onFx(() -> ((Canvas) map.lookup("#mapCanvas")).snapshot(null, null));
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty(DATA_DIR_PROPERTY);
    }

    static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
