package org.paxmap.app.map;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Layer;
import org.paxmap.render.MapViewState;
import org.paxmap.store.MapFeature;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.ManyIncidents;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A world view over many incidents draws the store's cells as the cluster discs the incidents themselves make,
 * without fetching every incident (the limit above which the map reads cells lowered to fit a quick test); a filter that hides some brings back the incidents as rows (the discs count only
 * what it lets through), clearing it brings back the cells, and a deleted incident leaves its disc.
 */
@Tag("slow")
class MapViewCellsTest {
    private static final int INCIDENTS = 3000;

    @TempDir
    Path dir;

    private MapView map;
    private Stage stage;
    private PictureStore store;
    private final ExecutorService io = Executors.newSingleThreadExecutor();

    @BeforeEach
    void showTheWorld() throws Exception {
        IncidentCellFetch.readCellsAbove(500); // the map's own limit (20,000) would read these few as rows
        store = PictureStore.create(dir.resolve("many.gpkg"), "node-a");
        store.saveAll(ManyIncidents.seeded(INCIDENTS, 11, "node-a"));
        FxToolkit.registerPrimaryStage();
        stage = WaitForAsyncUtils.asyncFx(() -> {
                    Stage own = new Stage();
                    map = new MapView(64L << 20);
                    own.setScene(new Scene(map, 1024, 600));
                    own.show();
                    return own;
                })
                .get();
        onFx(() -> {
            map.setTileSource(new CheckerTileSource(5));
            map.showPicture(store, io, new Envelope(-180, 180, -85, 85));
            map.state().centreOn(20, 20);
            map.state().setZoom(2.2);
            map.markDirty();
            return null;
        });
    }

    @AfterEach
    void closeIt() throws Exception {
        IncidentCellFetch.readCellsAbove(IncidentCellFetch.ROW_LIMIT);
        onFx(() -> {
            map.dispose();
            stage.close();
            return null;
        });
        io.shutdown();
        assertTrue(io.awaitTermination(10, TimeUnit.SECONDS));
        store.close();
    }

    @Test
    void the_world_shows_the_discs_of_every_incident_from_the_cells() throws Exception {
        List<MapFeature> all = store.mapFeatures(Layer.INCIDENTS, new Envelope(-180, 180, -90, 90));
        awaitDiscsOf(all);
        int fetched = onFx(() -> map.shownFeatures(Layer.INCIDENTS).size());
        assertTrue(fetched < INCIDENTS / 4, "the map read the cells, not every incident: " + fetched + " fetched");

        ClusterHit.Disc biggest = onFx(() -> map.clusterDiscs().stream()
                .max((a, b) -> Integer.compare(a.count(), b.count()))
                .orElseThrow());
        int x = (int) biggest.x();
        int y = (int) (biggest.y() + biggest.radius() * 0.6);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> map.tilesPending() == 0));
        int withDisc = pixel(x, y);
        onFx(() -> {
            map.layerVisibleProperty(Layer.INCIDENTS).set(false);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> map.tilesPending() == 0));
        assertNotEquals(withDisc, pixel(x, y), "the disc is painted on the frame");
        assertTrue(onFx(() -> map.clusterDiscs().isEmpty()), "no discs of a hidden layer");

        onFx(() -> {
            map.layerVisibleProperty(Layer.INCIDENTS).set(true);
            return null;
        });
        awaitDiscsOf(all);
        assertTrue(onFx(() -> map.zoomIntoClusterAt(biggest.x(), biggest.y())), "a click on the disc zooms in");
        assertTrue(
                onFx(() -> map.state().viewportEnvelope()).contains(biggest.members()),
                "onto every incident of the disc: " + biggest.members());
    }

    @Test
    void a_filter_is_answered_from_the_rows_and_a_delete_leaves_the_disc() throws Exception {
        List<MapFeature> all = store.mapFeatures(Layer.INCIDENTS, new Envelope(-180, 180, -90, 90));
        awaitDiscsOf(all);
        FeatureFilter everyOther = new FeatureFilter() {
            @Override
            public int key(UUID id) {
                return -1;
            }

            @Override
            public boolean showsKey(int key) {
                return false;
            }

            @Override
            public boolean shows(UUID id) {
                return (id.getLeastSignificantBits() & 1) == 0;
            }

            @Override
            public boolean sameKeys(FeatureFilter earlier) {
                return earlier == this;
            }
        };
        onFx(() -> {
            map.showOnly(everyOther);
            return null;
        });
        awaitDiscsOf(all.stream().filter(f -> everyOther.shows(f.id())).toList());

        onFx(() -> {
            map.showOnly(null);
            return null;
        });
        awaitDiscsOf(all);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> onFx(() -> map.shownFeatures(Layer.INCIDENTS).size() < INCIDENTS / 4));

        onFx(() -> {
            map.state().centreOn(34, 32);
            map.state().setZoom(6);
            map.markDirty();
            return null;
        });
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> onFx(() -> map.shownFeatures(Layer.INCIDENTS).size() < INCIDENTS / 4));
        awaitDiscsOf(all);
        onFx(() -> {
            map.state().setZoom(2.2);
            map.markDirty();
            return null;
        });
        awaitDiscsOf(all);

        UUID gone = all.get(0).id();
        store.delete(gone);
        onFx(() -> {
            map.showPicture(store, io, new Envelope(-180, 180, -85, 85));
            return null;
        });
        awaitDiscsOf(all.stream().filter(f -> !f.id().equals(gone)).toList());
    }

    // Waits until the map's discs in view are those the incidents themselves make there (count, place, box).
    private void awaitDiscsOf(List<MapFeature> incidents) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> onFx(() -> {
                    MapViewState view = map.state();
                    List<ClusterHit.Disc> want = onScreen(view, ClusterHit.discs(view, incidents));
                    List<ClusterHit.Disc> got = onScreen(view, map.clusterDiscs());
                    if (want.size() != got.size() || want.size() < 5) {
                        return false;
                    }
                    for (int i = 0; i < want.size(); i++) {
                        ClusterHit.Disc a = want.get(i);
                        ClusterHit.Disc b = got.get(i);
                        if (a.count() != b.count()
                                || Math.abs(a.x() - b.x()) > 1e-6
                                || Math.abs(a.y() - b.y()) > 1e-6
                                || !near(a.members(), b.members())) {
                            return false;
                        }
                    }
                    return true;
                }));
    }

    private static boolean near(Envelope a, Envelope b) {
        return Math.abs(a.getMinX() - b.getMinX()) < 1e-9
                && Math.abs(a.getMaxX() - b.getMaxX()) < 1e-9
                && Math.abs(a.getMinY() - b.getMinY()) < 1e-9
                && Math.abs(a.getMaxY() - b.getMaxY()) < 1e-9;
    }

    // The discs whose centre is in view (the map groups only what it fetched around the view).
    private static List<ClusterHit.Disc> onScreen(MapViewState view, List<ClusterHit.Disc> discs) {
        return discs.stream()
                .filter(d -> d.x() >= 0 && d.y() >= 0 && d.x() <= view.width() && d.y() <= view.height())
                .toList();
    }

    private int pixel(int x, int y) throws Exception {
        return onFx(() -> ((Canvas) map.lookup("#mapCanvas"))
                .snapshot(null, null)
                .getPixelReader()
                .getArgb(x, y));
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
