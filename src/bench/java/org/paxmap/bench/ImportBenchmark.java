package org.paxmap.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.interop.GeoJsonImport;
import org.paxmap.interop.ImportPipeline;
import org.paxmap.interop.ImportPreview;
import org.paxmap.store.PictureStore;

/**
 * Importing foreign files: an ACLED CSV of N rows and a KML of N placemarks (N = the incident-count argument), each
 * into a fresh picture through {@code ImportPipeline.apply}, with the peak heap, against {@code ogr2ogr -f GPKG} of
 * the same file in the same run (the reference, where GDAL is installed). Targets: ≤ 1.0× ogr2ogr; heap ≤ 512 MB.
 *
 * <p>Run: {@code ./mvnw -Pbench verify -Dbench.main=org.paxmap.bench.ImportBenchmark -Dbench.incidents=100000}.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("paxmap-import-bench");
        BundleBenchmark.HeapSampler heap = new BundleBenchmark.HeapSampler();
        heap.start();
        Path csv = acled(dir.resolve("acled.csv"), n);
        Path kml = kml(dir.resolve("placemarks.kml"), n);
        System.out.printf(
                Locale.ROOT,
                "files: ACLED CSV %,d rows (%,d bytes), KML %,d placemarks (%,d bytes)%n",
                n,
                Files.size(csv),
                n,
                Files.size(kml));
        run("ACLED CSV", csv, dir, heap, "-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude");
        run("KML", kml, dir, heap);
        heap.stop();
    }

    private static void run(String what, Path file, Path dir, BundleBenchmark.HeapSampler heap, String... gdal)
            throws Exception {
        Path picture = dir.resolve(what.replace(' ', '-') + ".gpkg");
        heap.phase();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long writer0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ImportPreview done;
        try (PictureStore store = PictureStore.create(picture, "BENCH-1")) {
            ImportOptions options =
                    new ImportOptions("BENCH-1", "bench", GeoJsonImport.unmarkedLabel("BENCH-1"), false, false);
            done = ImportPipeline.apply(store, List.of(file), options);
        }
        double paxmap = (System.nanoTime() - t0) / 1e9;
        // CPU seconds as well as wall time: on a shared machine they compare runs that wall time alone cannot
        double writerCpu = (threads.getCurrentThreadCpuTime() - writer0) / 1e9;
        double processCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        long peak = heap.phase();
        double[] gdalCpu = new double[] {Double.NaN};
        Double reference = ogr2ogr(file, dir.resolve(what.replace(' ', '-') + "-gdal.gpkg"), gdalCpu, gdal);
        System.out.printf(
                Locale.ROOT,
                "%s: %,d features in %.2f s (%,.0f/s), peak heap %d MB (target 512)%s%n",
                what,
                done.changes(),
                paxmap,
                done.changes() / paxmap,
                peak >> 20,
                reference == null
                        ? "; ogr2ogr not installed"
                        : String.format(
                                Locale.ROOT,
                                "; ogr2ogr -f GPKG %.2f s; ratio %.2f× (target ≤ 1.0×)",
                                reference,
                                paxmap / reference));
        System.out.printf(
                Locale.ROOT,
                "%s CPU: Paxmap %.2f s (writing thread %.2f s, heap sampler included), ogr2ogr %.2f s; load average %.1f%n",
                what,
                processCpu,
                writerCpu,
                gdalCpu[0],
                os.getSystemLoadAverage());
    }

    private static Double ogr2ogr(Path source, Path target, double[] cpu, String... options) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        Path times = Files.createTempFile("paxmap-import-bench", ".time");
        if (Files.isExecutable(Path.of("/usr/bin/time"))) { // GNU time: the child's user + system CPU seconds
            command.addAll(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%U %S"));
        }
        command.addAll(List.of("ogr2ogr", "-f", "GPKG"));
        command.addAll(List.of(options));
        command.add(target.toString());
        command.add(source.toString());
        long t0 = System.nanoTime();
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (p.waitFor() != 0) {
                return null;
            }
        } catch (java.io.IOException notInstalled) {
            return null;
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        String[] used = Files.readString(times).trim().split("\\s+");
        if (used.length == 2) {
            cpu[0] = Double.parseDouble(used[0]) + Double.parseDouble(used[1]);
        }
        Files.deleteIfExists(times);
        return wall;
    }

    private static Path acled(Path file, int n) throws Exception {
        SplittableRandom r = new SplittableRandom(11);
        String[] types = {
            "Battles,Armed clash",
            "Explosions/Remote violence,Shelling/artillery/missile attack",
            "Protests,Peaceful protest",
            "Violence against civilians,Attack",
            "Riots,Mob violence"
        };
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                    + "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
                    + "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
                    + "notes,fatalities,tags,timestamp\r\n");
            for (int i = 0; i < n; i++) {
                w.write(String.format(
                        Locale.ROOT,
                        "LBN%d,2024-%02d-%02d,2024,%d,Political violence,%s,Actor %d,,1,Actor %d,,2,12,,422,"
                                + "Middle East,Lebanon,South,District %d,,Village %d,%.5f,%.5f,%d,Source %d,"
                                + "National,\"Event %d, reported by two sources.\",%d,,1704900000\r\n",
                        i,
                        1 + i % 12,
                        1 + i % 28,
                        1 + r.nextInt(3),
                        types[i % types.length],
                        i % 50,
                        i % 70,
                        i % 20,
                        i % 900,
                        33.0 + r.nextDouble() * 1.4,
                        35.1 + r.nextDouble() * 1.4,
                        1 + r.nextInt(3),
                        i % 40,
                        i,
                        r.nextInt(5)));
            }
        }
        return file;
    }

    private static Path kml(Path file, int n) throws Exception {
        SplittableRandom r = new SplittableRandom(13);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">"
                    + "<Document><name>bench</name><Folder><name>Sector South</name>\n");
            for (int i = 0; i < n; i++) {
                w.write(String.format(
                        Locale.ROOT,
                        "<Placemark id=\"p%d\"><name>Report %d</name><description>Seen by patrol %d</description>"
                                + "<TimeStamp><when>2024-%02d-%02dT10:00:00Z</when></TimeStamp><ExtendedData>"
                                + "<Data name=\"unit\"><value>Unit %d</value></Data></ExtendedData>"
                                + "<Point><coordinates>%.6f,%.6f,0</coordinates></Point></Placemark>\n",
                        i,
                        i,
                        i % 30,
                        1 + i % 12,
                        1 + i % 28,
                        i % 17,
                        35.1 + r.nextDouble() * 1.4,
                        33.0 + r.nextDouble() * 1.4));
            }
            w.write("</Folder></Document></kml>\n");
        }
        return file;
    }
}
