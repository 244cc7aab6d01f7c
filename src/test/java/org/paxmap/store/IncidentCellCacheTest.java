package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.paxmap.edit.EditSession;
import org.paxmap.geo.WebMercator;
import org.paxmap.geojson.GeoJsonFeatureWriter;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.interop.GeoJsonImport;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.testing.ManyIncidents;

/**
 * The incident cell cache (schema version 10) answers what grouping the live incidents read row by row ({@link
 * PictureStore#mapFeatures}) into the map's cluster cells answers — count, sums, highest level, box and the single
 * incident of a cell of one — at coarse and fine quarter zooms, for the world and for a box; and it still does after
 * an edit, a move, a delete, an undo, an import and a write by another program, because a change makes it stale and
 * a stale level is built again before it is read. An older picture has no cache and says so.
 */
class IncidentCellCacheTest {
    private static final int[] LEVELS = {0, 9, 22, 31, 43};
    private static final Envelope WORLD = new Envelope(-180, 180, -90, 90);

    @TempDir
    Path dir;

    private PictureStore store;

    @BeforeEach
    void seed() throws Exception {
        store = PictureStore.create(dir.resolve("cells.gpkg"), "node-a");
        store.saveAll(ManyIncidents.seeded(3000, 42, "node-a")); // one bulk load (the triggers dropped meanwhile)
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void the_cells_are_the_rows_grouped_by_cell_at_every_level_asked() throws Exception {
        assertCellsMatchTheRows(WORLD);
        Envelope region = new Envelope(31, 35.5, 29, 33.2);
        assertCellsMatchTheRows(region);
    }

    @Test
    void a_fresh_level_is_read_without_building_it_again() throws Exception {
        assertFalse(store.incidentCells(new int[] {20}, WORLD).orElseThrow().isEmpty());
        long built = builtAt(20);
        assertFalse(store.incidentCells(new int[] {20}, WORLD).orElseThrow().isEmpty());
        assertEquals(built, builtAt(20), "not built twice while nothing changed");
        store.saveAll(List.of(ManyIncidents.seeded(1, 7, "node-a").get(0)));
        assertFalse(store.incidentCells(new int[] {20}, WORLD).orElseThrow().isEmpty());
        assertTrue(builtAt(20) > built, "built again after a new incident");
    }

    @Test
    void the_cells_follow_edits_moves_deletes_undo_and_imports() throws Exception {
        assertCellsMatchTheRows(WORLD);
        EditSession session = new EditSession(store);
        List<MapFeature> rows = store.mapFeatures(Layer.INCIDENTS, WORLD);
        UUID moved = rows.get(10).id();
        UUID deleted = rows.get(20).id();
        session.move(moved, 1.5, -0.75);
        assertCellsMatchTheRows(WORLD);
        session.delete(deleted);
        assertCellsMatchTheRows(WORLD);
        assertFalse(idsInCells(WORLD).contains(deleted), "a deleted incident is no cell's single");
        session.undo();
        assertCellsMatchTheRows(WORLD);
        session.undo();
        assertCellsMatchTheRows(WORLD);

        Path geojson = dir.resolve("more.geojson");
        List<Incident> more = ManyIncidents.seeded(700, 99, "node-b");
        try (OutputStream out = Files.newOutputStream(geojson)) {
            GeoJsonFeatureWriter.write(more, out);
        }
        GeoJsonImport.importFiles(
                store,
                List.of(geojson),
                new ImportOptions("node-a", "tester", ReleaseLabel.exercise("node-a"), false, false));
        assertEquals(3700, store.mapFeatures(Layer.INCIDENTS, WORLD).size());
        assertCellsMatchTheRows(WORLD);
    }

    @Test
    void a_write_by_another_program_makes_the_cells_stale() throws Exception {
        assertCellsMatchTheRows(WORLD);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                Statement s = other.createStatement()) {
            SpatialFunctions.register(other); // the GeoPackage functions the R*Tree triggers call, as GDAL has them
            s.executeUpdate("UPDATE incidents SET severity = 'critical' WHERE fid % 7 = 0");
            s.executeUpdate("DELETE FROM incidents WHERE fid % 11 = 0");
        }
        assertCellsMatchTheRows(WORLD);
    }

    @Test
    void an_older_picture_has_no_cells() throws Exception {
        try (PictureStore old = PictureStore.create(dir.resolve("old.gpkg"), "node-a", IncidentCellTable.VERSION - 1)) {
            old.saveAll(ManyIncidents.seeded(10, 1, "node-a"));
            assertTrue(old.incidentCells(new int[] {8}, WORLD).isEmpty());
        }
    }

