package org.paxmap.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.Wgs84;
import org.paxmap.geojson.GeoJsonFeatureWriter;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.interop.GeoJsonImport;
import org.paxmap.interop.ImportReport;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.TimePrecision;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;

/**
 * Loads N synthetic incidents into a picture and measures: the bulk insert rate; viewport query latency (p50/p99)
 * through {@link PictureStore#mapFeatures} (the map's query) for small, medium and world-sized boxes against a plain
 * SQLite R*Tree query on the same file in the same run, and the whole-record query beside them; the map's query at
 * low zoom, incidents aggregated per cluster cell ({@link PictureStore#incidentCells}), for world, region and
 * area-of-operations views at the zooms the map uses, beside the row query for the same boxes ({@link
 * MapCellsBench}); and, where {@code ogr2ogr} is installed, the time to import the same incidents
 * from GeoJSON with Paxmap against {@code ogr2ogr -f GPKG}.
 *
 * <p>Incidents are clustered as real pictures are: 90% in a 10°×10° area of operations, 10% anywhere. Boxes: small =
 * 0.1°×0.1° (a town at street level), medium = 1°×1° (a sector), world = the whole globe.
 *
 * <p>Usage: {@code StoreBenchmark [N] [workDir]}; run through {@code ./mvnw -Pbench verify -Dbench.incidents=N}
 * ({@code -Dbench.only=map}: the load and the map's queries only).
 */
public final class StoreBenchmark {
    private static final double AO_WEST = 30.0;
    private static final double AO_SOUTH = 28.0;
    private static final double AO_SIZE = 10.0;

    /** With {@code -Dbench.only=map}: the load, then the map's cell and row queries only. */
    private static final boolean MAP_ONLY = "map".equals(System.getProperty("bench.only", ""));

