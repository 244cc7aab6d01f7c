package org.paxmap.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.app.map.MapView;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreChecksum;
import org.paxmap.testing.PlotFeatures;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteUpdateListener;

/**
 * The window never waits behind a write: while a large bundle is being applied — held inside its transaction at a
 * known point, so that nothing waiting behind it could ever answer — the map pans to a region it had not fetched and
 * shows its features, and a click selects a feature and opens it in the details panel; then Stop import rolls the
 * apply back and every row of the picture is as it was. The times are printed, not asserted (a shared machine under
 * test is no benchmark): before the window read through its own executor, both waited for the whole apply.
 */
@Tag("slow")
class ReadsDuringApplyTest {
    @TempDir
    Path dir;

    private Application app;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            WindowDriver.stop(app);
        }
    }

    @Test
    void theMapAndTheSelectionAnswerWhileABundleAppliesAndStopImportLeavesThePictureAsItWas() throws Exception {
        ReleaseLabel exercise = ReleaseLabel.exercise("ITA");
        Path ours = dir.resolve("ita.gpkg");
        Path bundle;
        Incident far;
        try (TestNode ita = TestNode.withKey(ours, "ITA-BN", "Italian battalion", "ITA");
                TestNode fra = TestNode.withKey(dir.resolve("fra.gpkg"), "FRA-HQ", "French HQ", "FRA")) {
            ita.trust(fra.identity);
            fra.trust(ita.identity);
            far = PlotFeatures.movedTo(ita.incident("Checkpoint in the east", exercise), 36.30, 33.50);
            ita.store.saveAll(List.of(ita.incident("Device at the crossing", exercise), far));
            List<Incident> many = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(5);
            for (int i = 0; i < 12_000; i++) {
                many.add(PlotFeatures.movedTo(
                        fra.incident("Report " + i, ReleaseLabel.exercise("FRA")),
                        35.1 + random.nextDouble() * 0.6,
                        33.0 + random.nextDouble() * 0.4));
            }
            fra.store.saveAll(many);
            bundle = fra.send("ITA-BN", Files.createDirectories(dir.resolve("stick")), Manifest.SyncMode.FULL);
        }
        String before = StoreChecksum.of(ours);

        app = WindowDriver.start(ours);
        PictureStore store = windowStore(app);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicLong rows = new AtomicLong();
        SQLiteUpdateListener hold = (type, database, table, rowId) -> {
            if (rows.incrementAndGet() == 2_000) {
                inside.countDown();
                await(release); // the writer stays inside its transaction until the test lets it go
            }
        };
        writer(store).addUpdateListener(hold);

        MapView map = window.robot.lookup("#mapView").queryAs(MapView.class);
        WindowDriver.onFx(() -> {
            map.centreOn(35.2, 33.1, 13);
            return null;
        });
        window.waitFor("a view away from the eastern checkpoint", () -> !WindowDriver.onFx(() -> ids(map))
                .contains(far.id().toString()));

        window.menu("itemImportBundle");
        window.waitFor("the import dialog", () -> window.find("#importDialog") != null);
        window.type("#importFile", bundle.toString());
        window.click("#importCheck");
        window.waitFor("the preview", () -> "12000".equals(window.text("#count-NEW")));
        window.click("#importApply");
        assertTrue(inside.await(60, TimeUnit.SECONDS), "the apply reached its rows");
        assertEquals("Stop import", window.text("#importCancel"));
        WindowDriver.onFx(
                () -> { // the user drags the dialog aside: it does not block the window
                    javafx.stage.Window dialog =
                            window.find("#importDialog").getScene().getWindow();
                    dialog.setX(javafx.stage.Screen.getPrimary().getBounds().getMaxX() - 120);
                    return null;
                });

        long panned = System.nanoTime();
        WindowDriver.onFx(() -> {
            map.centreOn(36.30, 33.50, 12);
            return null;
        });
        window.waitFor("the eastern checkpoint on the map", () -> WindowDriver.onFx(() -> ids(map))
                .contains(far.id().toString()));
        long panMs = (System.nanoTime() - panned) / 1_000_000;

        long clicked = System.nanoTime();
        WindowDriver.onFx(() -> {
            map.selectedProperty().set(null);
            return null;
        });
        window.clickAt(map, map.getWidth() / 2, map.getHeight() / 2);
        window.waitFor("the checkpoint in the details panel", () -> "Checkpoint in the east"
                .equals(window.field("#incidentTitle")));
        long selectMs = (System.nanoTime() - clicked) / 1_000_000;
        System.out.printf(
                "while the apply held its transaction: pan answered in %d ms, selection in %d ms%n", panMs, selectMs);
        // both answered while the apply still held its transaction: only the countDown below lets the writer go, so a
        // read queued behind the write would have timed out in the waits above

        WindowDriver.onFx(
                () -> { // and back, to stop the import
                    window.find("#importDialog").getScene().getWindow().setX(40);
                    return null;
                });
        window.click("#importCancel");
        window.waitFor("the stop asked for", () -> window.text("#importStatus").startsWith("Stopping"));
        release.countDown();
        window.waitFor("the apply rolled back", () -> window.text("#importStatus")
                .equals("Stopped: nothing was imported, the picture is as it was."));
        writer(store).removeUpdateListener(hold);
        assertEquals("", window.alerts(), "a stop the user asked for is no error");
        assertEquals(before, StoreChecksum.of(ours), "every row as it was");
        assertEquals("Cancel", window.text("#importCancel"));
    }

    private static List<String> ids(MapView map) {
        return map.shownFeatures(Layer.INCIDENTS).stream()
                .map(f -> f.id().toString())
                .toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The store of the picture the window has open (its host interface). */
    private static PictureStore windowStore(Application app) throws Exception {
        Field f = app.getClass().getDeclaredField("window");
        f.setAccessible(true);
        return ((ExchangeHost) f.get(app)).store().orElseThrow();
    }

    // The store keeps its write connection to itself; the test looks inside to hold the apply at a known point.
    private static SQLiteConnection writer(PictureStore store) throws Exception {
        Field f = PictureStore.class.getDeclaredField("writer");
        f.setAccessible(true);
        return ((Connection) f.get(store)).unwrap(SQLiteConnection.class);
    }
}