    private long builtAt(int q) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT built_at FROM paxmap_incident_cell_levels WHERE q = " + q)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private java.util.Set<UUID> idsInCells(Envelope box) throws Exception {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        for (IncidentCells level : store.incidentCells(LEVELS, box).orElseThrow()) {
            for (IncidentCell c : level.cells()) {
                if (c.single() != null) {
                    ids.add(c.single().id());
                }
            }
        }
        return ids;
    }

    /** The cells of every level of {@link #LEVELS} in {@code box} equal the live rows grouped by cell. */
    private void assertCellsMatchTheRows(Envelope box) throws Exception {
        List<MapFeature> rows = store.mapFeatures(Layer.INCIDENTS, WORLD);
        List<IncidentCells> levels = store.incidentCells(LEVELS, box).orElseThrow();
        assertEquals(LEVELS.length, levels.size());
        for (IncidentCells level : levels) {
            Map<List<Long>, IncidentCell> expected = grouped(rows, level.quarterZoom(), box);
            Map<List<Long>, IncidentCell> actual = new HashMap<>();
            for (IncidentCell c : level.cells()) {
                actual.put(List.of(c.cx(), c.cy()), c);
            }
            assertEquals(expected.keySet(), actual.keySet(), "the cells of quarter zoom " + level.quarterZoom());
            for (Map.Entry<List<Long>, IncidentCell> e : expected.entrySet()) {
                IncidentCell want = e.getValue();
                IncidentCell got = actual.get(e.getKey());
                String at = "cell " + e.getKey() + " of quarter zoom " + level.quarterZoom();
                assertEquals(want.count(), got.count(), at);
                assertEquals(want.maxLevel(), got.maxLevel(), at);
                double tolerance = 1e-9 * Math.max(1, Math.abs(want.sumX()));
                assertEquals(want.sumX(), got.sumX(), tolerance, at);
                assertEquals(want.sumY(), got.sumY(), tolerance, at);
                assertEquals(want.minX(), got.minX(), 1e-9, at);
                assertEquals(want.minY(), got.minY(), 1e-9, at);
                assertEquals(want.maxX(), got.maxX(), 1e-9, at);
                assertEquals(want.maxY(), got.maxY(), 1e-9, at);
                if (want.count() == 1) {
                    assertEquals(want.single().id(), got.single().id(), at);
                    assertEquals(want.single().kind(), got.single().kind(), at);
                    assertEquals(want.single().geometry(), got.single().geometry(), at);
                }
            }
        }
    }

    // The rows grouped into the cells of quarter zoom q, as the map groups them, keeping the cells that meet box.
    private static Map<List<Long>, IncidentCell> grouped(List<MapFeature> rows, int q, Envelope box) {
        double s = Math.pow(2, q / 4.0);
        long x0 = (long) Math.floor(WebMercator.x(box.getMinX(), 0) * s / 48);
        long x1 = (long) Math.floor(WebMercator.x(box.getMaxX(), 0) * s / 48);
        long y0 = (long) Math.floor(WebMercator.y(box.getMaxY(), 0) * s / 48);
        long y1 = (long) Math.floor(WebMercator.y(box.getMinY(), 0) * s / 48);
        Map<List<Long>, IncidentCell> out = new HashMap<>();
        for (MapFeature f : rows) {
            Point p = (Point) f.geometry();
            double x = WebMercator.x(p.getX(), 0) * s;
            double y = WebMercator.y(p.getY(), 0) * s;
            long cx = (long) Math.floor(x / 48);
            long cy = (long) Math.floor(y / 48);
            if (cx < x0 || cx > x1 || cy < y0 || cy > y1) {
                continue;
            }
            out.merge(
                    List.of(cx, cy),
                    new IncidentCell(cx, cy, 1, x, y, f.level(), x, y, x, y, f),
                    (a, b) -> new IncidentCell(
                            cx,
                            cy,
                            a.count() + b.count(),
                            a.sumX() + b.sumX(),
                            a.sumY() + b.sumY(),
                            Math.max(a.maxLevel(), b.maxLevel()),
                            Math.min(a.minX(), b.minX()),
                            Math.min(a.minY(), b.minY()),
                            Math.max(a.maxX(), b.maxX()),
                            Math.max(a.maxY(), b.maxY()),
                            null));
        }
        return out;
    }
}
