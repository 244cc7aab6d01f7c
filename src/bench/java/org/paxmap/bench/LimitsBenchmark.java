package org.paxmap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.bundle.exchange.BundleExport;
import org.paxmap.bundle.exchange.BundleImport;
import org.paxmap.bundle.exchange.ExportResult;
import org.paxmap.bundle.exchange.ImportPreview;
import org.paxmap.bundle.exchange.ImportResult;
import org.paxmap.bundle.format.BundleLimits;
import org.paxmap.bundle.format.LayerFile;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.geo.Wgs84;
import org.paxmap.geojson.ContentLimits;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.RouteStatus;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.TimePrecision;
import org.paxmap.store.PictureStore;

/**
 * The largest bundles the limits let in, imported: time and peak heap of the preview and the apply at ITA-BN of a bundle
 * FRA-HQ exported, for (1) one route at the per-geometry position limit ({@link ContentLimits#MAX_POSITIONS}), (2)
 * twenty such routes, the per-bundle position limit ({@code BundleLimits.maxPositions}, 2,000,000), and (3) 6,000
 * incidents whose descriptions are at the length limit (20,000 characters: a 120 MB layer file, near the 128 MiB entry
 * limit), and (4) as many of the smallest incidents as fill a layer file to that limit. Reference in the same run: the same import of a bundle of one ordinary incident. Target: peak heap ≤ 512 MB.
 *
 * <p>Run: {@code ./mvnw -Pbench verify -Dbench.main=org.paxmap.bench.LimitsBenchmark -Dbench.xmx=512m} — the heap
 * capped at the target, so that a run that completes proves the cap (the sampled peak includes garbage not yet
 * collected); {@code -Dbench.limits.case=route|routes|text|many} runs one case besides the reference. The incident-count
 * argument is ignored. The descriptions are random six-letter words: text that compresses like text, and the worst
 * case for the full-text index (some 17 million distinct words).
 */
public final class LimitsBenchmark {
    private static final char[] PASSPHRASE = "bench passphrase".toCharArray();
    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
    private static final ReleaseLabel LABEL = ReleaseLabel.exercise("FRA");
    private static final long HEAP_TARGET = 512L << 20;

    private LimitsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("paxmap-limits-bench");
        BundleBenchmark.privateKeyStore(dir);
        BundleBenchmark.HeapSampler heap = new BundleBenchmark.HeapSampler();
        heap.start();
        SplittableRandom r = new SplittableRandom(7);
        System.out.printf(
                Locale.ROOT,
                "LimitsBenchmark: %d cores, Java %s, max heap %,d MB%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        String only = System.getProperty("bench.limits.case", "");
        boolean pass = true;
        pass &= run("reference: one ordinary incident", dir.resolve("ref"), () -> List.of(incident(r, 80)), heap);
        if (wanted(only, "route")) {
            pass &= run(
                    "one route of " + ContentLimits.MAX_POSITIONS + " positions",
                    dir.resolve("route"),
                    () -> List.of(route(r, ContentLimits.MAX_POSITIONS)),
                    heap);
        }
        if (wanted(only, "routes")) {
            pass &= run(
                    "20 routes, 2,000,000 positions",
                    dir.resolve("routes"),
                    () -> many(20, () -> route(r, ContentLimits.MAX_POSITIONS)),
                    heap);
        }
        if (wanted(only, "text")) {
            pass &= run(
                    "6,000 incidents of 20,000-char descriptions",
                    dir.resolve("text"),
                    () -> many(6000, () -> incident(r, 20_000)),
                    heap);
        }
        if (wanted(only, "many")) {
            // as many of the smallest incidents as fill a layer file to the entry limit (128 MiB)
            long perFeature = LayerFile.of(Layer.INCIDENTS, many(1000, () -> incident(r, 0)))
                            .size()
                    / 1000;
            int n = (int) (BundleLimits.DEFAULTS.maxEntryBytes() * 0.98 / perFeature);
            pass &= run(
                    String.format(Locale.ROOT, "%,d small incidents (%d bytes each)", n, perFeature),
                    dir.resolve("many"),
                    () -> many(n, () -> incident(r, 0)),
                    heap);
        }
        heap.stop();
        System.out.println(pass ? "all within the heap target" : "some above the heap target");
        System.exit(0);
    }

