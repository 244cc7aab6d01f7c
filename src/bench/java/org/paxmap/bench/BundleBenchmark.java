package org.paxmap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.bundle.exchange.BundleExport;
import org.paxmap.bundle.exchange.BundleImport;
import org.paxmap.bundle.exchange.ExportPlan;
import org.paxmap.bundle.exchange.ExportResult;
import org.paxmap.bundle.exchange.ImportPreview;
import org.paxmap.bundle.exchange.ImportResult;
import org.paxmap.bundle.format.Bundle;
import org.paxmap.bundle.format.BundleReader;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.format.ManifestSignature;
import org.paxmap.bundle.format.SignerKeys;
import org.paxmap.bundle.format.TrustedSigner;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.RouteStatus;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.TimePrecision;
import org.paxmap.model.ZoneCategory;
import org.paxmap.store.PictureStore;

/**
 * Bundle export and import between two nodes: a picture of N features (98% incidents, 1% routes, 1% zones) exported
 * from FRA-HQ to ITA-BN and imported there, with the time of each phase, the peak heap of each (sampled every 5 ms
 * after a {@code System.gc()}), and beside it {@code ogr2ogr -f GPKG} loading the same three layer files extracted
 * from the bundle, in the same run.
 *
 * <p>Usage: {@code BundleBenchmark [N] [workDir]}; run through {@code ./mvnw -Pbench verify
 * -Dbench.main=org.paxmap.bench.BundleBenchmark -Dbench.incidents=100000}.
 */
public final class BundleBenchmark {
    private static final char[] PASSPHRASE = "bench passphrase".toCharArray();
    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");

    private BundleBenchmark() {}

