package org.paxmap.bench;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.app.map.MapView;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.Feature;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.RouteStatus;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneCategory;
import org.paxmap.store.PictureStore;
import org.paxmap.tiles.MbtilesSource;
import org.paxmap.tiles.TileKey;
import org.paxmap.tiles.TileSources;

/**
 * The map view's benchmark: a 1920×1080 {@link MapView} rendered headless (JavaFX on Monocle's headless platform with
 * the software pipeline, as in the tests) over the bundled base map ({@code maps/basemap.mbtiles}) with a store of
 * 100,000 incidents, 1,000 routes and 1,000 zones. It prints:
 *
 * <ul>
 *   <li>frame time p50/p95 while panning at world (2), region (8) and street (15) zoom: one frame is the view's own
 *       redraw on the FX thread (taking in arrived tiles and finished background renders, drawing the last render of
 *       the view plus its margin) plus the rasterisation of the canvas's commands, forced by a 1×1 snapshot; the draw
 *       call alone is printed beside it. The map's tiles and features are rendered into that image on the view's
 *       background thread ({@code ViewRenderer}), which is not part of a frame: its render times are printed beside
 *       the frames, with the number of frames that could not show the current render unscaled and whole (the view had
 *       run past the rendered margin, so a strip showed the sea) and the frames whose render was older than the
 *       tiles or features the view had;
 *   <li>the time from a zoom change to a fully painted view (no tile of the view pending, a render of the new zoom
 *       with every tile and the latest features drawn on the canvas and rasterised), cold (a fresh cache, tiles loaded
 *       by the view's loader and drawn on its own pulses) and warm. <b>Warm</b> means: every tile of the views
 *       involved is cached, and before each zoom change the view stood still until it had nothing left to do — its
 *       own render done and its zoom pre-renders made ({@code prefetchIdle}, which needs at least the view's 120 ms
 *       quiet time plus the pre-renders' own time), as when a user looks at the map before zooming. Each warm change
 *       is one level (9↔10↔11 in the area of operations) about a cursor at the centre, a corner or inside the view.
 *       A change <i>hits</i> when the very first frame after it is fully painted (the view took over a pre-render of
 *       that zoom: {@code fullyPainted} right after that frame, in the same FX-thread call); its time is that frame.
 *       A <i>miss</i> shows the last render scaled first and runs until the background render of the new zoom is
 *       drawn and rasterised. Hits and misses are counted and timed separately, then together. A second warm series
 *       zooms about the centre only 20 ms after each full repaint (no pause, so pre-renders seldom finish): it is
 *       printed for comparison with the earlier benchmark, not judged;
 *   <li>tile fetch+decode throughput from the base map, from 1 and 2 threads (as {@link TileSourceBenchmark});
 *   <li>the heap in use after panning across the world at zoom 6, after {@link System#gc()}.
 * </ul>
 *
 * <p>Run: {@code ./mvnw -Pbench verify -Dbench.main=org.paxmap.bench.MapBenchmark} (the profile's incident-count
 * argument is ignored: the counts are fixed by the acceptance criteria). Targets: p95 frame ≤ 16 ms at every zoom,
 * warm (paused) full repaint p95 ≤ 16 ms, heap ≤ 512 MB. The view's package-private hooks ({@code tilesPending},
 * {@code redrawNow}, {@code rasterWaiting}, {@code prefetchIdle}, {@code fullyPainted}, {@code counters}) are reached
 * by reflection.
 */
public final class MapBenchmark {
    static final int INCIDENTS = 100_000;
    static final int ROUTES = 1_000;
    static final int ZONES = 1_000;
    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    static final double AO_LON = 35.5;
    static final double AO_LAT = 33.3;
    static final double FRAME_TARGET_MS = 16;
    static final double REPAINT_TARGET_MS = 16;
    static final double HEAP_TARGET_MB = 512;

    private static MapView map;
    private static Canvas canvas;
    private static Method tilesPending;
    private static Method redrawNow;
    private static Method rasterWaiting;
    private static Method prefetchIdle;
    private static Method fullyPainted;

