package org.paxmap.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.paxmap.tiles.MbtilesSource;
import org.paxmap.tiles.MbtilesWriter;
import org.paxmap.tiles.TileDecoder;
import org.paxmap.tiles.TileKey;
import org.paxmap.tiles.TileSourceException;

/**
 * Tile fetch and fetch+decode throughput of {@link MbtilesSource}, from 1 and 4 threads, with one shared connection
 * (readers take turns) against a pool of four. Each run reads every tile of the file in a shuffled order, over and
 * over, for a fixed time after a warm-up; the file is small enough to sit in the OS page cache, so this measures the
 * program, not the disk.
 *
 * <p>Usage: {@code TileSourceBenchmark [file.mbtiles] [seconds per run]}; without a file it writes one: 1,365 PNG tiles
 * (z0–5 of the world, lines and text, about the size of a rendered map tile) with {@link MbtilesWriter}.
 */
public final class TileSourceBenchmark {
    private TileSourceBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file;
        if (args.length > 0 && !args[0].isBlank()) {
            file = Path.of(args[0]);
        } else {
            Path folder = Files.createTempDirectory("paxmap-tiles-bench");
            file = folder.resolve("bench.mbtiles");
            folder.toFile().deleteOnExit();
            file.toFile().deleteOnExit(); // deleted before its folder: hooks run in reverse order
            long t0 = System.nanoTime();
            write(file, 5);
            System.out.printf(Locale.ROOT, "wrote %s (%,d bytes) in %.1f s%n", file, Files.size(file), secs(t0));
        }
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        List<TileKey> keys = keys(file);
        System.out.printf(
                Locale.ROOT,
                "%s: %,d tiles, %d cores, %s%n",
                file.getFileName(),
                keys.size(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        for (boolean decode : new boolean[] {false, true}) {
            for (int[] run : new int[][] {{1, 4}, {4, 1}, {4, 4}}) {
                int threads = run[0];
                int connections = run[1];
                try (MbtilesSource source = MbtilesSource.open(file, connections)) {
                    measure(source, keys, threads, decode, seconds / 2); // warm-up
                    long[] result = measure(source, keys, threads, decode, seconds);
                    System.out.printf(
                            Locale.ROOT,
                            "%-13s %d thread(s), %d connection(s): %,9.0f tiles/s  %7.1f MB/s%n",
                            decode ? "fetch+decode" : "fetch",
                            threads,
                            connections,
                            result[0] / seconds,
                            result[1] / seconds / 1e6);
                }
            }
        }
    }

    /** Tiles read and bytes read in {@code seconds}. */
    static long[] measure(MbtilesSource source, List<TileKey> keys, int threads, boolean decode, double seconds)
            throws Exception {
        AtomicLong tiles = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = t;
                running.add(pool.submit(() -> {
                    List<TileKey> order = new ArrayList<>(keys);
                    Random random = new Random(seed);
                    while (System.nanoTime() < end) {
                        Collections.shuffle(order, random);
                        for (TileKey key : order) {
                            byte[] data = source.tile(key);
                            if (decode) {
                                TileDecoder.decode(data, "tile " + key);
                            }
                            tiles.incrementAndGet();
                            bytes.addAndGet(data.length);
                            if (System.nanoTime() >= end) {
                                break;
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new long[] {tiles.get(), bytes.get()};
    }

    /** Every tile key of an MBTiles file, in XYZ addressing. */
    static List<TileKey> keys(Path file) throws SQLException {
        List<TileKey> keys = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT zoom_level, tile_column, tile_row FROM tiles")) {
            while (rs.next()) {
                int z = rs.getInt(1);
                keys.add(new TileKey(z, rs.getInt(2), (1 << z) - 1 - rs.getInt(3)));
            }
        }
        return keys;
    }

    private static void write(Path file, int maxZoom) throws IOException, TileSourceException {
        Random random = new Random(42);
        try (MbtilesWriter writer = MbtilesWriter.create(file, Map.of("name", "benchmark", "format", "png"))) {
            for (int z = 0; z <= maxZoom; z++) {
                for (int x = 0; x < 1 << z; x++) {
                    for (int y = 0; y < 1 << z; y++) {
                        writer.put(new TileKey(z, x, y), mapLike(new TileKey(z, x, y), random));
                    }
                }
            }
        }
    }

    /** A tile with a background, some roads and a label: compresses about as a rendered map tile does. */
    private static byte[] mapLike(TileKey key, Random random) throws IOException {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(236, 232, 222));
        g.fillRect(0, 0, 256, 256);
        g.setColor(new Color(170, 211, 223));
        g.fillOval(random.nextInt(200) - 100, random.nextInt(200) - 100, 180, 140);
        for (int i = 0; i < 12; i++) {
            g.setStroke(new BasicStroke(1 + random.nextInt(4)));
            g.setColor(i % 3 == 0 ? new Color(247, 250, 191) : Color.WHITE);
            g.drawLine(random.nextInt(256), random.nextInt(256), random.nextInt(256), random.nextInt(256));
        }
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("Tile " + key, 20 + random.nextInt(100), 30 + random.nextInt(200));
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
