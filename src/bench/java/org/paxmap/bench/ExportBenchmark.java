package org.paxmap.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.paxmap.brief.AudienceFilter;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.export.ExportFormat;
import org.paxmap.export.ExportReport;
import org.paxmap.export.FeatureExport;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;

/**
 * Exporting N incidents (the incident-count argument) to KML through {@code FeatureExport}, with the peak heap,
 * against {@code ogr2ogr -f KML} of the same picture's {@code incidents} table in the same run (the reference, where
 * GDAL is installed). Two rounds, alternating which goes first; the figures of each are printed. Target: ≤ 1.0×
 * ogr2ogr; heap bounded (the export holds one page of 1,000 features).
 *
 * <p>Run: {@code ./mvnw -Pbench verify -Dbench.main=org.paxmap.bench.ExportBenchmark -Dbench.incidents=100000}.
 */
public final class ExportBenchmark {
    private ExportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("paxmap-export-bench");
        Path picture = dir.resolve("bench.gpkg");
        BriefingBenchmark.picture(picture, n, 0, 0).close();
        System.out.printf(Locale.ROOT, "picture: %,d incidents (%,d bytes)%n", n, Files.size(picture));
        BundleBenchmark.HeapSampler heap = new BundleBenchmark.HeapSampler();
        heap.start();
        for (int round = 1; round <= 2; round++) {
            Double gdalFirst = round == 2 ? ogr2ogr(picture, dir.resolve("gdal-" + round + ".kml")) : null;
            System.gc();
            heap.phase();
            long t0 = System.nanoTime();
            ExportReport report;
            try (PictureStore store = PictureStore.open(picture)) {
                report = FeatureExport.toFile(
                        store,
                        FeatureQuery.all(),
                        ExportFormat.KML,
                        AudienceFilter.of(null, PolicyTable.load(store), store.nodeId()),
                        dir.resolve("paxmap-" + round + ".kml"));
            }
            double paxmap = (System.nanoTime() - t0) / 1e9;
            long peak = heap.phase();
            Double gdal = round == 1 ? ogr2ogr(picture, dir.resolve("gdal-" + round + ".kml")) : gdalFirst;
            System.out.printf(
                    Locale.ROOT,
                    "round %d: Paxmap KML %,d features in %.2f s (%,.0f/s, %,d bytes), peak heap %d MB%s%n",
                    round,
                    report.writtenCount(),
                    paxmap,
                    report.writtenCount() / paxmap,
                    Files.size(dir.resolve("paxmap-" + round + ".kml")),
                    peak >> 20,
                    gdal == null
                            ? "; ogr2ogr not installed"
                            : String.format(
                                    Locale.ROOT,
                                    "; ogr2ogr -f KML %.2f s (%,d bytes); ratio %.2f× (target ≤ 1.0×)",
                                    gdal,
                                    Files.size(dir.resolve("gdal-" + round + ".kml")),
                                    paxmap / gdal));
        }
        heap.stop();
    }

    private static Double ogr2ogr(Path picture, Path target) throws Exception {
        List<String> command = List.of("ogr2ogr", "-f", "KML", target.toString(), picture.toString(), "incidents");
        long t0 = System.nanoTime();
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            if (p.waitFor() != 0) {
                return null;
            }
        } catch (java.io.IOException notInstalled) {
            return null;
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
