package org.paxmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import mil.nga.mgrs.MGRS;
import org.junit.jupiter.api.Test;
import org.paxmap.app.map.Coordinates;
import org.paxmap.tiles.TileKey;

/** The tile cache, the tile grid, clustering and coordinate formats, without a window. */
class MapArithmeticTest {
    @Test
    void the_tile_cache_evicts_the_least_recently_used_tiles_past_its_byte_budget() {
        TileCache<String> cache = new TileCache<>(300);
        TileKey a = new TileKey(3, 1, 1);
        TileKey b = new TileKey(3, 1, 2);
        TileKey c = new TileKey(3, 2, 2);
        cache.put(a, "a", 100);
        cache.put(b, "b", 100);
        cache.put(c, "c", 100);
        cache.get(a); // a is now the most recent
        cache.put(new TileKey(3, 3, 3), "d", 100);
        assertFalse(cache.contains(b));
        assertTrue(cache.contains(a) && cache.contains(c));
        assertEquals(300, cache.bytes());
        cache.put(new TileKey(4, 0, 0), "big", 1000);
        assertEquals(1, cache.size(), "a tile larger than the budget evicts all others but is kept itself");
    }

    @Test
    void the_nearest_cached_ancestor_covers_a_missing_tile() {
        TileCache<String> cache = new TileCache<>(1 << 20);
        cache.put(new TileKey(2, 1, 1), "z2", 10);
        cache.put(new TileKey(0, 0, 0), "z0", 10);
        assertEquals(new TileKey(2, 1, 1), cache.nearestCachedAncestor(new TileKey(4, 5, 6)));
        assertEquals(new TileKey(0, 0, 0), cache.nearestCachedAncestor(new TileKey(4, 15, 0)));
        assertNull(cache.nearestCachedAncestor(new TileKey(0, 0, 0)));
    }

    @Test
    void the_drawn_level_rounds_the_zoom_and_over_zooms_past_the_set() {
        assertEquals(5, TileGrid.level(4.5, 0, 14));
        assertEquals(4, TileGrid.level(4.49, 0, 14));
        assertEquals(14, TileGrid.level(17.2, 0, 14));
        assertEquals(3, TileGrid.level(1, 3, 14));
    }

    @Test
    void the_covering_tiles_are_exactly_those_the_viewport_touches() {
        // centre exactly on the corner of four zoom-2 tiles, 256x256 viewport: 4 tiles
        MapViewState view = new MapViewState(0, 0, 2, 256, 256);
        List<TileKey> keys = TileGrid.covering(view, 2, 0);
        assertEquals(
                List.of(new TileKey(2, 1, 1), new TileKey(2, 2, 1), new TileKey(2, 1, 2), new TileKey(2, 2, 2)), keys);
        assertEquals(16, TileGrid.covering(view, 2, 1).size());
    }

    @Test
    void tiles_load_from_the_centre_outwards_and_other_levels_after() {
        MapViewState view = new MapViewState(35.5, 33.2, 8, 1200, 800);
        List<TileGrid.Wanted> wanted = TileGrid.wanted(view, 8, 0, 14);
        TileGrid.Wanted first = wanted.stream()
                .min(Comparator.comparingDouble(TileGrid.Wanted::priority))
                .orElseThrow();
        assertEquals(8, first.key().z());
        int cx = (int) Math.floor(org.paxmap.geo.WebMercator.x(35.5, 8) / 256);
        int cy = (int) Math.floor(org.paxmap.geo.WebMercator.y(33.2, 8) / 256);
        assertEquals(new TileKey(8, cx, cy), first.key());
        assertTrue(wanted.stream().anyMatch(w -> w.key().z() == 7));
        assertTrue(wanted.stream().anyMatch(w -> w.key().z() == 9));
        assertFalse(
                TileGrid.wanted(view, 14, 0, 14).stream().anyMatch(w -> w.key().z() == 15));
    }

    @Test
    void incidents_in_one_grid_cell_become_one_cluster_with_their_count_and_highest_level() {
        IncidentClusters clusters = new IncidentClusters(48);
        clusters.add(10, 10, 0);
        clusters.add(20, 30, 3);
        clusters.add(47, 47, 1);
        clusters.add(100, 10, 2);
        List<IncidentClusters.Cluster> out = clusters.clusters();
        assertEquals(2, out.size());
        IncidentClusters.Cluster big =
                out.stream().filter(c -> c.count() == 3).findFirst().orElseThrow();
        assertEquals(3, big.maxLevel());
        assertEquals(77 / 3.0, big.x(), 1e-9);
    }

    @Test
    void a_group_straddling_a_cell_border_is_one_disc_not_two() {
        IncidentClusters clusters = new IncidentClusters(48);
        clusters.add(46, 10, 1);
        clusters.add(47, 11, 1);
        clusters.add(49, 10, 2);
        List<IncidentClusters.Cluster> out = clusters.clusters();
        assertEquals(1, out.size());
        assertEquals(3, out.get(0).count());
        assertEquals(2, out.get(0).maxLevel());
    }

    @Test
    void positions_read_in_decimal_degrees_dms_and_mgrs() {
        assertEquals("33.27100, 35.20300", Coordinates.decimal(35.203, 33.271));
        assertEquals("33°16'15.6\"N 35°12'10.8\"E", Coordinates.dms(35.203, 33.271));
        assertEquals("0°30'00.0\"S 0°00'36.0\"W", Coordinates.dms(-0.01, -0.5));
        String mgrs = Coordinates.mgrs(35.203, 33.271);
        assertTrue(mgrs.matches("36S [A-Z]{2} \\d{5} \\d{5}"), mgrs);
        assertEquals(MGRS.from(35.203, 33.271).coordinate(5), mgrs.replace(" ", ""));
        assertEquals("", Coordinates.mgrs(0, 85));
    }

    @Test
    void the_scale_bar_is_a_round_distance_that_fits() {
        ScaleBar bar = ScaleBar.fitting(10, 120); // at most 1200 m
        assertEquals(1000, bar.metres());
        assertEquals(100, bar.pixels(), 1e-9);
        assertEquals("1 km", bar.label());
        assertEquals("500 m", ScaleBar.fitting(5, 120).label());
        assertEquals("200 km", ScaleBar.fitting(2000, 120).label());
    }
}