    private static List<Feature> many(int n, Supplier<Feature> one) {
        List<Feature> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            features.add(one.get());
        }
        return features;
    }

    /** Whether the case {@code name} runs: all run unless {@code -Dbench.limits.case} names one. */
    private static boolean wanted(String only, String name) {
        return only.isEmpty() || only.equals(name);
    }

    // FRA-HQ saves the features and exports them all to ITA-BN, which previews and applies the bundle.
    private static boolean run(String what, Path dir, Supplier<List<Feature>> make, BundleBenchmark.HeapSampler heap)
            throws Exception {
        Files.createDirectories(dir);
        Path stick = Files.createDirectories(dir.resolve("stick"));
        try (PictureStore fra = PictureStore.create(dir.resolve("fra.gpkg"), "FRA-HQ");
                PictureStore ita = PictureStore.create(dir.resolve("ita.gpkg"), "ITA-BN")) {
            NodeIdentity fraId = LocalIdentity.create(fra, "FRA-HQ staff", "FRA", PASSPHRASE);
            NodeIdentity itaId = LocalIdentity.create(ita, "ITA-BN staff", "ITA", PASSPHRASE);
            Map<String, String> channels = Map.of("EXERCISE", "UNCLASSIFIED");
            new TrustList(fra).add(itaId, "bench", T0, channels, List.of());
            new TrustList(ita).add(fraId, "bench", T0, channels, List.of());
            PrivateKey fraKey = LocalIdentity.unlock(fra, PASSPHRASE);
            List<Feature> features = make.get();
            fra.saveAll(features);
            features = null; // FRA-HQ's copies are not part of ITA-BN's import: let them go before it is measured
            BundleExport export = new BundleExport(fra);
            ExportResult written = export.write(
                    export.plan("ITA-BN", Manifest.SyncMode.FULL),
                    fraKey,
                    stick,
                    org.paxmap.bundle.exchange.BundleSealing.PLAIN);
            BundleImport importer = new BundleImport(ita);
            heap.phase();
            long t = System.nanoTime();
            ImportPreview preview = importer.preview(written.file());
            double previewS = (System.nanoTime() - t) / 1e9;
            long previewHeap = heap.phase();
            t = System.nanoTime();
            ImportResult result = importer.apply(preview);
            double applyS = (System.nanoTime() - t) / 1e9;
            long applyHeap = heap.phase();
            long peak = Math.max(previewHeap, applyHeap);
            System.out.printf(
                    Locale.ROOT,
                    "%-46s bundle %6.1f MB: preview %5.2f s (peak heap %4d MiB), apply %5.2f s (peak heap %4d MiB),"
                            + " %,d written  %s%n",
                    what,
                    Files.size(written.file()) / 1e6,
                    previewS,
                    previewHeap >> 20,
                    applyS,
                    applyHeap >> 20,
                    result.applied().written(),
                    peak <= HEAP_TARGET ? "OK" : "ABOVE 512 MB");
            return peak <= HEAP_TARGET;
        }
    }

    private static PatrolRoute route(SplittableRandom r, int positions) {
        Coordinate[] points = new Coordinate[positions];
        double lon = 35.1 + r.nextDouble() * 0.2;
        double lat = 33.0 + r.nextDouble() * 0.2;
        for (int k = 0; k < positions; k++) {
            points[k] = new Coordinate(
                    Wgs84.quantise(lon + (k % 1000) * 0.0005), Wgs84.quantise(lat + (k / 1000) * 0.0005));
        }
        return new PatrolRoute(
                UUID.randomUUID(),
                "Long route",
                "FRA-BN-1",
                Wgs84.FACTORY.createLineString(points),
                T0,
                T0.plusSeconds(6 * 3600),
                RouteStatus.PLANNED,
                LABEL,
                SyncMeta.newLocal("FRA-HQ", "bench", T0));
    }

    private static Incident incident(SplittableRandom r, int descriptionLength) {
        StringBuilder text = new StringBuilder(descriptionLength);
        for (int i = 0; i < descriptionLength; i++) {
            text.append(i % 7 == 6 ? ' ' : (char) ('a' + r.nextInt(26))); // words that compress like text, not a bomb
        }
        return new Incident(
                UUID.randomUUID(),
                Wgs84.point(Wgs84.quantise(35.1 + r.nextDouble() * 0.6), Wgs84.quantise(33.0 + r.nextDouble() * 0.4)),
                100,
                T0.plusSeconds(r.nextInt(30 * 86_400)),
                TimePrecision.EXACT,
                IncidentType.values()[r.nextInt(IncidentType.values().length)],
                Severity.HIGH,
                "Long report",
                text.toString(),
                Casualties.NONE,
                "Patrol report",
                AdmiraltyGrade.parse("B2"),
                LABEL,
                SyncMeta.newLocal("FRA-HQ", "bench", T0));
    }
}