    private StoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("paxmap-bench");
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "Paxmap store benchmark: %,d incidents, work dir %s%n", n, dir);
        List<Incident> incidents = synthesise(n, new SplittableRandom(42));

        Path picture = dir.resolve("bench.gpkg");
        Files.deleteIfExists(picture);
        long t0 = System.nanoTime();
        try (PictureStore store = PictureStore.create(picture, "bench-node")) {
            store.saveAll(incidents);
        }
        double insertSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "bulk insert (PictureStore.saveAll, one transaction): %,d incidents in %.1f s = %,.0f incidents/s%n",
                n,
                insertSeconds,
                n / insertSeconds);

        try (PictureStore store = PictureStore.open(picture);
                Connection raw = DriverManager.getConnection("jdbc:sqlite:" + picture)) {
            if (MAP_ONLY) {
                MapCellsBench.run(store, AO_WEST, AO_SOUTH, AO_SIZE);
                return;
            }
            System.out.println();
            System.out.println("viewport queries, ms (p50 and p99 over random boxes in the area of operations):");
            System.out.println("  map   = PictureStore.mapFeatures: what the map draws (geometry, type, severity)");
            System.out.println("  join  = plain JDBC, the same data: SELECT r.id, t.geom, t.incident_type, t.severity"
                    + " FROM rtree_incidents_geom r JOIN incidents t ON t.fid = r.id WHERE <box>");
            System.out.println("  ids   = plain JDBC, the bare index: SELECT id FROM rtree_incidents_geom WHERE <box>");
            System.out.println("  full  = PictureStore.incidents(bbox): whole Incident records");
            System.out.println("box              rows p50 | map p50     p99 |  join p50     p99 map/join"
                    + " |   ids p50     p99 map/ids | full p50      p99");
            viewport(store, raw, "small 0.1x0.1", 0.1, 300);
            viewport(store, raw, "medium 1x1", 1.0, 100);
            viewport(store, raw, "world", 360, 5);
            MapCellsBench.run(store, AO_WEST, AO_SOUTH, AO_SIZE);
        }

        importComparison(dir, incidents);
    }

    /** Incidents with a fixed seed: 90% inside the area of operations, 10% spread over the world. */
    public static List<Incident> synthesise(int n, SplittableRandom random) {
        IncidentType[] types = IncidentType.values();
        Severity[] severities = Severity.values();
        ReleaseLabel label = new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("NATO"), List.of(), "DEU");
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<Incident> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lon;
            double lat;
            if (random.nextInt(10) < 9) {
                lon = AO_WEST + random.nextDouble() * AO_SIZE;
                lat = AO_SOUTH + random.nextDouble() * AO_SIZE;
            } else {
                lon = -180 + random.nextDouble() * 360;
                lat = -85 + random.nextDouble() * 170;
            }
            out.add(new Incident(
                    new UUID(random.nextLong(), random.nextLong()),
                    Wgs84.point(Wgs84.quantise(lon), Wgs84.quantise(lat)),
                    random.nextInt(5) * 100,
                    start.plusSeconds(random.nextInt(365 * 86400)),
                    TimePrecision.EXACT,
                    types[random.nextInt(types.length)],
                    severities[random.nextInt(severities.length)],
                    "Synthetic incident " + i,
                    "Generated for the store benchmark; no real event.",
                    Casualties.NONE,
                    "benchmark",
                    new AdmiraltyGrade((char) ('A' + random.nextInt(6)), 1 + random.nextInt(6)),
                    label,
                    SyncMeta.newLocal("bench-node", "bench", start)));
        }
        return out;
    }

    private static void viewport(PictureStore store, Connection raw, String name, double size, int runs)
            throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        Envelope[] boxes = new Envelope[runs];
        for (int i = 0; i < runs; i++) {
            if (size >= 360) {
                boxes[i] = new Envelope(-180, 180, -90, 90);
            } else {
                double w = AO_WEST + random.nextDouble() * (AO_SIZE - size);
                double s = AO_SOUTH + random.nextDouble() * (AO_SIZE - size);
                boxes[i] = new Envelope(w, w + size, s, s + size);
            }
        }
        try (PreparedStatement ids = raw.prepareStatement(
                        "SELECT id FROM rtree_incidents_geom WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?");
                PreparedStatement join = raw.prepareStatement(
                        """
                        SELECT r.id, t.geom, t.incident_type, t.severity
                        FROM rtree_incidents_geom r JOIN incidents t ON t.fid = r.id
                        WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?""")) {
            // Warm-up: one pass over every box with each path (page cache, JIT, prepared statements).
            for (Envelope box : boxes) {
                store.mapFeatures(Layer.INCIDENTS, box);
                store.incidents(FeatureQuery.all().withBbox(box));
                rawCount(ids, box);
                rawCount(join, box);
            }
            long[] mapNanos = new long[runs];
            long[] joinNanos = new long[runs];
            long[] idNanos = new long[runs];
            long[] fullNanos = new long[runs];
            long[] rowCounts = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                rowCounts[i] = store.mapFeatures(Layer.INCIDENTS, boxes[i]).size();
                long t1 = System.nanoTime();
                long joinRows = rawCount(join, boxes[i]);
                long t2 = System.nanoTime();
                rawCount(ids, boxes[i]);
                long t3 = System.nanoTime();
                long fullRows =
                        store.incidents(FeatureQuery.all().withBbox(boxes[i])).size();
                long t4 = System.nanoTime();
                mapNanos[i] = t1 - t0;
                joinNanos[i] = t2 - t1;
                idNanos[i] = t3 - t2;
                fullNanos[i] = t4 - t3;
                // The R*Tree's 32-bit bounds are rounded outwards; the store drops the few rows just outside.
                if (Math.abs(joinRows - rowCounts[i]) > joinRows / 100 + 2 || fullRows != rowCounts[i]) {
                    throw new IllegalStateException(
                            "map view " + rowCounts[i] + " rows, full query " + fullRows + ", plain join " + joinRows);
                }
            }
            double mp50 = percentile(mapNanos, 50);
            double jp50 = percentile(joinNanos, 50);
            double ip50 = percentile(idNanos, 50);
            System.out.printf(
                    Locale.ROOT,
                    "%-16s %8.0f | %7.3f %7.3f | %8.3f %7.3f %7.2fx | %8.3f %7.3f %6.2fx | %8.3f %8.3f%n",
                    name,
                    median(rowCounts),
                    mp50,
                    percentile(mapNanos, 99),
                    jp50,
                    percentile(joinNanos, 99),
                    mp50 / jp50,
                    ip50,
                    percentile(idNanos, 99),
                    mp50 / ip50,
                    percentile(fullNanos, 50),
                    percentile(fullNanos, 99));
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Runs a plain query for {@code box}, reading every column of every row as its natural type. */
    private static long rawCount(PreparedStatement query, Envelope box) throws SQLException {
        query.setDouble(1, box.getMaxX());
        query.setDouble(2, box.getMinX());
        query.setDouble(3, box.getMaxY());
        query.setDouble(4, box.getMinY());
        long count = 0;
        try (ResultSet rs = query.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                rs.getLong(1);
                if (columns > 1) {
                    rs.getBytes(2);
                    rs.getString(3);
                    rs.getString(4);
                }
                count++;
            }
        }
        return count;
    }

    /** The p-th percentile in milliseconds of nanosecond samples (nearest rank). */
    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }

    private static void importComparison(Path dir, List<Incident> incidents) throws Exception {
        Path geojson = dir.resolve("bench.geojson");
        try (OutputStream out = Files.newOutputStream(geojson)) {
            GeoJsonFeatureWriter.write(incidents, out);
        }
        System.out.printf(
                Locale.ROOT,
                "%nGeoJSON import of the same %,d incidents (%,d MB file):%n",
                incidents.size(),
                Files.size(geojson) >> 20);
        Path ours = dir.resolve("import-paxmap.gpkg");
        Files.deleteIfExists(ours);
        long t0 = System.nanoTime();
        ImportReport report;
        try (PictureStore store = PictureStore.create(ours, "bench-node")) {
            ImportOptions options =
                    new ImportOptions("bench-node", "bench", ReleaseLabel.exercise("bench-node"), false, false);
            report = GeoJsonImport.importFiles(store, List.of(geojson), options);
        }
        double paxmapSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "  paxmap import-geojson: %.1f s (%,d features, %,.0f features/s)%n",
                paxmapSeconds,
                report.total(),
                report.total() / paxmapSeconds);
        Double ogrSeconds = ogr2ogr(dir, geojson);
        if (ogrSeconds == null) {
            System.out.println("  ogr2ogr -f GPKG:       not installed (apt-get install gdal-bin), no comparison");
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "  ogr2ogr -f GPKG:       %.1f s%n  ratio paxmap/ogr2ogr:  %.2fx (target <= 1.00)%n",
                    ogrSeconds,
                    paxmapSeconds / ogrSeconds);
        }
    }

    private static Double ogr2ogr(Path dir, Path geojson) throws IOException, InterruptedException {
        Path out = dir.resolve("import-ogr2ogr.gpkg");
        Files.deleteIfExists(out);
        ProcessBuilder pb = new ProcessBuilder("ogr2ogr", "-f", "GPKG", out.toString(), geojson.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            return null;
        }
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (exit != 0) {
            System.out.println("  ogr2ogr failed with exit code " + exit);
            return null;
        }
        return seconds;
    }
}