    /** Runs the benchmark and prints the figures. */
    /** Points the node key store into {@code dir} unless one was named: a benchmark's keys never reach the home folder. */
    static void privateKeyStore(Path dir) {
        if (System.getProperty(org.paxmap.bundle.trust.NodeKeyStore.PROPERTY) == null) {
            System.setProperty(
                    org.paxmap.bundle.trust.NodeKeyStore.PROPERTY,
                    dir.resolve("keys").toString());
        }
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        if (n > 200_000) {
            n = 100_000; // the profile's default is sized for the store benchmark; a bundle carries ~100,000
        }
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("paxmap-bundle-bench");
        Files.createDirectories(dir);
        BundleBenchmark.privateKeyStore(dir);
        int routes = Math.max(1, n / 100);
        int zones = Math.max(1, n / 100);
        int incidents = n - routes - zones;
        System.out.printf(
                Locale.ROOT,
                "Paxmap bundle benchmark: %,d features (%,d incidents, %,d routes, %,d zones), work dir %s%n",
                n,
                incidents,
                routes,
                zones,
                dir);
        HeapSampler heap = new HeapSampler();
        heap.start();

        Path fraFile = dir.resolve("fra.gpkg");
        Path itaFile = dir.resolve("ita.gpkg");
        Files.deleteIfExists(fraFile);
        Files.deleteIfExists(itaFile);
        Path stick = Files.createDirectories(dir.resolve("stick"));
        try (PictureStore fra = PictureStore.create(fraFile, "FRA-HQ");
                PictureStore ita = PictureStore.create(itaFile, "ITA-BN")) {
            NodeIdentity fraId = LocalIdentity.create(fra, "FRA-HQ staff", "FRA", PASSPHRASE);
            NodeIdentity itaId = LocalIdentity.create(ita, "ITA-BN staff", "ITA", PASSPHRASE);
            Map<String, String> channels = Map.of("EXERCISE", "UNCLASSIFIED", "NATO", "NATO RESTRICTED");
            new TrustList(fra).add(itaId, "bench", T0, channels, List.of());
            new TrustList(ita).add(fraId, "bench", T0, channels, List.of());
            PrivateKey fraKey = LocalIdentity.unlock(fra, PASSPHRASE);

            List<Feature> picture = synthesise(incidents, routes, zones, new SplittableRandom(42));
            long t = System.nanoTime();
            fra.saveAll(picture);
            System.out.printf(Locale.ROOT, "setup: FRA picture saved in %.1f s%n", secs(t));
            picture = null;

            // export
            BundleExport export = new BundleExport(fra);
            heap.phase();
            t = System.nanoTime();
            ExportPlan plan = export.plan("ITA-BN", Manifest.SyncMode.FULL);
            double plan_s = secs(t);
            long planHeap = heap.phase();
            t = System.nanoTime();
            ExportResult written = export.write(plan, fraKey, stick, org.paxmap.bundle.exchange.BundleSealing.PLAIN);
            double write_s = secs(t);
            long writeHeap = heap.phase();
            Path file = written.file();
            System.out.printf(
                    Locale.ROOT,
                    "export: %.2f s  = select + release filter %.2f s (peak heap %d MiB)"
                            + " + write + sign + self-verify %.2f s (peak heap %d MiB); %,d features, bundle %.1f MB%n",
                    plan_s + write_s,
                    plan_s,
                    planHeap >> 20,
                    write_s,
                    writeHeap >> 20,
                    plan.included().size(),
                    Files.size(file) / 1e6);
            plan = null;
            written = null;

            // import, split: verify alone (inflate + SHA-256 + signature) and the whole reader, measured apart
            SignerKeys keys = kid -> kid.equals(fraId.kid())
                    ? Optional.of(
                            new TrustedSigner("FRA-HQ", fraId.kid(), fraId.key().toPublicKey()))
                    : Optional.empty();
            heap.phase();
            t = System.nanoTime();
            verifyOnly(file, keys);
            double verify_s = secs(t);
            long verifyHeap = heap.phase();
            t = System.nanoTime();
            Bundle read = new BundleReader(keys).read(file);
            double read_s = secs(t);
            long readHeap = heap.phase();
            read = null;

            BundleImport importer = new BundleImport(ita);
            heap.phase();
            t = System.nanoTime();
            ImportPreview preview = importer.preview(file);
            double preview_s = secs(t);
            long previewHeap = heap.phase();
            t = System.nanoTime();
            ImportResult result = importer.apply(preview);
            double apply_s = secs(t);
            long applyHeap = heap.phase();
            double import_s = preview_s + apply_s;
            System.out.printf(
                    Locale.ROOT,
                    "import: %.2f s  (%,d features written)%n"
                            + "  preview (BundleImport.preview):   %.2f s, peak heap %d MiB%n"
                            + "    read+verify+parse+validate:     %.2f s, peak heap %d MiB (BundleReader.read alone)%n"
                            + "      verify (inflate+SHA-256+sig): %.2f s, peak heap %d MiB (measured alone)%n"
                            + "      parse + validate:             %.2f s (read - verify)%n"
                            + "    checks + merge plan:            %.2f s (preview - read)%n"
                            + "  apply (write + index, one tx):    %.2f s, peak heap %d MiB%n",
                    import_s,
                    result.applied().written(),
                    preview_s,
                    previewHeap >> 20,
                    read_s,
                    readHeap >> 20,
                    verify_s,
                    verifyHeap >> 20,
                    read_s - verify_s,
                    preview_s - read_s,
                    apply_s,
                    applyHeap >> 20);
            System.out.printf(Locale.ROOT, "peak heap over the run: %d MiB%n", heap.max() >> 20);

            Double ogr = ogr2ogr(dir, preview.bundle());
            if (ogr == null) {
                System.out.println(
                        "reference ogr2ogr -f GPKG: skipped, ogr2ogr is not installed (apt-get install" + " gdal-bin)");
            } else {
                System.out.printf(
                        Locale.ROOT,
                        "reference ogr2ogr -f GPKG (three layer files from the bundle): %.2f s%n"
                                + "ratio import/ogr2ogr: %.2fx (target <= 1.00)%n",
                        ogr,
                        import_s / ogr);
            }
        }
        heap.stop();
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The verification work alone: inflate every entry, SHA-256 each listed file, check the signature. */
    private static void verifyOnly(Path file, SignerKeys keys) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        byte[] manifestBytes = entries.get("META-INF/manifest.json");
        var signer =
                ManifestSignature.verify(entries.get("META-INF/manifest.jws"), manifestBytes, keys, file.toString());
        Manifest manifest = Manifest.parse(manifestBytes, file.getFileName().toString());
        ManifestSignature.requireSender(signer, manifest.sender(), file.toString());
        for (Manifest.Content c : manifest.contents()) {
            String sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(entries.get(c.path())));
            if (!sha.equals(c.sha256())) {
                throw new IllegalStateException(c.path() + " does not match its digest");
            }
        }
    }

    /** ogr2ogr loading the bundle's three layer files into one GeoPackage, in seconds; null if not installed. */
    private static Double ogr2ogr(Path dir, Bundle bundle) throws Exception {
        Path out = dir.resolve("ogr2ogr.gpkg");
        Files.deleteIfExists(out);
        List<Path> files = new ArrayList<>();
        for (Manifest.Content c : bundle.manifest().contents()) {
            Path f = dir.resolve(c.layer().tableName() + ".geojson");
            Files.write(f, bundle.fileBytes(c.path()));
            files.add(f);
        }
        long t = System.nanoTime();
        boolean first = true;
        for (Path f : files) {
            List<String> cmd = new ArrayList<>(List.of("ogr2ogr", "-f", "GPKG"));
            if (!first) {
                cmd.add("-update");
            }
            cmd.addAll(List.of(
                    out.toString(),
                    f.toString(),
                    "-nln",
                    f.getFileName().toString().replace(".geojson", "")));
            Process p;
            try {
                p = new ProcessBuilder(cmd)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException notInstalled) {
                return null;
            }
            if (p.waitFor() != 0) {
                throw new IOException("ogr2ogr failed on " + f);
            }
            first = false;
        }
        return secs(t);
    }

    static List<Feature> synthesise(int incidents, int routes, int zones, SplittableRandom r) {
        ReleaseLabel label = ReleaseLabel.exercise("FRA");
        SyncMeta sync = SyncMeta.newLocal("FRA-HQ", "analyst", T0);
        IncidentType[] types = IncidentType.values();
        List<Feature> out = new ArrayList<>(incidents + routes + zones);
        for (int i = 0; i < incidents; i++) {
            out.add(new Incident(
                    UUID.randomUUID(),
                    Wgs84.point(35.1 + r.nextDouble() * 0.6, 33.0 + r.nextDouble() * 0.4),
                    25 + r.nextInt(500),
                    T0.plusSeconds(r.nextInt(30 * 86_400)),
                    TimePrecision.EXACT,
                    types[r.nextInt(types.length)],
                    Severity.values()[r.nextInt(Severity.values().length)],
                    "Incident " + i + " near grid " + r.nextInt(10_000),
                    "Reported by patrol " + r.nextInt(97) + "; details follow in the daily summary.",
                    Casualties.NONE,
                    "Patrol report",
                    AdmiraltyGrade.parse("B2"),
                    label,
                    sync));
        }
        for (int i = 0; i < routes; i++) {
            Coordinate[] points = new Coordinate[8];
            double lon = 35.1 + r.nextDouble() * 0.5;
            double lat = 33.0 + r.nextDouble() * 0.3;
            for (int k = 0; k < points.length; k++) {
                points[k] = new Coordinate(lon + k * 0.01, lat + r.nextDouble() * 0.01);
            }
            out.add(new PatrolRoute(
                    UUID.randomUUID(),
                    "Route " + i,
                    "FRA-BN-" + (i % 4),
                    Wgs84.FACTORY.createLineString(points),
                    T0,
                    T0.plusSeconds(6 * 3600),
                    RouteStatus.PLANNED,
                    label,
                    sync));
        }
        for (int i = 0; i < zones; i++) {
            double w = 35.1 + r.nextDouble() * 0.5;
            double s = 33.0 + r.nextDouble() * 0.3;
            int k = 16;
            Coordinate[] ring = new Coordinate[k + 1];
            for (int j = 0; j < k; j++) {
                double a = 2 * Math.PI * j / k;
                ring[j] = new Coordinate(w + 0.01 * Math.cos(a), s + 0.01 * Math.sin(a));
            }
            ring[k] = ring[0];
            out.add(new ThreatZone(
                    UUID.randomUUID(),
                    "Zone " + i,
                    ThreatZone.asMultiPolygon(Wgs84.FACTORY.createPolygon(ring)),
                    null,
                    ThreatLevel.HIGH,
                    ZoneCategory.MINEFIELD,
                    T0,
                    null,
                    label,
                    sync));
        }
        return out;
    }

    /** Samples the used heap every 5 ms; {@link #phase} returns the peak since the last call and starts anew. */
    static final class HeapSampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong max = new AtomicLong();
        private final Thread thread = new Thread(this::run, "heap-sampler");
        private volatile boolean running = true;

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            while (running) {
                long used = memory.getHeapMemoryUsage().getUsed();
                peak.accumulateAndGet(used, Math::max);
                max.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** The peak used heap since the last call; then a GC and a fresh start. */
        long phase() {
            long used = memory.getHeapMemoryUsage().getUsed();
            long p = Math.max(peak.get(), used);
            System.gc();
            peak.set(memory.getHeapMemoryUsage().getUsed());
            return p;
        }

        long max() {
            return max.get();
        }

        void stop() {
            running = false;
        }
    }
}
