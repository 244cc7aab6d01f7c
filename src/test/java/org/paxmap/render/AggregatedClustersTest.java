package org.paxmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Layer;
import org.paxmap.store.IncidentCells;
import org.paxmap.store.MapFeature;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.ManyIncidents;

/**
 * The map draws the same discs and markers from the store's incident cells as from the incidents read row by row: the
 * same groups (mean position, count, highest level, box) at the world's, a region's and the area of operations'
 * zooms, on a few thousand seeded incidents in a real picture.
 */
class AggregatedClustersTest {
    @TempDir
    static Path dir;

    private static PictureStore store;
    private static List<MapFeature> rows;

    @BeforeAll
    static void seed() throws Exception {
        store = PictureStore.create(dir.resolve("clusters.gpkg"), "node-a");
        store.saveAll(ManyIncidents.seeded(4000, 7, "node-a"));
        rows = store.mapFeatures(Layer.INCIDENTS, new Envelope(-180, 180, -90, 90));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void the_groups_of_the_cells_are_the_groups_of_the_rows() throws Exception {
        for (int q : new int[] {2, 9, 17, 26, 30, 38, 43}) {
            IncidentCells cells = store.incidentCells(new int[] {q}, new Envelope(-180, 180, -90, 90))
                    .orElseThrow()
                    .get(0);
            double s = Math.pow(2, q / 4.0);
            IncidentClusters fromRows = new IncidentClusters(FeaturePainter.CLUSTER_CELL);
            for (MapFeature f : rows) {
                org.locationtech.jts.geom.Point p = (org.locationtech.jts.geom.Point) f.geometry();
                fromRows.add(
                        org.paxmap.geo.WebMercator.x(p.getX(), 0) * s,
                        org.paxmap.geo.WebMercator.y(p.getY(), 0) * s,
                        FeaturePainter.clampLevel(f.level()));
            }
            List<IncidentClusters.Cluster> want = fromRows.clusters();
            List<IncidentClusters.Cluster> got = IncidentLayout.clusters(cells);
            assertEquals(want.size(), got.size(), "groups at quarter zoom " + q);
            int total = 0;
            for (int i = 0; i < want.size(); i++) {
                IncidentClusters.Cluster a = want.get(i);
                IncidentClusters.Cluster b = got.get(i);
                String at = "group " + i + " at quarter zoom " + q;
                assertEquals(a.count(), b.count(), at);
                assertEquals(a.maxLevel(), b.maxLevel(), at);
                assertEquals(a.x(), b.x(), 1e-6, at);
                assertEquals(a.y(), b.y(), 1e-6, at);
                assertEquals(a.minX(), b.minX(), 1e-6, at);
                assertEquals(a.maxY(), b.maxY(), 1e-6, at);
                total += b.count();
            }
            assertEquals(rows.size(), total, "every incident in one group");
        }
    }

    @Test
    void a_view_places_the_same_discs_and_markers_from_cells_as_from_rows() throws Exception {
        // the world, a region (the area of operations whole), and inside it
        MapViewState[] views = {
            new MapViewState(0, 20, 2.3, 1366, 768),
            new MapViewState(35, 33, 6.6, 1366, 768),
            new MapViewState(34.2, 31.4, 9.85, 1366, 768)
        };
        for (MapViewState view : views) {
            Envelope box = view.viewportEnvelope();
            box.expandBy(box.getWidth(), box.getHeight());
            int q = (int) Math.round(view.zoom() * 4);
            List<IncidentCells> cells =
                    store.incidentCells(new int[] {q - 4, q, q + 4}, box).orElseThrow();
            IncidentLayout.Placed fromCells = new IncidentLayout().place(view, cells);
            IncidentLayout.Placed fromRows = new IncidentLayout().place(view, rows, null);
            String at = "zoom " + view.zoom();
            assertTrue(fromRows.clusters().size() > 3, "discs drawn at " + at);
            assertEquals(fromRows.clusters().size(), fromCells.clusters().size(), "discs at " + at);
            for (int i = 0; i < fromRows.clusters().size(); i++) {
                IncidentClusters.Cluster a = fromRows.clusters().get(i);
                IncidentClusters.Cluster b = fromCells.clusters().get(i);
                assertEquals(a.count(), b.count(), at);
                assertEquals(a.maxLevel(), b.maxLevel(), at);
                assertEquals(a.x(), b.x(), 1e-6, at);
                assertEquals(a.y(), b.y(), 1e-6, at);
            }
            assertEquals(fromRows.markers(), fromCells.markers(), "single markers at " + at);
        }
    }
}