    private MapBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path baseMap = Path.of("maps/basemap.mbtiles").toAbsolutePath();
        if (!Files.isRegularFile(baseMap)) {
            throw new IllegalStateException("no base map at " + baseMap + " (run from the project folder)");
        }
        tilesPending = HeadlessFx.probe(MapView.class, "tilesPending");
        redrawNow = HeadlessFx.probe(MapView.class, "redrawNow");
        rasterWaiting = HeadlessFx.probe(MapView.class, "rasterWaiting");
        prefetchIdle = HeadlessFx.probe(MapView.class, "prefetchIdle");
        fullyPainted = HeadlessFx.probe(MapView.class, "fullyPainted");

        System.out.printf(
                Locale.ROOT,
                "MapBenchmark: %d cores, Java %s, max heap %,d MB, %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                baseMap);
        Path dir = Files.createTempDirectory("paxmap-map-bench");
        Path picture = dir.resolve("bench.gpkg");
        long t0 = System.nanoTime();
        PictureStore store = PictureStore.create(picture, "bench-node");
        List<Feature> all = picture();
        store.saveAll(all);
        all = null;
        System.out.printf(
                Locale.ROOT,
                "store: %,d incidents, %,d routes, %,d zones written in %.1f s%n",
                INCIDENTS,
                ROUTES,
                ZONES,
                (System.nanoTime() - t0) / 1e9);

        HeadlessFx.start(WIDTH, HEIGHT);
        ExecutorService io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-store-io");
            t.setDaemon(true);
            return t;
        });
        fx(() -> {
            map = new MapView();
            Stage stage = new Stage();
            stage.setScene(new Scene(map, WIDTH, HEIGHT));
            stage.show();
            canvas = (Canvas) map.lookup("#mapCanvas");
            map.setTileSource(TileSources.open(baseMap));
            map.showPicture(store, io, new Envelope(30, 40, 28, 38));
            return null;
        });
        Thread.sleep(500);
        System.out.printf(
                Locale.ROOT, "view: canvas %.0fx%.0f%n", fx(() -> canvas.getWidth()), fx(() -> canvas.getHeight()));

        boolean pass = true;
        System.out.println();
        System.out.println("frame while panning (redraw + rasterise; 240 frames after 60 warm-up, 24 px per frame):");
        for (double[] zoom : new double[][] {{2, 0}, {8, 1}, {15, 2}}) {
            String name = new String[] {"world", "region", "street"}[(int) zoom[1]];
            pass &= panning(name, zoom[0]);
        }

        System.out.println();
        System.out.println("zoom change to a fully painted 1920x1080 view:");
        pass &= repaint(baseMap);

        System.out.println();
        System.out.println("tile fetch+decode from the base map:");
        throughput(baseMap);

        System.out.println();
        pass &= heapAfterWorldPan();

        System.out.println();
        System.out.println(pass ? "all targets met" : "some targets missed");
        fx(() -> {
            map.dispose();
            return null;
        });
        io.shutdown();
        store.close();
        Platform.exit();
        System.exit(0);
    }

    private static boolean panning(String name, double zoom) throws Exception {
        fx(() -> {
            map.state().setZoom(zoom);
            map.state().centreOn(AO_LON, AO_LAT);
            map.markDirty();
            return null;
        });
        waitPainted(30_000);
        int warmUp = 60;
        int frames = 240;
        double[] total = new double[frames];
        double[] draw = new double[frames];
        for (int i = 0; i < warmUp + frames; i++) {
            if (i == warmUp) {
                fx(() -> {
                    call(counters(), "reset");
                    return null;
                });
            }
            int step = i % 240 < 120 ? -24 : 24; // east for 120 frames, then back west
            int dy = i % 60 < 30 ? -4 : 4;
            double[] t = fx(() -> {
                map.state().panBy(step, dy);
                long a = System.nanoTime();
                redrawNow.invoke(map);
                long b = System.nanoTime();
                rasterise();
                long c = System.nanoTime();
                return new double[] {(c - a) / 1e6, (b - a) / 1e6};
            });
            if (i >= warmUp) {
                total[i - warmUp] = t[0];
                draw[i - warmUp] = t[1];
            }
            Thread.sleep(16); // a frame's pace: tiles and feature queries progress meanwhile
        }
        Arrays.sort(total);
        Arrays.sort(draw);
        double p95 = pct(total, 95);
        boolean ok = p95 <= FRAME_TARGET_MS;
        System.out.printf(
                Locale.ROOT,
                "  %-6s (zoom %4.1f): p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms  (draw call alone p50 %5.2f, p95 %5.2f)"
                        + "  target p95 <= %.0f ms: %s%n",
                name,
                zoom,
                pct(total, 50),
                p95,
                total[frames - 1],
                pct(draw, 50),
                pct(draw, 95),
                FRAME_TARGET_MS,
                ok ? "PASS" : "MISS");
        printRenders();
        return ok;
    }

    /** Prints the background renders and the frames that showed a shifted/scaled or outdated render since a reset. */
    private static void printRenders() throws Exception {
        Object counters = fx(MapBenchmark::counters);
        long shown = (long) fx(() -> call(counters, "frames"));
        long notCovering = (long) fx(() -> call(counters, "notCovering"));
        long outdated = (long) fx(() -> call(counters, "outdated"));
        double[] renders = (double[]) fx(() -> call(counters, "renderMillis"));
        System.out.printf(
                Locale.ROOT,
                "         background renders (view + margin, off the FX thread): %d, p50 %.1f ms, p95 %.1f ms, max %.1f"
                        + " ms; frames not showing a whole unscaled render (edge strips of sea): %d of %d; frames"
                        + " with an outdated render: %d%n",
                renders.length,
                renders.length == 0 ? 0 : pct(renders, 50),
                renders.length == 0 ? 0 : pct(renders, 95),
                renders.length == 0 ? 0 : renders[renders.length - 1],
                notCovering,
                shown,
                outdated);
    }

    private static Object counters() throws Exception {
        Method m = HeadlessFx.probe(MapView.class, "counters");
        return m.invoke(map);
    }

    private static Object call(Object target, String method) throws Exception {
        return HeadlessFx.probe(target.getClass(), method).invoke(target);
    }

    private static boolean repaint(Path baseMap) throws Exception {
        // cold: a freshly opened base map (the view's cache is cleared) at each of these views
        double[][] views = {{AO_LON, AO_LAT, 9}, {AO_LON, AO_LAT, 11}, {2, 47, 5}, {-75, 40, 6}, {0, 0, 2}};
        List<Double> cold = new ArrayList<>();
        for (double[] v : views) {
            fx(() -> {
                map.setTileSource(TileSources.open(baseMap));
                map.state().setZoom(v[2]);
                map.state().centreOn(v[0], v[1]);
                map.markDirty();
                return null;
            });
            long t = System.nanoTime();
            waitPainted(60_000);
            double ms = (System.nanoTime() - t) / 1e6;
            cold.add(ms);
            System.out.printf(Locale.ROOT, "  cold  (%.1f, %.1f) zoom %.0f: %7.1f ms%n", v[0], v[1], v[2], ms);
        }
        // warm: zoom 10 <-> 9 and 11 in the area of operations once all three levels are cached
        for (double z : new double[] {10, 9, 11, 10}) {
            fx(() -> {
                map.state().setZoom(z);
                map.state().centreOn(AO_LON, AO_LAT);
                map.markDirty();
                return null;
            });
            waitPainted(60_000);
            Thread.sleep(500); // prefetch settles
        }
        double[] c = cold.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT, "  cold: median %.1f ms, max %.1f ms (no target)%n", pct(c, 50), c[c.length - 1]);
        boolean ok = warmSeries(true);
        warmSeries(false);
        return ok;
    }

    /**
     * Sixty one-level zoom changes with every tile cached: {@code paused} ones start from the view re-centred on the
     * area of operations and left still until {@code prefetchIdle}, and zoom about a cursor cycling through the centre,
     * the corners and inner points; the others follow each other 20 ms after each full repaint, about the centre.
     * Prints hits (first frame fully painted) and misses separately and together; answers whether the p95 of all
     * changes met the target (for the paused series).
     */
    private static boolean warmSeries(boolean paused) throws Exception {
        double[][] cursors = {
            {WIDTH / 2.0, HEIGHT / 2.0},
            {0, 0},
            {WIDTH - 1, HEIGHT - 1},
            {WIDTH * 0.25, HEIGHT * 0.75},
            {WIDTH - 1, 0},
            {WIDTH * 0.8, HEIGHT * 0.3},
            {0, HEIGHT - 1}
        };
        double[] sequence = {10, 9, 10, 11};
        int runs = 60;
        double[] all = new double[runs];
        double[] first = new double[runs];
        double[] drawCall = new double[runs];
        List<Double> hits = new ArrayList<>();
        List<Double> misses = new ArrayList<>();
        int notFull = 0;
        int unsettled = 0;
        fx(() -> {
            call(counters(), "reset");
            return null;
        });
        for (int i = 0; i < runs; i++) {
            double from = sequence[i % 4];
            double z = sequence[(i + 1) % 4];
            double[] at = paused ? cursors[i % cursors.length] : cursors[0];
            if (paused) {
                fx(() -> {
                    map.state().setZoom(from);
                    map.state().centreOn(AO_LON, AO_LAT);
                    map.markDirty();
                    return null;
                });
                waitPainted(60_000);
                if (!waitSettled(5_000) && unsettled++ == 0) {
                    System.out.println("  (first view not settled within 5 s: " + fx(MapBenchmark::why) + ")");
                }
            }
            long[] frame = fx(() -> {
                long t = System.nanoTime();
                map.state().zoomAbout(at[0], at[1], z);
                redrawNow.invoke(map);
                long drawn = System.nanoTime();
                rasterise();
                long done = System.nanoTime();
                return new long[] {t, done, (boolean) fullyPainted.invoke(map) ? 1 : 0, drawn};
            });
            long a = frame[0];
            first[i] = (frame[1] - a) / 1e6;
            drawCall[i] = (frame[3] - a) / 1e6;
            boolean hit = frame[2] == 1;
            // until the render of the new zoom is taken in and drawn: by the view's pulse or by this redraw
            long end = System.currentTimeMillis() + 10_000;
            int pending = hit ? 0 : 1;
            while (pending > 0 && System.currentTimeMillis() < end) {
                boolean ready = fx(() -> (boolean) rasterWaiting.invoke(map) || (int) tilesPending.invoke(map) == 0);
                if (ready) {
                    pending = fx(() -> {
                        redrawNow.invoke(map);
                        rasterise();
                        return (int) tilesPending.invoke(map);
                    });
                    if (pending == 0) {
                        break;
                    }
                }
                java.util.concurrent.locks.LockSupport.parkNanos(200_000);
            }
            all[i] = hit ? first[i] : (System.nanoTime() - a) / 1e6;
            (hit ? hits : misses).add(all[i]);
            if (pending > 0) {
                notFull++;
            }
            Thread.sleep(20);
        }
        Arrays.sort(first);
        Arrays.sort(drawCall);
        Arrays.sort(all);
        double p95 = pct(all, 95);
        boolean ok = p95 <= REPAINT_TARGET_MS && notFull == 0;
        long taken = (long) fx(() -> call(counters(), "prefetchesTaken"));
        double[] pre = (double[]) fx(() -> call(counters(), "prefetchMillis"));
        if (paused) {
            System.out.printf(
                    Locale.ROOT,
                    "  warm, paused until pre-rendered (zoom 9/10/11 about centre, corners and inner points, %d runs;"
                            + " view not settled within 5 s: %d): p50 %.2f ms  p95 %.2f ms  max %.2f ms; not fully"
                            + " painted within 10 s: %d  target p95 <= %.0f ms: %s%n",
                    runs,
                    unsettled,
                    pct(all, 50),
                    p95,
                    all[runs - 1],
                    notFull,
                    REPAINT_TARGET_MS,
                    ok ? "PASS" : "MISS");
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "  warm, no pause (zoom 9/10/11 about the centre 20 ms after each repaint, %d runs; for comparison,"
                            + " not judged): p50 %.2f ms  p95 %.2f ms  max %.2f ms; not fully painted within 10 s: %d%n",
                    runs,
                    pct(all, 50),
                    p95,
                    all[runs - 1],
                    notFull);
        }
        System.out.printf(
                Locale.ROOT,
                "         pre-render hits (first frame fully painted): %d of %d, %s; misses: %d, %s"
                        + " — a full repaint within %.0f ms happens only on a hit; a miss waits for the background"
                        + " render%n",
                hits.size(),
                runs,
                summary(hits),
                misses.size(),
                summary(misses),
                REPAINT_TARGET_MS);
        System.out.printf(
                Locale.ROOT,
                "         first frame after the change (a hit: the pre-render; a miss: the last render scaled; drawn"
                        + " and rasterised): p50 %.2f ms, p95 %.2f ms (draw call alone p50 %.2f, p95 %.2f);"
                        + " pre-renders made: %d (p50 %.1f ms, max %.1f ms), taken over: %d%n",
                pct(first, 50),
                pct(first, 95),
                pct(drawCall, 50),
                pct(drawCall, 95),
                pre.length,
                pre.length == 0 ? 0 : pct(pre, 50),
                pre.length == 0 ? 0 : pre[pre.length - 1],
                taken);
        printRenders();
        return ok;
    }

    private static String summary(List<Double> times) {
        if (times.isEmpty()) {
            return "none";
        }
        double[] t = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(
                Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, max %.2f ms", pct(t, 50), pct(t, 95), t[t.length - 1]);
    }

    /** Polls (every 2 ms) until the view has pre-rendered what it can; false after {@code timeoutMs}. */
    private static boolean waitSettled(long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!(boolean) fx(() -> (boolean) prefetchIdle.invoke(map) && (int) tilesPending.invoke(map) == 0)) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }

    private static void throughput(Path file) throws Exception {
        List<TileKey> keys = TileSourceBenchmark.keys(file);
        for (int threads : new int[] {1, 2}) {
            try (MbtilesSource source = MbtilesSource.open(file, threads)) {
                TileSourceBenchmark.measure(source, keys, threads, true, 1); // warm-up
                double seconds = 3;
                long[] r = TileSourceBenchmark.measure(source, keys, threads, true, seconds);
                System.out.printf(
                        Locale.ROOT,
                        "  %d thread(s): %,8.0f tiles/s  %6.1f MB/s  (%,d tiles in the set)%n",
                        threads,
                        r[0] / seconds,
                        r[1] / seconds / 1e6,
                        keys.size());
            }
        }
    }

    private static boolean heapAfterWorldPan() throws Exception {
        int views = 0;
        long t = System.nanoTime();
        for (double lat : new double[] {60, 35, 5, -25}) {
            for (double lon = -170; lon <= 170; lon += 25) {
                double x = lon;
                fx(() -> {
                    map.state().setZoom(6);
                    map.state().centreOn(x, lat);
                    map.markDirty();
                    return null;
                });
                waitPainted(30_000);
                views++;
            }
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime rt = Runtime.getRuntime();
        double used = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
        boolean ok = used <= HEAP_TARGET_MB;
        System.out.printf(
                Locale.ROOT,
                "heap in use after panning across the world at zoom 6 (%d views painted in %.1f s), after GC:"
                        + " %.0f MB  target <= %.0f MB: %s%n",
                views,
                seconds,
                used,
                HEAP_TARGET_MB,
                ok ? "PASS" : "MISS");
        return ok;
    }

    /** Polls (every 2 ms) until the view has no tile pending; the view loads and draws on its own pulses. */
    private static void waitPainted(long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while ((int) fx(() -> tilesPending.invoke(map)) > 0) {
            if (System.currentTimeMillis() > end) {
                System.out.println(
                        "  (gave up waiting for tiles after " + timeoutMs + " ms: " + fx(MapBenchmark::why) + ")");
                return;
            }
            Thread.sleep(2);
        }
    }

    /** What the view is doing, read from its private fields (to say why it is not painted). */
    private static String why() throws Exception {
        StringBuilder out = new StringBuilder("pending " + tilesPending.invoke(map));
        for (String name : new String[] {
            "dirty",
            "rendering",
            "prefetching",
            "prefetchCheck",
            "prefetchWaiting",
            "followUpDeferred",
            "fetching",
            "tileVersion",
            "featureVersion",
            "raster",
            "state"
        }) {
            java.lang.reflect.Field f = MapView.class.getDeclaredField(name);
            f.setAccessible(true);
            out.append(", ").append(name).append(' ').append(f.get(map));
        }
        return out.toString();
    }

    /**
     * The benchmark picture: {@value #INCIDENTS} incidents, {@value #ROUTES} routes and {@value #ZONES} zones over the
     * area of operations (30–40°E, 28–38°N) in 2026, with fixed seeds.
     */
    static List<Feature> picture() {
        List<Feature> all = new ArrayList<>(StoreBenchmark.synthesise(INCIDENTS, new SplittableRandom(42)));
        ReleaseLabel label = new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("NATO"), List.of(), "DEU");
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Envelope area = new Envelope(30, 40, 28, 38);
        all.addAll(routes(new SplittableRandom(43), ROUTES, area, 0.08, start, 365 * 86400, label));
        all.addAll(zones(new SplittableRandom(44), ZONES, area, 0.01, 0.15, start, label));
        return all;
    }

    /** Makes the canvas rasterise its pending drawing commands (a 1×1 snapshot renders the whole canvas first). */
    private static void rasterise() {
        SnapshotParameters params = new SnapshotParameters();
        params.setViewport(new Rectangle2D(0, 0, 1, 1));
        canvas.snapshot(params, new WritableImage(1, 1));
    }

    /**
     * {@code count} synthetic patrol routes of 6–25 points, each starting anywhere in {@code area} and moving up to
     * {@code step}/2 degrees a point, planned for 1–12 hours from {@code start} plus up to {@code spanSeconds}.
     */
    static List<PatrolRoute> routes(
            SplittableRandom random,
            int count,
            Envelope area,
            double step,
            Instant start,
            int spanSeconds,
            ReleaseLabel label) {
        RouteStatus[] statuses = RouteStatus.values();
        List<PatrolRoute> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = 6 + random.nextInt(20);
            Coordinate[] c = new Coordinate[n];
            double lon = area.getMinX() + random.nextDouble() * area.getWidth();
            double lat = area.getMinY() + random.nextDouble() * area.getHeight();
            for (int k = 0; k < n; k++) {
                lon += (random.nextDouble() - 0.5) * step;
                lat += (random.nextDouble() - 0.5) * step;
                c[k] = new Coordinate(Wgs84.quantise(lon), Wgs84.quantise(lat));
            }
            Instant from = start.plusSeconds(random.nextInt(spanSeconds));
            out.add(new PatrolRoute(
                    new UUID(random.nextLong(), random.nextLong()),
                    "Synthetic route " + i,
                    "unit " + (i % 40),
                    Wgs84.FACTORY.createLineString(c),
                    from,
                    from.plusSeconds(3600 * (1 + random.nextInt(12))),
                    statuses[random.nextInt(statuses.length)],
                    label,
                    SyncMeta.newLocal("bench-node", "bench", start)));
        }
        return out;
    }

    /**
     * {@code count} synthetic threat zones, rough polygons of 8–31 points centred anywhere in {@code area} with a radius
     * of {@code minRadius} plus up to {@code radiusRange} degrees, valid from {@code start} with no end.
     */
    static List<ThreatZone> zones(
            SplittableRandom random,
            int count,
            Envelope area,
            double minRadius,
            double radiusRange,
            Instant start,
            ReleaseLabel label) {
        ThreatLevel[] levels = ThreatLevel.values();
        ZoneCategory[] categories = ZoneCategory.values();
        List<ThreatZone> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double cx = area.getMinX() + random.nextDouble() * area.getWidth();
            double cy = area.getMinY() + random.nextDouble() * area.getHeight();
            double r = minRadius + random.nextDouble() * radiusRange;
            int n = 8 + random.nextInt(24);
            Coordinate[] ring = new Coordinate[n + 1];
            for (int k = 0; k < n; k++) {
                double a = 2 * Math.PI * k / n;
                double rr = r * (0.7 + 0.3 * random.nextDouble());
                ring[k] = new Coordinate(Wgs84.quantise(cx + rr * Math.cos(a)), Wgs84.quantise(cy + rr * Math.sin(a)));
            }
            ring[n] = ring[0];
            Polygon polygon = Wgs84.FACTORY.createPolygon(ring);
            out.add(new ThreatZone(
                    new UUID(random.nextLong(), random.nextLong()),
                    "Synthetic zone " + i,
                    ThreatZone.asMultiPolygon(polygon),
                    null,
                    levels[random.nextInt(levels.length)],
                    categories[random.nextInt(categories.length)],
                    start,
                    null,
                    label,
                    SyncMeta.newLocal("bench-node", "bench", start)));
        }
        return out;
    }

    private static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return HeadlessFx.fx(action);
    }
}
