package org.paxmap.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Layer;
import org.paxmap.render.MapViewState;
import org.paxmap.store.IncidentCell;
import org.paxmap.store.IncidentCells;
import org.paxmap.store.PictureStore;

/**
 * The map's query at low zoom in the store benchmark: for world, region and area-of-operations views of a 1920×1080
 * window at the zooms the map uses below zoom 11, the box the map fetches (the view grown 3.1 times) asked as cells
 * of the view's quarter zoom and one level either side ({@link PictureStore#incidentCells}, what the map reads), p50
 * and p95 over views panned at random, beside the row query the map made before ({@link PictureStore#mapFeatures})
 * for the same boxes in the same run. First the cost of building the cells: every level once after the load (cold),
 * then three levels again after one new incident (what the first zoomed-out view after an edit waits for).
 */
final class MapCellsBench {
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;

    /** Results folded in, so that no call is left out as unused. */
    private static long sink;

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private record Scene(String name, double lon, double lat, double spread, double[] zooms) {}

    private MapCellsBench() {}

    static void run(PictureStore store, double aoWest, double aoSouth, double aoSize) throws Exception {
        double aoLon = aoWest + aoSize / 2;
        double aoLat = aoSouth + aoSize / 2;
        List<Scene> scenes = List.of(
                new Scene("world", 10, 20, 60, new double[] {1, 2, 3}),
                new Scene("region", aoLon, aoLat, 4, new double[] {4, 5, 6, 7}),
                new Scene("AO", aoLon, aoLat, aoSize / 2 - 1, new double[] {8, 9, 10, 10.75}));
        System.out.println();
        long t0 = System.nanoTime();
        int[] all = new int[IncidentCell.QUARTER_ZOOMS];
        Arrays.setAll(all, q -> q);
        for (int from = 0; from < all.length; from += 4) {
            sink += store.incidentCells(Arrays.copyOfRange(all, from, from + 4), new Envelope(0, 1, 0, 1))
                    .orElseThrow()
                    .size();
        }
        double buildAll = (System.nanoTime() - t0) / 1e9;
        store.saveAll(StoreBenchmark.synthesise(1, new SplittableRandom(99)));
        long t1 = System.nanoTime();
        sink += store.incidentCells(new int[] {20, 24, 28}, new Envelope(0, 1, 0, 1))
                .orElseThrow()
                .size();
        double rebuildThree = (System.nanoTime() - t1) / 1e9;
        for (int from = 0; from < all.length; from += 4) {
            sink += store.incidentCells(Arrays.copyOfRange(all, from, from + 4), new Envelope(0, 1, 0, 1))
                    .orElseThrow()
                    .size();
        }
        System.out.printf(
                Locale.ROOT,
                "map cells (PictureStore.incidentCells): built for all %d quarter zooms after the load in %.1f s;"
                        + " 3 levels again after one new incident in %.2f s%n",
                all.length,
                buildAll,
                rebuildThree);
        System.out.println("map query per view, ms (1920x1080 window, box = view grown 3.1x, random pans):");
        System.out.println("  cells = the map's query below zoom 11: cells of the view's quarter zoom and one level out"
                + " in the box, one level in in the view");
        System.out.println("  rows  = PictureStore.mapFeatures for the same box (the map's query before)");
        System.out.println("  cpu   = the cell query's CPU time on the calling thread, p95 (the machine is shared)");
        System.out.println(
                "view     zoom |  rows in box   cells | cells p50     p95 | cpu p95 | rows p50      p95 | p95 rows/cells");
        for (Scene scene : scenes) {
            for (double zoom : scene.zooms()) {
                measure(store, scene, zoom);
            }
        }
    }

    private static void measure(PictureStore store, Scene scene, double zoom) throws Exception {
        SplittableRandom random =
                new SplittableRandom(Double.hashCode(zoom) * 31L + scene.name().hashCode());
        int runs = 40;
        Envelope[] boxes = new Envelope[runs];
        Envelope[] views = new Envelope[runs];
        for (int i = 0; i < runs; i++) {
            MapViewState view = new MapViewState(
                    scene.lon() + (random.nextDouble() - 0.5) * scene.spread(),
                    scene.lat() + (random.nextDouble() - 0.5) * scene.spread(),
                    zoom,
                    WIDTH,
                    HEIGHT);
            MapViewState around = view.copy();
            around.resize(WIDTH * 3.1, HEIGHT * 3.1);
            boxes[i] = around.viewportEnvelope();
            boxes[i].expandToInclude(view.viewportEnvelope());
            views[i] = view.viewportEnvelope();
        }
        int q = (int) Math.round(zoom * 4);
        int[] levels =
                java.util.stream.IntStream.of(q - 4, q).filter(l -> l >= 0).toArray();
        int[] in = q + 4 < IncidentCell.QUARTER_ZOOMS ? new int[] {q + 4} : new int[0];
        for (int i = 0; i < runs; i++) { // warm-up
            sink += store.incidentCells(levels, boxes[i]).orElseThrow().size();
            sink += store.incidentCells(in, views[i]).orElseThrow().size();
        }
        long[] cellNanos = new long[runs];
        long[] cellCpu = new long[runs];
        long[] cellCounts = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<IncidentCells> cells = new java.util.ArrayList<>(
                    store.incidentCells(levels, boxes[i]).orElseThrow());
            cells.addAll(store.incidentCells(in, views[i]).orElseThrow());
            cellNanos[i] = System.nanoTime() - t0;
            cellCpu[i] = CPU.getCurrentThreadCpuTime() - c0;
            cellCounts[i] = cells.stream().mapToLong(c -> c.cells().size()).sum();
        }
        int rowRuns = zoom < 4 ? 5 : zoom < 8 ? 10 : runs; // the row query of a world box takes seconds
        long[] rowNanos = new long[rowRuns];
        long[] rowCounts = new long[rowRuns];
        sink += store.mapFeatures(Layer.INCIDENTS, boxes[0]).size(); // warm-up
        for (int i = 0; i < rowRuns; i++) {
            long t0 = System.nanoTime();
            rowCounts[i] = store.mapFeatures(Layer.INCIDENTS, boxes[i]).size();
            rowNanos[i] = System.nanoTime() - t0;
        }
        double cellP95 = percentile(cellNanos, 95);
        double rowP95 = percentile(rowNanos, 95);
        System.out.printf(
                Locale.ROOT,
                "%-8s %5.2f | %10d %7d | %9.2f %7.2f | %7.2f | %8.1f %8.1f | %6.1fx%s%n",
                scene.name(),
                zoom,
                median(rowCounts),
                median(cellCounts),
                percentile(cellNanos, 50),
                cellP95,
                percentile(cellCpu, 95),
                percentile(rowNanos, 50),
                rowP95,
                rowP95 / cellP95,
                cellP95 <= 100 ? "" : "  (target p95 <= 100 ms missed)");
        if (sink == 42) {
            System.out.println();
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }
}
